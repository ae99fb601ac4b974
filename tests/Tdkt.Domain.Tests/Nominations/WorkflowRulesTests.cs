using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;
using Tdkt.Domain.Council;
using Tdkt.Domain.Nominations;

namespace Tdkt.Domain.Tests.Nominations;

/// <summary>The pure rules the dossier and council workflows ask (ADR-0029): revocation, the council pass rule at
/// finalisation, the report of an escalated dossier's step, the appraiser's reason when accepting a nominee who fails a
/// criterion.</summary>
public sealed class WorkflowRulesTests
{
    private static readonly RevocableRecipient[] List =
        [new(10, "Lò Văn Minh", false), new(11, "Vàng Thị Hoa", false), new(12, "Hộ ông Tẩn Văn Chăn", true)];

    [Fact]
    public void Revocation_NoRecipientChosen_RefusedNamingTheField()
    {
        var r = RevocationRules.Check([], List, "01/QĐ-UBND", "Gian dối trong kê khai");

        Assert.Equal("RecipientIds", Assert.IsType<ValidationError>(r.Error).Field);
    }

    [Fact]
    public void Revocation_RecipientNotOnTheDecision_RefusedWithItsNumber()
    {
        var r = RevocationRules.Check([99], List, "01/QĐ-UBND", "Gian dối");

        Assert.Equal("Đối tượng 99 không có trong danh sách kèm theo quyết định 01/QĐ-UBND.", r.Error!.Message);
    }

    [Fact]
    public void Revocation_AlreadyRevoked_ConflictNamingThePerson()
    {
        var r = RevocationRules.Check([12], List, "01/QĐ-UBND", "Gian dối");

        Assert.Equal("Khen thưởng đã bị hủy bỏ, thu hồi trước đó: Hộ ông Tẩn Văn Chăn.", Assert.IsType<ConflictError>(r.Error).Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Revocation_WithoutGrounds_RefusedNamingGrounds(string? grounds)
    {
        var r = RevocationRules.Check([10], List, "01/QĐ-UBND", grounds);

        Assert.Equal("Grounds", Assert.IsType<ValidationError>(r.Error).Field);
    }

    [Fact]
    public void Revocation_TooLongGrounds_Refused()
    {
        var r = RevocationRules.Check([10], List, "01/QĐ-UBND", new string('x', 1001));

        Assert.Equal("Căn cứ, lý do hủy bỏ tối đa 1000 ký tự.", r.Error!.Message);
    }

    [Fact]
    public void Revocation_SomeStillStanding_IsPartial()
    {
        Assert.False(RevocationRules.Check([10], List, "01/QĐ-UBND", "Gian dối").Value);
    }

    [Fact]
    public void Revocation_LastStandingRecipients_RevokesAll()
    {
        Assert.True(RevocationRules.Check([10, 11], List, "01/QĐ-UBND", "Gian dối").Value);
    }

    private static Nominee Accepted(string name, int? votesFor)
    {
        var n = Nominee.Create(1, new NomineeData(SubjectKind.Individual, name, "Nam", 1980, null, null, null, null, null, null, "CSTDCS", "Thành tích"),
            s => s).Value!;
        Assert.True(n.Appraise(true, null).IsSuccess);
        if (votesFor is { } v)
        {
            Assert.True(n.RecordCouncil(v, 9, new CouncilRule(true, 90m, "", false), CouncilSource.Ballot).IsSuccess);
        }

        return n;
    }

    [Fact]
    public void CouncilPassRule_OneAcceptedWithoutResult_Waits()
    {
        Assert.Equal(DossierCouncilOutcome.Waiting, CouncilPassRule.For([Accepted("A", 9), Accepted("B", null)]));
    }

    [Fact]
    public void CouncilPassRule_OnePassed_SignerDecides()
    {
        Assert.Equal(DossierCouncilOutcome.SomePassed, CouncilPassRule.For([Accepted("A", 9), Accepted("B", 3)]));
    }

    [Fact]
    public void CouncilPassRule_NonePassed_NotAwardedWithTheCounts()
    {
        Nominee[] nominees = [Accepted("Lò Văn Minh", 5), Accepted("Vàng Thị Hoa", 3)];

        Assert.Equal(DossierCouncilOutcome.NonePassed, CouncilPassRule.For(nominees));
        Assert.Equal("Không đạt tỷ lệ phiếu của Hội đồng Thi đua - Khen thưởng (phiên họp ngày 18/12/2026): Lò Văn Minh 5/9 phiếu đồng ý; Vàng Thị Hoa 3/9 phiếu đồng ý",
            CouncilPassRule.NotAwardedReason(new DateOnly(2026, 12, 18), nominees));
    }

    [Fact]
    public void EscalationReport_HigherIssues_OriginalIsDecided()
    {
        var step = new DossierTransition(2, DossierStatus.CouncilRecorded, DossierStatus.Decided, DossierAction.Issue, "Quyết định số 05/QĐ-UBND",
            new Actor("u", "Lãnh đạo", DateTimeOffset.UnixEpoch));

        var r = EscalationReport.Of(step, "UBND tỉnh Lai Châu");

        Assert.Equal((HigherOutcome.Decided, "Cấp trên (UBND tỉnh Lai Châu) đã ban hành Quyết định số 05/QĐ-UBND"), r);
    }

    [Fact]
    public void EscalationReport_StartAppraisal_NotReported()
    {
        var step = new DossierTransition(2, DossierStatus.Received, DossierStatus.UnderAppraisal, DossierAction.StartAppraisal, null,
            new Actor("u", "Thẩm định", DateTimeOffset.UnixEpoch));

        Assert.Null(EscalationReport.Of(step, "UBND tỉnh Lai Châu"));
    }

    private static Nominee Pending() =>
        Nominee.Create(1, new NomineeData(SubjectKind.Individual, "Lò Văn Minh", "Nam", 1980, null, null, null, null, null, null, "CSTDCS", "Thành tích"),
            s => s).Value!;

    [Fact]
    public void Appraise_AcceptingOneWhoFailsACriterion_WithoutReason_RefusedNamingTheField()
    {
        var n = Pending();

        var r = n.Appraise(true, " ", ["Chưa có xếp loại \"Hoàn thành xuất sắc nhiệm vụ\" năm 2025"]);

        var e = Assert.IsType<ValidationError>(r.Error);
        Assert.Equal("Reason", e.Field);
        Assert.StartsWith("Lý do: Lò Văn Minh chưa đạt tiêu chuẩn (Chưa có xếp loại", e.Message);
        Assert.Equal(NomineeVerdict.Pending, n.Verdict);
    }

    [Fact]
    public void Appraise_AcceptingOneWhoFailsACriterion_WithReason_KeepsTheReason()
    {
        var n = Pending();

        var r = n.Appraise(true, "Đã có xếp loại năm 2025, sổ chưa cập nhật", ["Chưa có xếp loại năm 2025"]);

        Assert.True(r.IsSuccess);
        Assert.Equal((NomineeVerdict.Accepted, "Đã có xếp loại năm 2025, sổ chưa cập nhật"), (n.Verdict, n.VerdictReason));
    }

    [Fact]
    public void Appraise_AcceptingOneWhoMeetsEverything_NeedsNoReason()
    {
        Assert.True(Pending().Appraise(true, null, []).IsSuccess);
    }
}
