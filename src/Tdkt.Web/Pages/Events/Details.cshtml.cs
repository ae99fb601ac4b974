using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Conferences;
using Tdkt.Web.Data;
using DossierStatus = Tdkt.Domain.Nominations.DossierStatus;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.Nominations;
using Tdkt.Web.Pages.Plans;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Events;

/// <summary>
/// A conference or congress: time, venue, agenda, composition (sum vs expected), budget, quota and its use,
/// assignments (the linked plan's tasks), documents sent to the standing agency, held; delegates are on their own page.
/// </summary>
[RequestSizeLimit(Uploads.MaxDocumentBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.MaxDocumentBytes + 1024 * 1024)]
public sealed class DetailsModel(TdktDbContext db, CurrentUser me, TimeProvider clock, TdktSettings settings) : PageModel
{
    public sealed record Link(int Id, string Title);

    public sealed record DossierLink(int Id, string Title, string Unit, DossierStatus Status, int Nominees, string? DecisionNumber, DateOnly? DecisionDate);

    /// <summary>Dossiers sent against this event that the caller may see.</summary>
    public IReadOnlyList<DossierLink> Dossiers { get; private set; } = [];

    public ConferenceEvent Event { get; private set; } = null!;
    public string Organiser { get; private set; } = string.Empty;
    public string? StandingAgency { get; private set; }
    public Link? Movement { get; private set; }
    public Link? Parent { get; private set; }
    public Link? Plan { get; private set; }
    public IReadOnlyList<TaskRow> Tasks { get; private set; } = [];
    public IReadOnlyList<QuotaLine> Ledger { get; private set; } = [];
    public IReadOnlyList<(string Unit, IReadOnlyList<QuotaLine> Lines)> UnitLedger { get; private set; } = [];
    public int DelegateCount { get; private set; }
    public int AcceptedCount { get; private set; }
    public int CheckedInCount { get; private set; }
    public int ChildCount { get; private set; }
    public string? DocumentsFileName { get; private set; }
    public bool CanManage { get; private set; }
    public bool CanSeeDelegates { get; private set; }
    public bool CanRecordDocuments { get; private set; }
    public bool CanSteer { get; private set; }
    public DateOnly Today { get; private set; }

    [BindProperty]
    public string? SentOn { get; set; }

    [BindProperty]
    public string? DocumentsNumber { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? HeldOn { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>Kế hoạch, lịch tổ chức, báo cáo đã gửi cơ quan thường trực: number/date and optionally the file.</summary>
    public async Task<IActionResult> OnPostDocumentsAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var ev = await db.VisibleEvents(scope).SingleOrDefaultAsync(e => e.Id == id, ct);
        if (ev is null || !(await db.PathsAsync(ev, ct)).CanRecordDocuments(scope))
        {
            return NotFound();
        }

        Error? error = null;
        if (!ViFormat.TryParseDate(SentOn, out var sent))
        {
            error = new ValidationError("SentOn", "Hãy nhập ngày gửi theo dạng dd/MM/yyyy.");
        }

        int? fileId = null;
        if (error is null && Upload is not null)
        {
            var bytes = await FileResults.ReadAsync(Upload, Uploads.MaxDocumentBytes, ct);
            var kind = Uploads.CheckDocument("Upload", Upload.FileName, bytes);
            if (kind.IsFailure)
            {
                error = kind.Error;
            }
            else
            {
                var file = FileResults.NewFile(Upload.FileName, kind.Value!, bytes, ev.OrganiserUnitId, me.UserId, clock.GetUtcNow());
                db.StoredFiles.Add(file);
                fileId = file.Id;
            }
        }

        if (error is null && ev.RecordDocumentsSent(sent, DocumentsNumber, fileId) is { IsFailure: true } r)
        {
            error = r.Error;
        }

        return await SaveAsync(ev, error, "Ghi nhận gửi hồ sơ Đại hội", "Đã ghi nhận kế hoạch, lịch tổ chức, báo cáo đã gửi cơ quan thường trực.", ct);
    }

    public async Task<IActionResult> OnPostHeldAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var ev = await db.VisibleEvents(scope).SingleOrDefaultAsync(e => e.Id == id, ct);
        if (ev is null || !(await db.PathsAsync(ev, ct)).CanManage(scope))
        {
            return NotFound();
        }

        Error? error = null;
        if (!ViFormat.TryParseDate(HeldOn, out var held))
        {
            error = new ValidationError("HeldOn", "Hãy nhập ngày đã tổ chức theo dạng dd/MM/yyyy.");
        }
        else if (ev.MarkHeld(held, clock.Today(settings)) is { IsFailure: true } r)
        {
            error = r.Error;
        }

        return await SaveAsync(ev, error, "Ghi nhận đã tổ chức", "Đã ghi nhận hội nghị đã tổ chức.", ct);
    }

