using Tdkt.Domain.Common;
using Tdkt.Domain.Council;

namespace Tdkt.Domain.Tests.Council;

/// <summary>Issue 11: a secret ballot records the vote-counting committee (Ban kiểm phiếu) elected at the session.</summary>
public sealed class CountingCommitteeTests
{
    private static readonly DateOnly Day = new(2025, 12, 10);
    private static readonly int[] Present = [1, 2, 3, 4, 5, 6, 7, 8];

    private static CouncilSession Open(bool secret)
    {
        var s = CouncilSession.Create(1, "Phiên họp xét khen thưởng", Day, "Phòng họp số 1", secret, QuorumRule.TwoThirds, false,
            DateTimeOffset.UnixEpoch, Day).Value!;
        Assert.True(s.OpenVoting(8, 11, Day, []).IsSuccess);
        return s;
    }

    [Fact]
    public void CloseVoting_SecretBallotWithoutCommittee_RefusedInVietnamese()
    {
        var s = Open(secret: true);

        var r = s.CloseVoting(9, Present);

        Assert.IsType<ConflictError>(r.Error);
        Assert.StartsWith("Bỏ phiếu kín: Hội đồng chưa bầu Ban kiểm phiếu.", r.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(CouncilSessionStatus.VotingOpen, s.Status);
    }

    [Fact]
    public void Elect_HeadAndTwoPresentMembers_HeadFirstAndVotingCloses()
    {
        var s = Open(secret: true);

        Assert.True(s.ElectCountingCommittee(4, [5, 4, 6, 5], Present).IsSuccess);

        Assert.Equal([4, 5, 6], s.CountingCommittee);
        Assert.True(s.CloseVoting(9, Present).IsSuccess);
    }

    [Fact]
    public void Elect_OnlyTwoPeople_RefusedNamingTheFieldWithTheCount()
    {
        var s = Open(secret: true);

        var e = Assert.IsType<ValidationError>(s.ElectCountingCommittee(4, [5], Present).Error);

        Assert.Equal(CountingCommitteeRules.Field, e.Field);
        Assert.Equal("Ban kiểm phiếu cần ít nhất 3 thành viên có mặt (Trưởng ban và 2 ủy viên); đã chọn 2.", e.Message);
        Assert.Empty(s.CountingCommittee);
    }

    [Fact]
    public void Elect_AnAbsentMember_Refused()
    {
        var s = Open(secret: true);

        var e = Assert.IsType<ValidationError>(s.ElectCountingCommittee(4, [5, 10], Present).Error);

        Assert.Equal("Ban kiểm phiếu chỉ gồm thành viên Hội đồng có mặt tại phiên họp (theo điểm danh).", e.Message);
    }

    [Fact]
    public void Elect_WithoutHead_RefusedNamingTheHeadField()
    {
        var e = Assert.IsType<ValidationError>(Open(secret: true).ElectCountingCommittee(null, [4, 5, 6], Present).Error);

        Assert.Equal("CountingCommitteeHead", e.Field);
    }

    [Fact]
    public void Elect_OpenBallot_RefusedAndOpenBallotClosesWithoutCommittee()
    {
        var s = Open(secret: false);

        Assert.IsType<ValidationError>(s.ElectCountingCommittee(4, [5, 6], Present).Error);
        Assert.True(s.CloseVoting(9, Present).IsSuccess);
    }

    [Fact]
    public void CloseVoting_ACounterMarkedAbsentSinceTheElection_Refused()
    {
        var s = CouncilSession.Create(1, "Phiên họp", Day, "Hội trường", true, QuorumRule.TwoThirds, false, DateTimeOffset.UnixEpoch, Day).Value!;
        Assert.True(s.ElectCountingCommittee(4, [5, 6], Present).IsSuccess); // elected while scheduled
        Assert.True(s.OpenVoting(8, 11, Day, []).IsSuccess);

        var r = s.CloseVoting(9, [1, 2, 3, 4, 5, 7, 8, 9]);

        Assert.StartsWith("Có thành viên Ban kiểm phiếu không có mặt", r.Error!.Message, StringComparison.Ordinal);
    }
}
