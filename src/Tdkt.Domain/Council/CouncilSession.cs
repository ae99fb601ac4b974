using Tdkt.Domain.Common;

namespace Tdkt.Domain.Council;

public enum CouncilSessionStatus
{
    /// <summary>Scheduled: agenda and attendance are prepared.</summary>
    Scheduled,
    /// <summary>Quorum met, members vote.</summary>
    VotingOpen,
    /// <summary>Ballot closed, tallies fixed, minutes drafted.</summary>
    VotingClosed,
    /// <summary>Minutes finalised, attached to the dossiers, results recorded.</summary>
    Finalised,
}

/// <summary>
/// A meeting (phiên họp) of a level's council: date, place, secret or open ballot, quorum rule, whether members vote
/// on nominees of their own unit. Its status moves Scheduled → VotingOpen → VotingClosed → Finalised, each step
/// checked here; the caller locks the row so each step happens once.
/// </summary>
public sealed class CouncilSession
{
    public const int TitleMaxLength = 300;

    private CouncilSession()
    {
        Title = string.Empty;
        Place = string.Empty;
    }

    public int Id { get; private set; }
    public int OrgUnitId { get; private set; }
    public string Title { get; private set; }
    public DateOnly MeetingDate { get; private set; }
    public string Place { get; private set; }

    /// <summary>Bỏ phiếu kín: no record links a member to a choice (ADR-0010).</summary>
    public bool SecretBallot { get; private set; }

    public QuorumRule Quorum { get; private set; }

    /// <summary>Members do not vote on nominees of the unit they work in.</summary>
    public bool ExcludeSameUnit { get; private set; }

    public CouncilSessionStatus Status { get; private set; }

    /// <summary>Ban kiểm phiếu of a secret ballot, elected at the session from the members present: council member ids,
    /// the head (Trưởng ban) first. Empty for an open ballot or before the election.</summary>
    public List<int> CountingCommittee { get; private set; } = [];

    public int? MinutesFileId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public uint Version { get; private set; }

    public static Result<CouncilSession> Create(int orgUnitId, string? title, DateOnly? meetingDate, string? place,
        bool secretBallot, QuorumRule quorum, bool excludeSameUnit, DateTimeOffset now, DateOnly? today = null)
    {
        var t = title?.Trim() ?? string.Empty;
        if (t.Length == 0)
        {
            return new ValidationError("Title", "Hãy nhập tên phiên họp, ví dụ \"Phiên họp xét khen thưởng tổng kết năm 2025\".");
        }

        if (t.Length > TitleMaxLength)
        {
            return new ValidationError("Title", $"Tên phiên họp dài tối đa {TitleMaxLength} ký tự.");
        }

        if (meetingDate is not { } date)
        {
            return new ValidationError("MeetingDate", "Hãy nhập ngày họp (dd/MM/yyyy).");
        }

        if (today is { } td && date < td)
        {
            return new ValidationError("MeetingDate", $"Ngày họp không được trước ngày hôm nay ({ViFormat.Date(td)}).");
        }

        if (string.IsNullOrWhiteSpace(place))
        {
            return new ValidationError("Place", "Hãy nhập địa điểm họp, ví dụ \"Phòng họp số 1, UBND tỉnh\".");
        }

        return new CouncilSession
        {
            OrgUnitId = orgUnitId,
            Title = t,
            MeetingDate = date,
            Place = place.Trim().Length > 300 ? place.Trim()[..300] : place.Trim(),
            SecretBallot = secretBallot,
            Quorum = quorum,
            ExcludeSameUnit = excludeSameUnit,
            Status = CouncilSessionStatus.Scheduled,
            CreatedAt = now,
        };
    }

    public Result OpenVoting(int present, int membersInOffice) => OpenVoting(present, membersInOffice, null, []);

