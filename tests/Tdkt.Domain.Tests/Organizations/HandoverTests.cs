using Tdkt.Domain.Common;
using Tdkt.Domain.Council;
using Tdkt.Domain.Organizations;
using Tdkt.Domain.Planning;

namespace Tdkt.Domain.Tests.Organizations;

/// <summary>The pure rules of a closed unit's hand-over (ADR-0030) and of who reports in a period.</summary>
public sealed class HandoverTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);
    private static readonly DateOnly LastDay = new(2025, 6, 30);
    private static int _nextId = 500;

    private static OrgUnit Unit(string code, DateOnly from, DateOnly? to = null)
    {
        var unit = OrgUnit.Create(code, "Phường " + code, OrgUnitKind.Commune, null, from, to).Value!;
        typeof(OrgUnit).GetProperty(nameof(OrgUnit.Id))!.SetValue(unit, Interlocked.Increment(ref _nextId));
        return unit;
    }

    private static readonly OrgUnit OldWard = Unit("OLD", new DateOnly(2013, 12, 27), LastDay);
    private static readonly OrgUnit NewWard = Unit("NEW", new DateOnly(2025, 7, 1));

    [Fact]
    public void Check_ClosedUnitToOpenSuccessorWithReason_ReturnsNormalisedReason()
    {
        var r = Handover.Check(OldWard, NewWard, "  Sắp xếp   đơn vị hành chính ", Today);

        Assert.True(r.IsSuccess);
        Assert.Equal("Sắp xếp đơn vị hành chính", r.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Check_WithoutReason_NamesReason(string? reason) =>
        Assert.Equal("reason", Assert.IsType<ValidationError>(Handover.Check(OldWard, NewWard, reason, Today).Error).Field);

    [Fact]
    public void Check_PreviewWithoutReason_IsAllowed() => Assert.True(Handover.Check(OldWard, NewWard, null, Today, preview: true).IsSuccess);

    [Fact]
    public void Check_SuccessorClosed_NamesSuccessor()
    {
        var closed = Unit("OTHER", new DateOnly(2013, 12, 27), LastDay);

        var error = Assert.IsType<ValidationError>(Handover.Check(OldWard, closed, "Sáp nhập", Today).Error);

        Assert.Equal("successorId", error.Field);
        Assert.Contains("cũng đã đóng", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnitStillOpen_NamesTheUnit() =>
        Assert.Equal("id", Assert.IsType<ValidationError>(Handover.Check(NewWard, OldWard, "Sáp nhập", Today).Error).Field);

    [Fact]
    public void Check_SuccessorIsTheUnit_NamesSuccessor() =>
        Assert.Equal("successorId", Assert.IsType<ValidationError>(Handover.Check(OldWard, OldWard, "Sáp nhập", Today).Error).Field);

    [Theory]
    [InlineData(1, false, null, 2)]   // the closed unit's own inbox goes to the successor
    [InlineData(7, false, null, 7)]   // an open receiving body stays
    [InlineData(7, true, 8, 8)]       // a closed receiving body goes to its successor
    [InlineData(7, true, null, 9)]    // … or, with none, to the body above the successor
    public void ReceivingBody_FollowsTheRule(int receiving, bool receivingClosed, int? receivingSuccessor, int expected) =>
        Assert.Equal(expected, Handover.ReceivingBody(closedUnitId: 1, successorId: 2, successorParentId: 9, receiving, receivingClosed, receivingSuccessor));

    [Theory]
    [InlineData(CouncilOffice.Chair, CouncilOffice.Member)]
    [InlineData(CouncilOffice.Secretary, CouncilOffice.Member)]
    [InlineData(CouncilOffice.ViceChair, CouncilOffice.ViceChair)]
    public void OfficeAtSuccessor_SingleOfficeTaken_SitsAsMember(CouncilOffice office, CouncilOffice expected) =>
        Assert.Equal(expected, Handover.OfficeAtSuccessor(office, [CouncilOffice.Chair, CouncilOffice.Secretary, CouncilOffice.ViceChair]));

    [Fact]
    public void OfficeAtSuccessor_OfficeFree_IsKept() => Assert.Equal(CouncilOffice.Chair, Handover.OfficeAtSuccessor(CouncilOffice.Chair, []));

    [Fact]
    public void ReportRequest_HandOver_ReplacesRecipientOnce()
    {
        var request = ReportRequest.Create(1, "Báo cáo", null, [new ReportField("f1", "Số hộ", ReportFieldKind.Number)],
            new DateOnly(2023, 11, 20), true, [OldWard.Id, NewWard.Id, 3], null).Value!;

        request.HandOver(OldWard.Id, NewWard.Id);

        Assert.Equal([NewWard.Id, 3], request.RecipientUnitIds);
    }

    [Fact]
    public void ReportRecipients_2026_AsksSuccessorsAndNotTheAbolishedDistrict()
    {
        // Phường Tân Phong (old) → Phường Tân Phong (new); UBND huyện Phong Thổ abolished with no successor; Sở Y tế open.
        var units = new Dictionary<int, UnitSpan>
        {
            [1] = new(1, new DateOnly(2013, 12, 27), LastDay),
            [2] = new(2, new DateOnly(2004, 1, 1), LastDay),
            [3] = new(3, new DateOnly(2004, 1, 1), null),
            [4] = new(4, new DateOnly(2025, 7, 1), null),
        };
        SuccessionLink[] links = [new(1, 4, new DateOnly(2025, 7, 1))];

        Assert.Equal([3, 4], ReportRecipients.ForDay([1, 2, 3], new DateOnly(2026, 11, 20), units, links).Order());
        Assert.Equal([1, 2, 3], ReportRecipients.ForDay([1, 2, 3], new DateOnly(2023, 11, 20), units, links).Order());
    }

    [Fact]
    public void ReportRecipients_SuccessorAlreadyAsked_IsCountedOnce()
    {
        var units = new Dictionary<int, UnitSpan> { [1] = new(1, new DateOnly(2000, 1, 1), LastDay), [4] = new(4, new DateOnly(2025, 7, 1), null) };

        Assert.Equal([4], ReportRecipients.ForDay([1, 4], Today, units, [new(1, 4, new DateOnly(2025, 7, 1))]));
    }
}
