using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Nominations;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;

namespace Tdkt.Web.Pages.Nominations;

// The council result (minutes form) and the signer's use cases on the Details page (and the API's transitions): one
// handler each, all through DossierWorkflow (ADR-0029).

public sealed record IssueCommand(SignerCapacity Capacity, string? SignerTitle, string? Wording);

/// <summary>A revocation act: the decision recipients (ids of decision_recipients) it revokes, and its grounds.</summary>
public sealed record RevokeCommand(IReadOnlyCollection<int> RecipientIds, string? Grounds);

/// <summary>Council result for one nominee, typed in from the minutes (the session's ballots record theirs at
/// finalisation with <see cref="CouncilSource.Ballot"/>).</summary>
public sealed class RecordCouncilResultHandler(TdktDbContext db, DossierWorkflow workflow, NominationChecks checks, CouncilVotingGate votingGate)
{
    public async Task<Result> HandleAsync(int id, int nomineeId, int votesFor, int totalMembers, CouncilSource source, CancellationToken ct)
    {
        var loaded = await workflow.LoadAsync(id, ct);
        if (loaded.Value is not { } c)
        {
            return loaded.Error!;
        }

        if (!NominationAccess.CanRecordCouncil(c.Scope, c.Dossier.ReceivingUnitId))
        {
            return new ForbiddenError();
        }

        if (c.Dossier.Status != DossierStatus.Appraised)
        {
            return new ConflictError("Chỉ ghi kết quả Hội đồng khi hồ sơ đã thẩm định xong và chưa chốt kết quả Hội đồng.");
        }

        if (await workflow.ClosedUnitAsync(c.Dossier, DossierAction.RecordCouncil, ct) is { } closed)
        {
            return closed;
        }

        var n = await db.Nominees.SingleOrDefaultAsync(x => x.Id == nomineeId && x.DossierId == id, ct);
        if (n is null)
        {
            return new NotFoundError();
        }

        var blocked = await votingGate.BlockedAsync([n.Id], workflow.Today, ct);
        if (blocked.TryGetValue(n.Id, out var why))
        {
            return new ConflictError(why);
        }

        var def = await checks.DefinitionAsync(n.AwardCode, workflow.Today, ct);
        var r = n.RecordCouncil(votesFor, totalMembers, def.Council, source);
        return r.IsFailure ? r.Error! : await workflow.SaveAsync(new AuditNote("Ghi kết quả Hội đồng"), ct);
    }
}

public sealed class CompleteCouncilHandler(TdktDbContext db, DossierWorkflow workflow)
{
    public Task<Result> HandleAsync(int id, uint version, CancellationToken ct) => workflow.TransitionAsync(id, version, async (c, actor) =>
    {
        if (!NominationAccess.CanRecordCouncil(c.Scope, c.Dossier.ReceivingUnitId))
        {
            return new ForbiddenError();
        }

        if (!await db.DossierAttachments.AnyAsync(a => a.DossierId == id && a.PartCode == NominationChecks.CouncilMinutes, ct)
            && c.Dossier.Status == DossierStatus.Appraised)
        {
            return new ValidationError(string.Empty, "Hãy đính kèm biên bản họp Hội đồng trước khi chốt kết quả.");
        }

        var nominees = await db.Nominees.Where(n => n.DossierId == id).ToListAsync(ct);
        var moved = c.Dossier.RecordCouncil(nominees, actor);
        if (moved.IsSuccess)
        {
            await workflow.NotifyBodyAsync(c.Dossier, [Role.Signer], $"Hồ sơ \"{c.Dossier.Title}\" đã có kết quả Hội đồng, chờ ký quyết định.", ct);
        }

        return moved;
    }, "Ghi kết quả Hội đồng", ct);
}

public sealed class EditDecisionWordingHandler(DossierWorkflow workflow)
{
    public async Task<Result> HandleAsync(int id, uint version, string? wording, CancellationToken ct)
    {
        var loaded = await workflow.LoadAsync(id, ct);
        if (loaded.Value is not { } c)
        {
            return loaded.Error!;
        }

        if (!NominationAccess.CanSign(c.Scope, c.Dossier.ReceivingUnitId) && !NominationAccess.CanAppraise(c.Scope, c.Dossier.ReceivingUnitId))
        {
            return new ForbiddenError();
        }

        var r = c.Dossier.EditDecisionWording(wording);
        return r.IsFailure ? r.Error! : await workflow.SaveAsync(new AuditNote("Sửa dự thảo quyết định"), ct, c, version);
    }
}

public sealed class NotAwardHandler(DossierWorkflow workflow)
{
    public Task<Result> HandleAsync(int id, uint version, string? reason, CancellationToken ct) => workflow.TransitionAsync(id, version, async (c, actor) =>
    {
        if (!NominationAccess.CanSign(c.Scope, c.Dossier.ReceivingUnitId))
        {
            return new ForbiddenError();
        }

        var moved = c.Dossier.NotAward(reason, actor);
        if (moved.IsSuccess)
        {
            await workflow.NotifyProposerAsync(c.Dossier, $"Hồ sơ \"{c.Dossier.Title}\": không khen thưởng. {reason}", ct);
        }

        return moved;
    }, "Không khen thưởng", ct);
}

