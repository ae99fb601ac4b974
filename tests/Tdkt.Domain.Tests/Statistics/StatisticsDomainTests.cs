using Tdkt.Domain.Common;
using Tdkt.Domain.Statistics;

namespace Tdkt.Domain.Tests.Statistics;

/// <summary>Province 1 had city 2 with wards 3, 4, 5 until 30/06/2025; from 01/07/2025 wards 3 and 4 merged into the
/// new ward 6 and ward 5 into ward 7, both directly under the province; the city closed without a successor.</summary>
public sealed class UnitRollupTests
{
    private static readonly DateOnly Reform = new(2025, 7, 1);
    private static readonly DateOnly LastDay = new(2025, 6, 30);
    private static readonly DateOnly Start = new(2000, 1, 1);

    private static UnitRollup Tree() => new(
        [
            new RollupUnit(1, null, Start, null), new RollupUnit(2, 1, Start, LastDay),
            new RollupUnit(3, 2, Start, LastDay), new RollupUnit(4, 2, Start, LastDay), new RollupUnit(5, 2, Start, LastDay),
            new RollupUnit(6, 1, Reform, null), new RollupUnit(7, 1, Reform, null),
        ],
        [new RollupSuccession(3, 6, Reform), new RollupSuccession(4, 6, Reform), new RollupSuccession(5, 7, Reform)]);

    [Fact]
    public void AfterTheMerger_PredecessorsCountForTheirSuccessor()
    {
        var buckets = Tree().Buckets(1, new DateOnly(2025, 12, 1));

        Assert.Equal(6, buckets[3]);
        Assert.Equal(6, buckets[4]);
        Assert.Equal(6, buckets[6]);
        Assert.Equal(7, buckets[5]);
        Assert.Equal(1, buckets[2]); // the closed city has no successor: it counts for the province itself
    }

    [Fact]
    public void BeforeTheMerger_TheOldTreeIsUsed()
    {
        var buckets = Tree().Buckets(1, new DateOnly(2024, 12, 31));

        Assert.Equal(2, buckets[3]);
        Assert.Equal(2, buckets[5]);
        Assert.Equal(1, buckets[6]); // not yet open on that day: counted for its parent, the province
    }

    [Fact]
    public void NewWardAsRoot_CoversItsPredecessorsOnly()
    {
        var buckets = Tree().Buckets(6, new DateOnly(2025, 12, 1));

        Assert.Equal([3, 4, 6], buckets.Keys.Order());
        Assert.All(buckets.Values, b => Assert.Equal(6, b));
    }
}

public sealed class PivotTableTests
{
    private static string Order(StatDimension d, string key) => key;

    [Fact]
    public void TwoGroupings_RowsColumnsAndTotalsAddUp_RevokedKeptApart()
    {
        StatFact[] facts =
        [
            new(["A", "2024"], 2, 1_000_000m), new(["A", "2025"], 1, 500_000m), new(["B", "2024"], 4, 0m),
            new(["B", "2024"], 1, 300_000m, Revoked: true),
        ];

        var t = PivotTable.Build([StatDimension.Unit, StatDimension.Year], facts, Order).Value!;

        Assert.Equal(["A", "B"], t.RowKeys.Select(k => k[0]));
        Assert.Equal(["2024", "2025"], t.ColumnKeys);
        Assert.Equal(4, t.Cell(1, 0).Count);
        Assert.Equal(1, t.Cell(1, 0).RevokedCount);
        Assert.Equal(0, t.Cell(1, 1).Count);
        Assert.Equal(3, t.RowTotals[0].Count);
        Assert.Equal(6, t.ColumnTotals[0].Count);
        Assert.Equal(7, t.Total.Count);
        Assert.Equal(1_500_000m, t.Total.Money);
        Assert.Equal(300_000m, t.Total.RevokedMoney);
    }

    [Fact]
    public void MoreCellsThanAllowed_FailsNamingGroupBy()
    {
        var facts = Enumerable.Range(0, 30).Select(i => new StatFact([$"U{i}", $"{2000 + i}"], 1, 0m));

        var result = PivotTable.Build([StatDimension.Unit, StatDimension.Year], facts, Order, maxCells: 100);

        var error = Assert.IsType<ValidationError>(result.Error);
        Assert.Equal("groupBy", error.Field);
        Assert.Contains("vượt quá giới hạn", error.Message);
    }
}

public sealed class StatRequestTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    [Theory]
    [InlineData("unit,year,form,kind", null, null, "groupBy")]
    [InlineData("unit,tinh", null, null, "groupBy")]
    [InlineData("year,year", null, null, "groupBy")]
    [InlineData("unit", "2025", "2024", "from")]
    [InlineData("unit", "31/13/2024", null, "from")]
    [InlineData("unit", null, "abc", "to")]
    public void BadInput_NamesTheField(string groupBy, string? from, string? to, string field)
    {
        var result = StatRequest.Parse(groupBy, from, to, null, Today);

        Assert.Equal(field, Assert.IsType<ValidationError>(result.Error).Field);
    }

    [Fact]
    public void YearsAsPeriod_CoverWholeYears()
    {
        var r = StatRequest.Parse("unit, year ,form", "2023", "2024", "01/07/2025", Today).Value!;

        Assert.Equal([StatDimension.Unit, StatDimension.Year, StatDimension.Form], r.GroupBy);
        Assert.Equal(new DateOnly(2023, 1, 1), r.From);
        Assert.Equal(new DateOnly(2024, 12, 31), r.To);
        Assert.Equal(new DateOnly(2025, 7, 1), r.AsOf);
    }
}
