namespace Tdkt.Domain.Planning;

/// <summary>A unit's open days, for <see cref="ReportRecipients"/>.</summary>
public sealed record UnitSpan(int Id, DateOnly ValidFrom, DateOnly? ValidTo)
{
    public bool IsOpenOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);
}

/// <summary>A succession link: from <see cref="EffectiveOn"/> <see cref="SuccessorId"/> carries <see cref="PredecessorId"/> on.</summary>
public sealed record SuccessionLink(int PredecessorId, int SuccessorId, DateOnly EffectiveOn);

/// <summary>
/// Who must report for one period (ADR-0030): a recipient open on the period's due date; a recipient closed by then is
/// replaced by its successors (following the chain of successions in effect on that day) that are open then; a unit
/// closed with no successor, or not yet created, is not asked. So a 2026 report never asks an abolished UBND huyện.
/// </summary>
public static class ReportRecipients
{
    public static IReadOnlyList<int> ForDay(IEnumerable<int> recipientIds, DateOnly day, IReadOnlyDictionary<int, UnitSpan> units,
        IReadOnlyCollection<SuccessionLink> successions)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(successions);
        var result = new List<int>();
        var seen = new HashSet<int>();
        var queue = new Queue<int>(recipientIds ?? []);
        while (queue.Count > 0)
        {
            var id = queue.Dequeue();
            if (!seen.Add(id) || !units.TryGetValue(id, out var unit))
            {
                continue;
            }

            if (unit.IsOpenOn(day))
            {
                result.Add(id);
            }
            else if (unit.ValidTo is { } end && end < day)
            {
                foreach (var s in successions.Where(s => s.PredecessorId == id && s.EffectiveOn <= day))
                {
                    queue.Enqueue(s.SuccessorId);
                }
            }
        }

        return result;
    }
}