/// <summary>Issues the decision: number from the counter row (same transaction), award money, registry records; the
/// law's steps are checked by <see cref="IssueGate"/> in <see cref="DecisionIssuer"/>.</summary>
public sealed class IssueDecisionHandler(TdktDbContext db, DossierWorkflow workflow, NominationChecks checks, CitizenIds citizenIds,
    CouncilVotingGate votingGate)
{
    public async Task<Result<int>> HandleAsync(int id, uint version, IssueCommand cmd, CancellationToken ct)
    {
        Decision? decision = null;
        var r = await workflow.TransitionAsync(id, version, async (c, actor) =>
        {
            if (!NominationAccess.CanSign(c.Scope, c.Dossier.ReceivingUnitId))
            {
                return new ForbiddenError();
            }

            if (!Dossier.CanMove(c.Dossier.Status, DossierAction.Issue))
            {
                return new IllegalTransitionError(c.Dossier.Status, DossierAction.Issue);
            }

            if (await workflow.ClosedUnitAsync(c.Dossier, DossierAction.Issue, ct) is { } closed)
            {
                return closed;
            }

            // Checked after scope and state, so a dossier outside the caller's reach still answers 404 (issue 12).
            if (string.IsNullOrWhiteSpace(c.Dossier.SubmissionNumber))
            {
                return new ValidationError("submissionNumber", DecisionIssuer.MissingSubmissionNumber);
            }

            var issued = await DecisionIssuer.IssueAsync(db, c.Dossier, c.User, cmd, workflow.Today, workflow.Now, checks, citizenIds, votingGate, ct);
            if (issued.Value is not { } dec)
            {
                return issued.Error!;
            }

            decision = dec.Decision;
            var moved = c.Dossier.Issue(dec.Recipients, dec.Decision.Number, actor);
            if (moved.IsSuccess)
            {
                await workflow.NotifyProposerAsync(c.Dossier, $"Đã ban hành Quyết định số {dec.Decision.Number} cho hồ sơ \"{c.Dossier.Title}\".", ct);
            }

            return moved;
        }, "Ban hành quyết định khen thưởng", ct);
        return r.IsSuccess ? decision!.Id : r.Error!;
    }
}

/// <summary>Revocation (hủy bỏ, thu hồi — Law Art. 93) by the signer of the issuing body: a new act with its own
/// number from the same gap-free sequence, linked to the decision, revoking some or all recipients
/// (<see cref="RevocationRules"/>). The decision, its list and the award records stay as they were; revoked_awards
/// marks which no longer count. One save, in the workflow's transaction.</summary>
public sealed class RevokeDecisionHandler(TdktDbContext db, DossierWorkflow workflow)
{
    public async Task<Result<int>> HandleAsync(int id, uint version, RevokeCommand cmd, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cmd);
        Revocation? act = null;
        var r = await workflow.TransitionAsync(id, version, async (c, actor) =>
        {
            if (!NominationAccess.CanSign(c.Scope, c.Dossier.ReceivingUnitId))
            {
                return new ForbiddenError();
            }

            var decision = await db.Decisions.AsNoTracking().SingleOrDefaultAsync(x => x.DossierId == id, ct);
            if (decision is null || c.Dossier.Status != DossierStatus.Decided)
            {
                return new IllegalTransitionError(c.Dossier.Status, DossierAction.Revoke);
            }

            var recipients = await db.DecisionRecipients.AsNoTracking().Where(x => x.DecisionId == decision.Id).ToListAsync(ct);
            var revokedBefore = (await db.RevokedAwards.AsNoTracking().Where(x => recipients.Select(y => y.Id).Contains(x.DecisionRecipientId))
                .Select(x => x.DecisionRecipientId).ToListAsync(ct)).ToHashSet();
            var check = RevocationRules.Check(cmd.RecipientIds, [.. recipients.Select(x => new RevocableRecipient(x.Id, x.Name, revokedBefore.Contains(x.Id)))],
                decision.Number, cmd.Grounds);
            if (check.IsFailure)
            {
                return check.Error!;
            }

            var moved = c.Dossier.Revoke(cmd.Grounds, check.Value, actor);
            if (moved.IsFailure)
            {
                return moved;
            }

            var chosen = cmd.RecipientIds.ToHashSet();
            var today = workflow.Today;
            var seq = await DecisionIssuer.TakeNumberAsync(db, decision.IssuingUnitId, today.Year, ct);
            act = new Revocation
            {
                DecisionId = decision.Id, Grounds = cmd.Grounds!.Trim(), RevokedOn = today,
                ActNumber = $"{seq:00}/{DecisionIssuer.Symbol(decision.IssuingBodyName)}",
                UserId = c.User.User.Id, UserName = c.User.User.FullName, At = workflow.Now,
            };
            db.Revocations.Add(act); // HiLo: the act's id exists before the save, so its lines go in the one save
            db.RevokedAwards.AddRange(recipients.Where(x => chosen.Contains(x.Id))
                .Select(x => new RevokedAward { RevocationId = act.Id, DecisionRecipientId = x.Id, AwardRecordId = x.AwardRecordId }));
            await workflow.NotifyProposerAsync(c.Dossier, $"Quyết định số {act.ActNumber} hủy bỏ, thu hồi khen thưởng theo Quyết định số {decision.Number} (hồ sơ \"{c.Dossier.Title}\").", ct);
            var names = string.Join(", ", recipients.Where(x => chosen.Contains(x.Id)).Select(x => x.Name));
            var reason = $"Quyết định số {act.ActNumber} hủy bỏ, thu hồi khen thưởng của {names}. Căn cứ: {act.Grounds}";
            return new DossierTransition(id, moved.Value!.From, moved.Value.To, DossierAction.Revoke, reason.Length > 2000 ? reason[..2000] : reason, actor);
        }, "Hủy bỏ, thu hồi khen thưởng", ct);
        return r.IsSuccess ? act!.Id : r.Error!;
    }
}
