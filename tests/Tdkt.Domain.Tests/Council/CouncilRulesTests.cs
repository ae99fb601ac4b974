using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;
using Tdkt.Domain.Council;
using Tdkt.Domain.Nominations;

namespace Tdkt.Domain.Tests.Council;

public sealed class CouncilRulesTests
{
    private static readonly DateTimeOffset Now = new(2025, 12, 10, 2, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(11, 8, true)] // 8/11 = 72.7 % ≥ 2/3
    [InlineData(11, 7, false)] // 7/11 = 63.6 %
    [InlineData(9, 6, true)] // exactly 2/3
    [InlineData(9, 5, false)]
    [InlineData(3, 2, true)]
    public void QuorumTwoThirds_CountsPresentAgainstAllMembersInOffice(int members, int present, bool met) =>
        Assert.Equal(met, CouncilQuorum.IsMet(present, members, QuorumRule.TwoThirds));

    [Theory]
    [InlineData(10, 8, true)] // exactly 80 %
    [InlineData(10, 7, false)]
    [InlineData(11, 9, true)] // 81.8 %
    [InlineData(11, 8, false)] // 72.7 %: a 2/3 quorum, not an 80 % one
    public void QuorumEightyPercent_ForAwardSessions(int members, int present, bool met) =>
        Assert.Equal(met, CouncilQuorum.IsMet(present, members, QuorumRule.EightyPercent));

    [Fact]
    public void OpenVoting_WithoutQuorum_RefusedWithCountsInVietnamese()
    {
        var s = CouncilSession.Create(1, "Phiên họp xét khen thưởng", new DateOnly(2025, 12, 10), "Phòng họp số 1", true,
            QuorumRule.EightyPercent, false, Now).Value!;
        var r = s.OpenVoting(8, 11);
        Assert.Contains("có mặt 8/11, cần ít nhất 9 (80%", r.Error!.Message);
        Assert.Equal(CouncilSessionStatus.Scheduled, s.Status);
        Assert.True(s.OpenVoting(9, 11).IsSuccess);
        Assert.Equal(CouncilSessionStatus.VotingOpen, s.Status);
        Assert.IsType<ConflictError>(s.OpenVoting(9, 11).Error);
    }

    [Fact]
    public void SessionSteps_OnlyInOrder()
    {
        var s = CouncilSession.Create(1, "Phiên họp", new DateOnly(2025, 12, 10), "Hội trường", false, QuorumRule.TwoThirds, false, Now).Value!;
        Assert.IsType<ConflictError>(s.CloseVoting(5).Error);
        Assert.IsType<ConflictError>(s.Finalise().Error);
        Assert.True(s.OpenVoting(2, 3).IsSuccess);
        Assert.IsType<ConflictError>(s.EnsurePreparing().Error);
        Assert.True(s.CloseVoting(5).IsSuccess);
        Assert.Equal(5, s.MinutesFileId);
        Assert.True(s.Finalise().IsSuccess);
        Assert.Equal(CouncilSessionStatus.Finalised, s.Status);
    }

    [Fact]
    public void CreateSession_WithoutPlace_NamesTheField()
    {
        var r = CouncilSession.Create(1, "Phiên họp", new DateOnly(2025, 12, 10), " ", true, QuorumRule.TwoThirds, false, Now);
        Assert.Equal("Place", Assert.IsType<ValidationError>(r.Error).Field);
    }

    [Theory]
    [InlineData(10, 8, true)] // exactly 80 % of ALL members
    [InlineData(10, 7, false)] // one vote short
    [InlineData(11, 9, true)] // 81.8 %
    [InlineData(11, 8, false)] // 72.7 %: all 8 present agree, still short against 11 members
    public void Threshold80_IsOnAllMembersNotAttendees(int members, int agree, bool passed)
    {
        var rule = new CouncilRule(true, 80m, "Điều 26", false);
        var n = AcceptedNominee();
        Assert.True(n.RecordCouncil(agree, members, rule, CouncilSource.Ballot).IsSuccess);
        Assert.Equal(passed, n.CouncilPassed);
        Assert.Equal(CouncilSource.Ballot, n.CouncilSource);
    }

    [Theory]
    [InlineData(10, 9, true)] // exactly 90 %
    [InlineData(10, 8, false)]
    [InlineData(11, 10, true)]
    [InlineData(11, 9, false)]
    public void Threshold90_PassesAtExactlyTheThreshold_FailsByOneVote(int members, int agree, bool passed) =>
        Assert.Equal(passed, new CouncilRule(true, 90m, "Điều 22", false).IsApproved(agree, members));

