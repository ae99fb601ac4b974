using Tdkt.Domain.Awards;
using Tdkt.Domain.Conferences;

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
        .. lines.Where(Over).Select(l =>
            $"vượt chỉ tiêu {l.Kind.Vietnamese().ToLowerInvariant()} của {of} (chỉ tiêu {l.Allotted}, các hồ sơ đã gửi {l.UsedElsewhere}, hồ sơ này {l.InThisDossier})"),
    ];

    /// <summary>The total quota of a conference or a movement (all units together) against what the dossiers submitted
    /// or further use (<paramref name="usedElsewhere"/>, counted over <see cref="CountedStatuses"/>) and what this dossier
    /// adds: one Vietnamese problem with the counts per kind that would be over. A quota of 0 for every kind sets no quota. <paramref name="of"/>: whose quota,
    /// for the message ("hội nghị", "phong trào").</summary>
    public static IReadOnlyList<string> TotalProblems(EventQuota quota, IReadOnlyDictionary<SubjectKind, int> usedElsewhere,
        IReadOnlyDictionary<SubjectKind, int> inThisDossier, string of) =>
        quota.Total == 0
            ? []
            : TotalProblems(EventQuota.Kinds.Select(k => new QuotaLine(k, quota.For(k), usedElsewhere.GetValueOrDefault(k), inThisDossier.GetValueOrDefault(k))), of);

    /// <summary>One Vietnamese problem per kind that is over its allotment; kinds without an allotment are not limited.</summary>
    public static IReadOnlyList<string> Problems(IEnumerable<QuotaLine> lines) =>
    [
        .. lines.Where(Over).Select(l =>
            $"vượt chỉ tiêu {l.Kind.Vietnamese().ToLowerInvariant()} (được phân bổ {l.Allotted}, đã đề nghị ở hồ sơ khác {l.UsedElsewhere}, hồ sơ này {l.InThisDossier})"),
    ];

    /// <summary>This dossier would pass the quota of a kind it adds to; a kind it does not propose is never its problem,
    /// even when others are already over (e.g. after the quota was lowered).</summary>
    private static bool Over(QuotaLine l) => l.InThisDossier > 0 && l.Left < 0;
}
