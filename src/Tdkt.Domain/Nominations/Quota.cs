using Tdkt.Domain.Awards;

namespace Tdkt.Domain.Nominations;

/// <summary>How many of one subject kind a unit may propose for a movement or conference (e.g. 2 cá nhân, 1 hộ gia đình).</summary>
public sealed record QuotaLine(SubjectKind Kind, int Allotted, int UsedElsewhere, int InThisDossier)
{
    public int Left => Allotted - UsedElsewhere - InThisDossier;
}

public static class Quotas
{
    /// <summary>The statuses whose nominees count against a quota: submitted or further, not returned, withdrawn
    /// (draft) or refused (not awarded).</summary>
    public static readonly IReadOnlyList<DossierStatus> CountedStatuses =
    [
        DossierStatus.Submitted, DossierStatus.Received, DossierStatus.UnderAppraisal, DossierStatus.Appraised, DossierStatus.CouncilRecorded,
        DossierStatus.Decided, DossierStatus.Revoked, DossierStatus.Escalated,
    ];

    public static bool Counts(DossierStatus status) => CountedStatuses.Contains(status);

    /// <summary>One Vietnamese problem per kind over the conference's or movement's total (all units together).</summary>
    public static IReadOnlyList<string> TotalProblems(IEnumerable<QuotaLine> lines, string of) =>
    [
        .. lines.Where(l => l.Left < 0).Select(l =>
            $"vượt chỉ tiêu {l.Kind.Vietnamese().ToLowerInvariant()} của {of} (chỉ tiêu {l.Allotted}, các hồ sơ đã gửi {l.UsedElsewhere}, hồ sơ này {l.InThisDossier})"),
    ];

    /// <summary>One Vietnamese problem per kind that is over its allotment; kinds without an allotment are not limited.</summary>
    public static IReadOnlyList<string> Problems(IEnumerable<QuotaLine> lines) =>
    [
        .. lines.Where(l => l.Left < 0).Select(l =>
            $"vượt chỉ tiêu {l.Kind.Vietnamese().ToLowerInvariant()} (được phân bổ {l.Allotted}, đã đề nghị ở hồ sơ khác {l.UsedElsewhere}, hồ sơ này {l.InThisDossier})"),
    ];
}
