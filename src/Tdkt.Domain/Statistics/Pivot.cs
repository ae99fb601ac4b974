using Tdkt.Domain.Common;

namespace Tdkt.Domain.Statistics;

/// <summary>One aggregated group from the database: its key per grouping, how many awards and how much money;
/// <paramref name="Revoked"/> groups are kept apart (they never enter the counts).</summary>
public sealed record StatFact(IReadOnlyList<string> Keys, long Count, decimal Money, bool Revoked = false);

/// <summary>Count and money of a cell, with the revoked awards beside them (shown only when asked).</summary>
public sealed record StatFigures(long Count, decimal Money, long RevokedCount, decimal RevokedMoney)
{
    public static readonly StatFigures Zero = new(0, 0m, 0, 0m);

    public StatFigures Add(StatFact f) => f.Revoked
        ? this with { RevokedCount = RevokedCount + f.Count, RevokedMoney = RevokedMoney + f.Money }
        : this with { Count = Count + f.Count, Money = Money + f.Money };
}

/// <summary>
/// A pivot: rows are the combinations of all groupings but the last, columns the values of the last grouping
/// (with one grouping: one column). Row and column totals and the grand total are computed from the same facts.
/// </summary>
public sealed class PivotTable
{
    /// <summary>Default ceiling on rows × columns: above it nothing is computed (the caller narrows the request).</summary>
    public const int DefaultMaxCells = 5000;

    private readonly Dictionary<(int Row, int Column), StatFigures> _cells;

    private PivotTable(IReadOnlyList<StatDimension> dimensions, IReadOnlyList<string[]> rows, IReadOnlyList<string> columns,
        Dictionary<(int, int), StatFigures> cells)
    {
        Dimensions = dimensions;
        RowKeys = rows;
        ColumnKeys = columns;
        _cells = cells;
        RowTotals = rows.Select((_, r) => Sum(columns.Select((_, c) => Cell(r, c)))).ToList();
        ColumnTotals = columns.Select((_, c) => Sum(rows.Select((_, r) => Cell(r, c)))).ToList();
        Total = Sum(RowTotals);
    }

    public IReadOnlyList<StatDimension> Dimensions { get; }

    /// <summary>Groupings of the rows: all but the last (the last is the columns) when there are two or more.</summary>
    public IReadOnlyList<StatDimension> RowDimensions => Dimensions.Count > 1 ? Dimensions.Take(Dimensions.Count - 1).ToList() : Dimensions;

    /// <summary>Grouping of the columns; null with a single grouping.</summary>
    public StatDimension? ColumnDimension => Dimensions.Count > 1 ? Dimensions[^1] : null;

    public IReadOnlyList<string[]> RowKeys { get; }
    public IReadOnlyList<string> ColumnKeys { get; }
    public IReadOnlyList<StatFigures> RowTotals { get; }
    public IReadOnlyList<StatFigures> ColumnTotals { get; }
    public StatFigures Total { get; }

    public StatFigures Cell(int row, int column) => _cells.TryGetValue((row, column), out var f) ? f : StatFigures.Zero;

    /// <summary>Builds the pivot of <paramref name="facts"/> (keys in the order of <paramref name="dimensions"/>);
    /// <paramref name="order"/> gives each grouping's sort key for a value. More than <paramref name="maxCells"/> cells: a
    /// Vietnamese error naming groupBy, nothing built.</summary>
    public static Result<PivotTable> Build(IReadOnlyList<StatDimension> dimensions, IEnumerable<StatFact> facts,
        Func<StatDimension, string, string> order, int maxCells = DefaultMaxCells)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        ArgumentNullException.ThrowIfNull(order);
        if (dimensions.Count == 0)
        {
            return new ValidationError("groupBy", "Hãy chọn ít nhất một tiêu chí nhóm.");
        }

        var list = facts.ToList();
        var rowDims = dimensions.Count > 1 ? dimensions.Count - 1 : 1;
        var rows = list.Select(f => f.Keys.Take(rowDims).ToArray())
            .DistinctBy(k => string.Join('\u001f', k))
            .OrderBy(k => string.Join('\u001f', k.Select((v, i) => order(dimensions[i], v))), StringComparer.Ordinal)
            .ToList();
        var columns = dimensions.Count > 1
            ? list.Select(f => f.Keys[^1]).Distinct(StringComparer.Ordinal).OrderBy(v => order(dimensions[^1], v), StringComparer.Ordinal).ToList()
            : [string.Empty];
        if ((long)rows.Count * columns.Count > maxCells)
        {
            return new ValidationError("groupBy",
                $"Bảng thống kê sẽ có {rows.Count * (long)columns.Count:N0} ô, vượt quá giới hạn {maxCells:N0} ô. Hãy bớt tiêu chí nhóm hoặc thu hẹp đơn vị, thời gian.");
        }

        var rowIndex = rows.Select((k, i) => (Key: string.Join('\u001f', k), i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
        var columnIndex = columns.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i, StringComparer.Ordinal);
        var cells = new Dictionary<(int, int), StatFigures>();
        foreach (var f in list)
        {
            var key = (rowIndex[string.Join('\u001f', f.Keys.Take(rowDims))], dimensions.Count > 1 ? columnIndex[f.Keys[^1]] : 0);
            cells[key] = (cells.TryGetValue(key, out var c) ? c : StatFigures.Zero).Add(f);
        }

        return new PivotTable(dimensions, rows, columns, cells);
    }

    private static StatFigures Sum(IEnumerable<StatFigures> figures) =>
        figures.Aggregate(StatFigures.Zero, (a, b) => new StatFigures(a.Count + b.Count, a.Money + b.Money, a.RevokedCount + b.RevokedCount, a.RevokedMoney + b.RevokedMoney));
}
