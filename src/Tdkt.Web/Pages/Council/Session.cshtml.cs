using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tdkt.Domain.Common;
using Tdkt.Web.Pages.Shared;

namespace Tdkt.Web.Pages.Council;

/// <summary>One council session: agenda (blocked and conflicted nominees flagged), attendance and quorum, ballots,
/// written opinions of absent members, closing, minutes download and finalising. Outside the council: 404.</summary>
public sealed class SessionModel(CouncilQueries council) : PageModel
{
    public SessionView View { get; private set; } = null!;

    [BindProperty]
    public List<int> Present { get; set; } = [];

    [BindProperty]
    public int NomineeId { get; set; }

    [BindProperty]
    public bool Agree { get; set; }

    [BindProperty]
    public int MemberId { get; set; }

    [BindProperty]
    public Dictionary<int, string> Choices { get; set; } = [];

    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>Ban kiểm phiếu: its head and its other members (council member ids).</summary>
    [BindProperty]
    public int? CountingCommitteeHead { get; set; }

    [BindProperty]
    public List<int> CountingCommittee { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetMinutesAsync(int id, CancellationToken ct)
    {
        var f = await council.MinutesAsync(id, ct);
        return f.Value is { } file ? File(file.Content, file.ContentType, file.FileName) : NotFound();
    }

    public Task<IActionResult> OnPostAttendanceAsync(int id, [FromServices] RecordAttendanceHandler handler, CancellationToken ct) =>
        ActAsync(id, "Đã lưu điểm danh.", () => handler.HandleAsync(id, Present, ct), ct);

    public Task<IActionResult> OnPostRefreshAsync(int id, [FromServices] RefreshAgendaHandler handler, CancellationToken ct) =>
        ActAsync(id, "Đã cập nhật chương trình họp.", () => handler.HandleAsync(id, ct), ct);

    public Task<IActionResult> OnPostOpenAsync(int id, [FromServices] OpenVotingHandler handler, CancellationToken ct) =>
        ActAsync(id, "Đã mở bỏ phiếu.", () => handler.HandleAsync(id, ct), ct);

    public Task<IActionResult> OnPostVoteAsync(int id, [FromServices] CastVoteHandler handler, CancellationToken ct) =>
        ActAsync(id, "Đã ghi nhận phiếu của bạn.", () => handler.HandleAsync(id, NomineeId, Agree, ct), ct);

    public Task<IActionResult> OnPostWrittenAsync(int id, [FromServices] RecordWrittenOpinionHandler handler, CancellationToken ct) => ActAsync(id, "Đã ghi phiếu bằng văn bản của thành viên vắng mặt.", async () =>
    {
        if (Upload is null)
        {
            return new ValidationError("Upload", "Hãy đính kèm ý kiến bằng văn bản của thành viên (PDF, DOCX hoặc ảnh chụp).");
        }

        var content = await FileResults.ReadAsync(Upload, Uploads.MaxDocumentBytes, ct);
        var choices = Choices.Where(c => c.Value is "agree" or "disagree").ToDictionary(c => c.Key, c => c.Value == "agree");
        return await handler.HandleAsync(id, MemberId, Upload.FileName, content, choices, ct);
    }, ct);

    public Task<IActionResult> OnPostCountingCommitteeAsync(int id, [FromServices] ElectCountingCommitteeHandler handler, CancellationToken ct) =>
        ActAsync(id, "Đã ghi Ban kiểm phiếu.", () => handler.HandleAsync(id, CountingCommitteeHead, CountingCommittee, ct), ct);

    public Task<IActionResult> OnPostCloseAsync(int id, [FromServices] CloseVotingHandler handler, CancellationToken ct) =>
        ActAsync(id, "Đã kết thúc bỏ phiếu và lập biên bản.", () => handler.HandleAsync(id, ct), ct);

    public Task<IActionResult> OnPostFinaliseAsync(int id, [FromServices] FinaliseSessionHandler handler, CancellationToken ct) =>
        ActAsync(id, "Đã chốt biên bản, đính kèm vào hồ sơ và ghi kết quả Hội đồng.", () => handler.HandleAsync(id, ct), ct);

    private async Task<IActionResult> ActAsync(int id, string success, Func<Task<Result>> act, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var r = await act();
        if (r.IsFailure)
        {
            if (r.Error is NotFoundError or ForbiddenError)
            {
                return NotFound();
            }

            await LoadAsync(id, ct);
            return this.ToPageResult(r.Error!, inputPrefix: string.Empty);
        }

        TempData["Success"] = success;
        return RedirectToPage("Session", new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var r = await council.GetAsync(id, ct);
        if (r.Value is not { } v)
        {
            return false;
        }

        View = v;
        return true;
    }
}
