using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Conferences;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Events;

/// <summary>
/// The cascade of a congress for its standing agency: every lower-level event in scope (calendar order), which are
/// late sending their plan, schedule and report (15 days before), and the pilot units (chỉ đạo điểm) with their status.
/// </summary>
public sealed class CascadeModel(TdktDbContext db, CurrentUser me, TimeProvider clock, TdktSettings settings) : PageModel
{
    public sealed record Row(ConferenceEvent Event, string Organiser, DateOnly? DocumentsDue, DocumentsStatus Documents);

    public sealed record PilotRow(CongressPilot Pilot, string Unit, PilotStatus Status, ConferenceEvent? Event);

    public ConferenceEvent Event { get; private set; } = null!;
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<PilotRow> Pilots { get; private set; } = [];
    public List<SelectListItem> Units { get; private set; } = [];
    public bool CanSteer { get; private set; }
    public bool CanMarkAnyPilot { get; private set; }
    public DateOnly Today { get; private set; }

    [BindProperty]
    public int PilotUnitId { get; set; }

    [BindProperty]
    public string? DueDate { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>Mark a pilot unit: the standing agency/organiser staff, or a manager above the unit (a district picks its commune).</summary>
    public async Task<IActionResult> OnPostPilotAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var ev = await db.VisibleEvents(scope).AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct);
        if (ev is null)
        {
            return NotFound();
        }

        var steer = (await db.PathsAsync(ev, ct)).CanSteer(scope);
        var unit = await db.SameTrees(scope).Where(u => u.Id == PilotUnitId).Select(u => new { u.Id, u.Path }).SingleOrDefaultAsync(ct);
        Error? error = null;
        if (unit is null)
        {
            error = new ValidationError("PilotUnitId", "Hãy chọn đơn vị chỉ đạo điểm.");
        }
        else if (!steer && !scope.CanMarkPilotOf(unit.Path))
        {
            return NotFound();
        }
        else if (await db.CongressPilots.AnyAsync(p => p.EventId == id && p.OrgUnitId == unit.Id, ct))
        {
            error = new ConflictError("Đơn vị này đã là đơn vị chỉ đạo điểm.", "PilotUnitId");
        }

        DateOnly? due = ViFormat.TryParseDate(DueDate, out var d) ? d : null;
        if (error is null)
        {
            var created = CongressPilot.Create(id, unit!.Id, due, Note);
            if (created.IsFailure)
            {
                error = created.Error;
            }
            else
            {
                db.CongressPilots.Add(created.Value!);
                db.AuditAction = "Chọn đơn vị chỉ đạo điểm";
                try
                {
                    await db.SaveChangesAsync(ct);
                    TempData["Success"] = "Đã thêm đơn vị chỉ đạo điểm.";
                    return RedirectToPage(new { id });
                }
                catch (DbUpdateException)
                {
                    db.ChangeTracker.Clear();
                    error = new ConflictError("Đơn vị này đã là đơn vị chỉ đạo điểm.", "PilotUnitId");
                }
            }
        }

        await LoadAsync(id, ct);
        return this.ToPageResult(error!, inputPrefix: string.Empty);
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
        Today = clock.Today(settings);
        CanSteer = (await db.PathsAsync(ev, ct)).CanSteer(scope);
        CanMarkAnyPilot = CanSteer || scope.Roots(PlanningAccess.Managers).Count > 0;

        // Every descendant event visible to the caller (the cascade is a few levels deep).
        var visible = await db.VisibleEvents(scope).AsNoTracking().Where(e => e.ParentEventId != null).ToListAsync(ct);
        var below = new List<ConferenceEvent>();
        var frontier = new HashSet<int> { id };
        while (frontier.Count > 0)
        {
            var next = visible.Where(e => frontier.Contains(e.ParentEventId!.Value) && below.All(b => b.Id != e.Id)).ToList();
            below.AddRange(next);
            frontier = next.Select(e => e.Id).ToHashSet();
        }

        var pilots = await db.CongressPilots.AsNoTracking().Where(p => p.EventId == id).OrderBy(p => p.DueDate).ToListAsync(ct);
        var unitIds = below.Select(e => e.OrganiserUnitId).Concat(pilots.Select(p => p.OrgUnitId)).Distinct().ToList();
        var names = await db.OrgUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        Rows = below.OrderBy(e => e.EventDate ?? DateOnly.MaxValue).ThenBy(e => e.Title)
            .Select(e => new Row(e, names[e.OrganiserUnitId], CongressDocuments.DueDate(e.EventDate), e.DocumentsStatus(Today))).ToList();
        Pilots = pilots.Select(p =>
        {
            var own = below.Where(e => e.OrganiserUnitId == p.OrgUnitId).OrderByDescending(e => e.HeldOn.HasValue).FirstOrDefault();
            return new PilotRow(p, names[p.OrgUnitId], CongressPilot.Status(p.DueDate, own?.HeldOn, Today), own);
        }).ToList();
        if (CanMarkAnyPilot)
        {
            Units = await PlanningAccess.TreeUnitOptionsAsync(db, scope, ct);
        }

        return true;
    }
}
