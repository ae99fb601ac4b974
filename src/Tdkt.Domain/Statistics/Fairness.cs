using Tdkt.Domain.Common;

namespace Tdkt.Domain.Statistics;

/// <summary>Whether a count is of awards given (khen thưởng) or of people proposed (đề nghị).</summary>
public enum FairnessSource
{
    Awarded,
    Proposed,
}

/// <summary>The groups the law and the plans ask to watch ("chú trọng khen thưởng … người lao động trực tiếp", phụ nữ,
/// đồng bào dân tộc thiểu số) and the leaders/managers they are compared with.</summary>
public enum FairnessGroup
{
    /// <summary>Nữ (of those whose gender is recorded).</summary>
    Women,
    /// <summary>Người dân tộc thiểu số: any of the 54 groups except Kinh (of those whose ethnicity is recorded).</summary>
    EthnicMinority,
    /// <summary>Công nhân, nông dân, người lao động trực tiếp.</summary>
    DirectWorker,
    /// <summary>Lãnh đạo, quản lý.</summary>
    Leader,
}

/// <summary>
/// <paramref name="Count"/> individuals of one row key (a level or a form) with the same attributes. Null attributes are
/// "not recorded" (imported history, nominees typed before the attribute existed) and stay out of that group's share.
/// </summary>
public sealed record FairnessFact(FairnessSource Source, string Key, string? Gender, string? Ethnicity, bool? IsLeader, bool? IsDirectWorker, long Count);

/// <summary>How many of a group among those whose attribute is recorded; <see cref="Share"/> null when none is recorded.</summary>
public sealed record GroupShare(long InGroup, long Recorded)
{
    public decimal? Share => Recorded == 0 ? null : Math.Round((decimal)InGroup / Recorded, 4, MidpointRounding.AwayFromZero);
}

/// <summary>One group in one row: its share of the awards next to its share of the proposals, and the gap in percentage
/// points (awarded − proposed; negative = the group got fewer awards than its weight among those proposed).</summary>
public sealed record FairnessCell(FairnessGroup Group, GroupShare Awarded, GroupShare Proposed)
{
    public decimal? GapPoints => Awarded.Share is { } a && Proposed.Share is { } p ? Math.Round((a - p) * 100m, 2, MidpointRounding.AwayFromZero) : null;
}

/// <summary>A row (a level, a form, or the total): people awarded and proposed, and one cell per group.</summary>
public sealed record FairnessRow(string Key, long Awarded, long Proposed, IReadOnlyList<FairnessCell> Cells)
{
    public FairnessCell this[FairnessGroup group] => Cells.Single(c => c.Group == group);
}

/// <summary>The fairness breakdown (issue 14 item 3): for each row key, the share of awards to women, ethnic-minority
/// people, direct workers and leaders/managers, compared with each group's share among those proposed. Individuals only.</summary>
public sealed record FairnessTable(IReadOnlyList<FairnessRow> Rows, FairnessRow Total)
{
    public static readonly IReadOnlyList<FairnessGroup> Groups = Enum.GetValues<FairnessGroup>();

    /// <summary>Kinh is the majority; every other recorded ethnic group (of the 54) is a minority.</summary>
    public static bool? IsMinority(string? ethnicity) =>
        string.IsNullOrWhiteSpace(ethnicity) ? null : VietnameseText.Fold(ethnicity) != "kinh";

    /// <summary>Rows in the order of <paramref name="sortKey"/> (then key), the total over all facts.</summary>
    public static FairnessTable Build(IEnumerable<FairnessFact> facts, Func<string, string>? sortKey = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var list = facts.ToList();
        var order = sortKey ?? (k => k);
        var rows = list.GroupBy(f => f.Key, StringComparer.Ordinal)
            .OrderBy(g => order(g.Key), StringComparer.Ordinal).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Row(g.Key, g)).ToList();
        return new FairnessTable(rows, Row(string.Empty, list));
    }

    private static FairnessRow Row(string key, IEnumerable<FairnessFact> facts)
    {
        var list = facts.ToList();
        long Total(FairnessSource s) => list.Where(f => f.Source == s).Sum(f => f.Count);
        GroupShare Share(FairnessSource s, FairnessGroup g)
        {
            long inGroup = 0, recorded = 0;
            foreach (var f in list.Where(f => f.Source == s))
            {
                bool? member = g switch
                {
                    FairnessGroup.Women => string.IsNullOrWhiteSpace(f.Gender) ? null : VietnameseText.Fold(f.Gender) == "nu",
                    FairnessGroup.EthnicMinority => IsMinority(f.Ethnicity),
                    FairnessGroup.DirectWorker => f.IsDirectWorker,
                    FairnessGroup.Leader => f.IsLeader,
                    _ => null,
                };
                if (member is { } m)
                {
                    recorded += f.Count;
                    inGroup += m ? f.Count : 0;
                }
            }

            return new GroupShare(inGroup, recorded);
        }

        var cells = Groups.Select(g => new FairnessCell(g, Share(FairnessSource.Awarded, g), Share(FairnessSource.Proposed, g))).ToList();
        return new FairnessRow(key, Total(FairnessSource.Awarded), Total(FairnessSource.Proposed), cells);
    }
}

public static class FairnessGroups
{
    public static string Vietnamese(this FairnessGroup g) => g switch
    {
        FairnessGroup.Women => "Nữ",
        FairnessGroup.EthnicMinority => "Người dân tộc thiểu số",
        FairnessGroup.DirectWorker => "Công nhân, nông dân, người lao động trực tiếp",
        FairnessGroup.Leader => "Lãnh đạo, quản lý",
        _ => g.ToString(),
    };
}
