using Tdkt.Domain.Awards;
using Tdkt.Domain.Council;
using Tdkt.Domain.Nominations;

namespace Tdkt.Domain.Tests.Nominations;

/// <summary>Issue 15 item 1: no decision without the steps the law requires (ballot, public notice).</summary>
public sealed class IssueGateTests
{
    private static readonly DateOnly Today = new(2026, 12, 10);
    private static readonly CouncilRule Ballot = new(true, 80m, "Khoản 7 Điều 30", false);

    private static Nominee Accepted(string award = "CSTDCS")
    {
        var n = Nominee.Create(1, new NomineeData(SubjectKind.Individual, "Lò Văn Minh", "Nam", 1982, null, null, null, null, null, null,
            award, "Hoàn thành xuất sắc nhiệm vụ"), s => s).Value!;
        Assert.True(n.Appraise(true, null).IsSuccess);
        return n;
    }

    private static RequiredSteps BallotOnly => new("Chiến sĩ thi đua cơ sở", true, false, 0, null, 0);

    private static RequiredSteps Notice(DateOnly? end, int objections = 0) => new("Huân chương Lao động hạng Ba", false, true, 10, end, objections);

    [Fact]
    public void BallotRequired_NoCouncilResult_IsMissingStepNotRecipient()
    {
        var n = Accepted();

        var (standing, why) = IssueGate.Standing(n, BallotOnly, Today);

        Assert.Equal(RecipientStanding.MissingStep, standing);
        Assert.Contains("phải được Hội đồng Thi đua - Khen thưởng bỏ phiếu thông qua", why, StringComparison.Ordinal);
        Assert.False(n.IsRecipient(BallotOnly, Today));
    }

    [Fact]
    public void BallotRequired_PassedBallot_IsRecipient()
    {
        var n = Accepted();
        Assert.True(n.RecordCouncil(7, 8, Ballot, CouncilSource.Ballot).IsSuccess);

        Assert.True(n.IsRecipient(BallotOnly, Today));
    }

    [Fact]
    public void BallotRequired_FailedBallot_IsCouncilFailedNotMissing()
    {
        var n = Accepted();
        Assert.True(n.RecordCouncil(5, 8, Ballot, CouncilSource.Ballot).IsSuccess);

        Assert.Equal(RecipientStanding.CouncilFailed, IssueGate.Standing(n, BallotOnly, Today).Standing);
    }

    [Fact]
    public void NoBallotForm_NoCouncilResult_IsRecipient()
    {
        var n = Accepted("GK");

        Assert.True(n.IsRecipient(RequiredSteps.None("Giấy khen"), Today));
    }

    [Fact]
    public void RejectedByAppraisal_IsNotProposed()
    {
        var n = Nominee.Create(1, new NomineeData(SubjectKind.Individual, "Lò Văn Minh", null, null, null, null, null, null, null, null,
            "GK", "x"), s => s).Value!;
        Assert.True(n.Appraise(false, "Chưa đủ tiêu chuẩn").IsSuccess);

        Assert.Equal(RecipientStanding.NotProposed, IssueGate.Standing(n, RequiredSteps.None("Giấy khen"), Today).Standing);
    }

    [Theory]
    [InlineData(null, 0, "chưa được công khai")]
    [InlineData("2026-12-10", 0, "đang công khai lấy ý kiến đến hết ngày 10/12/2026")]
    [InlineData("2026-12-09", 2, "còn 2 phản ánh")]
    public void NoticeRequired_NotEndedOrObjected_IsMissingStep(string? end, int objections, string expected)
    {
        var n = Accepted("HCLD3");
        var steps = Notice(end is null ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), objections);

        var (standing, why) = IssueGate.Standing(n, steps, Today);

        Assert.Equal(RecipientStanding.MissingStep, standing);
        Assert.Contains(expected, why, StringComparison.Ordinal);
    }

    [Fact]
    public void NoticeRequired_EndedWithoutObjection_IsRecipient()
    {
        Assert.True(Accepted("HCLD3").IsRecipient(Notice(new DateOnly(2026, 12, 9)), Today));
    }

    [Fact]
    public void Refusal_ListsEveryReason_InVietnamese()
    {
        Assert.Null(IssueGate.Refusal([]));
        Assert.StartsWith("Chưa ban hành quyết định được", IssueGate.Refusal(["A: thiếu phiếu."]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DossierStatus.Decided, null, true)]
    [InlineData(DossierStatus.Escalated, null, true)]
    [InlineData(DossierStatus.Appraised, true, true)]
    [InlineData(DossierStatus.Appraised, null, false)]
    public void Council_NomineeAlreadyDecided_CannotBeVotedOn(DossierStatus status, bool? passed, bool refused)
    {
        Assert.Equal(refused, BallotRules.AlreadyDecided("Lò Văn Minh", status, passed) is not null);
    }
}
