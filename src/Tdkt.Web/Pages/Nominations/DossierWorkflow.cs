using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Nominations;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Nominations;

/// <summary>A dossier loaded for a use case, with who is asking and where the proposing unit sits in the tree.</summary>
public sealed record DossierContext(Dossier Dossier, string ProposingPath, OrgScope Scope, CurrentUser.Loaded User);

/// <summary>
/// The one workflow core of the dossier aggregate (ADR-0014, ADR-0029). Every use case handler (Create, Submit, Issue,
/// the council's finalisation, escalation, revocation…) goes through it: load scoped (and row-locked for a state change),
/// check the caller's version, let the domain decide, append the history row, run the follow-ups (report to the
/// original dossier of an escalation, notifications) and save once with an explicit <see cref="AuditNote"/> — the
/// action and reason are arguments, never ambient state on the DbContext.
/// </summary>
public sealed class DossierWorkflow(TdktDbContext db, CurrentUser me, TimeProvider clock, TdktSettings settings)
{
    public const string ChangedMessage = "Hồ sơ vừa được người khác thay đổi. Hãy tải lại trang rồi thực hiện lại.";

    /// <summary>Part code given to the lower level's council minutes when they are carried up, so they never stand in
    /// for the higher council's own minutes.</summary>
    public const string LowerCouncilMinutes = "BIEN_BAN_HOI_DONG_CAP_DUOI";

    public DateOnly Today => clock.Today(settings);

    public DateTimeOffset Now => clock.GetUtcNow();

    public Actor ActorOf(CurrentUser.Loaded u) => new(u.User.Id, PlanningAccess.Actor(u), clock.GetUtcNow());

    /// <summary>The dossier as the caller may see it (404 otherwise). <paramref name="bodyMayActOnDraft"/>: the receiving
    /// body's appraiser may act on a draft addressed to it (extension, late acceptance).</summary>
    public Task<Result<DossierContext>> LoadAsync(int id, CancellationToken ct, bool bodyMayActOnDraft = false) =>
        LoadCoreAsync(id, forUpdate: false, bodyMayActOnDraft, ct);

    /// <summary>The proposing side's editable dossier (draft or returned), loaded for a change.</summary>
    public async Task<Result<DossierContext>> EditableAsync(int id, CancellationToken ct)
    {
        var loaded = await LoadAsync(id, ct);
        if (loaded.Value is not { } c)
        {
            return loaded.Error!;
        }

        if (!NominationAccess.IsProposerOf(c.Scope, c.ProposingPath, c.Dossier))
        {
            return new NotFoundError();
        }

        return c.Dossier.IsEditableByUnit ? c : new ConflictError("Hồ sơ đã gửi, không sửa được. Hãy đợi cơ quan tiếp nhận trả lại nếu cần bổ sung.");
    }

    private async Task<Result<DossierContext>> LoadCoreAsync(int id, bool forUpdate, bool bodyMayActOnDraft, CancellationToken ct)
    {
        var u = await me.GetAsync(ct);
        if (u is null)
        {
            return new NotFoundError();
        }

        if (forUpdate)
        {
            await LockAsync(id, ct);
        }

        var d = await db.Dossiers.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (d is null)
        {
            return new NotFoundError();
        }

        var path = await db.OrgUnits.Where(x => x.Id == d.ProposingUnitId).Select(x => x.Path).SingleAsync(ct);
        if (!NominationAccess.CanSee(u.Scope, path, d)
            && !(bodyMayActOnDraft && NominationAccess.CanAppraise(u.Scope, d.ReceivingUnitId)))
        {
            return new NotFoundError();
        }

        return new DossierContext(d, path, u.Scope, u);
    }

