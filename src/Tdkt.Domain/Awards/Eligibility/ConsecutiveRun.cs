namespace Tdkt.Domain.Awards.Eligibility;

/// <summary>Counting runs of consecutive years, the core of most title rules (domain.md §8.2).</summary>
public static class ConsecutiveRun
{
    /// <summary>Length of the run of years that ends exactly at <paramref name="endYear"/> and goes back while
    /// <paramref name="holds"/> is true, never before <paramref name="floorYear"/>. 0 if the end year itself fails.
    /// A single missing year breaks the run.</summary>
    public static int EndingIn(int endYear, Func<int, bool> holds, int floorYear = int.MinValue)
    {
        ArgumentNullException.ThrowIfNull(holds);
        var length = 0;
        for (var y = endYear; y >= floorYear && holds(y); y--)
        {
            length++;
        }

        return length;
    }

    /// <summary>Same over a set of years (e.g. the years a title was received).</summary>
    public static int EndingIn(IEnumerable<int> years, int endYear, int floorYear = int.MinValue)
    {
        ArgumentNullException.ThrowIfNull(years);
        var set = years as IReadOnlySet<int> ?? new HashSet<int>(years);
        return EndingIn(endYear, set.Contains, floorYear);
    }

    /// <summary>Number of awards in a chain ending at <paramref name="endYear"/> where each award is at most
    /// <paramref name="maxGap"/> years after the previous one (3 for CSTĐ tỉnh: one per run of 3 CSTĐCS).
    /// Returns the count and the first year of the chain.</summary>
    public static (int Count, int FirstYear) ChainEndingIn(IEnumerable<int> years, int endYear, int maxGap,
        int floorYear = int.MinValue)
    {
        ArgumentNullException.ThrowIfNull(years);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxGap);
        var sorted = years.Where(y => y >= floorYear && y <= endYear).Distinct().OrderDescending().ToList();
        if (sorted.Count == 0 || sorted[0] != endYear)
        {
            return (0, endYear);
        }

        var count = 1;
        var first = endYear;
        for (var i = 1; i < sorted.Count && first - sorted[i] <= maxGap; i++)
        {
            first = sorted[i];
            count++;
        }

        return (count, first);
    }
}
