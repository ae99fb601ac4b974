using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;
using Tdkt.Domain.Council;
using Tdkt.Domain.Nominations;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.Nominations;
using Tdkt.Web.Pages.Notices;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Council;

public sealed record MemberInput(string? UserName, string? DisplayName, string? Position, CouncilOffice Office, DateOnly? ValidFrom,
    int? BirthYear, string? CitizenId, int? HomeUnitId);

/// <summary>Quorum and "same unit" left null take the province's defaults (<see cref="CouncilDefaults"/>).</summary>
public sealed record ScheduleCommand(string? Title, DateOnly? MeetingDate, string? Place, bool SecretBallot, QuorumRule? Quorum, bool? ExcludeSameUnit);

public sealed record RosterLine(int MemberId, string Name, string Position, CouncilOffice Office, bool Present, bool WrittenOpinion);

/// <summary>One nominee on the agenda as the caller sees it. Counts of agree/disagree are null until voting closes.</summary>
public sealed record AgendaLine(int NomineeId, int DossierId, string DossierTitle, string Name, SubjectKind Kind, string AwardCode,
    string AwardName, decimal ThresholdPercent, string? BlockedReason, string? MyConflict, IReadOnlyList<string> ConflictedMembers,
    int Voted, bool IVoted, int? Agree, int? Disagree, int? Total, bool? Passed, NomineeNotice Notice);

public sealed record OpenVoteLine(int NomineeId, string Member, bool Agree);

public sealed record SessionView(CouncilSession Session, string UnitName, IReadOnlyList<RosterLine> Roster, IReadOnlyList<AgendaLine> Agenda,
    bool CanRun, int? MyMemberId, bool MePresent, IReadOnlyList<OpenVoteLine> OpenVotes)
{
    public int Present => Roster.Count(r => r.Present);
    public bool QuorumMet => CouncilQuorum.IsMet(Present, Roster.Count, Session.Quorum);
}

