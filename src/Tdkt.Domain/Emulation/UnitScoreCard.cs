using Tdkt.Domain.Common;

namespace Tdkt.Domain.Emulation;

/// <summary>
/// Bảng tự chấm of one member unit on one score sheet: its own points and evidence per criterion, submitted
/// once; afterwards the bloc (leader unit or organiser) may adjust any score, each change with its reason.
/// </summary>
public sealed class UnitScoreCard
{
    public const int EvidenceMaxLength = 4000;
    public const int ReasonMaxLength = 1000;
    private readonly List<ScoreEntry> _entries = [];
    private readonly List<ScoreAdjustment> _adjustments = [];

    private UnitScoreCard() { }

    public int Id { get; private set; }
    public int SheetId { get; private set; }
    public int OrgUnitId { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public string? SubmittedBy { get; private set; }
    public IReadOnlyList<ScoreEntry> Entries => _entries;
    public IReadOnlyList<ScoreAdjustment> Adjustments => _adjustments;

    /// <summary>Optimistic concurrency token (PostgreSQL xmin): two submits at once, one wins.</summary>
    public uint Version { get; private set; }

    public bool IsSubmitted => SubmittedAt is not null;

    public static UnitScoreCard Create(ScoreSheet sheet, int orgUnitId)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return new UnitScoreCard { SheetId = sheet.Id, OrgUnitId = orgUnitId };
    }

    public ScoreEntry? EntryFor(ScoreCriterion criterion) =>
        _entries.FirstOrDefault(e => ReferenceEquals(e.Criterion, criterion) || (criterion.Id != 0 && e.CriterionId == criterion.Id));

    public ScoreBreakdown Total(ScoreSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return ScoreCalculator.Total(sheet.Criteria, c => EntryFor(c)?.EffectivePoints, sheet.BonusCap);
    }

    /// <summary>Tự chấm: records the unit's own points and evidence for one criterion (before submitting).</summary>
    public Result Record(ScoreSheet sheet, ScoreCriterion criterion, decimal? points, string? evidence)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(criterion);
        var open = CheckOpen(sheet);
        if (open.IsFailure)
        {
            return open;
        }

        if (IsSubmitted)
        {
            return new ConflictError($"Đơn vị đã nộp bảng tự chấm ngày {SubmittedAtText}; không sửa điểm tự chấm được nữa.");
        }

        var field = $"Points_{criterion.Id}";
        var range = CheckPoints(criterion, points, field);
        if (range is not null)
        {
            return range;
        }

        var e = VietnameseText.Normalize(evidence);
        if (e.Length > EvidenceMaxLength)
        {
            return new ValidationError($"Evidence_{criterion.Id}", $"Minh chứng của \"{criterion.Title}\" tối đa {EvidenceMaxLength} ký tự.");
        }

        var entry = EntryFor(criterion);
        if (entry is null)
        {
            entry = new ScoreEntry(criterion);
            _entries.Add(entry);
        }

        entry.SetSelf(points, e.Length == 0 ? null : e);
        return Result.Success();
    }

    /// <summary>Nộp bảng tự chấm: once; every criterion scored, evidence given where the sheet requires it.</summary>
    public Result Submit(ScoreSheet sheet, string byName, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        if (IsSubmitted)
        {
            return new ConflictError($"Đơn vị đã nộp bảng tự chấm ngày {SubmittedAtText}; mỗi đơn vị chỉ nộp một lần.");
        }

        var open = CheckOpen(sheet);
        if (open.IsFailure)
        {
            return open;
        }

        foreach (var c in sheet.Criteria.OrderBy(c => c.Order))
        {
            if (c.Kind == CriterionKind.Criterion && EntryFor(c)?.SelfPoints is null)
            {
                return new ValidationError($"Points_{c.Id}", $"Chưa chấm điểm tiêu chí \"{c.Title}\". Hãy nhập điểm (0 đến {ScoreCalculator.Format(c.MaxPoints)}).");
            }
        }

        foreach (var c in sheet.Criteria.OrderBy(c => c.Order))
        {
            var entry = EntryFor(c);
            if (c.EvidenceRequired && entry?.SelfPoints > 0 && entry.Evidence is null)
            {
                return new ValidationError($"Evidence_{c.Id}", $"Tiêu chí \"{c.Title}\" bắt buộc có minh chứng. Hãy ghi minh chứng (số văn bản, báo cáo, kết quả…).");
            }
        }

        SubmittedAt = at;
        SubmittedBy = byName;
        return Result.Success();
    }

    /// <summary>Khối điều chỉnh điểm: a submitted card's point for one criterion changes, with a required reason;
    /// the before and after values are kept as an adjustment row.</summary>
    public Result<ScoreAdjustment> Adjust(ScoreSheet sheet, ScoreCriterion criterion, decimal? newPoints, string? reason,
        string byUserId, string byName, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(criterion);
        var open = CheckOpen(sheet);
        if (open.IsFailure)
        {
            return open.Error!;
        }

        if (!IsSubmitted)
        {
            return new ConflictError("Đơn vị chưa nộp bảng tự chấm; chỉ điều chỉnh được sau khi đơn vị nộp.");
        }

        var r = VietnameseText.Normalize(reason);
        if (r.Length == 0)
        {
            return new ValidationError("Reason", "Lý do điều chỉnh là bắt buộc. Hãy ghi rõ vì sao thay đổi điểm.");
        }

        if (r.Length > ReasonMaxLength)
        {
            return new ValidationError("Reason", $"Lý do điều chỉnh tối đa {ReasonMaxLength} ký tự.");
        }

        if (newPoints is null)
        {
            return new ValidationError("Points", $"Hãy nhập điểm sau điều chỉnh (0 đến {ScoreCalculator.Format(criterion.MaxPoints)}).");
        }

        var range = CheckPoints(criterion, newPoints, "Points");
        if (range is not null)
        {
            return range;
        }

        var entry = EntryFor(criterion);
        if (entry is null)
        {
            entry = new ScoreEntry(criterion);
            _entries.Add(entry);
        }

        var before = entry.EffectivePoints ?? 0m;
        if (before == newPoints.Value)
        {
            return new ValidationError("Points", $"Điểm sau điều chỉnh bằng điểm hiện tại ({ScoreCalculator.Format(before)}); không có gì thay đổi.");
        }

        entry.SetReviewed(newPoints.Value);
        var adjustment = new ScoreAdjustment(criterion, before, newPoints.Value, r, byUserId, byName, at);
        _adjustments.Add(adjustment);
        return adjustment;
    }

    private string SubmittedAtText => SubmittedAt is { } s ? ViFormat.Date(DateOnly.FromDateTime(s.UtcDateTime)) : string.Empty;

    private static Result CheckOpen(ScoreSheet sheet) => sheet.Status switch
    {
        SheetStatus.Draft => new ConflictError("Bảng điểm chưa mở chấm."),
        SheetStatus.Finalised => new ConflictError("Kết quả đã được chốt; không thay đổi điểm được nữa."),
        SheetStatus.Scoring => Result.Success(),
    };

    private static ValidationError? CheckPoints(ScoreCriterion criterion, decimal? points, string field)
    {
        if (points is not { } p)
        {
            return null;
        }

        if (p < 0 || p > criterion.MaxPoints || decimal.Round(p, 2) != p)
        {
            return new ValidationError(field,
                $"Điểm của \"{criterion.Title}\" phải từ 0 đến {ScoreCalculator.Format(criterion.MaxPoints)} (tối đa 2 chữ số thập phân).");
        }

        return null;
    }
}

