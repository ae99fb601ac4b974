using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Nominations;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;

namespace Tdkt.Web.Pages.Nominations;

// The receiving body's use cases on the Details page (and the API's transitions): one handler each, all through
// DossierWorkflow (ADR-0029).

public sealed class ReceiveDossierHandler(DossierWorkflow workflow)
{
    public Task<Result> HandleAsync(int id, uint version, CancellationToken ct) => workflow.TransitionAsync(id, version, async (c, actor) =>
    {
        if (!NominationAccess.CanAppraise(c.Scope, c.Dossier.ReceivingUnitId))
        {
            return new ForbiddenError();
        }

        var moved = c.Dossier.Receive(workflow.Today, actor);
        if (moved.IsSuccess)
        {
            await workflow.NotifyProposerAsync(c.Dossier, $"Hồ sơ \"{c.Dossier.Title}\" đã được tiếp nhận.", ct);
        }

        return moved;
    }, "Tiếp nhận hồ sơ", ct);
}

/// <summary>Trả lại để bổ sung with a supplement deadline (default: the receiving body's province setting
/// <see cref="Tdkt.Domain.Awards.JurisdictionSettings.SupplementWorkingDays"/> working days from today), independent of
/// the original deadline.</summary>
public sealed class ReturnDossierHandler(DossierWorkflow workflow, NominationChecks checks, Tdkt.Web.Pages.Awards.AwardData awards)
{
    public Task<Result> HandleAsync(int id, uint version, string? reason, DateOnly? supplementBefore, CancellationToken ct) =>
        workflow.TransitionAsync(id, version, async (c, actor) =>
        {
            if (!NominationAccess.CanAppraise(c.Scope, c.Dossier.ReceivingUnitId))
            {
                return new ForbiddenError();
            }

            var due = supplementBefore ?? (await checks.CalendarAsync(ct))
                .AddWorkingDays(workflow.Today, (await awards.SettingsForUnitAsync(c.Dossier.ReceivingUnitId, ct)).SupplementWorkingDays).AddDays(1);
            var moved = c.Dossier.Return(reason, due, workflow.Today, actor);
            if (moved.IsSuccess)
            {
                await workflow.NotifyProposerAsync(c.Dossier, $"Hồ sơ \"{c.Dossier.Title}\" bị trả lại: {reason}", ct);
            }

            return moved;
        }, "Trả lại hồ sơ", ct);
}

/// <summary>Gia hạn nộp for one dossier, by the receiving body's appraiser (also on a draft addressed to it).</summary>
public sealed class ExtendDeadlineHandler(DossierWorkflow workflow)
{
    public Task<Result> HandleAsync(int id, uint version, DateOnly? newDeadline, string? reason, CancellationToken ct) =>
        workflow.TransitionAsync(id, version, (c, actor) => Task.FromResult(NominationAccess.CanAppraise(c.Scope, c.Dossier.ReceivingUnitId)
            ? c.Dossier.ExtendDeadline(newDeadline, reason, workflow.Today, actor)
            : (Result<DossierTransition>)new ForbiddenError()), "Gia hạn nộp hồ sơ", ct, bodyMayActOnDraft: true);
}

/// <summary>Chấp nhận nộp muộn for one dossier, by the receiving body's appraiser.</summary>
public sealed class AcceptLateHandler(DossierWorkflow workflow)
{
    public Task<Result> HandleAsync(int id, uint version, string? reason, CancellationToken ct) =>
        workflow.TransitionAsync(id, version, (c, actor) => Task.FromResult(NominationAccess.CanAppraise(c.Scope, c.Dossier.ReceivingUnitId)
            ? c.Dossier.AcceptLate(reason, actor)
            : (Result<DossierTransition>)new ForbiddenError()), "Chấp nhận nộp muộn", ct, bodyMayActOnDraft: true);
}

