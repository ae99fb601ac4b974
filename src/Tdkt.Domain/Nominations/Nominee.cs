using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;

namespace Tdkt.Domain.Nominations;

public enum NomineeVerdict
{
    Pending,
    Accepted,
    Rejected,
}

/// <summary>Where a council result came from: typed in from the minutes now; in-app ballots later write the same record.</summary>
public enum CouncilSource
{
    Minutes,
    Ballot,
}

/// <summary>A council result for one nominee: yes votes against ALL members (absentees' written votes included).</summary>
public sealed record CouncilResult(int VotesFor, int TotalMembers, bool Passed, CouncilSource Source);

/// <summary>What the clerk types for a nominee (the import builds the same).</summary>
public sealed record NomineeData(SubjectKind Kind, string? Name, string? Gender, int? BirthYear, string? Ethnicity,
    string? Position, string? WorkUnit, int? OrgUnitId, string? Address, string? CitizenId, string? AwardCode, string? Achievement,
    bool? IsLeader = null, bool? IsDirectWorker = null);

/// <summary>One proposed recipient of a dossier: an individual, a collective (org unit or named team) or a household
/// (head of household + address), with the proposed award and an achievement summary. The citizen ID is stored
/// encrypted by the caller; only the last four digits are kept in clear for the masked display.</summary>
public sealed class Nominee
{
    public const int NameMaxLength = 200;

    private Nominee()
    {
        Name = string.Empty;
        AwardCode = string.Empty;
        Achievement = string.Empty;
    }

    public int Id { get; private set; }
    public int DossierId { get; private set; }
    public SubjectKind Kind { get; private set; }

    /// <summary>Full name, collective name, or head of household.</summary>
    public string Name { get; private set; }

    public string? Gender { get; private set; }
    public int? BirthYear { get; private set; }
    public string? Ethnicity { get; private set; }
    public string? Position { get; private set; }
    public string? WorkUnit { get; private set; }

    /// <summary>Lãnh đạo, quản lý (individuals; null = not stated). Carried to the registry for the fairness figures.</summary>
    public bool? IsLeader { get; private set; }

    /// <summary>Công nhân, nông dân, người lao động trực tiếp (individuals; null = not stated).</summary>
    public bool? IsDirectWorker { get; private set; }

    /// <summary>The collective's org unit, when it is one; a named team leaves it null.</summary>
    public int? OrgUnitId { get; private set; }

    public string? Address { get; private set; }
    public string? CitizenIdProtected { get; private set; }
    public string? CitizenIdLast4 { get; private set; }
    public string AwardCode { get; private set; }
    public string Achievement { get; private set; }
    public NomineeVerdict Verdict { get; private set; }
    public string? VerdictReason { get; private set; }
    public int? CouncilVotesFor { get; private set; }
    public int? CouncilMembers { get; private set; }
    public bool? CouncilPassed { get; private set; }
    public CouncilSource? CouncilSource { get; private set; }
    public uint Version { get; private set; }

    /// <summary>On a dossier made by escalation: the lower level's nominee this one was copied from (ADR-0013).</summary>
    public int? OriginNomineeId { get; private set; }

    public CouncilResult? Council => CouncilVotesFor is { } v && CouncilMembers is { } m && CouncilPassed is { } p
        ? new CouncilResult(v, m, p, CouncilSource ?? Nominations.CouncilSource.Minutes) : null;

    public string MaskedCitizenId => CitizenIdLast4 is null ? string.Empty : "********" + CitizenIdLast4;

    /// <summary>Validates and builds; <paramref name="protect"/> encrypts the citizen ID.</summary>
    public static Result<Nominee> Create(int dossierId, NomineeData data, Func<string, string> protect, string field = "")
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(protect);
        var name = data.Name?.Trim() ?? string.Empty;
        string F(string f) => field.Length == 0 ? f : field;
        if (name.Length == 0)
        {
            return new ValidationError(F("Name"), data.Kind switch
            {
                SubjectKind.Household => "Hãy nhập họ tên chủ hộ.",
                SubjectKind.Collective or SubjectKind.Village => "Hãy nhập tên tập thể.",
                _ => "Hãy nhập họ và tên.",
            });
        }

