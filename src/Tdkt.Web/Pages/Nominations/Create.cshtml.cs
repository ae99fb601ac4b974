using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Nominations;

public sealed class CreateModel(TdktDbContext db, CurrentUser me, DossierWorkflow workflow, CreateDossierHandler create) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public List<SelectListItem> Units { get; private set; } = [];
    public List<SelectListItem> Movements { get; private set; } = [];

    public sealed class InputModel
    {
        [Display(Name = "Tên hồ sơ")]
        public string? Title { get; set; }

        [Display(Name = "Đơn vị đề nghị")]
        public int ProposingUnitId { get; set; }

        [Display(Name = "Loại khen thưởng")]
        public CommendationKind Kind { get; set; } = CommendationKind.Thematic;

        [Display(Name = "Cấp quyết định")]
        public DecidingLevel Level { get; set; } = DecidingLevel.Grassroots;

        [Display(Name = "Phong trào thi đua")]
        public int? MovementId { get; set; }

        [Display(Name = "Hội nghị, đại hội")]
        public int? ConferenceId { get; set; }

        [Display(Name = "Năm")]
        public int Year { get; set; }

        [Display(Name = "Hạn nộp (trước ngày, dd/MM/yyyy)")]
        public string? SubmitBefore { get; set; }
    }

    public List<SelectListItem> Events { get; private set; } = [];

    /// <summary>From an event page ("Lập hồ sơ theo hội nghị này") the event, its movement and deadline come pre-filled.</summary>
    public async Task OnGetAsync(int? conferenceId, CancellationToken ct)
    {
        Input.Year = workflow.Today.Year;
        await OptionsAsync(ct);
        var scope = await me.ScopeAsync(ct);
        if (conferenceId is { } cid && await db.VisibleEvents(scope).AsNoTracking().SingleOrDefaultAsync(e => e.Id == cid, ct) is { } ev)
        {
            Input.ConferenceId = ev.Id;
            Input.MovementId = ev.MovementId;
            Input.Year = ev.Year;
            Input.Title = "Đề nghị khen thưởng tại " + ev.Title;
            Input.SubmitBefore = ev.DossierDeadline is { } dl ? ViFormat.Date(dl) : null;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await OptionsAsync(ct);
        DateOnly? before = null;
        if (!string.IsNullOrWhiteSpace(Input.SubmitBefore))
        {
            if (!ViFormat.TryParseDate(Input.SubmitBefore, out var d))
            {
                return this.ToPageResult(new ValidationError("SubmitBefore", "Ngày không hợp lệ, ghi dd/MM/yyyy."));
            }

            before = d;
        }

        var r = await create.HandleAsync(new CreateDossierCommand(Input.Title, Input.ProposingUnitId, Input.Kind, Input.Level,
            Input.MovementId, Input.ConferenceId, Input.Year, before), ct);
        if (r.IsFailure)
        {
            return this.ToPageResult(r.Error!);
        }

        TempData["Success"] = "Đã tạo hồ sơ. Hãy thêm đối tượng và đính kèm tài liệu.";
        return RedirectToPage("Details", new { id = r.Value });
    }

    private async Task OptionsAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Units = await PlanningAccess.UnitOptionsAsync(db, scope, ct, NominationAccess.Proposers);
        Events = await db.VisibleEvents(scope).AsNoTracking().OrderByDescending(e => e.Year).ThenBy(e => e.Title)
            .Select(e => new SelectListItem(e.Title, e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToListAsync(ct);
        Movements = await db.VisibleMovements(scope).AsNoTracking().OrderByDescending(m => m.Id)
            .Select(m => new SelectListItem(m.Name, m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToListAsync(ct);
    }
}