    /// <summary>Opens voting: only on or after the meeting date (the council meets before it votes), only when no public
    /// notice of a nominee on the agenda is still running or has an open objection (<paramref name="noticeBlockers"/>,
    /// gathered by the caller), and with the quorum present.</summary>
    public Result OpenVoting(int present, int membersInOffice, DateOnly? today, IReadOnlyCollection<string> noticeBlockers)
    {
        ArgumentNullException.ThrowIfNull(noticeBlockers);
        if (Status != CouncilSessionStatus.Scheduled)
        {
            return new ConflictError(Message("mở bỏ phiếu"));
        }

        if (today is { } t && t < MeetingDate)
        {
            return new ConflictError($"Chưa đến ngày họp ({ViFormat.Date(MeetingDate)}): Hội đồng họp rồi mới bỏ phiếu, chỉ mở bỏ phiếu từ ngày họp.");
        }

        if (noticeBlockers.Count > 0)
        {
            return new ConflictError("Chưa mở bỏ phiếu được vì thời hạn công khai lấy ý kiến chưa kết thúc hoặc còn phản ánh chưa xác minh: "
                + string.Join(" ", noticeBlockers));
        }

        var quorum = CouncilQuorum.Check(present, membersInOffice, Quorum);
        if (quorum.IsFailure)
        {
            return quorum;
        }

        Status = CouncilSessionStatus.VotingOpen;
        return Result.Success();
    }

    /// <summary>Records the vote-counting committee (Ban kiểm phiếu) the council elected at the session: a secret ballot
    /// only, before voting closes, at least <see cref="CountingCommitteeRules.MinMembers"/> distinct members, all present
    /// (<paramref name="presentMemberIds"/>); <paramref name="headId"/> is its head and is one of them. A new election
    /// replaces the earlier one.</summary>
    public Result ElectCountingCommittee(int? headId, IReadOnlyCollection<int> memberIds, IReadOnlyCollection<int> presentMemberIds)
    {
        ArgumentNullException.ThrowIfNull(memberIds);
        ArgumentNullException.ThrowIfNull(presentMemberIds);
        if (!SecretBallot)
        {
            return new ValidationError(CountingCommitteeRules.Field, "Phiên họp bỏ phiếu công khai không bầu Ban kiểm phiếu.");
        }

        if (Status is not (CouncilSessionStatus.Scheduled or CouncilSessionStatus.VotingOpen))
        {
            return new ConflictError(Message("bầu Ban kiểm phiếu"));
        }

        var problem = CountingCommitteeRules.Check(headId, memberIds, presentMemberIds);
        if (problem is not null)
        {
            return problem;
        }

        CountingCommittee = [headId!.Value, .. memberIds.Distinct().Where(m => m != headId)];
        return Result.Success();
    }

    /// <summary>Closes the ballot. A secret ballot needs its vote-counting committee, every member of it present
    /// (<paramref name="presentMemberIds"/>, when the caller passes the attendance).</summary>
    public Result CloseVoting(int minutesFileId, IReadOnlyCollection<int>? presentMemberIds = null)
    {
        if (Status != CouncilSessionStatus.VotingOpen)
        {
            return new ConflictError(Message("kết thúc bỏ phiếu"));
        }

        if (SecretBallot && CountingCommittee.Count < CountingCommitteeRules.MinMembers)
        {
            return new ConflictError("Bỏ phiếu kín: Hội đồng chưa bầu Ban kiểm phiếu. Hãy ghi Ban kiểm phiếu (ít nhất "
                + $"{CountingCommitteeRules.MinMembers} thành viên có mặt, một người là Trưởng ban) trước khi kết thúc bỏ phiếu.");
        }

        if (SecretBallot && presentMemberIds is not null && CountingCommittee.Any(m => !presentMemberIds.Contains(m)))
        {
            return new ConflictError("Có thành viên Ban kiểm phiếu không có mặt theo điểm danh. Hãy bầu lại Ban kiểm phiếu trước khi kết thúc bỏ phiếu.");
        }

        Status = CouncilSessionStatus.VotingClosed;
        MinutesFileId = minutesFileId;
        return Result.Success();
    }

