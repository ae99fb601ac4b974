using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;
using Tdkt.Domain.Nominations;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;

namespace Tdkt.Web.Pages.Nominations;

/// <summary>One nominee that escalation carries up (or would).</summary>
public sealed record EscalatedNominee(int Id, string Name, string AwardName, DecidingLevel Level);

/// <summary>What "Trình cấp trên" would do with a dossier now: who goes up, to whom, and what still blocks it
/// (<paramref name="Missing"/>: nominees for higher forms that lack a step the law requires at this level).</summary>
public sealed record EscalationPlan(IReadOnlyList<EscalatedNominee> Higher, int OwnPending, string Target, bool External,
    IReadOnlyList<string> Missing);

/// <summary>Escalation (trình cấp trên, ADR-0013): what "Trình cấp trên" would do with a dossier now. The lower body's
/// passed nominees for forms above its authority become a new dossier addressed to the higher body (or, above the
/// province, are recorded as sent to the central level).</summary>
public sealed class EscalationPlanner(TdktDbContext db, DossierWorkflow workflow, NominationChecks checks, CouncilVotingGate votingGate)
{
    private DateOnly Today => workflow.Today;

    public async Task<Result<EscalationPlan>> HandleAsync(int id, CancellationToken ct)
    {
        var loaded = await workflow.LoadAsync(id, ct);
        if (loaded.Value is not { } c)
        {
            return loaded.Error!;
        }

        return NominationAccess.CanEscalate(c.Scope, c.Dossier.ReceivingUnitId) ? await PlanAsync(c.Dossier, ct) : new NotFoundError();
    }

    public async Task<EscalationPlan> PlanAsync(Dossier d, CancellationToken ct)
    {
        var body = await db.UnitAsync(d.ReceivingUnitId, ct) ?? throw new InvalidOperationException($"Unit {d.ReceivingUnitId} is missing.");
        var authority = Authority.Of(body.ParentId is null);
        var hasOwnDecision = await db.Decisions.AnyAsync(x => x.DossierId == d.Id, ct);
        var higher = new List<EscalatedNominee>();
        var missing = new List<string>();
        var ownPending = 0;
        var nominees = await db.Nominees.AsNoTracking().Where(n => n.DossierId == d.Id).OrderBy(n => n.Id).ToListAsync(ct);
        var steps = await votingGate.StepsAsync(nominees, Today, ct);
        foreach (var n in nominees)
        {
            var def = await checks.DefinitionAsync(n.AwardCode, Today, ct);
            // The public notice is the deciding province's step: a lower body escalating to it needs only its ballot.
            var step = authority == DecidingLevel.Province ? steps[n.Id] : steps[n.Id] with { NoticeRequired = false };
            var (standing, why) = IssueGate.Standing(n, step, Today);
            if (standing == RecipientStanding.MissingStep && Authority.IsAbove(def.DecidingLevel, authority))
            {
                missing.Add(why!);
            }

            if (standing != RecipientStanding.Recipient)
            {
                continue;
            }

            if (Authority.IsAbove(def.DecidingLevel, authority))
            {
                higher.Add(new EscalatedNominee(n.Id, n.Name, def.Name, def.DecidingLevel));
            }
            else if (!hasOwnDecision)
            {
                ownPending++;
            }
        }

        if (authority == DecidingLevel.Province)
        {
            var top = higher.Count == 0 ? DecidingLevel.PrimeMinister : higher.Min(h => h.Level);
            return new EscalationPlan(higher, ownPending, Authority.CentralBody(top), External: true, missing);
        }

        var province = (await db.UnitAsync(OrgPathRoot(body.Path), ct))?.Name ?? string.Empty;
        return new EscalationPlan(higher, ownPending, province, External: false, missing);
    }

    internal static int OrgPathRoot(string path) => Domain.Organizations.OrgPath.Ids(path)[0];

}

/// <summary>Trình cấp trên, exactly once (row lock + version, through the workflow); the higher level's steps flow
/// back to the original's timeline (<see cref="DossierWorkflow.ApplyAsync"/>).</summary>
public sealed class EscalateDossierHandler(TdktDbContext db, DossierWorkflow workflow, EscalationPlanner planner)
{
    /// <summary>Returns the new dossier's id, or null when the higher level is outside the system (central level).</summary>
    public async Task<Result<int?>> HandleAsync(int id, uint version, CancellationToken ct)
    {
        int? created = null;
        var r = await workflow.TransitionAsync(id, version, async (c, actor) =>
        {
            if (!NominationAccess.CanEscalate(c.Scope, c.Dossier.ReceivingUnitId))
            {
                return new ForbiddenError();
            }

            var plan = await planner.PlanAsync(c.Dossier, ct);
            if (IssueGate.Refusal(plan.Missing, "trình cấp trên") is { } refusal)
            {
                return new ConflictError(refusal);
            }

            var moved = c.Dossier.Escalate(plan.Higher.Count, plan.OwnPending, plan.Target, actor);
            if (moved.IsFailure)
            {
                return moved;
            }

            if (plan.External)
            {
                c.Dossier.LinkExternalEscalation(plan.Target);
            }
            else
            {
                created = await CreateHigherDossierAsync(c.Dossier, plan, actor, ct);
            }

            await workflow.NotifyProposerAsync(c.Dossier, $"Hồ sơ \"{c.Dossier.Title}\" đã được trình {plan.Target}.", ct);
            return moved;
        }, "Trình cấp trên", ct);
        return r.IsSuccess ? created : r.Error!;
    }

