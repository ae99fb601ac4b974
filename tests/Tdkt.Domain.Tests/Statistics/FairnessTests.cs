using Tdkt.Domain.Statistics;

namespace Tdkt.Domain.Tests.Statistics;

/// <summary>
/// A constructed data set with known answers. Level "CS": 10 awarded (4 women, 6 men; 2 Tày, 1 Mông, 5 Kinh, 2 not
/// recorded; 3 direct workers, 5 leaders, 2 neither) and 20 proposed (10 women of 20; 8 minority of 16 recorded;
/// 10 direct workers of 20, 4 leaders of 20). Level "TINH": 5 awarded, all men, Kinh, leaders; 5 proposed, 1 woman.
/// </summary>
public sealed class FairnessTests
{
    private static FairnessFact A(string key, string? gender, string? eth, bool? leader, bool? worker, long n) =>
        new(FairnessSource.Awarded, key, gender, eth, leader, worker, n);

    private static FairnessFact P(string key, string? gender, string? eth, bool? leader, bool? worker, long n) =>
        new(FairnessSource.Proposed, key, gender, eth, leader, worker, n);

    private static FairnessTable Table() => FairnessTable.Build(
    [
        A("CS", "nữ", "Tày", false, true, 2),
        A("CS", "Nữ", "Kinh", true, false, 2),
        A("CS", "nam", "Mông", false, true, 1),
        A("CS", "nam", "Kinh", true, false, 3),
        A("CS", "nam", null, false, false, 2),
        P("CS", "nữ", "Thái", false, true, 8),
        P("CS", "nữ", null, false, false, 2),
        P("CS", "nam", "Kinh", true, false, 4),
        P("CS", "nam", "Kinh", false, true, 2),
        P("CS", "nam", null, false, false, 2),
        P("CS", "nam", "Kinh", false, false, 2),
        A("TINH", "nam", "Kinh", true, false, 5),
        P("TINH", "nữ", "Kinh", true, false, 1),
        P("TINH", "nam", "Kinh", true, false, 4),
    ], k => k == "TINH" ? "1" : "2");

    [Fact]
    public void Shares_AmongThoseWhoseAttributeIsRecorded()
    {
        var cs = Table().Rows.Single(r => r.Key == "CS");

        Assert.Equal(10, cs.Awarded);
        Assert.Equal(20, cs.Proposed);
        Assert.Equal(new GroupShare(4, 10), cs[FairnessGroup.Women].Awarded);
        Assert.Equal(0.4m, cs[FairnessGroup.Women].Awarded.Share);
        Assert.Equal(0.5m, cs[FairnessGroup.Women].Proposed.Share);
        Assert.Equal(-10m, cs[FairnessGroup.Women].GapPoints);

        // Ethnicity: 2 awarded not recorded → 3 minority of 8; proposed 8 of 16 (4 not recorded).
        Assert.Equal(new GroupShare(3, 8), cs[FairnessGroup.EthnicMinority].Awarded);
        Assert.Equal(0.375m, cs[FairnessGroup.EthnicMinority].Awarded.Share);
        Assert.Equal(new GroupShare(8, 16), cs[FairnessGroup.EthnicMinority].Proposed);
        Assert.Equal(-12.5m, cs[FairnessGroup.EthnicMinority].GapPoints);

        Assert.Equal(new GroupShare(3, 10), cs[FairnessGroup.DirectWorker].Awarded);
        Assert.Equal(new GroupShare(10, 20), cs[FairnessGroup.DirectWorker].Proposed);
        Assert.Equal(-20m, cs[FairnessGroup.DirectWorker].GapPoints);
        Assert.Equal(new GroupShare(5, 10), cs[FairnessGroup.Leader].Awarded);
        Assert.Equal(new GroupShare(4, 20), cs[FairnessGroup.Leader].Proposed);
        Assert.Equal(30m, cs[FairnessGroup.Leader].GapPoints);
    }

    [Fact]
    public void Rows_InTheGivenOrder_TotalOverAll()
    {
        var table = Table();

        Assert.Equal(["TINH", "CS"], table.Rows.Select(r => r.Key));
        var tinh = table.Rows[0];
        Assert.Equal(0m, tinh[FairnessGroup.Women].Awarded.Share);
        Assert.Equal(0.2m, tinh[FairnessGroup.Women].Proposed.Share);
        Assert.Equal(1m, tinh[FairnessGroup.Leader].Awarded.Share);

        Assert.Equal(15, table.Total.Awarded);
        Assert.Equal(25, table.Total.Proposed);
        Assert.Equal(new GroupShare(4, 15), table.Total[FairnessGroup.Women].Awarded);
        Assert.Equal(0.2667m, table.Total[FairnessGroup.Women].Awarded.Share);
        Assert.Equal(new GroupShare(11, 25), table.Total[FairnessGroup.Women].Proposed);
        Assert.Equal(new GroupShare(10, 15), table.Total[FairnessGroup.Leader].Awarded);
    }

    [Fact]
    public void NothingRecordedOrNothingProposed_NoShareNoGap()
    {
        var table = FairnessTable.Build([A("GK", null, null, null, null, 3)]);

        var cell = table.Rows.Single()[FairnessGroup.Women];
        Assert.Null(cell.Awarded.Share);
        Assert.Null(cell.Proposed.Share);
        Assert.Null(cell.GapPoints);
        Assert.Equal(3, table.Total.Awarded);
        Assert.Equal(0, table.Total.Proposed);
    }

    [Theory]
    [InlineData("Kinh", false)]
    [InlineData("kinh", false)]
    [InlineData("Tày", true)]
    [InlineData("Bru - Vân Kiều", true)]
    [InlineData(" ", null)]
    [InlineData(null, null)]
    public void IsMinority_KinhIsTheMajority(string? ethnicity, bool? expected) =>
        Assert.Equal(expected, FairnessTable.IsMinority(ethnicity));
}