    public Result Finalise()
    {
        if (Status != CouncilSessionStatus.VotingClosed)
        {
            return new ConflictError(Message("chốt biên bản"));
        }

        Status = CouncilSessionStatus.Finalised;
        return Result.Success();
    }

    /// <summary>Attendance and agenda change only before voting opens.</summary>
    public Result EnsurePreparing() => Status == CouncilSessionStatus.Scheduled
        ? Result.Success()
        : new ConflictError("Đã mở bỏ phiếu, không sửa điểm danh hay chương trình họp được nữa.");

    private string Message(string what) =>
        $"Phiên họp đang ở bước \"{Status.Vietnamese()}\", không thể {what}. Có thể người khác vừa thao tác — hãy tải lại trang.";
}

/// <summary>One member on the roster of a session (the members in office on the meeting date, fixed when the
/// session is scheduled), present or not; an absent member may give a written opinion (file kept).</summary>
public sealed class CouncilAttendance
{
    public int SessionId { get; set; }
    public int MemberId { get; set; }
    public bool Present { get; set; }

    /// <summary>The absent member's written opinion (ý kiến bằng văn bản), when the secretary has recorded one.</summary>
    public int? WrittenOpinionFileId { get; set; }
}

/// <summary>One nominee on the agenda: the award and, once voting closes, the result.</summary>
public sealed class CouncilAgendaItem
{
    public int Id { get; set; }
    public int SessionId { get; set; }
    public int DossierId { get; set; }
    public int NomineeId { get; set; }
    public string AwardCode { get; set; } = string.Empty;

    /// <summary>Why the council may not vote on this nominee (CouncilVotingGate), as found when voting opened.</summary>
    public string? BlockedReason { get; set; }

    public int? VotesFor { get; set; }
    public int? VotesAgainst { get; set; }
    public int? TotalMembers { get; set; }
    public bool? Passed { get; set; }
}

/// <summary>"Who has voted" on a nominee in a session: no choice, no time, no surrogate id (ADR-0010).</summary>
public sealed class BallotParticipation
{
    public int SessionId { get; set; }
    public int NomineeId { get; set; }
    public int MemberId { get; set; }

    /// <summary>Recorded by the secretary from the absent member's written opinion.</summary>
    public bool InWriting { get; set; }
}

/// <summary>Aggregate counters per (session, nominee), incremented in the same transaction as the participation row.
/// Never audited row by row and never shown while voting is open (ADR-0010).</summary>
public sealed class BallotTally
{
    public int SessionId { get; set; }
    public int NomineeId { get; set; }
    public int Agree { get; set; }
    public int Disagree { get; set; }
}

/// <summary>Open ballot only (bỏ phiếu công khai): member → choice.</summary>
public sealed class OpenBallotVote
{
    public int SessionId { get; set; }
    public int NomineeId { get; set; }
    public int MemberId { get; set; }
    public bool Agree { get; set; }
}

public static class CouncilSessionNames
{
    public static string Vietnamese(this CouncilSessionStatus s) => s switch
    {
        CouncilSessionStatus.Scheduled => "Đã triệu tập",
        CouncilSessionStatus.VotingOpen => "Đang bỏ phiếu",
        CouncilSessionStatus.VotingClosed => "Đã kết thúc bỏ phiếu",
        CouncilSessionStatus.Finalised => "Đã chốt biên bản",
    };
}

/// <summary>The vote-counting committee (Ban kiểm phiếu) of a secret ballot: elected by the council at the session from
/// the members present, a head (Trưởng ban) and at least two members (ADR-0037; no national rule found, domain.md §4
/// only names the "biên bản kiểm phiếu" of practice).</summary>
public static class CountingCommitteeRules
{
    public const int MinMembers = 3;
    public const string Field = "CountingCommittee";

