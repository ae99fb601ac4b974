using Tdkt.Domain.Common;
using Tdkt.Domain.Council;

namespace Tdkt.Domain.Tests.Council;

/// <summary>Every (session state × action) of a council session, reached and tried through the domain methods: each
/// legal move lands where the table says, each other one is refused with its Vietnamese message and leaves the session
/// where it was.</summary>
public sealed class CouncilSessionStateActionTableTests
{
    public enum SessionAction
    {
        /// <summary>Attendance or agenda change (<see cref="CouncilSession.EnsurePreparing"/>).</summary>
        Prepare,
        OpenVoting,
        Vote,

        /// <summary>Ban kiểm phiếu elected at the session (secret ballot).</summary>
        ElectCountingCommittee,

        /// <summary>Closing the ballot once the committee is elected.</summary>
        CloseVoting,
        Finalise,
    }

    private static readonly DateOnly MeetingDay = new(2026, 12, 18);

    /// <summary>The legal moves: (from, action) → to. Everything else is refused.</summary>
    private static readonly Dictionary<(CouncilSessionStatus, SessionAction), CouncilSessionStatus> Legal = new()
    {
        [(CouncilSessionStatus.Scheduled, SessionAction.Prepare)] = CouncilSessionStatus.Scheduled,
        [(CouncilSessionStatus.Scheduled, SessionAction.OpenVoting)] = CouncilSessionStatus.VotingOpen,
        [(CouncilSessionStatus.VotingOpen, SessionAction.Vote)] = CouncilSessionStatus.VotingOpen,
        [(CouncilSessionStatus.Scheduled, SessionAction.ElectCountingCommittee)] = CouncilSessionStatus.Scheduled,
        [(CouncilSessionStatus.VotingOpen, SessionAction.ElectCountingCommittee)] = CouncilSessionStatus.VotingOpen,
        [(CouncilSessionStatus.VotingOpen, SessionAction.CloseVoting)] = CouncilSessionStatus.VotingClosed,
        [(CouncilSessionStatus.VotingClosed, SessionAction.Finalise)] = CouncilSessionStatus.Finalised,
    };

    public static TheoryData<CouncilSessionStatus, SessionAction> All()
    {
        var data = new TheoryData<CouncilSessionStatus, SessionAction>();
        foreach (var s in Enum.GetValues<CouncilSessionStatus>())
        {
            foreach (var a in Enum.GetValues<SessionAction>())
            {
                data.Add(s, a);
            }
        }

        return data;
    }

    private static CouncilSession Reach(CouncilSessionStatus status)
    {
        var s = CouncilSession.Create(1, "Phiên họp xét khen thưởng tổng kết năm 2026", MeetingDay, "Phòng họp số 1, UBND tỉnh", true,
            QuorumRule.TwoThirds, true, DateTimeOffset.UnixEpoch, MeetingDay).Value!;
        if (status >= CouncilSessionStatus.VotingOpen)
        {
            Assert.True(s.OpenVoting(7, 7, MeetingDay, []).IsSuccess);
        }

        if (status >= CouncilSessionStatus.VotingClosed)
        {
            Assert.True(s.ElectCountingCommittee(1, [2, 3], [1, 2, 3, 4]).IsSuccess);
            Assert.True(s.CloseVoting(1).IsSuccess);
        }

        if (status >= CouncilSessionStatus.Finalised)
        {
            Assert.True(s.Finalise().IsSuccess);
        }

        Assert.Equal(status, s.Status);
        return s;
    }

    private static Result Act(CouncilSession s, SessionAction action) => action switch
    {
        SessionAction.Prepare => s.EnsurePreparing(),
        SessionAction.OpenVoting => s.OpenVoting(7, 7, MeetingDay, []),
        SessionAction.Vote => BallotRules.CanVote(s.Status, null, null, present: true, inWriting: false),
        SessionAction.ElectCountingCommittee => s.ElectCountingCommittee(1, [2, 3], [1, 2, 3]),
        SessionAction.CloseVoting => s.Status == CouncilSessionStatus.VotingOpen && s.ElectCountingCommittee(1, [2, 3], [1, 2, 3]).IsFailure
            ? Result.Failure(new ConflictError("election failed"))
            : s.CloseVoting(2, [1, 2, 3]),
        SessionAction.Finalise => s.Finalise(),
    };

    /// <summary>The refusal each illegal move gives, in Vietnamese.</summary>
    private static string Refusal(CouncilSessionStatus from, SessionAction action) => action switch
    {
        SessionAction.Prepare => "Đã mở bỏ phiếu, không sửa điểm danh hay chương trình họp được nữa.",
        SessionAction.Vote => "Phiên họp chưa mở bỏ phiếu hoặc đã kết thúc bỏ phiếu.",
        SessionAction.OpenVoting => $"Phiên họp đang ở bước \"{from.Vietnamese()}\", không thể mở bỏ phiếu. Có thể người khác vừa thao tác — hãy tải lại trang.",
        SessionAction.ElectCountingCommittee => $"Phiên họp đang ở bước \"{from.Vietnamese()}\", không thể bầu Ban kiểm phiếu. Có thể người khác vừa thao tác — hãy tải lại trang.",
        SessionAction.CloseVoting => $"Phiên họp đang ở bước \"{from.Vietnamese()}\", không thể kết thúc bỏ phiếu. Có thể người khác vừa thao tác — hãy tải lại trang.",
        SessionAction.Finalise => $"Phiên họp đang ở bước \"{from.Vietnamese()}\", không thể chốt biên bản. Có thể người khác vừa thao tác — hãy tải lại trang.",
    };

    [Theory]
    [MemberData(nameof(All))]
    public void Action_FromEveryState_MovesPerTableOrIsRefused(CouncilSessionStatus from, SessionAction action)
    {
        var s = Reach(from);

        var r = Act(s, action);

        if (Legal.TryGetValue((from, action), out var to))
        {
            Assert.True(r.IsSuccess, r.Error?.Message);
            Assert.Equal(to, s.Status);
        }
        else
        {
            var e = Assert.IsType<ConflictError>(r.Error);
            Assert.Equal(Refusal(from, action), e.Message);
            Assert.Equal(from, s.Status);
        }
    }

    [Fact]
    public void Table_CoversEveryStateAndAction_TwentyFourCases()
    {
        Assert.Equal(24, All().Count);
        Assert.Equal(Enum.GetValues<CouncilSessionStatus>().Length * Enum.GetValues<SessionAction>().Length, All().Count);
        Assert.Equal(7, Legal.Count);
    }

    [Fact]
    public void OpenVoting_BeforeMeetingDay_RefusedWithTheDate()
    {
        var s = Reach(CouncilSessionStatus.Scheduled);

        var r = s.OpenVoting(7, 7, MeetingDay.AddDays(-16), []);

        Assert.Equal("Chưa đến ngày họp (18/12/2026): Hội đồng họp rồi mới bỏ phiếu, chỉ mở bỏ phiếu từ ngày họp.", r.Error!.Message);
        Assert.Equal(CouncilSessionStatus.Scheduled, s.Status);
    }
}
