namespace Tdkt.Domain.Statistics;

/// <summary>A unit as the rollup needs it: id, parent, validity.</summary>
public sealed record RollupUnit(int Id, int? ParentId, DateOnly ValidFrom, DateOnly? ValidTo)
{
    public bool IsOpenOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);
}

/// <summary>A succession edge: <paramref name="PredecessorId"/> lives on as <paramref name="SuccessorId"/> from <paramref name="EffectiveOn"/>.</summary>
public sealed record RollupSuccession(int PredecessorId, int SuccessorId, DateOnly EffectiveOn);

/// <summary>
/// Rolls units up through the org tree as it stood on a chosen day (ADR-0021). A unit still open that day counts for
/// itself; a closed unit counts for its successor (followed through several mergers, the lowest successor id when a
/// unit was split), or, without a successor, for its parent's. Each unit then belongs to the direct sub-unit of the
/// chosen root that contains it on that day (the bucket), or to the root itself. Units that end up outside the root
/// are not in the map, so the map is also the scope of the report.
/// </summary>
public sealed class UnitRollup
{
    private readonly Dictionary<int, RollupUnit> _units;
    private readonly ILookup<int, RollupSuccession> _successors;

    public UnitRollup(IEnumerable<RollupUnit> units, IEnumerable<RollupSuccession> successions)
    {
        _units = units.ToDictionary(u => u.Id);
        _successors = successions.OrderBy(s => s.SuccessorId).ToLookup(s => s.PredecessorId);
    }

    /// <summary>Unit id → bucket id (a direct sub-unit of <paramref name="rootId"/> on <paramref name="asOf"/>, or the root).</summary>
    public IReadOnlyDictionary<int, int> Buckets(int rootId, DateOnly asOf)
    {
        var map = new Dictionary<int, int>();
        foreach (var id in _units.Keys)
        {
            if (Bucket(id, rootId, asOf) is { } b)
            {
                map[id] = b;
            }
        }

        return map;
    }

    /// <summary>The unit <paramref name="unitId"/> counts for on <paramref name="asOf"/>; null when it has none.</summary>
    public int? Resolve(int unitId, DateOnly asOf)
    {
        var seen = new HashSet<int>();
        int? current = unitId;
        while (current is { } id && seen.Add(id) && _units.TryGetValue(id, out var unit))
        {
            if (unit.IsOpenOn(asOf))
            {
                return id;
            }

            var next = _successors[id].FirstOrDefault(s => s.EffectiveOn <= asOf);
            current = next?.SuccessorId ?? unit.ParentId;
        }

        return null;
    }

    private int? Bucket(int unitId, int rootId, DateOnly asOf)
    {
        var resolved = Resolve(unitId, asOf);
        var seen = new HashSet<int>();
        while (resolved is { } id && seen.Add(id) && _units.TryGetValue(id, out var unit))
        {
            if (id == rootId)
            {
                return rootId;
            }

            if (unit.ParentId == rootId)
            {
                return id;
            }

            resolved = unit.ParentId;
        }

        return null;
    }
}
