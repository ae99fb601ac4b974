using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Council;
using Tdkt.Domain.Nominations;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Nominations;
using Tdkt.Web.Pages.Shared;

namespace Tdkt.Web.Pages.Council;

// Session page use cases (and /api/v1/council/sessions/{id}/…), one handler each, all through CouncilSessionWorkflow (ADR-0029).

public sealed class RefreshAgendaHandler(CouncilSessionWorkflow workflow)
{
    public Task<Result> HandleAsync(int sessionId, CancellationToken ct) => workflow.StepAsync(sessionId, async c =>
    {
        var r = c.Session.EnsurePreparing();
        if (r.IsSuccess)
        {
            await workflow.AddAgendaAsync(c.Session, ct);
        }

        return r;
    }, "Cập nhật chương trình phiên họp Hội đồng", ct);
}

public sealed class RecordAttendanceHandler(TdktDbContext db, CouncilSessionWorkflow workflow)
{
    public Task<Result> HandleAsync(int id, IReadOnlyCollection<int> presentMemberIds, CancellationToken ct) => workflow.StepAsync(id, async c =>
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
}

public sealed class OpenVotingHandler(TdktDbContext db, CouncilSessionWorkflow workflow, CouncilVotingGate votingGate)
{
    /// <summary>Opens voting once the quorum is met; asks the voting gate which nominees are blocked (and keeps why).</summary>
    public Task<Result> HandleAsync(int id, CancellationToken ct) => workflow.StepAsync(id, async c =>
    {
        var rows = await db.CouncilAttendance.AsNoTracking().Where(a => a.SessionId == id).ToListAsync(ct);
        var items = await db.CouncilAgendaItems.Where(a => a.SessionId == id).ToListAsync(ct);
        // Every nominee on the agenda whose notice was published: the notice must have ended with no open objection.
        var agendaIds = items.Select(i => i.NomineeId).ToList();
        var agendaNominees = await db.Nominees.AsNoTracking().Where(n => agendaIds.Contains(n.Id)).ToListAsync(ct);
        var steps = await votingGate.StepsAsync(agendaNominees, workflow.Today, ct);
        var running = agendaNominees.Where(n => steps[n.Id].NoticeEnd is not null).Select(n => steps[n.Id].NoticeBlocker(n.Name, workflow.Today))
            .OfType<string>().ToList();
        if (await workflow.ClosedCouncilAsync(c.Session, "mở bỏ phiếu", ct) is { } closed)
        {
            return closed;
        }

        var r = c.Session.OpenVoting(rows.Count(a => a.Present), rows.Count, workflow.Today, running);
        if (r.IsFailure)
        {
            return r;
        }

        if (items.Count == 0)
        {
            return new ValidationError(string.Empty, "Chương trình họp chưa có đối tượng nào cần Hội đồng bỏ phiếu.");
        }

        var blocked = await votingGate.BlockedAsync([.. items.Select(i => i.NomineeId)], workflow.Today, ct);
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
}

public sealed class CastVoteHandler(TdktDbContext db, CouncilSessionWorkflow workflow)
{
    /// <summary>The caller votes (agree / disagree) on one nominee, once.</summary>
    public async Task<Result> HandleAsync(int id, int nomineeId, bool agree, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var loaded = await workflow.LoadAsync(id, ct, "share");
            if (loaded.Value is not { } c)
            {
                return Result.Failure(loaded.Error!);
            }

            if (c.Me is null)
            {
                return Result.Failure(new ForbiddenError());
            }

            var present = await db.CouncilAttendance.AsNoTracking().AnyAsync(a => a.SessionId == id && a.MemberId == c.Me.Id && a.Present, ct);
            return await workflow.CastAsync(tx, c, c.Me, nomineeId, agree, present, inWriting: false, ct);
        });
    }
}

public sealed class RecordWrittenOpinionHandler(TdktDbContext db, CouncilSessionWorkflow workflow)
{
    /// <summary>The secretary records an absent member's written opinion (file attached) with a choice per nominee.</summary>
    public async Task<Result> HandleAsync(int id, int memberId, string? fileName, byte[] content, IReadOnlyDictionary<int, bool> choices, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var loaded = await workflow.LoadAsync(id, ct, "share");
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
                var file = FileResults.NewFile(fileName, kind.Value!, content, c.Session.OrgUnitId, c.User.User.Id, workflow.Now);
                db.StoredFiles.Add(file);
                attendance.WrittenOpinionFileId = file.Id;
            }

