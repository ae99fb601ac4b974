using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Notices;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Shared;

namespace Tdkt.Web.Pages.Notices;

/// <summary>/cong-khai/{noticeId}: one open notice and the objection form, for anyone, without login. Shows only the
/// published snapshot (name, birth year, unit, proposed form, achievement); a notice outside its period answers 404.
/// Spam: antiforgery token, honeypot, minimum fill time, per-IP rate limit (<see cref="ObjectionRateLimit"/>).</summary>
[AllowAnonymous]
public sealed class PublicNoticeModel(TdktDbContext db, NoticeService service, ObjectionFormGuard guard) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public PublicNotice Notice { get; private set; } = null!;
    public string Body { get; private set; } = string.Empty;
    public IReadOnlyList<PublicNoticeEntry> Entries { get; private set; } = [];

    public sealed class InputModel
    {
        [Display(Name = "Người, tập thể được phản ánh")]
        public int EntryId { get; set; }

        [Display(Name = "Họ và tên người gửi")]
        public string? SenderName { get; set; }

        [Display(Name = "Số điện thoại hoặc thư điện tử")]
        public string? Contact { get; set; }

        [Display(Name = "Nội dung phản ánh, góp ý")]
        public string? Content { get; set; }

        /// <summary>Honeypot: hidden from people; a robot that fills it is thanked and ignored.</summary>
        public string? Website { get; set; }

        /// <summary>Signed time the form was served (<see cref="ObjectionFormGuard"/>).</summary>
        public string? Started { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int noticeId, int? entry, CancellationToken ct)
    {
        if (!await LoadAsync(noticeId, ct))
        {
            return NotFound();
        }

        Input = new InputModel { EntryId = entry ?? 0, Started = guard.Stamp() };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int noticeId, CancellationToken ct)
    {
        if (!await LoadAsync(noticeId, ct))
        {
            return NotFound();
        }

        if (!string.IsNullOrEmpty(Input.Website))
        {
            TempData["Success"] = Thanks; // the same answer as a real one, and nothing stored
            return RedirectToPage("PublicNotice", new { noticeId });
        }

        if (guard.Check(Input.Started) is { } robot)
        {
            ModelState.Remove("Input.Started");
            Input.Started = guard.Stamp();
            return this.ToPageResult(robot);
        }

        var r = await service.SubmitObjectionAsync(noticeId, new ObjectionCommand(Input.EntryId, Input.SenderName, Input.Contact, Input.Content), ct);
        if (r.IsFailure)
        {
            return this.ToPageResult(r.Error!);
        }

        TempData["Success"] = Thanks;
        return RedirectToPage("PublicNotice", new { noticeId });
    }

    private const string Thanks = "Đã nhận phản ánh, góp ý của bạn. Cơ quan thẩm định sẽ xác minh và có thể liên hệ với bạn theo thông tin đã gửi.";

    private async Task<bool> LoadAsync(int noticeId, CancellationToken ct)
    {
        var today = service.Today;
        var notice = await db.Notices().AsNoTracking().SingleOrDefaultAsync(n => n.Id == noticeId, ct);
        if (notice is null || !notice.IsOpen(today))
        {
            return false;
        }

        Notice = notice;
        Body = await db.OrgUnits.AsNoTracking().Where(u => u.Id == notice.OrgUnitId).Select(u => u.Name).SingleAsync(ct);
        Entries = await db.NoticeEntries().AsNoTracking().Where(e => e.NoticeId == noticeId).OrderBy(e => e.Id).ToListAsync(ct);
        return true;
    }
}