    private async Task<int> CreateHigherDossierAsync(Dossier origin, EscalationPlan plan, Actor actor, CancellationToken ct)
    {
        var lower = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Id == origin.ReceivingUnitId, ct);
        var higherBody = await NominationAccess.ReceivingUnitAsync(db, lower.Path, DecidingLevel.Province, ct) ?? EscalationPlanner.OrgPathRoot(lower.Path);
        var higher = Dossier.CreateEscalated(origin, lower.Id, higherBody, lower.Name, actor);
        db.Dossiers.Add(higher); // HiLo: the id exists before the save
        origin.LinkEscalation(higher.Id);
        workflow.Begin(higher.SubmitEscalated(actor).Value!);

        var carried = plan.Higher.Select(h => h.Id).ToHashSet();
        var copies = new Dictionary<int, int>();
        foreach (var n in await db.Nominees.AsNoTracking().Where(n => n.DossierId == origin.Id).OrderBy(n => n.Id).ToListAsync(ct))
        {
            if (carried.Contains(n.Id))
            {
                var copy = Nominee.CopyForEscalation(higher.Id, n);
                db.Nominees.Add(copy);
                copies[n.Id] = copy.Id;
            }
        }

        // The original's documents go with it by reference (same stored file, no copy of the bytes): dossier-wide
        // parts, the carried nominees' parts, and the lower council's minutes under their own part code.
        var files = await db.DossierAttachments.AsNoTracking().Where(a => a.DossierId == origin.Id).OrderBy(a => a.Id).ToListAsync(ct);
        foreach (var a in files.Where(a => a.NomineeId is null || copies.ContainsKey(a.NomineeId.Value)))
        {
            db.DossierAttachments.Add(new DossierAttachment
            {
                DossierId = higher.Id, NomineeId = a.NomineeId is { } nid ? copies[nid] : null,
                PartCode = a.PartCode == NominationChecks.CouncilMinutes ? DossierWorkflow.LowerCouncilMinutes : a.PartCode,
                StoredFileId = a.StoredFileId, Round = 1, UploadedAt = a.UploadedAt,
            });
        }

        await workflow.NotifyBodyAsync(higher, [Role.Appraiser], $"{lower.Name} trình hồ sơ \"{higher.Title}\", chờ tiếp nhận.", ct);
        return higher.Id;
    }

}

/// <summary>The central level's outcome, recorded by the province's signer or appraiser on a dossier escalated
/// outside the system (ADR-0013). Award records for central forms are not written (see the ADR).</summary>
public sealed class RecordCentralOutcomeHandler(TdktDbContext db, DossierWorkflow workflow, EscalationPlanner planner)
{
    public Task<Result> HandleAsync(int id, uint version, bool awarded, string? text, CancellationToken ct) =>
        workflow.TransitionAsync(id, version, async (c, actor) =>
        {
            var d = c.Dossier;
            if (!NominationAccess.CanSign(c.Scope, d.ReceivingUnitId) && !NominationAccess.CanAppraise(c.Scope, d.ReceivingUnitId))
            {
                return new ForbiddenError();
            }

            if (d.EscalatedToExternal is null || d.EscalationClosed)
            {
                return new ConflictError("Chỉ ghi kết quả của cấp Trung ương cho hồ sơ đã trình Trung ương và chưa có kết quả. Có thể người khác vừa ghi — hãy tải lại trang.");
            }

            if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > 1000)
            {
                return new ValidationError("Text", awarded
                    ? "Hãy ghi số, ngày quyết định của cấp Trung ương (ví dụ \"Quyết định số 123/QĐ-TTg ngày 05/3/2024\"), tối đa 1000 ký tự."
                    : "Hãy ghi lý do, văn bản thông báo không khen thưởng của cấp Trung ương (tối đa 1000 ký tự).");
            }

            if (awarded && IssueGate.Refusal((await planner.PlanAsync(d, ct)).Missing, "ghi kết quả khen thưởng của cấp Trung ương") is { } refusal)
            {
                return new ConflictError(refusal);
            }

            var hasOwn = await db.Decisions.AnyAsync(x => x.DossierId == id, ct);
            var what = awarded ? $"đã quyết định khen thưởng: {text.Trim()}" : $"không khen thưởng: {text.Trim()}";
            await workflow.NotifyProposerAsync(d, $"Kết quả của cấp Trung ương cho hồ sơ \"{d.Title}\": {what}", ct);
            return d.RecordHigherOutcome(awarded ? HigherOutcome.Decided : HigherOutcome.NotAwarded, hasOwn, $"{d.EscalatedToExternal} {what}", actor);
        }, "Ghi kết quả của cấp Trung ương", ct);
}
