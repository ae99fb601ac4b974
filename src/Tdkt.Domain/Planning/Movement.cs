using Tdkt.Domain.Common;
using Tdkt.Domain.Conferences;

namespace Tdkt.Domain.Planning;

/// <summary>Hình thức tổ chức thi đua (Law 2022 Art 16).</summary>
public enum MovementForm
{
    /// <summary>Thi đua thường xuyên.</summary>
    Regular,
    /// <summary>Thi đua theo chuyên đề.</summary>
    Thematic,
    /// <summary>Đợt thi đua (cao điểm, theo đợt).</summary>
    Campaign,
}

/// <summary>The level that launches (cấp phát động).</summary>
public enum MovementLevel
{
    National,
    Province,
    Agency,
    District,
    Commune,
    Unit,
}

/// <summary>A participant group (đối tượng thi đua) and its criteria.</summary>
public sealed record ParticipantGroup(string Name, string Criteria);

/// <summary>An award form reserved for the movement: a catalogue code ("BK_TINH"), a quota, for whom.</summary>
public sealed record AwardQuota(string AwardCode, int Quota, string SubjectKind);

/// <summary>A review milestone (sơ kết, tổng kết) with its date.</summary>
public sealed record Milestone(string Name, DateOnly Date);

public static class MovementNames
{
    public static string Vietnamese(this MovementForm form) => form switch
    {
        MovementForm.Regular => "Thi đua thường xuyên",
        MovementForm.Thematic => "Thi đua theo chuyên đề",
        MovementForm.Campaign => "Thi đua theo đợt",
    };

    public static string Vietnamese(this MovementLevel level) => level switch
    {
        MovementLevel.National => "Toàn quốc",
        MovementLevel.Province => "Cấp tỉnh",
        MovementLevel.Agency => "Sở, ban, ngành",
        MovementLevel.District => "Cấp huyện",
        MovementLevel.Commune => "Cấp xã",
        MovementLevel.Unit => "Cơ quan, đơn vị",
    };
}

/// <summary>The fields a movement is made of, as the handler collected and parsed them.</summary>
public sealed record MovementData(
    string? Name,
    int LaunchingUnitId,
    MovementLevel Level,
    MovementForm Form,
    DateOnly? From,
    DateOnly? To,
    int? StandingAgencyId,
    string? StandingAgencyNote,
    string? Objectives,
    IReadOnlyList<string> ContentItems,
    IReadOnlyList<ParticipantGroup> ParticipantGroups,
    IReadOnlyList<AwardQuota> AwardQuotas,
    IReadOnlyList<Milestone> Milestones,
    IReadOnlyList<string> LegalBases,
    int? ParentMovementId,
    int QuotaCollectives = 0,
    int QuotaIndividuals = 0,
    int QuotaHouseholds = 0);

/// <summary>A movement (phong trào thi đua) launched by a unit; lower levels link their own movement or plan to it.</summary>
public sealed class Movement
{
    public const int NameMaxLength = 500;

    private Movement()
    {
        Name = string.Empty;
    }

