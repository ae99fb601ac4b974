using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;
using Tdkt.Domain.Council;
using Tdkt.Domain.Nominations;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.Nominations;
using Tdkt.Web.Pages.Notices;
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

/// <summary>A session loaded for a use case: who asks, their seat on the council if any, and whether they run it.</summary>
public sealed record CouncilSessionContext(CouncilSession Session, CurrentUser.Loaded User, CouncilMember? Me, bool CanRun);

/// <summary>
/// The one workflow core of the council session aggregate (ADR-0010, ADR-0029): load scoped (row-locked FOR UPDATE for
/// a secretary's step, FOR SHARE for a ballot), authorize, let Tdkt.Domain.Council decide, save once with an explicit
/// <see cref="AuditNote"/>. Every use case handler of the Council pages and API goes through it; the dossiers a session
/// moves go through <see cref="DossierWorkflow"/>.
/// </summary>
public sealed class CouncilSessionWorkflow(TdktDbContext db, CurrentUser me, TimeProvider clock, TdktSettings settings,
    CitizenIds citizenIds, NominationChecks checks, CouncilVotingGate votingGate)
{
    public const string AlreadyVoted = "Thành viên này đã bỏ phiếu cho đối tượng này; mỗi thành viên chỉ bỏ một phiếu.";

    public const string ChangedMessage = "Phiên họp vừa được người khác thay đổi. Hãy tải lại trang rồi thực hiện lại.";

    public DateOnly Today => clock.Today(settings);

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>Adds the nominees waiting for this council's ballot: dossiers addressed to the unit, appraised,
    /// accepted, no council result yet, whose award needs a ballot on the meeting date, not on another open agenda.</summary>
    public async Task AddAgendaAsync(CouncilSession s, CancellationToken ct)
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

    /// <summary>The session as the caller may see it (404 otherwise); <paramref name="lockMode"/> "update" or "share" locks its row.</summary>
    public async Task<Result<CouncilSessionContext>> LoadAsync(int id, CancellationToken ct, string? lockMode = null)
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

        return new CouncilSessionContext(s, u, mine, CouncilAccess.CanRun(u.Scope, s.OrgUnitId));
    }

    public async Task<SessionView> ViewAsync(CouncilSessionContext c, CancellationToken ct)
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

    public static string? Conflict(CouncilMember m, NomineeFacts n, CouncilSession s) =>
        ConflictOfInterest.Reason(new MemberFacts(m.DisplayName, m.BirthYear, m.CitizenIdHash, m.HomeUnitId), n, s.ExcludeSameUnit);

    /// <summary>One ballot: checks, participation row (primary key → exactly once), open vote row (open ballots only),
    /// counter bump by SQL in the same transaction. Commits when <paramref name="tx"/> is given.</summary>
    public async Task<Result> CastAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? tx, CouncilSessionContext c, CouncilMember member,
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
        var note = new AuditNote(s.SecretBallot
            ? (inWriting ? "Ghi phiếu bằng văn bản (bỏ phiếu kín): đã bỏ phiếu" : "Bỏ phiếu kín: đã bỏ phiếu")
            : (inWriting ? "Ghi phiếu bằng văn bản (bỏ phiếu công khai)" : "Bỏ phiếu công khai"));
        try
        {
            await db.SaveChangesAsync(note, ct);
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

    /// <summary>The council's unit closed before today: it no longer votes (<see cref="ClosedUnits"/>).</summary>
    public async Task<ConflictError?> ClosedCouncilAsync(CouncilSession s, string what, CancellationToken ct)
    {
        var unit = await db.OrgUnits.AsNoTracking().Where(u => u.Id == s.OrgUnitId).Select(u => new { u.Name, u.ValidTo }).SingleAsync(ct);
        return ClosedUnits.Refuse("Hội đồng Thi đua - Khen thưởng " + unit.Name, unit.ValidTo, Today, what);
    }

    public async Task<string?> ParentNameAsync(int unitId, CancellationToken ct) =>
        await db.OrgUnits.AsNoTracking().Where(x => x.Id == unitId).Select(x => x.ParentId)
            .Join(db.OrgUnits, p => p, x => x.Id, (p, x) => x.Name).FirstOrDefaultAsync(ct);

    /// <summary>A secretary's step on the session: row lock, decide, save, commit; the version column catches the rest.</summary>
    public async Task<Result> StepAsync(int id, Func<CouncilSessionContext, Task<Result>> decide, string action, CancellationToken ct)
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
                await db.SaveChangesAsync(new AuditNote(action), ct);
                await tx.CommitAsync(ct);
                return Result.Success();
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return Result.Failure(new ConflictError(ChangedMessage));
            }
        });
    }
}
