using Tdkt.Domain.Common;

namespace Tdkt.Domain.Emulation;

public enum ScorePeriod
{
    /// <summary>Sơ kết 6 tháng đầu năm.</summary>
    MidYear,
    /// <summary>Tổng kết năm.</summary>
    YearEnd,
}

public enum CriterionKind
{
    /// <summary>Tiêu chí chấm điểm (thuộc một nhóm tiêu chí).</summary>
    Criterion,
    /// <summary>Điểm thưởng.</summary>
    Bonus,
    /// <summary>Điểm trừ.</summary>
    Penalty,
}

public enum SheetStatus
{
    /// <summary>Đang soạn biểu mẫu: tiêu chí còn sửa được.</summary>
    Draft,
    /// <summary>Đang chấm: các đơn vị tự chấm, nộp; khối xem xét, điều chỉnh.</summary>
    Scoring,
    /// <summary>Đã chốt kết quả: xếp hạng và đề nghị khen thưởng đã lập.</summary>
    Finalised,
}

public static class EmulationNames
{
    public static string Vietnamese(this ScorePeriod p) => p switch
    {
        ScorePeriod.MidYear => "Sơ kết 6 tháng",
        ScorePeriod.YearEnd => "Tổng kết năm",
    };

    public static string Vietnamese(this CriterionKind k) => k switch
    {
        CriterionKind.Criterion => "Tiêu chí",
        CriterionKind.Bonus => "Điểm thưởng",
        CriterionKind.Penalty => "Điểm trừ",
    };

    public static string Vietnamese(this SheetStatus s) => s switch
    {
        SheetStatus.Draft => "Đang soạn tiêu chí",
        SheetStatus.Scoring => "Đang chấm điểm",
        SheetStatus.Finalised => "Đã chốt kết quả",
    };
}

/// <summary>
/// Bảng chấm điểm thi đua of one cluster/bloc for one period (sơ kết 6 tháng or tổng kết năm): groups of
/// criteria with maximum points, bonus items and penalty items with their limits, evidence flags.
/// </summary>
public sealed class ScoreSheet
{
    public const decimal MaxPointsLimit = 1000m;
    private readonly List<ScoreCriterion> _criteria = [];

    private ScoreSheet()
    {
        Title = string.Empty;
    }

    public int Id { get; private set; }
    public int ClusterId { get; private set; }
    public int Year { get; private set; }
    public ScorePeriod Period { get; private set; }
    public string Title { get; private set; }

    /// <summary>Tổng điểm thưởng tối đa của cả bảng (null: chỉ giới hạn theo từng mục).</summary>
    public decimal? BonusCap { get; private set; }
    public SheetStatus Status { get; private set; }
    public DateTimeOffset? FinalisedAt { get; private set; }
    public IReadOnlyList<ScoreCriterion> Criteria => _criteria;

    /// <summary>Optimistic concurrency token (PostgreSQL xmin).</summary>
    public uint Version { get; private set; }

    public decimal MaxTotal =>
        _criteria.Where(c => c.Kind == CriterionKind.Criterion).Sum(c => c.MaxPoints)
        + Math.Min(_criteria.Where(c => c.Kind == CriterionKind.Bonus).Sum(c => c.MaxPoints), BonusCap ?? decimal.MaxValue);

    public static Result<ScoreSheet> Create(int clusterId, int year, ScorePeriod period, string? title, decimal? bonusCap)
    {
        if (year is < 2000 or > 2100)
        {
            return new ValidationError("Year", "Năm chấm điểm phải từ 2000 đến 2100, ví dụ 2023.");
        }

        var t = VietnameseText.Normalize(title);
        if (t.Length is 0 or > 250)
        {
            return new ValidationError("Title", "Tên bảng chấm điểm là bắt buộc, tối đa 250 ký tự.");
        }

        if (bonusCap is < 0 or > MaxPointsLimit)
        {
            return new ValidationError("BonusCap", $"Tổng điểm thưởng tối đa phải từ 0 đến {MaxPointsLimit:0}.");
        }

        return new ScoreSheet { ClusterId = clusterId, Year = year, Period = period, Title = t, BonusCap = bonusCap, Status = SheetStatus.Draft };
    }

