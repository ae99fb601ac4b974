using Tdkt.Domain.Council;

namespace Tdkt.Domain.Tests.Council;

/// <summary>Issue 11: the council meets before it votes; minutes name who actually presided.</summary>
public sealed class CouncilMeetsBeforeVotingTests
{
    private static readonly DateTimeOffset Now = new(2025, 12, 5, 2, 0, 0, TimeSpan.Zero);

    private static CouncilSession Session() =>
        CouncilSession.Create(1, "Phiên họp", new DateOnly(2025, 12, 10), "Hội trường", true, QuorumRule.TwoThirds, false, Now).Value!;

    [Fact]
    public void Create_MeetingDateInThePast_RefusedNamingMeetingDate()
    {
        var r = CouncilSession.Create(1, "Phiên họp", new DateOnly(2025, 12, 4), "Hội trường", true, QuorumRule.TwoThirds, false, Now,
            new DateOnly(2025, 12, 5));

        Assert.Equal("MeetingDate", Assert.IsType<Tdkt.Domain.Common.ValidationError>(r.Error).Field);
    }

    [Fact]
    public void OpenVoting_BeforeMeetingDate_Refused_OnTheDayAllowed()
    {
        var s = Session();

        var early = s.OpenVoting(11, 11, new DateOnly(2025, 12, 9), []);
        Assert.Contains("Chưa đến ngày họp (10/12/2025)", early.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(CouncilSessionStatus.Scheduled, s.Status);

        Assert.True(s.OpenVoting(11, 11, new DateOnly(2025, 12, 10), []).IsSuccess);
        Assert.Equal(CouncilSessionStatus.VotingOpen, s.Status);
    }

    [Fact]
    public void OpenVoting_NoticeStillRunning_RefusedWithTheReason()
    {
        var s = Session();

        var r = s.OpenVoting(11, 11, new DateOnly(2025, 12, 10), ["Bệnh viện: đang công khai lấy ý kiến đến hết ngày 12/12/2025."]);

        Assert.Contains("đến hết ngày 12/12/2025", r.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(CouncilSessionStatus.Scheduled, s.Status);
    }

    private sealed record Seat(string Name, CouncilOffice Office, bool Present);

    [Fact]
    public void Presiding_ChairAbsent_StandingViceChairPresides_NoneNull()
    {
        Seat[] roster = [new("Chủ tịch", CouncilOffice.Chair, false), new("PCT", CouncilOffice.ViceChair, true),
            new("PCT thường trực", CouncilOffice.StandingViceChair, true), new("Ủy viên", CouncilOffice.Member, true)];

        Assert.Equal("PCT thường trực", CouncilPresiding.Choose(roster, r => r.Office, r => r.Present)!.Name);
        Assert.Equal("Chủ tịch", CouncilPresiding.Choose(roster.Select(r => r with { Present = true }), r => r.Office, r => r.Present)!.Name);
        Assert.Null(CouncilPresiding.Choose(roster.Where(r => r.Office == CouncilOffice.Member), r => r.Office, r => r.Present));
    }
}