public sealed class ScoreEntry
{
    private ScoreEntry() { }

    internal ScoreEntry(ScoreCriterion criterion)
    {
        Criterion = criterion;
        CriterionId = criterion.Id;
    }

    public int Id { get; private set; }
    public int CardId { get; private set; }
    public int CriterionId { get; private set; }
    public ScoreCriterion? Criterion { get; private set; }

    /// <summary>Điểm tự chấm.</summary>
    public decimal? SelfPoints { get; private set; }

    /// <summary>Minh chứng (văn bản, số liệu…).</summary>
    public string? Evidence { get; private set; }

    /// <summary>Điểm sau khi khối điều chỉnh (null: chưa điều chỉnh).</summary>
    public decimal? ReviewedPoints { get; private set; }

    public decimal? EffectivePoints => ReviewedPoints ?? SelfPoints;

    internal void SetSelf(decimal? points, string? evidence)
    {
        SelfPoints = points;
        Evidence = evidence;
    }

    internal void SetReviewed(decimal points) => ReviewedPoints = points;
}

public sealed class ScoreAdjustment
{
    private ScoreAdjustment()
    {
        Reason = string.Empty;
        ByUserId = string.Empty;
        ByName = string.Empty;
    }

    internal ScoreAdjustment(ScoreCriterion criterion, decimal before, decimal after, string reason, string byUserId, string byName, DateTimeOffset at)
    {
        Criterion = criterion;
        CriterionId = criterion.Id;
        Before = before;
        After = after;
        Reason = reason;
        ByUserId = byUserId;
        ByName = byName;
        At = at;
    }

    public int Id { get; private set; }
    public int CardId { get; private set; }
    public int CriterionId { get; private set; }
    public ScoreCriterion? Criterion { get; private set; }
    public decimal Before { get; private set; }
    public decimal After { get; private set; }
    public string Reason { get; private set; }
    public string ByUserId { get; private set; }
    public string ByName { get; private set; }
    public DateTimeOffset At { get; private set; }
}

/// <summary>Đề nghị khen thưởng from a finalised sheet: the unit, its score and rank, the award it is proposed for.
/// The nominations feature turns it into a pre-filled dossier (DossierId stays null until then).</summary>
public sealed class ClusterAwardProposal
{
    private ClusterAwardProposal()
    {
        AwardCode = string.Empty;
    }

    public int Id { get; private set; }
    public int SheetId { get; private set; }
    public int ClusterId { get; private set; }
    public int OrgUnitId { get; private set; }
    public int Year { get; private set; }
    public string AwardCode { get; private set; }
    public decimal Score { get; private set; }
    public int Rank { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public int? DossierId { get; private set; }

    public static IReadOnlyList<ClusterAwardProposal> From(ScoreSheet sheet, IReadOnlyList<RankedUnit> ranking, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return ProposalRule.For(sheet.Period, ranking)
            .Select(p => new ClusterAwardProposal
            {
                SheetId = sheet.Id, ClusterId = sheet.ClusterId, OrgUnitId = p.Unit.OrgUnitId, Year = sheet.Year,
                AwardCode = p.AwardCode, Score = p.Unit.Score, Rank = p.Unit.Rank, CreatedAt = at,
            })
            .ToList();
    }
}