    /// <summary>Row lock on a dossier (SELECT … FOR UPDATE) inside the caller's transaction.</summary>
    public Task LockAsync(int id, CancellationToken ct) =>
        db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM dossiers WHERE \"Id\" = {id} FOR UPDATE", ct);

    /// <summary>Saves a change that does not move the dossier (nominees, files, wording) once, with its audit note;
    /// <paramref name="version"/> given: the caller's row version must still be the current one.</summary>
    public async Task<Result> SaveAsync(AuditNote note, CancellationToken ct, DossierContext? versioned = null, uint? version = null)
    {
        if (versioned is not null && version is { } v)
        {
            db.Entry(versioned.Dossier).Property(x => x.Version).OriginalValue = v;
        }

        try
        {
            await db.SaveChangesAsync(note, ct);
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new ConflictError(ChangedMessage);
        }
    }

    /// <summary>One state change: lock the row, check the caller's version, decide, apply (history row, follow-ups),
    /// save once with the audit note (<paramref name="action"/>, the step's reason), commit.</summary>
    public async Task<Result> TransitionAsync(int id, uint version, Func<DossierContext, Actor, Task<Result<DossierTransition>>> decide,
        string action, CancellationToken ct, bool bodyMayActOnDraft = false)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var loaded = await LoadCoreAsync(id, forUpdate: true, bodyMayActOnDraft, ct);
            if (loaded.Value is not { } c)
            {
                return Result.Failure(loaded.Error!);
            }

            if (c.Dossier.Version != version)
            {
                return Result.Failure(new ConflictError(ChangedMessage));
            }

            var applied = await ApplyAsync(c.Dossier, await decide(c, ActorOf(c.User)), ct);
            if (applied.IsFailure)
            {
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return Result.Failure(applied.Error!);
            }

            try
            {
                await db.SaveChangesAsync(new AuditNote(action, applied.Value!.Reason), ct);
                await tx.CommitAsync(ct);
                return Result.Success();
            }
            catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || OrgUnits.OrgUnitAdmin.IsUniqueViolation(e))
            {
                db.ChangeTracker.Clear();
                return Result.Failure(new ConflictError(ChangedMessage));
            }
        });
    }

    /// <summary>Applies a step the domain decided on a dossier the caller holds locked in its transaction (the council's
    /// finalisation, the first appraisal verdict): refuses it when the acting unit has closed, else appends the history
    /// row and reports to the original dossier of an escalation. The caller saves once.</summary>
    public async Task<Result<DossierTransition>> ApplyAsync(Dossier dossier, Result<DossierTransition> decided, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        if (decided.Value is not { } step)
        {
            return decided;
        }

        if (await ClosedUnitAsync(dossier, step.Action, ct) is { } closed)
        {
            return closed;
        }

        db.DossierTransitions.Add(step);
        await ReportToOriginAsync(dossier, step, ct);
        return step;
    }

    /// <summary>The first history row of a dossier made by escalation (not reported: the original records its own step).</summary>
    public void Begin(DossierTransition first) => db.DossierTransitions.Add(first);

    /// <summary>The unit acting in <paramref name="action"/> closed before today (<see cref="ClosedUnits"/>): its refusal.</summary>
    public async Task<ConflictError?> ClosedUnitAsync(Dossier d, DossierAction action, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(d);
        if (ClosedUnits.ByProposer(action) is not { } byProposer)
        {
            return null;
        }

        var unitId = byProposer ? d.ProposingUnitId : d.ReceivingUnitId;
        var unit = await db.OrgUnits.AsNoTracking().Where(u => u.Id == unitId).Select(u => new { u.Name, u.ValidTo }).SingleAsync(ct);
        return ClosedUnits.Refuse(unit.Name, unit.ValidTo, Today, ClosedUnits.What(action));
    }

    /// <summary>What was sent, frozen at submission (nominees and file hashes), for the record of each round.</summary>
    public async Task SnapshotAsync(Dossier d, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(d);
        var nominees = await db.Nominees.AsNoTracking().Where(n => n.DossierId == d.Id)
            .Select(n => new { n.Id, n.Kind, n.Name, n.BirthYear, n.AwardCode, n.Achievement, HasCitizenId = n.CitizenIdProtected != null }).ToListAsync(ct);
        var files = await (from a in db.DossierAttachments.AsNoTracking()
                           join f in db.StoredFiles.AsNoTracking() on a.StoredFileId equals f.Id
                           where a.DossierId == d.Id
                           select new { a.PartCode, a.NomineeId, f.FileName, f.Sha256 }).ToListAsync(ct);
        db.DossierSnapshots.Add(new DossierSnapshot
        {
            DossierId = d.Id, Round = d.Round, At = clock.GetUtcNow(),
            Content = JsonSerializer.Serialize(new { d.Title, nominees, files }, SnapshotJson),
        });
    }

    private static readonly JsonSerializerOptions SnapshotJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task NotifyBodyAsync(Dossier d, Role[] roles, string text, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(d);
        var users = await db.RoleGrants.Where(g => g.OrgUnitId == d.ReceivingUnitId && roles.Contains(g.Role)).Select(g => g.UserId).Distinct().ToListAsync(ct);
        Notify(users, text, d.Id);
    }

    public async Task NotifyProposerAsync(Dossier d, string text, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(d);
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

    /// <summary>A step of a dossier made by escalation adds a row to the original's timeline (same transaction; the
    /// original's row is locked after the higher one, never the other way round).</summary>
    private async Task ReportToOriginAsync(Dossier higher, DossierTransition step, CancellationToken ct)
    {
        if (higher.OriginDossierId is not { } originId)
        {
            return;
        }

        var body = await db.OrgUnits.AsNoTracking().Where(u => u.Id == higher.ReceivingUnitId).Select(u => u.Name).SingleAsync(ct);
        if (EscalationReport.Of(step, body) is not { } r)
        {
            return;
        }

        await LockAsync(originId, ct);
        var origin = await db.Dossiers.SingleAsync(x => x.Id == originId, ct);
        var hasOwn = await db.Decisions.AnyAsync(x => x.DossierId == originId, ct);
        db.DossierTransitions.Add(origin.RecordHigherOutcome(r.Outcome, hasOwn, r.Text, new Actor(step.UserId, step.UserName, step.At)));
        await NotifyProposerAsync(origin, $"Hồ sơ \"{origin.Title}\": {r.Text}", ct);
        await NotifyBodyAsync(origin, [Role.Appraiser, Role.Signer], $"Hồ sơ \"{origin.Title}\": {r.Text}", ct);
    }
}
