using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Nominations;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;

namespace Tdkt.Web.Pages.Nominations;

/// <summary>In-app reminders 3 working days before a deadline: the submission deadline ("trước ngày …") to the
/// proposing unit's clerks while the dossier is not sent, the appraisal deadline to the receiving body's appraisers
/// while it is being appraised. Idempotent (one reminder per user, dossier and kind), so it may run on every visit
/// of the notification list and the dossier list. One whole pass at a time across all app nodes: the pass holds a
/// PostgreSQL advisory lock for its transaction, and a pass that finds it taken returns 0 (the running one writes the
/// reminders). The notification list brings up to date only the caller's own reminders (<see cref="RunForUserAsync"/>):
/// the whole pass reads every open dossier of the country (about 2 s on national data), which on every visit of
/// the list was the largest cost of the load test (issue 17).</summary>
public sealed class DeadlineReminders(TdktDbContext db, NominationChecks checks, DossierWorkflow workflow, TimeProvider clock)
{
    public const int WorkingDaysBefore = 3;
    public const string SubmitPrefix = "Nhắc hạn nộp hồ sơ";
    public const string AppraisalPrefix = "Nhắc hạn thẩm định hồ sơ";

    public async Task<int> RunAsync(CancellationToken ct)
    {
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var locked = await db.Database
            .SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({Infrastructure.AdvisoryLocks.DeadlineReminders}) AS \"Value\"")
            .ToListAsync(ct);
        if (!locked[0])
        {
            return 0;
        }

        var added = await WriteDueAsync(null, [], [], ct);
        if (tx is not null)
        {
            await tx.CommitAsync(ct);
        }

        return added;
    }

    /// <summary>The pass for one user: the dossiers of the units where they are the clerk or the appraiser, reminders
    /// to them only. It shares the whole pass's lock (so the two never write the same reminder twice) and takes one per
    /// user (two tabs of one user); while a whole pass runs it returns 0 — that pass writes this user's reminders too.</summary>
    public async Task<int> RunForUserAsync(string userId, OrgScope scope, CancellationToken ct)
    {
        var clerkUnits = scope.Grants.Where(g => g.Role == Role.UnitClerk).Select(g => g.OrgUnitId).Distinct().ToList();
        var appraiserUnits = scope.Grants.Where(g => g.Role == Role.Appraiser).Select(g => g.OrgUnitId).Distinct().ToList();
        if (clerkUnits.Count == 0 && appraiserUnits.Count == 0)
        {
            return 0;
        }

        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var key = Infrastructure.AdvisoryLocks.DeadlineReminders;
        var locked = await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock_shared({key}) AS \"Value\"").ToListAsync(ct);
        if (!locked[0])
        {
            return 0;
        }

        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({userId}, {key}))", ct);
        var added = await WriteDueAsync(userId, clerkUnits, appraiserUnits, ct);
        if (tx is not null)
        {
            await tx.CommitAsync(ct);
        }

        return added;
    }

    private async Task<int> WriteDueAsync(string? onlyUser, List<int> clerkUnits, List<int> appraiserUnits, CancellationToken ct)
    {
        var today = workflow.Today;
        var calendar = await checks.CalendarAsync(ct);
        var horizon = today.AddDays(31);
        var dossiers = db.Dossiers.AsNoTracking();
        var toSubmit = dossiers.Where(d => (d.Status == DossierStatus.Draft || d.Status == DossierStatus.Returned) && d.SubmitBefore != null && d.SubmitBefore > today && d.SubmitBefore <= horizon);
        var appraising = dossiers.Where(d => (d.Status == DossierStatus.Received || d.Status == DossierStatus.UnderAppraisal) && d.ReceivedOn != null);
        var open = onlyUser is null
            ? await toSubmit.Concat(appraising).ToListAsync(ct)
            : [.. await toSubmit.Where(d => clerkUnits.Contains(d.ProposingUnitId)).ToListAsync(ct),
                .. await appraising.Where(d => appraiserUnits.Contains(d.ReceivingUnitId)).ToListAsync(ct)];
        var due = new List<(Dossier D, int UnitId, Role Role, string Prefix, string Text)>();
        foreach (var d in open)
        {
            if (d.Status is DossierStatus.Draft or DossierStatus.Returned)
            {
                var deadline = d.SubmitBefore!.Value;
                var left = calendar.WorkingDaysBetween(today, deadline);
                if (left <= WorkingDaysBefore)
                {
                    due.Add((d, d.ProposingUnitId, Role.UnitClerk, SubmitPrefix,
                        $"{SubmitPrefix} \"{d.Title}\": phải gửi trước ngày {ViFormat.Date(deadline)}, còn {left} ngày làm việc."));
                }
            }
            else
            {
                var deadline = calendar.AddWorkingDays(d.ReceivedOn!.Value, d.AppraisalWorkingDays);
                var left = calendar.WorkingDaysBetween(today, deadline);
                if (left is >= 0 and <= WorkingDaysBefore)
                {
                    due.Add((d, d.ReceivingUnitId, Role.Appraiser, AppraisalPrefix,
                        $"{AppraisalPrefix} \"{d.Title}\": hạn thẩm định {ViFormat.Date(deadline)}, còn {left} ngày làm việc."));
                }
            }
        }

        var added = 0;
        foreach (var (d, unitId, role, prefix, text) in due)
        {
            var url = $"/Nominations/Details/{d.Id}";
            var users = onlyUser is not null
                ? [onlyUser]
                : await db.RoleGrants.AsNoTracking().Where(g => g.OrgUnitId == unitId && g.Role == role).Select(g => g.UserId).Distinct().ToListAsync(ct);
            var already = await db.Notifications.AsNoTracking().Where(n => n.Url == url && n.Text.StartsWith(prefix) && users.Contains(n.UserId))
                .Select(n => n.UserId).ToListAsync(ct);
            foreach (var u in users.Except(already))
            {
                db.Notifications.Add(new Notification { UserId = u, At = clock.GetUtcNow(), Text = text.Length > 1000 ? text[..1000] : text, Url = url });
                added++;
            }
        }

        if (added > 0)
        {
            db.AuditAction = "Nhắc hạn hồ sơ đề nghị khen thưởng";
            await db.SaveChangesAsync(ct);
        }

        return added;
    }
}
