using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;
using Tdkt.Domain.Nominations;

namespace Tdkt.Domain.Tests.Nominations;

public sealed class DossierTests
{
    private static readonly Actor Clerk = new("u1", "Cán bộ", new DateTimeOffset(2023, 11, 20, 2, 0, 0, TimeSpan.Zero));
    private static readonly DateOnly Today = new(2023, 11, 20);
    private static readonly SubmissionCheck Ok = new(3, [], []);

    private static Dossier New() => Dossier.Create("Đề nghị khen thưởng sơ kết", 1, 2, CommendationKind.Thematic,
        DecidingLevel.Grassroots, 7, null, 2023, new DateOnly(2023, 11, 24), 20, Clerk.At).Value!;

    private static Nominee Person(string name = "Lò Văn A") => Nominee.Create(1,
        new NomineeData(SubjectKind.Individual, name, "Nam", 1980, "Thái", "Trưởng bản", "Phường Tân Phong", null, null,
            "012345678901", "GK", "Giúp 5 hộ thoát nghèo"), s => "enc:" + s).Value!;

    [Fact]
    public void HappyPath_WithReturnAndResubmit_WritesOneHistoryRowPerStep()
    {
        var d = New();
        var rows = new List<DossierTransition>
        {
            d.Submit(Ok, Today, Clerk).Value!,
            d.Return("Thiếu báo cáo thành tích", Clerk).Value!,
            d.Submit(Ok, Today, Clerk).Value!,
            d.Receive(Today, Clerk).Value!,
            d.StartAppraisal(Clerk).Value!,
        };
        var n = Person();
        Assert.True(n.Appraise(true, null).IsSuccess);
        rows.Add(d.CompleteAppraisal([n], Clerk).Value!);
        Assert.True(n.RecordCouncil(5, 7, CouncilRule.None, CouncilSource.Minutes).IsSuccess);
        rows.Add(d.RecordCouncil([n], Clerk).Value!);
        rows.Add(d.Issue(1, "12/QĐ-UBND", Clerk).Value!);

        Assert.Equal(DossierStatus.Decided, d.Status);
        Assert.Equal(2, d.Round);
        Assert.Equal(Today, d.ReceivedOn);
        Assert.Equal("Thiếu báo cáo thành tích", rows[1].Reason);
        Assert.Equal(
            [DossierStatus.Submitted, DossierStatus.Returned, DossierStatus.Submitted, DossierStatus.Received, DossierStatus.UnderAppraisal,
                DossierStatus.Appraised, DossierStatus.CouncilRecorded, DossierStatus.Decided],
            rows.Select(r => r.To));
    }

    [Fact]
    public void IllegalTransition_IsTypedError_AndStatusUnchanged()
    {
        var d = New();
        var r = d.Receive(Today, Clerk);
        var e = Assert.IsType<IllegalTransitionError>(r.Error);
        Assert.Equal(DossierStatus.Draft, e.From);
        Assert.Contains("không thể \"Tiếp nhận\"", e.Message, StringComparison.Ordinal);
        Assert.Equal(DossierStatus.Draft, d.Status);

        d.Submit(Ok, Today, Clerk);
        d.Receive(Today, Clerk);
        Assert.IsType<IllegalTransitionError>(d.Receive(Today, Clerk).Error); // exactly once
        Assert.IsType<IllegalTransitionError>(d.Issue(1, "1/QĐ-UBND", Clerk).Error);
    }

    [Fact]
    public void TransitionTable_HasNoWayOutOfFinalStatesExceptRevocation()
    {
        foreach (var action in Enum.GetValues<DossierAction>())
        {
            Assert.False(Dossier.CanMove(DossierStatus.NotAwarded, action));
            Assert.False(Dossier.CanMove(DossierStatus.Revoked, action));
            Assert.Equal(action is DossierAction.Revoke or DossierAction.HigherRevoked or DossierAction.Escalate,
                Dossier.CanMove(DossierStatus.Decided, action));
            if (Dossier.Transitions.TryGetValue((DossierStatus.Decided, action), out var to))
            {
                Assert.True(to is DossierStatus.Decided or DossierStatus.Revoked); // escalating what is left keeps it decided
            }
        }
    }

