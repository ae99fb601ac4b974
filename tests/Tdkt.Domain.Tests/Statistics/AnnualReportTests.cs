using Tdkt.Domain.Statistics;

namespace Tdkt.Domain.Tests.Statistics;

/// <summary>The annual report on a constructed year: Bằng khen tỉnh 3 cá nhân (2 nữ, 1 DTTS) 1 tập thể; Giấy khen 5 cá
/// nhân (1 lao động trực tiếp) 1 hộ 1 thôn; CSTĐCS 2 cá nhân; nothing at Trung ương level.</summary>
public sealed class AnnualReportTests
{
    private static IReadOnlyList<ReportLine> Report() => AnnualReport.Build(
    [
        new("TINH", "BK_TINH", "Individual", 3, 3_000_000m, Women: 2, Minority: 1),
        new("TINH", "BK_TINH", "Collective", 1, 2_000_000m),
        new("CS", "GK", "Individual", 5, 1_500_000m, DirectWorkers: 1),
        new("CS", "GK", "Household", 1, 300_000m),
        new("CS", "GK", "Village", 1, 600_000m),
        new("CS", "CSTDCS", "Individual", 2, 2_000_000m, Women: 1),
    ], code => code == "CSTDCS" ? "1" : "2");

    [Fact]
    public void LevelSubtotalsThenForms_InReportOrder_GrandTotalLast()
    {
        var lines = Report();

        Assert.Equal([("TINH", null), ("TINH", "BK_TINH"), ("CS", null), ("CS", "CSTDCS"), ("CS", "GK"), ("", null)],
            lines.Select(l => (l.Level, l.Code)));
        Assert.True(lines[0].IsSubtotal);
        Assert.True(lines[^1].IsGrandTotal);
    }

    [Fact]
    public void Figures_SubjectColumnsMoneyAndAmongIndividuals()
    {
        var lines = Report();
        var gk = lines.Single(l => l.Code == "GK");
        Assert.Equal((5, 1, 1, 7), (gk.Individuals, gk.Collectives, gk.Households, gk.Total));
        Assert.Equal(2_400_000m, gk.Money);
        Assert.Equal(1, gk.DirectWorkers);

        var cs = lines.Single(l => l.IsSubtotal && l.Level == "CS");
        Assert.Equal((7, 1, 1, 9), (cs.Individuals, cs.Collectives, cs.Households, cs.Total));
        Assert.Equal(4_400_000m, cs.Money);
        Assert.Equal(1, cs.Women);

        var all = lines[^1];
        Assert.Equal(13, all.Total);
        Assert.Equal(9_400_000m, all.Money);
        Assert.Equal((3, 1, 1), (all.Women, all.Minority, all.DirectWorkers));
    }

    [Fact]
    public void NoAwards_OnlyAZeroGrandTotal()
    {
        var line = Assert.Single(AnnualReport.Build([], c => c));
        Assert.True(line.IsGrandTotal);
        Assert.Equal(0, line.Total);
    }
}