    public async Task<IActionResult> OnGetDocumentsFileAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var ev = await db.VisibleEvents(scope).AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct);
        if (ev?.DocumentsFileId is not { } fid)
        {
            return NotFound();
        }

        var file = await db.StoredFiles.AsNoTracking().SingleAsync(f => f.Id == fid, ct);
        return FileResults.Attachment(this, file);
    }

    private async Task<IActionResult> SaveAsync(ConferenceEvent ev, Error? error, string action, string success, CancellationToken ct)
    {
        if (error is null)
        {
            db.Entry(ev).Property(e => e.Version).OriginalValue = Version;
            db.AuditAction = action;
            try
            {
                await db.SaveChangesAsync(ct);
                TempData["Success"] = success;
                return RedirectToPage(new { id = ev.Id });
            }
            catch (DbUpdateConcurrencyException)
            {
                error = new ConflictError("Hội nghị đã được người khác sửa trong lúc bạn thao tác. Hãy tải lại trang rồi thực hiện lại.");
            }
        }

        db.ChangeTracker.Clear();
        await LoadAsync(ev.Id, ct);
        return this.ToPageResult(error, inputPrefix: string.Empty);
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var ev = await db.VisibleEvents(scope).AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct);
        if (ev is null)
        {
            return false;
        }

        Event = ev;
        Version = ev.Version;
        Today = clock.Today(settings);
        var paths = await db.PathsAsync(ev, ct);
        CanManage = paths.CanManage(scope);
        CanSeeDelegates = paths.CanSeeDelegates(scope);
        CanRecordDocuments = paths.CanRecordDocuments(scope);
        CanSteer = paths.CanSteer(scope);
        var unitIds = ev.UnitQuotas.Select(u => u.OrgUnitId).Append(ev.OrganiserUnitId).Append(ev.StandingAgencyId ?? 0).ToList();
        var names = await db.OrgUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        Organiser = names[ev.OrganiserUnitId];
        StandingAgency = ev.StandingAgencyId is { } s ? names.GetValueOrDefault(s) : null;
        if (ev.MovementId is { } mid)
        {
            Movement = await db.VisibleMovements(scope).Where(m => m.Id == mid).Select(m => new Link(m.Id, m.Name)).SingleOrDefaultAsync(ct);
        }

        if (ev.ParentEventId is { } pid)
        {
            Parent = await db.VisibleEvents(scope).Where(e => e.Id == pid).Select(e => new Link(e.Id, e.Title)).SingleOrDefaultAsync(ct);
        }

        if (ev.PlanId is { } planId)
        {
            Plan = await db.VisiblePlans(scope).Where(p => p.Id == planId).Select(p => new Link(p.Id, p.Title)).SingleOrDefaultAsync(ct);
            if (Plan is not null)
            {
                Tasks = await PlanQueries.TaskRowsAsync(db, scope, db.PlanTasks.Where(t => t.PlanId == planId), Today, ct);
            }
        }

        // Every nominee of a dossier sent against this event counts against its quota once the dossier is submitted
        // (drafts do not; returned and refused dossiers no longer do). Counted for all units: the ledger shows totals, not dossiers.
        var uses = await (from d in db.Dossiers.AsNoTracking()
                          where d.ConferenceId == id && Tdkt.Domain.Nominations.Quotas.CountedStatuses.Contains(d.Status)
                          join n in db.Nominees.AsNoTracking() on d.Id equals n.DossierId
                          select new QuotaUse(n.Kind, d.ProposingUnitId)).ToListAsync(ct);
        Dossiers = await (from d in NominationAccess.Visible(db, scope).AsNoTracking()
                          where d.ConferenceId == id
                          join u in db.OrgUnits on d.ProposingUnitId equals u.Id
                          orderby u.Name
                          let decision = db.Decisions.FirstOrDefault(x => x.DossierId == d.Id)
                          select new DossierLink(d.Id, d.Title, u.Name, d.Status, db.Nominees.Count(n => n.DossierId == d.Id),
                              decision == null ? null : decision.Number, decision == null ? null : decision.DecisionDate)).ToListAsync(ct);
        var ledgerUnits = uses.Where(u => u.OrgUnitId is not null).Select(u => u.OrgUnitId!.Value).Except(names.Keys).Distinct().ToList();
        foreach (var (uid, name) in await db.OrgUnits.AsNoTracking().Where(u => ledgerUnits.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct))
        {
            names[uid] = name;
        }

        Ledger = ev.Quota.Ledger(uses);
        UnitLedger = ev.Quota.UnitLedger(uses).Select(u => (names.GetValueOrDefault(u.OrgUnitId, "?"), u.Lines)).ToList();
        var stats = await db.EventDelegates.Where(d => d.EventId == id)
            .GroupBy(_ => 1).Select(g => new { Count = g.Count(), Accepted = g.Count(d => d.Rsvp == Rsvp.Accepted), In = g.Count(d => d.CheckedInAt != null) })
            .SingleOrDefaultAsync(ct);
        DelegateCount = stats?.Count ?? 0;
        AcceptedCount = stats?.Accepted ?? 0;
        CheckedInCount = stats?.In ?? 0;
        ChildCount = await db.VisibleEvents(scope).CountAsync(e => e.ParentEventId == id, ct);
        if (ev.DocumentsFileId is { } fid)
        {
            DocumentsFileName = await db.StoredFiles.Where(f => f.Id == fid).Select(f => f.FileName).SingleAsync(ct);
        }

        return true;
    }
}
