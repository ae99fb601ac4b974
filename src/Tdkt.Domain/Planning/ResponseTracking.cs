using Tdkt.Domain.Organizations;

namespace Tdkt.Domain.Planning;

/// <summary>A unit that may have to respond to a movement, and the plans/movements linked to it from its subtree.</summary>
public sealed record ResponderCandidate(int UnitId, string Name, OrgUnitKind Kind, string Path, DateOnly ValidFrom, DateOnly? ValidTo);

public sealed record LinkedResponse(int OwnerUnitId, string OwnerPath, string Title, int? PlanId, int? MovementId);

public sealed record ResponseRow(int UnitId, string Name, OrgUnitKind Kind, bool Responded, IReadOnlyList<LinkedResponse> Responses);

/// <summary>
/// "Who has responded": the launching unit's direct children of the kinds that must respond (agencies,
/// districts, departments, communes) that were open at some time between the movement's start and
/// min(today, its end), and, for each, the linked plans or movements owned inside its subtree.
/// </summary>
public static class ResponseTracking
{
    public static readonly IReadOnlySet<OrgUnitKind> MustRespond = new HashSet<OrgUnitKind>
    {
        OrgUnitKind.ProvincialAgency, OrgUnitKind.District, OrgUnitKind.Department, OrgUnitKind.Commune,
    };

    public static IReadOnlyList<ResponseRow> Compute(DateOnly from, DateOnly to, DateOnly today,
        IEnumerable<ResponderCandidate> directChildren, IEnumerable<LinkedResponse> linked)
    {
        var end = today < to ? today : to;
        var responses = linked.ToList();
        return directChildren
            .Where(c => MustRespond.Contains(c.Kind) && c.ValidFrom <= end && (c.ValidTo is null || c.ValidTo >= from))
            .Select(c =>
            {
                var mine = responses.Where(r => OrgPath.IsWithin(r.OwnerPath, c.Path)).ToList();
                return new ResponseRow(c.UnitId, c.Name, c.Kind, mine.Count > 0, mine);
            })
            .OrderBy(r => r.Responded)
            .ThenBy(r => r.Name, StringComparer.Create(Common.ViFormat.Culture, ignoreCase: false))
            .ToList();
    }
}