    public int Id { get; private set; }
    public string Name { get; private set; }
    public int LaunchingUnitId { get; private set; }
    public MovementLevel Level { get; private set; }
    public MovementForm Form { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public int? StandingAgencyId { get; private set; }
    public string? StandingAgencyNote { get; private set; }
    public string? Objectives { get; private set; }
    public List<string> ContentItems { get; private set; } = [];
    public List<ParticipantGroup> ParticipantGroups { get; private set; } = [];
    public List<AwardQuota> AwardQuotas { get; private set; } = [];
    public List<Milestone> Milestones { get; private set; } = [];
    public List<string> LegalBases { get; private set; } = [];
    public int? ParentMovementId { get; private set; }

    /// <summary>Movement-wide award quota per subject kind (all units together); all three 0 = no quota. Per-unit
    /// allotments are <c>QuotaAllotment</c> rows and may not add up to more than these.</summary>
    public int QuotaCollectives { get; private set; }
    public int QuotaIndividuals { get; private set; }
    public int QuotaHouseholds { get; private set; }
    public uint Version { get; private set; }

    /// <summary>The movement's quota in the same shape as a conference's (no per-unit lines here).</summary>
    public EventQuota Quota => new(QuotaCollectives, QuotaIndividuals, QuotaHouseholds, []);

    public static Result<Movement> Create(MovementData data)
    {
        var m = new Movement();
        var error = m.Apply(data, selfId: null);
        return error is null ? m : error;
    }

    public Result Edit(MovementData data)
    {
        if (data.LaunchingUnitId != LaunchingUnitId)
        {
            return new ValidationError("LaunchingUnitId", "Không thể đổi đơn vị phát động của phong trào đã tạo.");
        }

        var error = Apply(data, Id);
        return error is null ? Result.Success() : error;
    }

    /// <summary>Years covered, for display: "2021–2025" or "01/03/2023 – 30/06/2023".</summary>
    public string PeriodText => From.DayOfYear == 1 && To.Month == 12 && To.Day == 31
        ? (From.Year == To.Year ? From.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{From.Year}–{To.Year}")
        : $"{ViFormat.Date(From)} – {ViFormat.Date(To)}";

    private ValidationError? Apply(MovementData d, int? selfId)
    {
        var name = VietnameseText.Normalize(d.Name);
        if (name.Length == 0)
        {
            return new ValidationError("Name", "Tên phong trào là bắt buộc.");
        }

        if (name.Length > NameMaxLength)
        {
            return new ValidationError("Name", $"Tên phong trào tối đa {NameMaxLength} ký tự.");
        }

        if (d.From is not { } from)
        {
            return new ValidationError("From", "Thời gian bắt đầu là bắt buộc (năm, ví dụ 2021, hoặc ngày dd/MM/yyyy).");
        }

        if (d.To is not { } to)
        {
            return new ValidationError("To", "Thời gian kết thúc là bắt buộc (năm, ví dụ 2025, hoặc ngày dd/MM/yyyy).");
        }

        if (to < from)
        {
            return new ValidationError("To", $"Thời gian kết thúc ({ViFormat.Date(to)}) không được trước thời gian bắt đầu ({ViFormat.Date(from)}).");
        }

        if (selfId is not null && d.ParentMovementId == selfId)
        {
            return new ValidationError("ParentMovementId", "Phong trào không thể là phong trào cấp trên của chính nó.");
        }

        if (d.AwardQuotas.FirstOrDefault(q => q.Quota < 0) is { } bad)
        {
            return new ValidationError("AwardQuotas", $"Số lượng của hình thức {bad.AwardCode} không được âm.");
        }

        if (new EventQuota(d.QuotaCollectives, d.QuotaIndividuals, d.QuotaHouseholds, []).Validate("phong trào") is { } quotaError)
        {
            return quotaError;
        }

        Name = name;
        LaunchingUnitId = d.LaunchingUnitId;
        Level = d.Level;
        Form = d.Form;
        From = from;
        To = to;
        StandingAgencyId = d.StandingAgencyId;
        StandingAgencyNote = NullIfEmpty(d.StandingAgencyNote);
        Objectives = NullIfEmpty(d.Objectives);
        ContentItems = [.. d.ContentItems];
        ParticipantGroups = [.. d.ParticipantGroups];
        AwardQuotas = [.. d.AwardQuotas];
        Milestones = [.. d.Milestones.OrderBy(x => x.Date)];
        LegalBases = [.. d.LegalBases];
        ParentMovementId = d.ParentMovementId;
        QuotaCollectives = d.QuotaCollectives;
        QuotaIndividuals = d.QuotaIndividuals;
        QuotaHouseholds = d.QuotaHouseholds;
        return null;
    }

    internal static string? NullIfEmpty(string? text)
    {
        var t = (text ?? string.Empty).Trim();
        return t.Length == 0 ? null : t.Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
