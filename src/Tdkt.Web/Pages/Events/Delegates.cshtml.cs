using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Conferences;
using Tdkt.Web.Data;
using Tdkt.Web.Documents;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Events;

/// <summary>
/// The delegate list (người được mời): add people, record RSVP, check them in on the day, generate the invitation
/// letters (.docx, one merged document or one delegate). Seen by grants on the organiser or standing agency; changed by
/// the organiser's staff (ADR-0009).
/// </summary>
public sealed class DelegatesModel(TdktDbContext db, CurrentUser me, TimeProvider clock, TdktSettings settings) : PageModel
{
    public ConferenceEvent Event { get; private set; } = null!;
    public IReadOnlyList<EventDelegate> Delegates { get; private set; } = [];
    public bool CanManage { get; private set; }

    [BindProperty]
    public string? Lines { get; set; }

    [BindProperty]
    public int DelegateId { get; set; }

    [BindProperty]
    public Rsvp Answer { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    [BindProperty]
    public DateOnly? InvitationDate { get; set; }

    /// <summary>The day the giấy mời is dated (the organiser sets it; never the download day).</summary>
    public async Task<IActionResult> OnPostInvitationDateAsync(int id, CancellationToken ct)
    {
        var (managed, _) = await ManagedAsync(id, ct);
        var ev = managed is null ? null : await db.ConferenceEvents.SingleOrDefaultAsync(e => e.Id == id, ct);
        if (ev is null)
        {
            return NotFound();
        }

        var r = ev.SetInvitationDate(InvitationDate);
        if (r.IsFailure)
        {
            db.ChangeTracker.Clear();
            return await FailAsync(id, r.Error!, ct);
        }

        db.AuditAction = "Ghi ngày giấy mời";
        await db.SaveChangesAsync(ct);
        TempData["Success"] = InvitationDate is { } d ? $"Giấy mời đề ngày {ViFormat.Date(d)}." : "Giấy mời để trống ngày.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAddAsync(int id, CancellationToken ct)
    {
        var (ev, error) = await ManagedAsync(id, ct);
        if (ev is null)
        {
            return NotFound();
        }

        var parsed = EventDelegate.ParseLines(id, Lines);
        if (parsed.IsFailure)
        {
            return await FailAsync(id, parsed.Error!, ct);
        }

        if (parsed.Value!.Count == 0)
        {
            return await FailAsync(id, new ValidationError("Lines", "Hãy nhập ít nhất một đại biểu: Họ và tên | Chức vụ | Đơn vị | Thành phần."), ct);
        }

        db.EventDelegates.AddRange(parsed.Value);
        db.AuditAction = "Thêm đại biểu";
        await db.SaveChangesAsync(ct);
        TempData["Success"] = $"Đã thêm {parsed.Value.Count} đại biểu.";
        return RedirectToPage(new { id });
    }

    public Task<IActionResult> OnPostRsvpAsync(int id, CancellationToken ct) =>
        ChangeAsync(id, d => d.RecordRsvp(Answer), "Ghi nhận trả lời giấy mời", ct);

    public Task<IActionResult> OnPostCheckInAsync(int id, CancellationToken ct) =>
        ChangeAsync(id, d => d.CheckIn(clock.GetUtcNow()), "Điểm danh đại biểu", ct);

    public Task<IActionResult> OnPostUndoCheckInAsync(int id, CancellationToken ct) =>
        ChangeAsync(id, d => d.UndoCheckIn(), "Hủy điểm danh", ct);

    /// <summary>Giấy mời (.docx): all delegates merged, or one when delegateId is given.</summary>
    public async Task<IActionResult> OnGetInvitationsAsync(int id, int? delegateId, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var ev = await db.VisibleEvents(scope).AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct);
        if (ev is null || !(await db.PathsAsync(ev, ct)).CanManage(scope))
        {
            return NotFound();
        }

        var delegates = await db.EventDelegates.AsNoTracking().Where(d => d.EventId == id && (delegateId == null || d.Id == delegateId))
            .OrderBy(d => d.Group).ThenBy(d => d.Id).ToListAsync(ct);
        if (delegates.Count == 0)
        {
            return NotFound();
        }

        var organiser = await db.OrgUnits.AsNoTracking().Where(u => u.Id == ev.OrganiserUnitId)
            .Select(u => new { u.Name, u.Kind, Parent = u.Parent == null ? null : u.Parent.Name }).SingleAsync(ct);
        var profile = await DocumentProfiles.ForAsync(db, Tdkt.Domain.Documents.DocumentKind.Invitation, ev.OrganiserUnitId,
            Tdkt.Domain.Documents.IssuingBody.Of(organiser.Name, organiser.Kind, organiser.Parent), ct);
        var built = InvitationDocx.Build(new InvitationDocxModel(ev, organiser.Name, organiser.Parent, delegates, clock.Today(settings), organiser.Kind, ev.InvitationDate, profile));
        if (built.Value is not { } bytes)
        {
            return await FailAsync(id, built.Error!, ct);
        }

        var name = delegateId is null ? $"giay-moi-hoi-nghi-{id}.docx" : $"giay-moi-hoi-nghi-{id}-dai-bieu-{delegateId}.docx";
        return File(bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name);
    }

    private async Task<IActionResult> ChangeAsync(int id, Action<EventDelegate> change, string action, CancellationToken ct)
    {
        var (ev, _) = await ManagedAsync(id, ct);
        var d = ev is null ? null : await db.EventDelegates.SingleOrDefaultAsync(x => x.Id == DelegateId && x.EventId == id, ct);
        if (d is null)
        {
            return NotFound();
        }

        change(d);
        db.Entry(d).Property(x => x.Version).OriginalValue = Version;
        db.AuditAction = action;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await FailAsync(id, new ConflictError("Đại biểu đã được người khác cập nhật trong lúc bạn thao tác. Hãy xem lại rồi thực hiện lại."), ct);
        }

        return RedirectToPage(new { id });
    }

    private async Task<(ConferenceEvent? Event, Error? Error)> ManagedAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var ev = await db.VisibleEvents(scope).AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct);
        return ev is not null && (await db.PathsAsync(ev, ct)).CanManage(scope) ? (ev, null) : (null, new NotFoundError());
    }

    private async Task<IActionResult> FailAsync(int id, Error error, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return this.ToPageResult(error, inputPrefix: string.Empty);
    }

    private async Task<ConferenceEvent?> LoadAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var ev = await db.VisibleEvents(scope).AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct);
        if (ev is null)
        {
            return null;
        }

        var paths = await db.PathsAsync(ev, ct);
        if (!paths.CanSeeDelegates(scope))
        {
            return null;
        }

        Event = ev;
        CanManage = paths.CanManage(scope);
        Delegates = await db.EventDelegates.AsNoTracking().Where(d => d.EventId == id).OrderBy(d => d.Group).ThenBy(d => d.Id).ToListAsync(ct);
        return ev;
    }
}