        if (name.Length > NameMaxLength)
        {
            return new ValidationError(F("Name"), $"Tên dài tối đa {NameMaxLength} ký tự.");
        }

        if (data.BirthYear is { } y && (y < 1900 || y > 2100))
        {
            return new ValidationError(F("BirthYear"), "Năm sinh không hợp lệ (ví dụ 1985).");
        }

        string? gender = null;
        if (!string.IsNullOrWhiteSpace(data.Gender))
        {
            gender = VietnameseText.Fold(data.Gender) switch
            {
                "nam" => "nam",
                "nu" => "nữ",
                _ => null,
            };
            if (gender is null)
            {
                return new ValidationError(F("Gender"), "Giới tính ghi \"Nam\" hoặc \"Nữ\".");
            }
        }

        if (data.Kind == SubjectKind.Household && string.IsNullOrWhiteSpace(data.Address))
        {
            return new ValidationError(F("Address"), "Hãy nhập địa chỉ của hộ gia đình.");
        }

        if (!AwardCodes.TryNormalize(data.AwardCode, out var code))
        {
            return new ValidationError(F("AwardCode"), $"Không có danh hiệu, hình thức khen thưởng mã \"{data.AwardCode}\".");
        }

        if (string.IsNullOrWhiteSpace(data.Achievement))
        {
            return new ValidationError(F("Achievement"), "Hãy tóm tắt thành tích đề nghị khen thưởng.");
        }

        string? cipher = null, last4 = null;
        if (!string.IsNullOrWhiteSpace(data.CitizenId))
        {
            var id = data.CitizenId.Trim();
            if (data.Kind != SubjectKind.Individual && data.Kind != SubjectKind.Household)
            {
                return new ValidationError(F("CitizenId"), "Số định danh cá nhân chỉ nhập cho cá nhân hoặc chủ hộ.");
            }

            if (id.Length != 12 || !id.All(char.IsAsciiDigit))
            {
                return new ValidationError(F("CitizenId"), "Số định danh cá nhân (CCCD) gồm đúng 12 chữ số.");
            }

            cipher = protect(id);
            last4 = id[^4..];
        }