            foreach (var (nomineeId, agree) in choices)
            {
                var r = await workflow.CastAsync(null, c, member, nomineeId, agree, attendance.Present, inWriting: true, ct);
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
}

public sealed class ElectCountingCommitteeHandler(TdktDbContext db, CouncilSessionWorkflow workflow)
{
    /// <summary>Records the Ban kiểm phiếu the council elected at the session (secret ballot): a head and at least two
    /// more members, all present by the attendance (<see cref="CountingCommitteeRules"/>).</summary>
    public Task<Result> HandleAsync(int id, int? headId, IReadOnlyCollection<int> memberIds, CancellationToken ct) => workflow.StepAsync(id, async c =>
    {
        var present = await db.CouncilAttendance.AsNoTracking().Where(a => a.SessionId == id && a.Present).Select(a => a.MemberId).ToListAsync(ct);
        return c.Session.ElectCountingCommittee(headId, memberIds, present);
    }, "Ghi Ban kiểm phiếu do Hội đồng bầu tại phiên họp", ct);
}

public sealed class CloseVotingHandler(TdktDbContext db, CouncilSessionWorkflow workflow, NominationChecks checks)
{
    /// <summary>Closes voting: counters → results on ALL members in office by the award's rule on the meeting date;
    /// drafts the minutes and vote-count record (.docx).</summary>
    public Task<Result> HandleAsync(int id, CancellationToken ct) => workflow.StepAsync(id, async c =>
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
        var present = await db.CouncilAttendance.AsNoTracking().Where(a => a.SessionId == id && a.Present).Select(a => a.MemberId).ToListAsync(ct);
        var r = s.CloseVoting(placeholder.Id, present);
        if (r.IsFailure)
        {
            db.StoredFiles.Remove(placeholder);
            return r;
        }

        var view = await workflow.ViewAsync(c, ct);
        var closedView = view with
        {
            Agenda = [.. view.Agenda.Select(a => items.Single(i => i.NomineeId == a.NomineeId) is var i
                ? a with { Agree = i.VotesFor, Disagree = i.VotesAgainst, Total = i.TotalMembers, Passed = i.Passed } : a)],
        };
        var bytes = CouncilMinutesDocument.Build(closedView, await workflow.ParentNameAsync(s.OrgUnitId, ct), workflow.Today);
        var file = FileResults.NewFile($"bien-ban-hop-hoi-dong-{s.Id}.docx",
            new UploadKind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"), bytes, s.OrgUnitId,
            c.User.User.Id, workflow.Now);
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
}

public sealed class FinaliseSessionHandler(TdktDbContext db, CouncilSessionWorkflow workflow, DossierWorkflow dossiers, NominationChecks checks)
{
    /// <summary>Finalises the minutes: attaches them to each dossier as the council-minutes part, records each
    /// nominee's result (as the minutes flow does, source Ballot), moves each dossier whose accepted nominees all have
    /// a result to "Đã có kết quả Hội đồng" — and on to "Không khen thưởng" when none of them passed.</summary>
    public Task<Result> HandleAsync(int id, CancellationToken ct) => workflow.StepAsync(id, async c =>
    {
        var s = c.Session;
        var r = s.Finalise();
        if (r.IsFailure)
        {
            return r;
        }

        var actor = dossiers.ActorOf(c.User);
        var items = await db.CouncilAgendaItems.AsNoTracking().Where(a => a.SessionId == id && a.BlockedReason == null).ToListAsync(ct);
        foreach (var group in items.GroupBy(i => i.DossierId).OrderBy(g => g.Key))
        {
            await dossiers.LockAsync(group.Key, ct);
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
                DossierId = d.Id, PartCode = NominationChecks.CouncilMinutes, Round = d.Round + 1, UploadedAt = workflow.Now,
                StoredFileId = s.MinutesFileId!.Value,
            });
            var outcome = CouncilPassRule.For(nominees);
            if (outcome == DossierCouncilOutcome.Waiting)
            {
                continue; // others still wait for a council result (another session or the minutes form)
            }

            // The same dossier path as every other state change: history row, report to the original of an escalation.
            var recordedStep = await dossiers.ApplyAsync(d, d.RecordCouncil(nominees, actor), ct);
            if (recordedStep.IsFailure)
            {
                return recordedStep.Error!;
            }

            if (outcome == DossierCouncilOutcome.NonePassed)
            {
                var why = CouncilPassRule.NotAwardedReason(s.MeetingDate, nominees);
                var notAwarded = await dossiers.ApplyAsync(d, d.NotAward(why, actor), ct);
                if (notAwarded.IsFailure)
                {
                    return notAwarded.Error!;
                }

                await dossiers.NotifyProposerAsync(d, $"Hồ sơ \"{d.Title}\": không khen thưởng. {why}", ct);
            }
            else
            {
                await dossiers.NotifyBodyAsync(d, [Role.Signer], $"Hồ sơ \"{d.Title}\" đã có kết quả Hội đồng, chờ ký quyết định.", ct);
            }
        }

        return Result.Success();
    }, "Chốt biên bản họp Hội đồng, ghi kết quả vào hồ sơ", ct);
}
