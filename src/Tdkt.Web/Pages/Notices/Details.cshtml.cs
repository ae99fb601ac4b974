using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Notices;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Nominations;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Notices;

/// <summary>One notice for the body's staff: its nominees and the objections against each, and the appraiser's
/// verification form. Outside the body answers 404.</summary>
public sealed class DetailsModel(TdktDbContext db, CurrentUser me, NoticeService service) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public PublicNotice Notice { get; private set; } = null!;
    public string Body { get; private set; } = string.Empty;
    public IReadOnlyList<PublicNoticeEntry> Entries { get; private set; } = [];
    public IReadOnlyList<NoticeObjection> Objections { get; private set; } = [];
    public bool CanVerify { get; private set; }
    public DateOnly Today { get; private set; }

    public sealed class InputModel
    {
        public int ObjectionId { get; set; }
        public uint Version { get; set; }
        public ObjectionOutcome Outcome { get; set; }
        public string? Verification { get; set; }
        public bool RejectNominee { get; set; }

        /// <summary>Back to this dossier's page after saving (the form on the dossier page).</summary>
        public int? ReturnDossierId { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostResolveAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || Objections.All(o => o.Id != Input.ObjectionId))
        {
            return NotFound();
        }

        var r = await service.ResolveAsync(Input.ObjectionId,
            new ResolveObjectionCommand(Input.Outcome, Input.Verification, Input.RejectNominee, Input.Version), ct);
        if (r.IsFailure)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            return this.ToPageResult(r.Error!);
        }

        TempData["Success"] = Input.RejectNominee ? "Đã ghi kết quả xác minh và không đề nghị khen thưởng đối tượng này." : "Đã ghi kết quả xác minh.";
        var back = Input.ReturnDossierId is { } d && Entries.Any(e => e.DossierId == d) ? $"/Nominations/Details/{d}" : $"/Notices/Details/{id}";
        return Redirect(back);
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var notice = await db.Notices().AsNoTracking().SingleOrDefaultAsync(n => n.Id == id, ct);
        if (notice is null || !NoticeData.StaffBodies(scope).Contains(notice.OrgUnitId))
        {
            return false;
        }

        Notice = notice;
        CanVerify = NominationAccess.CanAppraise(scope, notice.OrgUnitId);
        Today = service.Today;
        Body = await db.OrgUnits.AsNoTracking().Where(u => u.Id == notice.OrgUnitId).Select(u => u.Name).SingleAsync(ct);
        Entries = await db.NoticeEntries().AsNoTracking().Where(e => e.NoticeId == id).OrderBy(e => e.Id).ToListAsync(ct);
        Objections = await db.Objections().AsNoTracking().Where(o => o.NoticeId == id).OrderBy(o => o.SubmittedAt).ThenBy(o => o.Id).ToListAsync(ct);
        return true;
    }
}