        return new Nominee
        {
            DossierId = dossierId,
            Kind = data.Kind,
            Name = name,
            Gender = data.Kind == SubjectKind.Individual ? gender : null,
            BirthYear = data.BirthYear,
            Ethnicity = Trim(data.Ethnicity),
            Position = Trim(data.Position),
            WorkUnit = Trim(data.WorkUnit),
            IsLeader = data.Kind == SubjectKind.Individual ? data.IsLeader : null,
            IsDirectWorker = data.Kind == SubjectKind.Individual ? data.IsDirectWorker : null,
            OrgUnitId = data.Kind == SubjectKind.Collective ? data.OrgUnitId : null,
            Address = Trim(data.Address),
            CitizenIdProtected = cipher,
            CitizenIdLast4 = last4,
            AwardCode = code,
            Achievement = data.Achievement.Trim(),
            Verdict = NomineeVerdict.Pending,
        };
    }

    /// <summary>Edits a nominee of a draft (or returned) dossier: the same checks as <see cref="Create"/>; a blank citizen ID
    /// keeps the stored one. Appraisal and council results are untouched (a draft has none).</summary>
    public Result Edit(NomineeData data, Func<string, string> protect)
    {
        var built = Create(DossierId, data, protect);
        if (built.Value is not { } n)
        {
            return built.Error!;
        }

        Kind = n.Kind;
        Name = n.Name;
        Gender = n.Gender;
        BirthYear = n.BirthYear;
        Ethnicity = n.Ethnicity;
        Position = n.Position;
        WorkUnit = n.WorkUnit;
        IsLeader = n.IsLeader;
        IsDirectWorker = n.IsDirectWorker;
        OrgUnitId = n.OrgUnitId;
        Address = n.Address;
        if (n.CitizenIdProtected is not null)
        {
            CitizenIdProtected = n.CitizenIdProtected;
            CitizenIdLast4 = n.CitizenIdLast4;
        }
        else if (Kind is not (SubjectKind.Individual or SubjectKind.Household))
        {
            CitizenIdProtected = null;
            CitizenIdLast4 = null;
        }

        AwardCode = n.AwardCode;
        Achievement = n.Achievement;
        return Result.Success();
    }

    /// <summary>The copy carried up by escalation: same subject, form and achievement, the citizen ID cipher as is; the
    /// higher level appraises and votes afresh (its verdict starts pending; the lower result stays on the origin).</summary>
    public static Nominee CopyForEscalation(int dossierId, Nominee origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        return new Nominee
        {
            DossierId = dossierId,
            Kind = origin.Kind,
            Name = origin.Name,
            Gender = origin.Gender,
            BirthYear = origin.BirthYear,
            Ethnicity = origin.Ethnicity,
            Position = origin.Position,
            WorkUnit = origin.WorkUnit,
            IsLeader = origin.IsLeader,
            IsDirectWorker = origin.IsDirectWorker,
            OrgUnitId = origin.OrgUnitId,
            Address = origin.Address,
            CitizenIdProtected = origin.CitizenIdProtected,
            CitizenIdLast4 = origin.CitizenIdLast4,
            AwardCode = origin.AwardCode,
            Achievement = origin.Achievement,
            Verdict = NomineeVerdict.Pending,
            OriginNomineeId = origin.Id,
        };
    }

    /// <summary>Appraisal verdict; a rejection needs a reason, and so does accepting a nominee who fails a criterion of
    /// the eligibility check (<paramref name="unmetCriteria"/>: what the check says is not met); the reason is kept.</summary>
    public Result Appraise(bool accept, string? reason, IReadOnlyCollection<string>? unmetCriteria = null)
    {
        if (!accept && string.IsNullOrWhiteSpace(reason))
        {
            return new ValidationError("Reason", $"Hãy ghi lý do không đề nghị khen thưởng cho {Name}.");
        }

        if (accept && unmetCriteria is { Count: > 0 } && string.IsNullOrWhiteSpace(reason))
        {
            return new ValidationError("Reason",
                $"Lý do: {Name} chưa đạt tiêu chuẩn ({string.Join("; ", unmetCriteria)}). Muốn vẫn đề nghị khen thưởng, hãy ghi lý do.");
        }

        if (reason?.Trim().Length > 1000)
        {
            return new ValidationError("Reason", "Lý do tối đa 1000 ký tự.");
        }

        Verdict = accept ? NomineeVerdict.Accepted : NomineeVerdict.Rejected;
        VerdictReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        return Result.Success();
    }

    /// <summary>Council result: pass or fail by <paramref name="rule"/> on ALL members.</summary>
    public Result RecordCouncil(int votesFor, int totalMembers, CouncilRule rule, CouncilSource source)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (Verdict != NomineeVerdict.Accepted)
        {
            return new ConflictError($"{Name} không được đề nghị sau thẩm định, không cần kết quả Hội đồng.");
        }

        if (totalMembers <= 0)
        {
            return new ValidationError("TotalMembers", "Tổng số thành viên Hội đồng phải lớn hơn 0.");
        }

        if (votesFor < 0 || votesFor > totalMembers)
        {
            return new ValidationError("VotesFor", $"Số phiếu đồng ý phải từ 0 đến {totalMembers} (tổng số thành viên Hội đồng).");
        }

        CouncilVotesFor = votesFor;
        CouncilMembers = totalMembers;
        CouncilPassed = rule.BallotRequired ? rule.IsApproved(votesFor, totalMembers) : votesFor * 2 > totalMembers;
        CouncilSource = source;
        return Result.Success();
    }

    /// <summary>Accepted by appraisal, passed by the council where its form needs a ballot (no result is NOT passed),
    /// and past an ended public notice with no open objection where its form needs one (<see cref="IssueGate"/>).</summary>
    public bool IsRecipient(RequiredSteps steps, DateOnly today) => IssueGate.Standing(this, steps, today).Standing == RecipientStanding.Recipient;

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