/// <summary>
/// Council use cases for pages and API alike (ADR-0010): load scoped → authorize → decide (Tdkt.Domain.Council) →
/// save once. Each step of a session locks its row; a vote takes a shared lock on the session, inserts the
/// participation row (primary key = exactly once) and bumps the counters in the same transaction.
/// </summary>
public sealed class CouncilService(TdktDbContext db, CurrentUser me, TimeProvider clock, TdktSettings settings,
    CitizenIds citizenIds, NominationChecks checks, CouncilVotingGate votingGate)
{
    public const string AlreadyVoted = "Thành viên này đã bỏ phiếu cho đối tượng này; mỗi thành viên chỉ bỏ một phiếu.";

    private sealed record Ctx(CouncilSession Session, CurrentUser.Loaded User, CouncilMember? Me, bool CanRun);

    public DateOnly Today => clock.Today(settings);

    // ───────────────────────────── membership ─────────────────────────────

    public async Task<Result<IReadOnlyList<CouncilMember>>> MembersAsync(int unitId, CancellationToken ct)
    {
        var u = await me.GetAsync(ct);
        if (u is null || !CouncilAccess.CanManageMembers(u.Scope, unitId))
        {
            return new NotFoundError();
        }

        return await db.CouncilMembers.AsNoTracking().Where(m => m.OrgUnitId == unitId)
            .OrderBy(m => m.ValidTo != null).ThenBy(m => m.Office).ThenBy(m => m.ValidFrom).ThenBy(m => m.Id).ToListAsync(ct);
    }

    public async Task<Result<int>> AddMemberAsync(int unitId, MemberInput input, CancellationToken ct)
    {
        var u = await me.GetAsync(ct);
        if (u is null || !CouncilAccess.CanManageMembers(u.Scope, unitId))
        {
            return new NotFoundError();
        }

        var userName = input.UserName?.Trim();
        var user = string.IsNullOrEmpty(userName) ? null : await db.Users.AsNoTracking().SingleOrDefaultAsync(x => x.UserName == userName, ct);
        if (user is null)
        {
            return new ValidationError("UserName", $"Không có tài khoản \"{userName}\". Hãy nhập đúng tên đăng nhập của thành viên.");
        }

        var from = input.ValidFrom ?? Today;
        if (await db.CouncilMembers.AnyAsync(m => m.OrgUnitId == unitId && m.UserId == user.Id && (m.ValidTo == null || m.ValidTo >= from), ct))
        {
            return new ConflictError($"{user.FullName} đang là thành viên Hội đồng; hãy ghi ngày thôi của nhiệm kỳ cũ trước khi đổi chức danh.", "UserName");
        }

        string? hash = null;
        if (!string.IsNullOrWhiteSpace(input.CitizenId))
        {
            var id = input.CitizenId.Trim();
            if (id.Length != 12 || !id.All(char.IsAsciiDigit))
            {
                return new ValidationError("CitizenId", "Số định danh cá nhân (CCCD) gồm đúng 12 chữ số.");
            }

            hash = citizenIds.Index(id);
        }

        var created = CouncilMember.Create(unitId, user.Id, string.IsNullOrWhiteSpace(input.DisplayName) ? user.FullName : input.DisplayName,
            string.IsNullOrWhiteSpace(input.Position) ? user.Position : input.Position, input.Office, from, input.BirthYear, hash,
            input.HomeUnitId ?? user.OrgUnitId);
        if (created.Value is not { } m)
        {
            return created.Error!;
        }

        db.CouncilMembers.Add(m);
        db.AuditAction = "Thêm thành viên Hội đồng TĐKT";
        await db.SaveChangesAsync(ct);
        return m.Id;
    }

    public async Task<Result> EndMemberAsync(int unitId, int memberId, DateOnly? lastDay, CancellationToken ct)
    {
        var u = await me.GetAsync(ct);
        if (u is null || !CouncilAccess.CanManageMembers(u.Scope, unitId))
        {
            return new NotFoundError();
        }

        var m = await db.CouncilMembers.SingleOrDefaultAsync(x => x.Id == memberId && x.OrgUnitId == unitId, ct);
        if (m is null)
        {
            return new NotFoundError();
        }

        if (lastDay is null)
        {
            return new ValidationError("ValidTo", "Hãy nhập ngày thôi làm thành viên (dd/MM/yyyy).");
        }

        var r = m.End(lastDay.Value);
        if (r.IsFailure)
        {
            return r;
        }

        db.AuditAction = "Thành viên thôi tham gia Hội đồng TĐKT";
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    // ───────────────────────────── sessions ─────────────────────────────

    /// <summary>Units whose council the caller runs or sits on, with their sessions (newest first).</summary>
    public async Task<IReadOnlyList<(int UnitId, string UnitName, bool CanRun, bool CanManage, IReadOnlyList<CouncilSession> Sessions)>> OverviewAsync(CancellationToken ct)
    {
        var u = await me.GetAsync(ct);
        if (u is null)
        {
            return [];
        }

        var byGrant = u.Scope.Grants.Where(g => g.Role is Role.CouncilSecretary or Role.CouncilMember or Role.Admin).Select(g => g.OrgUnitId);
        var byMembership = await db.CouncilMembers.AsNoTracking().Where(m => m.UserId == u.User.Id).Select(m => m.OrgUnitId).ToListAsync(ct);
        var unitIds = byGrant.Concat(byMembership).Distinct().ToList();
        var units = await db.OrgUnits.AsNoTracking().Where(x => unitIds.Contains(x.Id)).OrderBy(x => x.Path).Select(x => new { x.Id, x.Name }).ToListAsync(ct);
        var myMemberIds = await db.CouncilMembers.AsNoTracking().Where(m => m.UserId == u.User.Id).Select(m => m.Id).ToListAsync(ct);
        var mySessions = await db.CouncilAttendance.AsNoTracking().Where(a => myMemberIds.Contains(a.MemberId)).Select(a => a.SessionId).ToListAsync(ct);
        var sessions = await db.CouncilSessions.AsNoTracking().Where(s => unitIds.Contains(s.OrgUnitId))
            .OrderByDescending(s => s.MeetingDate).ThenByDescending(s => s.Id).ToListAsync(ct);
        return [.. units.Select(x => (x.Id, x.Name, CouncilAccess.CanRun(u.Scope, x.Id), CouncilAccess.CanManageMembers(u.Scope, x.Id),
            (IReadOnlyList<CouncilSession>)[.. sessions.Where(s => s.OrgUnitId == x.Id && CouncilAccess.CanSee(u.Scope, x.Id, mySessions.Contains(s.Id)))]))];
    }

    public async Task<Result<int>> ScheduleAsync(int unitId, ScheduleCommand cmd, CancellationToken ct)
    {
        var u = await me.GetAsync(ct);
        if (u is null || !CouncilAccess.CanRun(u.Scope, unitId))
        {
            return new NotFoundError();
        }

        var defaults = await db.CouncilDefaultsForUnitAsync(unitId, ct);
        var created = CouncilSession.Create(unitId, cmd.Title, cmd.MeetingDate, cmd.Place, cmd.SecretBallot, cmd.Quorum ?? defaults.Quorum,
            cmd.ExcludeSameUnit ?? defaults.ExcludeSameUnit, clock.GetUtcNow(), Today);
        if (created.Value is not { } s)
        {
            return created.Error!;
        }

        var day = s.MeetingDate;
        var roster = await db.CouncilMembers.AsNoTracking()
            .Where(m => m.OrgUnitId == unitId && m.ValidFrom <= day && (m.ValidTo == null || m.ValidTo >= day)).ToListAsync(ct);
        if (roster.Count == 0)
        {
            return new ValidationError("MeetingDate", $"Hội đồng chưa có thành viên đương nhiệm vào ngày {ViFormat.Date(day)}. Hãy cập nhật danh sách thành viên trước.");
        }

        db.CouncilSessions.Add(s);
        db.CouncilAttendance.AddRange(roster.Select(m => new CouncilAttendance { SessionId = s.Id, MemberId = m.Id }));
        await AddAgendaAsync(s, ct);
        foreach (var m in roster.Where(m => m.UserId is not null))
        {
            db.Notifications.Add(new Notification
            {
                UserId = m.UserId!, At = clock.GetUtcNow(), Url = $"/Council/Session/{s.Id}",
                Text = $"Mời dự phiên họp Hội đồng Thi đua - Khen thưởng \"{s.Title}\" ngày {ViFormat.Date(day)} tại {s.Place}.",
            });
        }

        db.AuditAction = "Triệu tập phiên họp Hội đồng TĐKT";
        await db.SaveChangesAsync(ct);
        return s.Id;
    }

    /// <summary>Adds the nominees waiting for this council's ballot: dossiers addressed to the unit, appraised,
    /// accepted, no council result yet, whose award needs a ballot on the meeting date, not on another open agenda.</summary>
    private async Task AddAgendaAsync(CouncilSession s, CancellationToken ct)
    {
        var taken = db.CouncilAgendaItems.Join(db.CouncilSessions, a => a.SessionId, x => x.Id, (a, x) => new { a.NomineeId, x.Status, x.Id })
            .Where(x => x.Status != CouncilSessionStatus.Finalised || x.Id == s.Id).Select(x => x.NomineeId);
        var waiting = await (from n in db.Nominees.AsNoTracking()
                             join d in db.Dossiers.AsNoTracking() on n.DossierId equals d.Id
                             where d.ReceivingUnitId == s.OrgUnitId && d.Status == DossierStatus.Appraised
                                   && n.Verdict == NomineeVerdict.Accepted && n.CouncilPassed == null && !taken.Contains(n.Id)
                             orderby n.AwardCode, d.Id, n.Id
                             select new { n.Id, DossierId = d.Id, n.AwardCode }).ToListAsync(ct);
        foreach (var w in waiting)
        {
            var def = await checks.DefinitionAsync(w.AwardCode, s.MeetingDate, ct);
            if (def.Council.BallotRequired)
            {
                db.CouncilAgendaItems.Add(new CouncilAgendaItem { SessionId = s.Id, DossierId = w.DossierId, NomineeId = w.Id, AwardCode = w.AwardCode });
            }
        }
    }

    public Task<Result> RefreshAgendaAsync(int sessionId, CancellationToken ct) => StepAsync(sessionId, async c =>
    {
        var r = c.Session.EnsurePreparing();
        if (r.IsSuccess)
        {
            await AddAgendaAsync(c.Session, ct);
        }

        return r;
    }, "Cập nhật chương trình phiên họp Hội đồng", ct);

    private async Task<Result<Ctx>> LoadAsync(int id, CancellationToken ct, string? lockMode = null)
    {
        var u = await me.GetAsync(ct);
        if (u is null)
        {
            return new NotFoundError();
        }

        if (lockMode == "update")
        {
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM council_sessions WHERE \"Id\" = {id} FOR UPDATE", ct);
        }
        else if (lockMode == "share")
        {
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM council_sessions WHERE \"Id\" = {id} FOR SHARE", ct);
        }

        var s = await db.CouncilSessions.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (s is null)
        {
            return new NotFoundError();
        }

        var mine = await (from a in db.CouncilAttendance.AsNoTracking()
                          join m in db.CouncilMembers.AsNoTracking() on a.MemberId equals m.Id
                          where a.SessionId == id && m.UserId == u.User.Id
                          select m).FirstOrDefaultAsync(ct);
        if (!CouncilAccess.CanSee(u.Scope, s.OrgUnitId, mine is not null))
        {
            return new NotFoundError();
        }

        return new Ctx(s, u, mine, CouncilAccess.CanRun(u.Scope, s.OrgUnitId));
    }

    public async Task<Result<SessionView>> GetAsync(int id, CancellationToken ct)
    {
        var loaded = await LoadAsync(id, ct);
        if (loaded.Value is not { } c)
        {
            return loaded.Error!;
        }

        return await ViewAsync(c, ct);
    }

    private async Task<SessionView> ViewAsync(Ctx c, CancellationToken ct)
    {
        var s = c.Session;
        var unitName = await db.OrgUnits.AsNoTracking().Where(x => x.Id == s.OrgUnitId).Select(x => x.Name).SingleAsync(ct);
        var rosterRows = await (from a in db.CouncilAttendance.AsNoTracking()
                                join m in db.CouncilMembers.AsNoTracking() on a.MemberId equals m.Id
                                where a.SessionId == s.Id
                                select new { a, m }).ToListAsync(ct);
        rosterRows = [.. rosterRows.OrderBy(r => r.m.Office).ThenBy(r => r.m.Id)];
        var roster = rosterRows.Select(r => new RosterLine(r.m.Id, r.m.DisplayName, r.m.Position, r.m.Office, r.a.Present, r.a.WrittenOpinionFileId is not null)).ToList();

        var items = await (from a in db.CouncilAgendaItems.AsNoTracking()
                           join n in db.Nominees.AsNoTracking() on a.NomineeId equals n.Id
                           join d in db.Dossiers.AsNoTracking() on a.DossierId equals d.Id
                           where a.SessionId == s.Id
                           orderby a.AwardCode, a.Id
                           select new { a, n, d.Title, d.ProposingUnitId }).ToListAsync(ct);
        var voted = await db.BallotParticipation.AsNoTracking().Where(p => p.SessionId == s.Id)
            .GroupBy(p => p.NomineeId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var myVotes = c.Me is null ? [] : await db.BallotParticipation.AsNoTracking()
            .Where(p => p.SessionId == s.Id && p.MemberId == c.Me.Id).Select(p => p.NomineeId).ToListAsync(ct);
        var live = s.Status == CouncilSessionStatus.Scheduled
            ? await votingGate.BlockedAsync([.. items.Select(i => i.n.Id)], Today, ct)
            : new Dictionary<int, string>();
        // Public notice and objections (ADR-0011): the senders only for the receiving body's staff.
        var notices = await NomineeNotice.ForAsync(db, checks, s.OrgUnitId, [.. items.Select(i => (i.n.Id, i.a.AwardCode))], Today,
            NominationAccess.AtBody(c.User.Scope, s.OrgUnitId, NominationAccess.BodyRoles), ct);
        var lines = new List<AgendaLine>();
        foreach (var i in items)
        {
            var def = await checks.DefinitionAsync(i.a.AwardCode, s.MeetingDate, ct);
            var facts = NomineeFacts(i.n, i.ProposingUnitId);
            var conflicted = rosterRows.Where(r => Conflict(r.m, facts, s) is not null).Select(r => r.m.DisplayName).ToList();
            var closed = s.Status is CouncilSessionStatus.VotingClosed or CouncilSessionStatus.Finalised;
            lines.Add(new AgendaLine(i.n.Id, i.a.DossierId, i.Title, i.n.Name, i.n.Kind, i.a.AwardCode, def.Name, def.Council.ApprovalPercentOfAllMembers,
                i.a.BlockedReason ?? live.GetValueOrDefault(i.n.Id), c.Me is null ? null : Conflict(c.Me, facts, s), conflicted,
                voted.GetValueOrDefault(i.n.Id), myVotes.Contains(i.n.Id),
                closed ? i.a.VotesFor : null, closed ? i.a.VotesAgainst : null, closed ? i.a.TotalMembers : null, closed ? i.a.Passed : null,
                notices[i.n.Id]));
        }

        IReadOnlyList<OpenVoteLine> open = [];
        if (!s.SecretBallot && s.Status is CouncilSessionStatus.VotingClosed or CouncilSessionStatus.Finalised)
        {
            open = await (from v in db.OpenBallotVotes.AsNoTracking()
                          join m in db.CouncilMembers.AsNoTracking() on v.MemberId equals m.Id
                          where v.SessionId == s.Id
                          orderby m.Office, m.Id
                          select new OpenVoteLine(v.NomineeId, m.DisplayName, v.Agree)).ToListAsync(ct);
        }

        var mePresent = c.Me is not null && rosterRows.Any(r => r.m.Id == c.Me.Id && r.a.Present);
        return new SessionView(s, unitName, roster, lines, c.CanRun, c.Me?.Id, mePresent, open);
    }

    private NomineeFacts NomineeFacts(Nominee n, int proposingUnitId)
    {
        string? hash = null;
        if (n.CitizenIdProtected is { } cipher)
        {
            try
            {
                hash = citizenIds.Index(citizenIds.Unprotect(cipher));
            }
            catch (System.Security.Cryptography.CryptographicException)
            {
                hash = null; // key ring rotated away: fall back to name + birth year
            }
        }

        int[] units = n.OrgUnitId is { } o ? [proposingUnitId, o] : [proposingUnitId];
        return new NomineeFacts(n.Name, n.BirthYear, hash, units);
    }

    private static string? Conflict(CouncilMember m, NomineeFacts n, CouncilSession s) =>
        ConflictOfInterest.Reason(new MemberFacts(m.DisplayName, m.BirthYear, m.CitizenIdHash, m.HomeUnitId), n, s.ExcludeSameUnit);

    public Task<Result> RecordAttendanceAsync(int id, IReadOnlyCollection<int> presentMemberIds, CancellationToken ct) => StepAsync(id, async c =>
    {
        var r = c.Session.EnsurePreparing();
        if (r.IsFailure)
        {
            return r;
        }

        var rows = await db.CouncilAttendance.Where(a => a.SessionId == id).ToListAsync(ct);
        if (presentMemberIds.FirstOrDefault(p => rows.All(a => a.MemberId != p)) is var stray and not 0)
        {
            return new ValidationError("Present", $"Thành viên {stray} không có trong danh sách Hội đồng của phiên họp này.");
        }

        foreach (var a in rows)
        {
            a.Present = presentMemberIds.Contains(a.MemberId);
        }

        return Result.Success();
    }, "Điểm danh thành viên dự họp Hội đồng", ct);

    /// <summary>Opens voting once the quorum is met; asks the voting gate which nominees are blocked (and keeps why).</summary>
    public Task<Result> OpenVotingAsync(int id, CancellationToken ct) => StepAsync(id, async c =>
    {
        var rows = await db.CouncilAttendance.AsNoTracking().Where(a => a.SessionId == id).ToListAsync(ct);
        var items = await db.CouncilAgendaItems.Where(a => a.SessionId == id).ToListAsync(ct);
        // Every nominee on the agenda whose notice was published: the notice must have ended with no open objection.
        var agendaIds = items.Select(i => i.NomineeId).ToList();
        var agendaNominees = await db.Nominees.AsNoTracking().Where(n => agendaIds.Contains(n.Id)).ToListAsync(ct);
        var steps = await votingGate.StepsAsync(agendaNominees, Today, ct);
        var running = agendaNominees.Where(n => steps[n.Id].NoticeEnd is not null).Select(n => steps[n.Id].NoticeBlocker(n.Name, Today))
            .OfType<string>().ToList();
        if (await ClosedCouncilAsync(c.Session, "mở bỏ phiếu", ct) is { } closed)
        {
            return closed;
        }

        var r = c.Session.OpenVoting(rows.Count(a => a.Present), rows.Count, Today, running);
        if (r.IsFailure)
        {
            return r;
        }

        if (items.Count == 0)
        {
            return new ValidationError(string.Empty, "Chương trình họp chưa có đối tượng nào cần Hội đồng bỏ phiếu.");
        }

        var blocked = await votingGate.BlockedAsync([.. items.Select(i => i.NomineeId)], Today, ct);
        var nomineeIds = items.Select(i => i.NomineeId).ToList();
        var decided = await (from n in db.Nominees.AsNoTracking()
                             join d in db.Dossiers.AsNoTracking() on n.DossierId equals d.Id
                             where nomineeIds.Contains(n.Id)
                             select new { n.Id, n.Name, d.Status, n.CouncilPassed }).ToListAsync(ct);
        foreach (var i in items)
        {
            var x = decided.Single(x => x.Id == i.NomineeId);
            i.BlockedReason = BallotRules.AlreadyDecided(x.Name, x.Status, x.CouncilPassed) ?? blocked.GetValueOrDefault(i.NomineeId);
            if (i.BlockedReason is null)
            {
                db.BallotTallies.Add(new BallotTally { SessionId = id, NomineeId = i.NomineeId });
            }
        }

        return Result.Success();
    }, "Mở bỏ phiếu phiên họp Hội đồng", ct);

    /// <summary>The caller votes (agree / disagree) on one nominee, once.</summary>
    public async Task<Result> VoteAsync(int id, int nomineeId, bool agree, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var loaded = await LoadAsync(id, ct, "share");
            if (loaded.Value is not { } c)
            {
                return Result.Failure(loaded.Error!);
            }

            if (c.Me is null)
            {
                return Result.Failure(new ForbiddenError());
            }

            var present = await db.CouncilAttendance.AsNoTracking().AnyAsync(a => a.SessionId == id && a.MemberId == c.Me.Id && a.Present, ct);
            return await CastAsync(tx, c, c.Me, nomineeId, agree, present, inWriting: false, ct);
        });
    }

    /// <summary>The secretary records an absent member's written opinion (file attached) with a choice per nominee.</summary>
    public async Task<Result> RecordWrittenAsync(int id, int memberId, string? fileName, byte[] content, IReadOnlyDictionary<int, bool> choices, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var loaded = await LoadAsync(id, ct, "share");
            if (loaded.Value is not { } c)
            {
                return Result.Failure(loaded.Error!);
            }

            if (!c.CanRun)
            {
                return Result.Failure(new ForbiddenError());
            }

            var attendance = await db.CouncilAttendance.SingleOrDefaultAsync(a => a.SessionId == id && a.MemberId == memberId, ct);
            var member = attendance is null ? null : await db.CouncilMembers.AsNoTracking().SingleAsync(m => m.Id == memberId, ct);
            if (attendance is null || member is null)
            {
                return Result.Failure(new ValidationError("MemberId", "Hãy chọn thành viên vắng mặt có trong danh sách Hội đồng của phiên họp."));
            }

            if (choices.Count == 0)
            {
                return Result.Failure(new ValidationError("Choices", "Hãy ghi ý kiến đồng ý hoặc không đồng ý cho ít nhất một đối tượng."));
            }

            var kind = Uploads.CheckAttachment("Upload", fileName, content);
            if (kind.IsFailure)
            {
                return Result.Failure(kind.Error!);
            }

            if (attendance.WrittenOpinionFileId is null)
            {
                var file = FileResults.NewFile(fileName, kind.Value!, content, c.Session.OrgUnitId, c.User.User.Id, clock.GetUtcNow());
                db.StoredFiles.Add(file);
                attendance.WrittenOpinionFileId = file.Id;
            }

            foreach (var (nomineeId, agree) in choices)
            {
                var r = await CastAsync(null, c, member, nomineeId, agree, attendance.Present, inWriting: true, ct);
                if (r.IsFailure)
                {
                    await tx.RollbackAsync(ct);
                    db.ChangeTracker.Clear();
                    return r;
                }
            }

            await tx.CommitAsync(ct);
            return Result.Success();
        });
    }

    /// <summary>One ballot: checks, participation row (primary key → exactly once), open vote row (open ballots only),
    /// counter bump by SQL in the same transaction. Commits when <paramref name="tx"/> is given.</summary>
    private async Task<Result> CastAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? tx, Ctx c, CouncilMember member,
        int nomineeId, bool agree, bool present, bool inWriting, CancellationToken ct)
    {
        var s = c.Session;
        var item = await db.CouncilAgendaItems.AsNoTracking().SingleOrDefaultAsync(a => a.SessionId == s.Id && a.NomineeId == nomineeId, ct);
        if (item is null)
        {
            return new NotFoundError();
        }

        var n = await db.Nominees.AsNoTracking().SingleAsync(x => x.Id == nomineeId, ct);
        var dossier = await db.Dossiers.AsNoTracking().Where(d => d.Id == item.DossierId).Select(d => new { d.ProposingUnitId, d.Status }).SingleAsync(ct);
        var proposing = dossier.ProposingUnitId;
        var blocked = item.BlockedReason ?? BallotRules.AlreadyDecided(n.Name, dossier.Status, n.CouncilPassed);
        if (blocked is null && s.Status == CouncilSessionStatus.VotingOpen)
        {
            blocked = (await votingGate.BlockedAsync([nomineeId], Today, ct)).GetValueOrDefault(nomineeId);
        }

        if (await ClosedCouncilAsync(s, "bỏ phiếu", ct) is { } closed)
        {
            return closed;
        }

        var ok = BallotRules.CanVote(s.Status, blocked, Conflict(member, NomineeFacts(n, proposing), s), present, inWriting);
        if (ok.IsFailure)
        {
            return ok;
        }

        db.BallotParticipation.Add(new BallotParticipation { SessionId = s.Id, NomineeId = nomineeId, MemberId = member.Id, InWriting = inWriting });
        if (!s.SecretBallot)
        {
            db.OpenBallotVotes.Add(new OpenBallotVote { SessionId = s.Id, NomineeId = nomineeId, MemberId = member.Id, Agree = agree });
        }

        // Secret ballot: the audit row says who voted, never what (ADR-0010).
        db.AuditAction = s.SecretBallot
            ? (inWriting ? "Ghi phiếu bằng văn bản (bỏ phiếu kín): đã bỏ phiếu" : "Bỏ phiếu kín: đã bỏ phiếu")
            : (inWriting ? "Ghi phiếu bằng văn bản (bỏ phiếu công khai)" : "Bỏ phiếu công khai");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (OrgUnits.OrgUnitAdmin.IsUniqueViolation(e))
        {
            if (tx is not null)
            {
                await tx.RollbackAsync(ct);
            }

            db.ChangeTracker.Clear();
            return new ConflictError($"{member.DisplayName}: {AlreadyVoted}");
        }

        var bumped = agree
            ? await db.Database.ExecuteSqlAsync($"UPDATE council_ballot_tallies SET \"Agree\" = \"Agree\" + 1 WHERE \"SessionId\" = {s.Id} AND \"NomineeId\" = {nomineeId}", ct)
            : await db.Database.ExecuteSqlAsync($"UPDATE council_ballot_tallies SET \"Disagree\" = \"Disagree\" + 1 WHERE \"SessionId\" = {s.Id} AND \"NomineeId\" = {nomineeId}", ct);
        if (bumped != 1)
        {
            throw new InvalidOperationException("Ballot tally row missing for an open agenda item.");
        }

        if (tx is not null)
        {
            await tx.CommitAsync(ct);
        }

        return Result.Success();
    }

    /// <summary>Closes voting: counters → results on ALL members in office by the award's rule on the meeting date;
    /// drafts the minutes and vote-count record (.docx).</summary>
    public Task<Result> CloseVotingAsync(int id, CancellationToken ct) => StepAsync(id, async c =>
    {
        var s = c.Session;
        var total = await db.CouncilAttendance.CountAsync(a => a.SessionId == id, ct);
        var tallies = await db.BallotTallies.AsNoTracking().Where(t => t.SessionId == id).ToDictionaryAsync(t => t.NomineeId, ct);
        var items = await db.CouncilAgendaItems.Where(a => a.SessionId == id).ToListAsync(ct);
        foreach (var i in items.Where(i => i.BlockedReason is null))
        {
            var t = tallies[i.NomineeId];
            var rule = (await checks.DefinitionAsync(i.AwardCode, s.MeetingDate, ct)).Council;
            i.VotesFor = t.Agree;
            i.VotesAgainst = t.Disagree;
            i.TotalMembers = total;
            i.Passed = rule.IsApproved(t.Agree, total);
        }

        var placeholder = new StoredFile();
        db.StoredFiles.Add(placeholder); // HiLo id now; content filled below once the results are on the items
        var r = s.CloseVoting(placeholder.Id);
        if (r.IsFailure)
        {
            db.StoredFiles.Remove(placeholder);
            return r;
        }

        var view = await ViewAsync(c, ct);
        var closedView = view with
        {
            Agenda = [.. view.Agenda.Select(a => items.Single(i => i.NomineeId == a.NomineeId) is var i
                ? a with { Agree = i.VotesFor, Disagree = i.VotesAgainst, Total = i.TotalMembers, Passed = i.Passed } : a)],
        };
        var bytes = CouncilMinutesDocument.Build(closedView, await ParentNameAsync(s.OrgUnitId, ct), Today);
        var file = FileResults.NewFile($"bien-ban-hop-hoi-dong-{s.Id}.docx",
            new UploadKind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"), bytes, s.OrgUnitId,
            c.User.User.Id, clock.GetUtcNow());
        placeholder.FileName = file.FileName;
        placeholder.ContentType = file.ContentType;
        placeholder.Length = file.Length;
        placeholder.Sha256 = file.Sha256;
        placeholder.Content = file.Content;
        placeholder.UploadedAt = file.UploadedAt;
        placeholder.UploadedByUserId = file.UploadedByUserId;
        placeholder.OrgUnitId = file.OrgUnitId;
        return Result.Success();
    }, "Kết thúc bỏ phiếu, lập biên bản họp Hội đồng", ct);

    /// <summary>The council's unit closed before today: it no longer votes (<see cref="ClosedUnits"/>).</summary>
    private async Task<ConflictError?> ClosedCouncilAsync(CouncilSession s, string what, CancellationToken ct)
    {
        var unit = await db.OrgUnits.AsNoTracking().Where(u => u.Id == s.OrgUnitId).Select(u => new { u.Name, u.ValidTo }).SingleAsync(ct);
        return ClosedUnits.Refuse("Hội đồng Thi đua - Khen thưởng " + unit.Name, unit.ValidTo, Today, what);
    }

    private async Task<string?> ParentNameAsync(int unitId, CancellationToken ct) =>
        await db.OrgUnits.AsNoTracking().Where(x => x.Id == unitId).Select(x => x.ParentId)
            .Join(db.OrgUnits, p => p, x => x.Id, (p, x) => x.Name).FirstOrDefaultAsync(ct);

    /// <summary>Finalises the minutes: attaches them to each dossier as the council-minutes part, records each
    /// nominee's result (as the minutes flow does, source Ballot), moves each dossier whose accepted nominees all have
    /// a result to "Đã có kết quả Hội đồng" — and on to "Không khen thưởng" when none of them passed.</summary>
    public Task<Result> FinaliseAsync(int id, CancellationToken ct) => StepAsync(id, async c =>
    {
        var s = c.Session;
        var r = s.Finalise();
        if (r.IsFailure)
        {
            return r;
        }

        var actor = new Actor(c.User.User.Id, PlanningAccess.Actor(c.User), clock.GetUtcNow());
        var items = await db.CouncilAgendaItems.AsNoTracking().Where(a => a.SessionId == id && a.BlockedReason == null).ToListAsync(ct);
        foreach (var group in items.GroupBy(i => i.DossierId).OrderBy(g => g.Key))
        {
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM dossiers WHERE \"Id\" = {group.Key} FOR UPDATE", ct);
            var d = await db.Dossiers.SingleAsync(x => x.Id == group.Key, ct);
            if (d.Status != DossierStatus.Appraised)
            {
                return new ConflictError($"Hồ sơ \"{d.Title}\" đang ở bước \"{d.Status.Vietnamese()}\", không ghi kết quả Hội đồng được nữa. Hãy kiểm tra lại hồ sơ.");
            }

            var nominees = await db.Nominees.Where(n => n.DossierId == d.Id).ToListAsync(ct);
            foreach (var i in group)
            {
                var n = nominees.Single(x => x.Id == i.NomineeId);
                var rule = (await checks.DefinitionAsync(i.AwardCode, s.MeetingDate, ct)).Council;
                var recorded = n.RecordCouncil(i.VotesFor!.Value, i.TotalMembers!.Value, rule, CouncilSource.Ballot);
                if (recorded.IsFailure)
                {
                    return recorded;
                }
            }

            db.DossierAttachments.Add(new DossierAttachment
            {
                DossierId = d.Id, PartCode = NominationChecks.CouncilMinutes, Round = d.Round + 1, UploadedAt = clock.GetUtcNow(),
                StoredFileId = s.MinutesFileId!.Value,
            });
            var accepted = nominees.Where(n => n.Verdict == NomineeVerdict.Accepted).ToList();
            if (accepted.Any(n => n.Council is null))
            {
                continue; // others still wait for a council result (another session or the minutes form)
            }

            // The same dossier path as every other state change: history row, report to the original of an escalation.
            var steps = new DossierSteps(db, clock);
            await steps.RecordAsync(d, d.RecordCouncil(nominees, actor).Value!, ct);
            if (accepted.All(n => n.CouncilPassed == false))
            {
                var why = $"Không đạt tỷ lệ phiếu của Hội đồng Thi đua - Khen thưởng (phiên họp ngày {ViFormat.Date(s.MeetingDate)}): "
                    + string.Join("; ", accepted.Select(n => $"{n.Name} {n.CouncilVotesFor}/{n.CouncilMembers} phiếu đồng ý"));
                await steps.RecordAsync(d, d.NotAward(why.Length > 2000 ? why[..2000] : why, actor).Value!, ct);
                await NotifyAsync(d.ProposingUnitId, [Role.UnitClerk], $"Hồ sơ \"{d.Title}\": không khen thưởng. {why}", d.Id, ct);
            }
            else
            {
                await NotifyAsync(d.ReceivingUnitId, [Role.Signer], $"Hồ sơ \"{d.Title}\" đã có kết quả Hội đồng, chờ ký quyết định.", d.Id, ct);
            }
        }

        return Result.Success();
    }, "Chốt biên bản họp Hội đồng, ghi kết quả vào hồ sơ", ct);

    private async Task NotifyAsync(int unitId, Role[] roles, string text, int dossierId, CancellationToken ct)
    {
        var users = await db.RoleGrants.Where(g => g.OrgUnitId == unitId && roles.Contains(g.Role)).Select(g => g.UserId).Distinct().ToListAsync(ct);
        foreach (var u in users)
        {
            db.Notifications.Add(new Notification
            {
                UserId = u, At = clock.GetUtcNow(), Text = text.Length > 1000 ? text[..1000] : text, Url = $"/Nominations/Details/{dossierId}",
            });
        }
    }

    public async Task<Result<StoredFile>> MinutesAsync(int id, CancellationToken ct)
    {
        var loaded = await LoadAsync(id, ct);
        if (loaded.Value is not { } c)
        {
            return loaded.Error!;
        }

        return c.Session.MinutesFileId is { } f
            ? await db.StoredFiles.AsNoTracking().SingleAsync(x => x.Id == f, ct)
            : new NotFoundError("Chưa có biên bản: biên bản được lập khi kết thúc bỏ phiếu.");
    }

    /// <summary>A secretary's step on the session: row lock, decide, save, commit; the version column catches the rest.</summary>
    private async Task<Result> StepAsync(int id, Func<Ctx, Task<Result>> decide, string audit, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var loaded = await LoadAsync(id, ct, "update");
            if (loaded.Value is not { } c)
            {
                return Result.Failure(loaded.Error!);
            }

            if (!c.CanRun)
            {
                return Result.Failure(new ForbiddenError());
            }

            var r = await decide(c);
            if (r.IsFailure)
            {
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return r;
            }

            try
            {
                await db.SaveChangesAsync(new AuditNote(audit), ct);
                await tx.CommitAsync(ct);
                return Result.Success();
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return Result.Failure(new ConflictError("Phiên họp vừa được người khác thay đổi. Hãy tải lại trang rồi thực hiện lại."));
            }
        });
    }
}