    /// <summary>The first problem with a proposed committee, or null.</summary>
    public static ValidationError? Check(int? headId, IReadOnlyCollection<int> memberIds, IReadOnlyCollection<int> presentMemberIds)
    {
        ArgumentNullException.ThrowIfNull(memberIds);
        ArgumentNullException.ThrowIfNull(presentMemberIds);
        if (headId is not { } head)
        {
            return new ValidationError("CountingCommitteeHead", "Hãy chọn Trưởng ban kiểm phiếu trong số thành viên có mặt.");
        }

        var all = memberIds.Append(head).Distinct().ToList();
        if (all.Count < MinMembers)
        {
            return new ValidationError(Field,
                $"Ban kiểm phiếu cần ít nhất {MinMembers} thành viên có mặt (Trưởng ban và {MinMembers - 1} ủy viên); đã chọn {all.Count}.");
        }

        return all.Any(m => !presentMemberIds.Contains(m))
            ? new ValidationError(Field, "Ban kiểm phiếu chỉ gồm thành viên Hội đồng có mặt tại phiên họp (theo điểm danh).")
            : null;
    }
}

/// <summary>Who presides a session (chủ trì): the chairman when present; when absent, the vice-chairman he designates —
/// the standing vice-chairman first, then a vice-chairman — who are present. Null when none of them is present.</summary>
public static class CouncilPresiding
{
    public static T? Choose<T>(IEnumerable<T> roster, Func<T, CouncilOffice> office, Func<T, bool> present)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(roster);
        var here = roster.Where(present).ToList();
        return here.FirstOrDefault(r => office(r) == CouncilOffice.Chair)
            ?? here.FirstOrDefault(r => office(r) == CouncilOffice.StandingViceChair)
            ?? here.FirstOrDefault(r => office(r) == CouncilOffice.ViceChair);
    }
}

/// <summary>Who may vote on an agenda item now, and the Vietnamese reason when not.</summary>
public static class BallotRules
{
    /// <summary>A council does not vote on a nominee already decided: its dossier has left the appraised step (decided,
    /// not awarded, revoked, escalated) or the nominee already has a council result. Null when the vote may go on.</summary>
    public static string? AlreadyDecided(string name, Nominations.DossierStatus dossierStatus, bool? councilPassed)
    {
        if (dossierStatus is Nominations.DossierStatus.Decided or Nominations.DossierStatus.NotAwarded or Nominations.DossierStatus.Revoked
            or Nominations.DossierStatus.Escalated)
        {
            return $"{name}: hồ sơ đã ở bước \"{Nominations.DossierNames.Vietnamese(dossierStatus)}\", Hội đồng không bỏ phiếu cho đối tượng đã được quyết định.";
        }

        return councilPassed is null ? null : $"{name}: đã có kết quả Hội đồng, không bỏ phiếu lại.";
    }

    public static Result CanVote(CouncilSessionStatus status, string? blockedReason, string? conflictReason, bool present, bool inWriting)
    {
        if (status != CouncilSessionStatus.VotingOpen)
        {
            return new ConflictError("Phiên họp chưa mở bỏ phiếu hoặc đã kết thúc bỏ phiếu.");
        }

        if (blockedReason is not null)
        {
            return new ConflictError("Chưa được bỏ phiếu cho đối tượng này: " + blockedReason);
        }

        if (conflictReason is not null)
        {
            return new ConflictError(conflictReason);
        }

        if (inWriting && present)
        {
            return new ValidationError("MemberId", "Thành viên có mặt tự bỏ phiếu; phiếu bằng văn bản chỉ ghi cho thành viên vắng mặt.");
        }

        if (!inWriting && !present)
        {
            return new ConflictError("Bạn không có mặt theo điểm danh của phiên họp; ý kiến bằng văn bản do Thư ký Hội đồng ghi nhận.");
        }

        return Result.Success();
    }
}
