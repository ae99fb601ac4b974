using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tdkt.Domain.Common;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Notices;

/// <summary>The appraiser publishes the accepted nominees of one dossier, or a batch across the body's dossiers.</summary>
public sealed class CreateModel(CurrentUser me, NoticeService service) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? DossierId { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<NoticeCandidate> Candidates { get; private set; } = [];

    public sealed class InputModel
    {
        public string? Title { get; set; }
        public string? StartDate { get; set; }
        public List<int> NomineeIds { get; set; } = [];
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Input.StartDate = ViFormat.Date(service.Today);
        Input.NomineeIds = [.. Candidates.Where(c => c.Required && (DossierId is null || c.DossierId == DossierId)).Select(c => c.NomineeId)];
        Input.Title = $"Lấy ý kiến nhân dân về danh sách đề nghị khen thưởng năm {service.Today.Year}";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        DateOnly? start = null;
        if (!string.IsNullOrWhiteSpace(Input.StartDate))
        {
            if (!ViFormat.TryParseDate(Input.StartDate, out var s))
            {
                return this.ToPageResult(new ValidationError("StartDate", $"Ngày bắt đầu công khai \"{Input.StartDate}\" không hợp lệ. Hãy nhập dd/MM/yyyy."));
            }

            start = s;
        }

        var r = await service.PublishAsync(new PublishNoticeCommand(Input.Title, start, Input.NomineeIds), ct);
        if (r.IsFailure)
        {
            return this.ToPageResult(r.Error!);
        }

        TempData["Success"] = "Đã công khai danh sách lấy ý kiến.";
        return RedirectToPage("Details", new { id = r.Value });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (NoticeData.AppraiserBodies(await me.ScopeAsync(ct)).Count == 0)
        {
            return false;
        }

        Candidates = await service.CandidatesAsync(ct);
        return true;
    }
}