    [Fact]
    public void ConflictOfInterest_SameCitizenId_Flagged()
    {
        var m = new MemberFacts("Nguyễn Văn A", null, "abc", 5);
        var n = new NomineeFacts("Nguyễn Văn A", 1970, "abc", [9]);
        Assert.Contains("chính là người được đề nghị", ConflictOfInterest.Reason(m, n, false));
    }

    [Fact]
    public void ConflictOfInterest_SameNameAndBirthYear_AccentInsensitive_Flagged()
    {
        var m = new MemberFacts("Lò Văn Minh", 1982, null, null);
        Assert.NotNull(ConflictOfInterest.Reason(m, new NomineeFacts("LO VAN MINH", 1982, null, [1]), false));
        Assert.Null(ConflictOfInterest.Reason(m, new NomineeFacts("Lò Văn Minh", 1983, null, [1]), false));
        Assert.Null(ConflictOfInterest.Reason(m, new NomineeFacts("Lò Văn Mạnh", 1982, null, [1]), false));
    }

    [Fact]
    public void ConflictOfInterest_SameUnit_OnlyWhenTheSessionSaysSo()
    {
        var m = new MemberFacts("Trần Thị B", 1975, "x", 7);
        var n = new NomineeFacts("Phòng Thi đua - Khen thưởng", null, null, [7, 12]);
        Assert.Null(ConflictOfInterest.Reason(m, n, excludeSameUnit: false));
        Assert.Contains("công tác tại đơn vị", ConflictOfInterest.Reason(m, n, excludeSameUnit: true));
        Assert.Null(ConflictOfInterest.Reason(m with { HomeUnitId = 8 }, n, excludeSameUnit: true));
    }

    [Fact]
    public void CanVote_ConflictedMember_RefusedWithTheReason()
    {
        var r = BallotRules.CanVote(CouncilSessionStatus.VotingOpen, null, "Lý do xung đột", present: true, inWriting: false);
        Assert.Equal("Lý do xung đột", r.Error!.Message);
        Assert.True(BallotRules.CanVote(CouncilSessionStatus.VotingOpen, null, null, true, false).IsSuccess);
        Assert.Contains("Chưa được bỏ phiếu", BallotRules.CanVote(CouncilSessionStatus.VotingOpen, "Đang niêm yết công khai", null, true, false).Error!.Message);
        Assert.IsType<ConflictError>(BallotRules.CanVote(CouncilSessionStatus.Scheduled, null, null, true, false).Error);
        Assert.IsType<ConflictError>(BallotRules.CanVote(CouncilSessionStatus.VotingOpen, null, null, present: false, inWriting: false).Error);
        Assert.IsType<ValidationError>(BallotRules.CanVote(CouncilSessionStatus.VotingOpen, null, null, present: true, inWriting: true).Error);
    }

    [Fact]
    public void Membership_EndedNotOverwritten_InOfficeByDate()
    {
        var m = CouncilMember.Create(1, "u1", "Giàng A Tính", "Phó Chủ tịch UBND tỉnh", CouncilOffice.Chair, new DateOnly(2024, 1, 1), null, null, null).Value!;
        Assert.True(m.InOfficeOn(new DateOnly(2025, 6, 30)));
        Assert.True(m.End(new DateOnly(2025, 6, 30)).IsSuccess);
        Assert.True(m.InOfficeOn(new DateOnly(2025, 6, 30)));
        Assert.False(m.InOfficeOn(new DateOnly(2025, 7, 1)));
        Assert.IsType<ConflictError>(m.End(new DateOnly(2025, 8, 1)).Error);
        Assert.Equal("UserId", Assert.IsType<ValidationError>(
            CouncilMember.Create(1, null, "A", "", CouncilOffice.Member, new DateOnly(2024, 1, 1), null, null, null).Error).Field);
    }

    private static Nominee AcceptedNominee()
    {
        var n = Nominee.Create(1, new NomineeData(SubjectKind.Collective, "Phòng Thi đua - Khen thưởng", null, null, null, null, null, null, null,
            null, "CO_TINH", "Dẫn đầu khối thi đua"), s => s).Value!;
        n.Appraise(true, null);
        return n;
    }
}
