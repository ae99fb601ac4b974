using Tdkt.Domain.Awards;

namespace Tdkt.Domain.Nominations;

/// <summary>How many of one subject kind a unit may propose for a movement or conference (e.g. 2 cá nhân, 1 hộ gia đình).</summary>
public sealed record QuotaLine(SubjectKind Kind, int Allotted, int UsedElsewhere, int InThisDossier)
{
    public int Left => Allotted - UsedElsewhere - InThisDossier;
}

public static class Quotas
{
    /// <summary>One Vietnamese problem per kind that is over its allotment; kinds without an allotment are not limited.</summary>
    public static IReadOnlyList<string> Problems(IEnumerable<QuotaLine> lines) =>
    [
        .. lines.Where(l => l.Left < 0).Select(l =>
            $"vượt chỉ tiêu {l.Kind.Vietnamese().ToLowerInvariant()} (được phân bổ {l.Allotted}, đã đề nghị ở hồ sơ khác {l.UsedElsewhere}, hồ sơ này {l.InThisDossier})"),
    ];
}
