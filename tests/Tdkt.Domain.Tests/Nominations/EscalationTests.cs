using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;
using Tdkt.Domain.Nominations;

namespace Tdkt.Domain.Tests.Nominations;

public sealed class EscalationTests
{
    private static readonly Actor Staff = new("u1", "Chuyên viên", new DateTimeOffset(2023, 12, 20, 2, 0, 0, TimeSpan.Zero));
    private static readonly DateOnly Today = new(2023, 11, 20);

    private static Nominee Person(string award = "BK_TINH") => Nominee.Create(1,
        new NomineeData(SubjectKind.Individual, "Lò Văn A", "Nam", 1980, "Thái", "Trưởng bản", "Phường Tân Phong", null, null,
            "012345678901", award, "Giúp 5 hộ thoát nghèo"), s => "enc:" + s).Value!;

    /// <summary>A dossier of a ward, received and appraised by the city, its council result recorded.</summary>
    private static Dossier CouncilRecorded()
    {
        var d = Dossier.Create("Đề nghị khen thưởng sơ kết", 1, 2, CommendationKind.AdHoc, DecidingLevel.Grassroots, null, null, 2023,
            null, 20, Staff.At).Value!;
        var n = Person();
        d.Submit(new SubmissionCheck(1, [], []), Today, Staff);
        d.Receive(Today, Staff);
        d.StartAppraisal(Staff);
        n.Appraise(true, null);
        d.CompleteAppraisal([n], Staff);
        n.RecordCouncil(6, 7, CouncilRule.None, CouncilSource.Minutes);
        d.RecordCouncil([n], Staff);
        return d;
    }

    [Theory]
    [InlineData(DossierStatus.Appraised, DossierAction.Escalate, DossierStatus.Escalated)]
    [InlineData(DossierStatus.CouncilRecorded, DossierAction.Escalate, DossierStatus.Escalated)]
    [InlineData(DossierStatus.Decided, DossierAction.Escalate, DossierStatus.Decided)]
    [InlineData(DossierStatus.Escalated, DossierAction.HigherProgress, DossierStatus.Escalated)]
    [InlineData(DossierStatus.Escalated, DossierAction.HigherDecided, DossierStatus.Decided)]
    [InlineData(DossierStatus.Escalated, DossierAction.HigherNotAwarded, DossierStatus.NotAwarded)]
    [InlineData(DossierStatus.Decided, DossierAction.HigherRevoked, DossierStatus.Revoked)]
    public void TransitionTable_HasTheEscalationRows(DossierStatus from, DossierAction action, DossierStatus to) =>
        Assert.Equal(to, Dossier.Transitions[(from, action)]);

    [Theory]
    [InlineData(DossierStatus.Escalated, DossierAction.Issue)]
    [InlineData(DossierStatus.Escalated, DossierAction.NotAward)]
    [InlineData(DossierStatus.Escalated, DossierAction.Return)]
    [InlineData(DossierStatus.UnderAppraisal, DossierAction.Escalate)]
    [InlineData(DossierStatus.Submitted, DossierAction.Escalate)]
    public void EscalatedDossier_CannotBeDecidedAtItsOwnLevel_NorEscalatedBeforeAppraisal(DossierStatus from, DossierAction action) =>
        Assert.False(Dossier.CanMove(from, action));

    [Fact]
    public void Escalate_AfterCouncil_MovesToEscalated_AndNamesTheTarget()
    {
        var d = CouncilRecorded();
        var row = d.Escalate(1, 0, "UBND tỉnh Lai Châu", Staff).Value!;

        Assert.Equal(DossierStatus.Escalated, d.Status);
        Assert.Equal((DossierStatus.CouncilRecorded, DossierStatus.Escalated, DossierAction.Escalate), (row.From, row.To, row.Action));
        Assert.Equal("Trình cấp trên: UBND tỉnh Lai Châu (1 đối tượng)", row.Reason);
        Assert.Equal("Đã trình cấp trên", d.Status.Vietnamese());
    }

    [Fact]
    public void Escalate_WithOwnLevelNomineesUndecided_AsksToIssueTheirDecisionFirst()
    {
        var d = CouncilRecorded();
        var e = Assert.IsType<ValidationError>(d.Escalate(1, 2, "UBND tỉnh Lai Châu", Staff).Error);

        Assert.Contains("còn 2 đối tượng thuộc thẩm quyền của cấp này", e.Message, StringComparison.Ordinal);
        Assert.Equal(DossierStatus.CouncilRecorded, d.Status);
    }

    [Fact]
    public void Escalate_AfterOwnDecision_KeepsDecided_AndWritesTheHistoryRow()
    {
        var d = CouncilRecorded();
        d.Issue(2, "12/QĐ-UBND", Staff);
        var row = d.Escalate(1, 0, "UBND tỉnh Lai Châu", Staff).Value!;

        Assert.Equal(DossierStatus.Decided, d.Status);
        Assert.Equal((DossierStatus.Decided, DossierStatus.Decided), (row.From, row.To));
    }

    [Fact]
    public void Escalate_Twice_IsConflict_AndWithoutHigherNominees_IsRefused()
    {
        var d = CouncilRecorded();
        Assert.IsType<ValidationError>(d.Escalate(0, 0, "UBND tỉnh Lai Châu", Staff).Error);
        d.Escalate(1, 0, "UBND tỉnh Lai Châu", Staff);
        d.LinkEscalation(42);

        Assert.IsType<ConflictError>(d.Escalate(1, 0, "UBND tỉnh Lai Châu", Staff).Error);
        Assert.True(d.IsEscalated);
    }