    [Fact]
    public void Submit_AfterDeadline_OverQuota_MissingParts_SaysWhich()
    {
        var d = New();
        var check = new SubmissionCheck(3, Quotas.Problems([new QuotaLine(SubjectKind.Individual, 2, 1, 2)]),
            ["Lò Văn A: thiếu Báo cáo thành tích"]);

        var r = d.Submit(check, new DateOnly(2023, 11, 24), Clerk);

        var msg = Assert.IsType<ValidationError>(r.Error).Message;
        Assert.Contains("đã quá hạn nộp (trước ngày 24/11/2023)", msg, StringComparison.Ordinal);
        Assert.Contains("vượt chỉ tiêu cá nhân (được phân bổ 2, đã đề nghị ở hồ sơ khác 1, hồ sơ này 2)", msg, StringComparison.Ordinal);
        Assert.Contains("Lò Văn A: thiếu Báo cáo thành tích", msg, StringComparison.Ordinal);
        Assert.Equal(DossierStatus.Draft, d.Status);
        Assert.True(d.Submit(Ok, new DateOnly(2023, 11, 23), Clerk).IsSuccess);
    }

    [Fact]
    public void Return_NeedsReason()
    {
        var d = New();
        d.Submit(Ok, Today, Clerk);
        Assert.IsType<ValidationError>(d.Return(" ", Clerk).Error);
        Assert.Equal(DossierStatus.Submitted, d.Status);
    }

    [Fact]
    public void Nominee_CitizenId_EncryptedAndMasked()
    {
        var n = Person();
        Assert.Equal("enc:012345678901", n.CitizenIdProtected);
        Assert.Equal("********8901", n.MaskedCitizenId);
        var bad = Nominee.Create(1, new NomineeData(SubjectKind.Individual, "A", null, null, null, null, null, null, null, "123", "GK", "x"), s => s);
        Assert.Equal("CitizenId", Assert.IsType<ValidationError>(bad.Error).Field);
        var household = Nominee.Create(1, new NomineeData(SubjectKind.Household, "Lò Văn B", null, null, null, null, null, null, null, null, "GK", "x"), s => s);
        Assert.Equal("Address", Assert.IsType<ValidationError>(household.Error).Field);
    }

    [Fact]
    public void Council_ThresholdOnAllMembers()
    {
        var rule = new CouncilRule(true, 80m, "Điều 30", false);
        var n = Person();
        n.Appraise(true, null);
        n.RecordCouncil(7, 9, rule, CouncilSource.Minutes); // 77.8 % of all members
        var steps = new RequiredSteps("Chiến sĩ thi đua cơ sở", true, false, 0, null, 0);
        Assert.False(n.CouncilPassed);
        Assert.False(n.IsRecipient(steps, Today));
        n.RecordCouncil(8, 10, rule, CouncilSource.Minutes);
        Assert.True(n.CouncilPassed);
        Assert.True(n.IsRecipient(steps, Today));
    }

    [Fact]
    public void NoticeNotRequiredButPublished_BlocksUntilItEndsAndObjectionsAreSettled()
    {
        var notPublished = new RequiredSteps("Giấy khen", false, false, 0, null, 0);
        Assert.Null(notPublished.NoticeBlocker("Lò Văn Pọm", new DateOnly(2026, 12, 10)));

        var running = new RequiredSteps("Giấy khen", false, false, 0, new DateOnly(2026, 12, 15), 0);
        Assert.Contains("đang công khai lấy ý kiến đến hết ngày 15/12/2026", running.NoticeBlocker("Lò Văn Pọm", new DateOnly(2026, 12, 15)));
        Assert.Null(running.NoticeBlocker("Lò Văn Pọm", new DateOnly(2026, 12, 16)));

        var objected = running with { OpenObjections = 1 };
        Assert.Contains("còn 1 phản ánh", objected.NoticeBlocker("Lò Văn Pọm", new DateOnly(2026, 12, 16)));
    }

    [Fact]
    public void Appraise_RejectNeedsReason_AndCompleteNeedsAllVerdicts()
    {
        var d = New();
        d.Submit(Ok, Today, Clerk);
        d.Receive(Today, Clerk);
        d.StartAppraisal(Clerk);
        var a = Person();
        var b = Person("Lò Thị C");
        Assert.IsType<ValidationError>(a.Appraise(false, "").Error);
        a.Appraise(false, "Không đủ minh chứng");
        var r = d.CompleteAppraisal([a, b], Clerk);
        Assert.Contains("Lò Thị C", r.Error!.Message, StringComparison.Ordinal);
    }
}
