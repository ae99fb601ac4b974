using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Nominations;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;

namespace Tdkt.Web.Pages.Nominations;

/// <summary>
/// The one path a dossier's state change takes once the domain has decided it (ADR-0014): the history row, the report
/// to the original dossier of an escalation (ADR-0013) and the notifications, added to the caller's unit of work,
/// which then saves once with an explicit <see cref="AuditNote"/>. Used by <see cref="DossierService"/> and by the
/// council's finalisation, so a provincial council's result reaches the ward's original dossier too.
/// </summary>
public sealed class DossierSteps(TdktDbContext db, TimeProvider clock)
{
    /// <summary>Appends <paramref name="step"/> to <paramref name="dossier"/>'s history and runs the follow-ups. The
    /// caller holds the dossier's row lock in its transaction.</summary>
    public async Task RecordAsync(Dossier dossier, DossierTransition step, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(step);
        db.DossierTransitions.Add(step);
        await ReportToOriginAsync(dossier, step, ct);
    }

    public async Task NotifyBodyAsync(Dossier d, Role[] roles, string text, CancellationToken ct)
    {
        var users = await db.RoleGrants.Where(g => g.OrgUnitId == d.ReceivingUnitId && roles.Contains(g.Role)).Select(g => g.UserId).Distinct().ToListAsync(ct);
        Notify(users, text, d.Id);
    }

    public async Task NotifyProposerAsync(Dossier d, string text, CancellationToken ct)
    {
        var users = await db.RoleGrants.Where(g => g.OrgUnitId == d.ProposingUnitId && g.Role == Role.UnitClerk).Select(g => g.UserId).Distinct().ToListAsync(ct);
        Notify(users, text, d.Id);
    }

    private void Notify(IEnumerable<string> userIds, string text, int dossierId)
    {
        foreach (var u in userIds)
        {
            db.Notifications.Add(new Notification
            {
                UserId = u, At = clock.GetUtcNow(), Text = text.Length > 1000 ? text[..1000] : text, Url = $"/Nominations/Details/{dossierId}",
            });
        }
    }

    /// <summary>Called by every transition: a step of a dossier made by escalation adds a row to the original's
    /// timeline (same transaction; the original's row is locked after the higher one, never the other way round).</summary>
    private async Task ReportToOriginAsync(Dossier higher, DossierTransition step, CancellationToken ct)
    {
        if (higher.OriginDossierId is not { } originId)
        {
            return;
        }

        var body = await db.OrgUnits.AsNoTracking().Where(u => u.Id == higher.ReceivingUnitId).Select(u => u.Name).SingleAsync(ct);
        var report = Report(step, body);
        if (report is not { } r)
        {
            return;
        }

        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM dossiers WHERE \"Id\" = {originId} FOR UPDATE", ct);
        var origin = await db.Dossiers.SingleAsync(x => x.Id == originId, ct);
        var hasOwn = await db.Decisions.AnyAsync(x => x.DossierId == originId, ct);
        db.DossierTransitions.Add(origin.RecordHigherOutcome(r.Outcome, hasOwn, r.Text, new Actor(step.UserId, step.UserName, step.At)));
        await NotifyProposerAsync(origin, $"Hồ sơ \"{origin.Title}\": {r.Text}", ct);
        await NotifyBodyAsync(origin, [Role.Appraiser, Role.Signer], $"Hồ sơ \"{origin.Title}\": {r.Text}", ct);
    }

    /// <summary>What the original's timeline says about a step of the higher dossier (null: not reported).</summary>
    private static (HigherOutcome Outcome, string Text)? Report(DossierTransition step, string body)
    {
        var why = string.IsNullOrWhiteSpace(step.Reason) ? string.Empty : ": " + step.Reason;
        return step.Action switch
        {
            DossierAction.Submit => (HigherOutcome.Progress, $"Đã gửi lại hồ sơ trình {body}."),
            DossierAction.Receive => (HigherOutcome.Progress, $"Cấp trên ({body}) đã tiếp nhận hồ sơ trình."),
            DossierAction.Return => (HigherOutcome.Progress, $"Cấp trên ({body}) trả lại hồ sơ trình để bổ sung{why}"),
            DossierAction.CompleteAppraisal => (HigherOutcome.Progress, $"Cấp trên ({body}) đã thẩm định xong."),
            DossierAction.RecordCouncil => (HigherOutcome.Progress, $"Hội đồng Thi đua - Khen thưởng cấp trên ({body}) đã có kết quả."),
            DossierAction.Issue => (HigherOutcome.Decided, $"Cấp trên ({body}) đã ban hành {step.Reason}"),
            DossierAction.NotAward => (HigherOutcome.NotAwarded, $"Cấp trên ({body}) không khen thưởng{why}"),
            DossierAction.Revoke => (step.To == DossierStatus.Revoked ? HigherOutcome.Revoked : HigherOutcome.Progress, $"Cấp trên ({body}){why}"),
            DossierAction.Escalate => (HigherOutcome.Progress, $"Cấp trên ({body}) đã trình tiếp{why}"),
            DossierAction.HigherDecided when step.From != step.To => (HigherOutcome.Decided, $"Cấp trên{why}"),
            DossierAction.HigherNotAwarded when step.From != step.To => (HigherOutcome.NotAwarded, $"Cấp trên{why}"),
            DossierAction.HigherRevoked => (step.To == DossierStatus.Revoked ? HigherOutcome.Revoked : HigherOutcome.Progress, $"Cấp trên{why}"),
            DossierAction.HigherDecided or DossierAction.HigherNotAwarded or DossierAction.HigherProgress => (HigherOutcome.Progress, $"Cấp trên{why}"),
            DossierAction.StartAppraisal or DossierAction.ExtendDeadline or DossierAction.AcceptLate => null,
        };
    }
}