    [Fact]
    public void Escalate_BeforeAppraisalIsComplete_IsIllegalTransition()
    {
        var d = Dossier.Create("Hồ sơ", 1, 2, CommendationKind.AdHoc, DecidingLevel.Grassroots, null, null, 2023, null, 20, Staff.At).Value!;
        Assert.IsType<IllegalTransitionError>(d.Escalate(1, 0, "UBND tỉnh Lai Châu", Staff).Error);
    }

    [Fact]
    public void CreateEscalated_IsSubmittedAtOnce_ToTheProvince_LinkedToTheOrigin()
    {
        var origin = CouncilRecorded();
        origin.Escalate(1, 0, "UBND tỉnh Lai Châu", Staff);
        var higher = Dossier.CreateEscalated(origin, 2, 3, "UBND thành phố Lai Châu", Staff);
        var row = higher.SubmitEscalated(Staff).Value!;

        Assert.Equal(DossierStatus.Submitted, higher.Status);
        Assert.Equal((DossierStatus.Draft, DossierAction.Submit), (row.From, row.Action));
        Assert.Equal((2, 3, 1), (higher.ProposingUnitId, higher.ReceivingUnitId, higher.Round));
        Assert.Equal(DecidingLevel.Province, higher.DecidingLevel);
        Assert.Equal(origin.Id, higher.OriginDossierId);
        Assert.StartsWith("UBND thành phố Lai Châu trình: ", higher.Title, StringComparison.Ordinal);
        Assert.IsType<IllegalTransitionError>(CouncilRecorded().SubmitEscalated(Staff).Error);
    }

    [Fact]
    public void HigherOutcome_ProgressKeepsEscalated_DecisionMovesToDecided_ThenRevocationToRevoked()
    {
        var d = CouncilRecorded();
        d.Escalate(1, 0, "UBND tỉnh Lai Châu", Staff);

        var received = d.RecordHigherOutcome(HigherOutcome.Progress, false, "Cấp trên đã tiếp nhận hồ sơ trình.", Staff);
        Assert.Equal((DossierStatus.Escalated, DossierStatus.Escalated), (received.From, received.To));
        Assert.False(d.EscalationClosed);

        var decided = d.RecordHigherOutcome(HigherOutcome.Decided, false, "Cấp trên đã ban hành Quyết định số 12/QĐ-UBND", Staff);
        Assert.Equal((DossierStatus.Escalated, DossierStatus.Decided, DossierAction.HigherDecided), (decided.From, decided.To, decided.Action));
        Assert.True(d.EscalationClosed);

        var revoked = d.RecordHigherOutcome(HigherOutcome.Revoked, false, "Cấp trên hủy bỏ", Staff);
        Assert.Equal(DossierStatus.Revoked, revoked.To);
    }

    [Fact]
    public void HigherOutcome_OnADossierWithItsOwnDecision_OnlyAddsTheRow()
    {
        var d = CouncilRecorded();
        d.Issue(1, "12/QĐ-UBND", Staff);
        d.Escalate(1, 0, "UBND tỉnh Lai Châu", Staff);

        var decided = d.RecordHigherOutcome(HigherOutcome.Decided, true, "Cấp trên đã ban hành Quyết định số 3/QĐ-UBND", Staff);
        var revoked = d.RecordHigherOutcome(HigherOutcome.Revoked, true, "Cấp trên hủy bỏ", Staff);

        Assert.Equal((DossierStatus.Decided, DossierStatus.Decided, DossierAction.HigherDecided), (decided.From, decided.To, decided.Action));
        Assert.Equal((DossierStatus.Decided, DossierStatus.Decided), (revoked.From, revoked.To));
        Assert.Equal(DossierStatus.Decided, d.Status);
    }

    [Fact]
    public void HigherNotAwarded_MovesEscalatedToNotAwarded()
    {
        var d = CouncilRecorded();
        d.Escalate(1, 0, "UBND tỉnh Lai Châu", Staff);
        var row = d.RecordHigherOutcome(HigherOutcome.NotAwarded, false, "Cấp trên không khen thưởng: chưa đủ tiêu chuẩn", Staff);

        Assert.Equal(DossierStatus.NotAwarded, d.Status);
        Assert.Equal("Cấp trên không khen thưởng", row.Action.Vietnamese());
    }

    [Theory]
    [InlineData(DecidingLevel.Province, false, true)]
    [InlineData(DecidingLevel.Grassroots, false, false)]
    [InlineData(DecidingLevel.Province, true, false)]
    [InlineData(DecidingLevel.PrimeMinister, true, true)]
    [InlineData(DecidingLevel.StatePresident, true, true)]
    public void Authority_CityDecidesGrassrootsForms_ProvinceUpToProvincialForms(DecidingLevel form, bool province, bool above) =>
        Assert.Equal(above, Authority.IsAbove(form, Authority.Of(province)));

    [Fact]
    public void CentralBody_NamesThePrimeMinisterThroughTheMinistryOfHomeAffairs() =>
        Assert.StartsWith("Thủ tướng Chính phủ (qua Bộ Nội vụ", Authority.CentralBody(DecidingLevel.PrimeMinister), StringComparison.Ordinal);

    [Fact]
    public void CopyForEscalation_KeepsTheSubject_AndStartsAFreshAppraisal()
    {
        var n = Person();
        n.Appraise(true, "Đạt");
        n.RecordCouncil(6, 7, CouncilRule.None, CouncilSource.Minutes);
        var copy = Nominee.CopyForEscalation(9, n);

        Assert.Equal((9, "Lò Văn A", "BK_TINH", "enc:012345678901", "8901"), (copy.DossierId, copy.Name, copy.AwardCode, copy.CitizenIdProtected, copy.CitizenIdLast4));
        Assert.Equal(NomineeVerdict.Pending, copy.Verdict);
        Assert.Null(copy.Council);
        Assert.Equal(n.Id, copy.OriginNomineeId);
    }
}