/// <summary>The appraiser's verdict on one nominee; the first one starts the appraisal (history row through the
/// workflow). Accepting a nominee who fails a criterion of the eligibility check needs a reason, kept on the nominee
/// and in the audit row.</summary>
public sealed class AppraiseNomineeHandler(TdktDbContext db, DossierWorkflow workflow, NominationChecks checks)
{
    public async Task<Result> HandleAsync(int id, int nomineeId, bool accept, string? reason, CancellationToken ct)
    {
        var loaded = await workflow.LoadAsync(id, ct);
        if (loaded.Value is not { } c)
        {
            return loaded.Error!;
        }

        if (!NominationAccess.CanAppraise(c.Scope, c.Dossier.ReceivingUnitId))
        {
            return new ForbiddenError();
        }

        var n = await db.Nominees.SingleOrDefaultAsync(x => x.Id == nomineeId && x.DossierId == id, ct);
        if (n is null)
        {
            return new NotFoundError();
        }

        if (c.Dossier.Status == DossierStatus.Received)
        {
            var started = await workflow.ApplyAsync(c.Dossier, c.Dossier.StartAppraisal(workflow.ActorOf(c.User)), ct);
            if (started.IsFailure)
            {
                db.ChangeTracker.Clear();
                return started.Error!;
            }
        }
        else if (c.Dossier.Status != DossierStatus.UnderAppraisal)
        {
            return new ConflictError("Chỉ ghi kết quả thẩm định khi hồ sơ đã tiếp nhận và đang thẩm định.");
        }
        else if (await workflow.ClosedUnitAsync(c.Dossier, DossierAction.StartAppraisal, ct) is { } closed)
        {
            return closed;
        }

        IReadOnlyCollection<string> unmet = [];
        if (accept)
        {
            var check = (await checks.CheckAsync(c.Dossier, workflow.Today, withEligibility: true, ct)).Single(x => x.Nominee.Id == n.Id);
            unmet = check.Eligibility is { } e ? [.. e.Criteria.Where(x => x.Required && !x.Met).Select(x => x.Message)] : [];
        }

        var r = n.Appraise(accept, reason, unmet);
        if (r.IsFailure)
        {
            db.ChangeTracker.Clear();
            return r.Error!;
        }

        var action = !accept ? "Thẩm định: không đề nghị"
            : unmet.Count > 0 ? "Thẩm định: vẫn đề nghị khen thưởng dù chưa đạt tiêu chuẩn" : "Thẩm định: đề nghị khen thưởng";
        var why = unmet.Count > 0 ? $"{n.VerdictReason} (chưa đạt: {string.Join("; ", unmet)})" : reason;
        return await workflow.SaveAsync(new AuditNote(action, why is { Length: > 2000 } ? why[..2000] : why), ct);
    }
}

public sealed class ConsultAgencyHandler(TdktDbContext db, DossierWorkflow workflow)
{
    public async Task<Result<int>> HandleAsync(int id, string? agency, string? question, DateOnly? askedOn, CancellationToken ct)
    {
        var loaded = await workflow.LoadAsync(id, ct);
        if (loaded.Value is not { } c)
        {
            return loaded.Error!;
        }

        if (!NominationAccess.CanAppraise(c.Scope, c.Dossier.ReceivingUnitId))
        {
            return new ForbiddenError();
        }

        if (c.Dossier.Status is not (DossierStatus.Received or DossierStatus.UnderAppraisal))
        {
            return new ConflictError("Chỉ xin ý kiến trong thời gian thẩm định.");
        }

        if (string.IsNullOrWhiteSpace(agency) || string.IsNullOrWhiteSpace(question))
        {
            return new ValidationError("Agency", "Hãy nhập cơ quan được xin ý kiến (Công an, Thuế, Thanh tra…) và nội dung.");
        }

        var q = new ConsultationRequest { DossierId = id, Agency = agency.Trim(), Question = question.Trim(), AskedOn = askedOn ?? workflow.Today };
        db.ConsultationRequests.Add(q);
        var saved = await workflow.SaveAsync(new AuditNote("Xin ý kiến cơ quan"), ct);
        return saved.IsSuccess ? q.Id : saved.Error!;
    }
}

public sealed class AnswerConsultationHandler(TdktDbContext db, DossierWorkflow workflow)
{
    public async Task<Result> HandleAsync(int id, int requestId, string? answer, DateOnly? answeredOn, CancellationToken ct)
    {
        var loaded = await workflow.LoadAsync(id, ct);
        if (loaded.Value is not { } c)
        {
            return loaded.Error!;
        }

        if (!NominationAccess.CanAppraise(c.Scope, c.Dossier.ReceivingUnitId))
        {
            return new ForbiddenError();
        }

        var q = await db.ConsultationRequests.SingleOrDefaultAsync(x => x.Id == requestId && x.DossierId == id, ct);
        if (q is null)
        {
            return new NotFoundError();
        }

        if (string.IsNullOrWhiteSpace(answer))
        {
            return new ValidationError("Answer", "Hãy nhập ý kiến trả lời.");
        }

        q.Answer = answer.Trim();
        q.AnsweredOn = answeredOn ?? workflow.Today;
        return await workflow.SaveAsync(new AuditNote("Ghi ý kiến trả lời"), ct);
    }
}

public sealed class CompleteAppraisalHandler(TdktDbContext db, DossierWorkflow workflow)
{
    public Task<Result> HandleAsync(int id, uint version, CancellationToken ct) => workflow.TransitionAsync(id, version, async (c, actor) =>
    {
        if (!NominationAccess.CanAppraise(c.Scope, c.Dossier.ReceivingUnitId))
        {
            return new ForbiddenError();
        }

        var nominees = await db.Nominees.Where(n => n.DossierId == id).ToListAsync(ct);
        var moved = c.Dossier.CompleteAppraisal(nominees, actor);
        if (moved.IsSuccess)
        {
            await workflow.NotifyBodyAsync(c.Dossier, [Role.Signer, Role.CouncilSecretary], $"Hồ sơ \"{c.Dossier.Title}\" đã thẩm định xong.", ct);
        }

        return moved;
    }, "Hoàn thành thẩm định", ct);
}