    public Result<ScoreCriterion> AddCriterion(CriterionKind kind, string? group, string? title, decimal maxPoints, bool evidenceRequired)
    {
        if (Status != SheetStatus.Draft)
        {
            return new ConflictError("Bảng điểm đã mở chấm, không sửa tiêu chí được nữa.");
        }

        var g = VietnameseText.Normalize(group);
        if (kind == CriterionKind.Criterion && g.Length == 0)
        {
            return new ValidationError("Group", "Nhóm tiêu chí là bắt buộc, ví dụ \"I. Thực hiện nhiệm vụ chính trị\".");
        }

        if (g.Length > 250)
        {
            return new ValidationError("Group", "Nhóm tiêu chí tối đa 250 ký tự.");
        }

        var t = VietnameseText.Normalize(title);
        if (t.Length is 0 or > 500)
        {
            return new ValidationError("Title", "Nội dung tiêu chí là bắt buộc, tối đa 500 ký tự.");
        }

        if (maxPoints <= 0 || maxPoints > MaxPointsLimit || decimal.Round(maxPoints, 2) != maxPoints)
        {
            return new ValidationError("MaxPoints", kind == CriterionKind.Criterion
                ? $"Điểm tối đa phải lớn hơn 0 và không quá {MaxPointsLimit:0}, tối đa 2 chữ số thập phân."
                : $"Mức giới hạn điểm {kind.Vietnamese().ToLowerInvariant()} phải lớn hơn 0 và không quá {MaxPointsLimit:0}.");
        }

        var c = new ScoreCriterion(kind, kind == CriterionKind.Criterion ? g : (g.Length == 0 ? kind.Vietnamese() : g), t, maxPoints,
            evidenceRequired, _criteria.Count == 0 ? 1 : _criteria.Max(x => x.Order) + 1);
        _criteria.Add(c);
        return c;
    }

    public Result RemoveCriterion(int criterionId)
    {
        if (Status != SheetStatus.Draft)
        {
            return new ConflictError("Bảng điểm đã mở chấm, không sửa tiêu chí được nữa.");
        }

        return _criteria.RemoveAll(c => c.Id == criterionId) == 0 ? new NotFoundError() : Result.Success();
    }

    /// <summary>Mở chấm điểm: the template is frozen, member units may score themselves.</summary>
    public Result Open()
    {
        if (Status != SheetStatus.Draft)
        {
            return new ConflictError("Bảng điểm đã được mở chấm trước đó.");
        }

        if (!_criteria.Any(c => c.Kind == CriterionKind.Criterion))
        {
            return new ValidationError("Criteria", "Bảng điểm cần ít nhất một tiêu chí chấm điểm trước khi mở chấm.");
        }

        Status = SheetStatus.Scoring;
        return Result.Success();
    }

    /// <summary>Chốt kết quả: ranks the submitted cards (unsubmitted ones are left out) and returns the ranking.</summary>
    public Result<IReadOnlyList<RankedUnit>> Finalise(IEnumerable<UnitScoreCard> cards, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(cards);
        if (Status != SheetStatus.Scoring)
        {
            return new ConflictError(Status == SheetStatus.Finalised
                ? "Kết quả đã được chốt trước đó."
                : "Bảng điểm chưa mở chấm.");
        }

        var submitted = cards.Where(c => c.SheetId == Id && c.IsSubmitted).ToList();
        if (submitted.Count == 0)
        {
            return new ValidationError("Cards", "Chưa có đơn vị nào nộp bảng tự chấm; chưa chốt kết quả được.");
        }

        Status = SheetStatus.Finalised;
        FinalisedAt = at;
        return Result<IReadOnlyList<RankedUnit>>.Success(Ranking(submitted));
    }

    /// <summary>The ranking of the given cards as they stand (submitted cards only).</summary>
    public IReadOnlyList<RankedUnit> Ranking(IEnumerable<UnitScoreCard> cards) =>
        ScoreCalculator.Rank(cards.Where(c => c.IsSubmitted).Select(c => (c.OrgUnitId, c.Total(this).Total)));

}

public sealed class ScoreCriterion
{
    private ScoreCriterion()
    {
        Group = string.Empty;
        Title = string.Empty;
    }

    internal ScoreCriterion(CriterionKind kind, string group, string title, decimal maxPoints, bool evidenceRequired, int order)
    {
        Kind = kind;
        Group = group;
        Title = title;
        MaxPoints = maxPoints;
        EvidenceRequired = evidenceRequired;
        Order = order;
    }

    public int Id { get; private set; }
    public int SheetId { get; private set; }
    public CriterionKind Kind { get; private set; }
    public string Group { get; private set; }
    public string Title { get; private set; }

    /// <summary>Điểm tối đa (tiêu chí) or the limit of a bonus/penalty item.</summary>
    public decimal MaxPoints { get; private set; }
    public bool EvidenceRequired { get; private set; }
    public int Order { get; private set; }
}
