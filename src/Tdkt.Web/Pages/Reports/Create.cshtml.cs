using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Reports;

public sealed class CreateModel(TdktDbContext db, CurrentUser me, CreateReportRequestHandler handler) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public List<SelectListItem> Requesters { get; private set; } = [];
    public List<SelectListItem> Units { get; private set; } = [];

    public sealed class InputModel
    {
        [Display(Name = "Đơn vị yêu cầu báo cáo")]
        public int RequesterUnitId { get; set; }

        [Display(Name = "Tên báo cáo")]
        public string? Title { get; set; }

        [Display(Name = "Hướng dẫn")]
        public string? Instructions { get; set; }

        [Display(Name = "Mẫu báo cáo (mỗi dòng: Nhãn | số, hoặc Nhãn | chữ)")]
        public string? Fields { get; set; }

        [Display(Name = "Hạn nộp")]
        public string? DueDate { get; set; }

        [Display(Name = "Lặp lại hằng năm vào ngày này")]
        public bool RecursYearly { get; set; }

        [Display(Name = "Đơn vị phải báo cáo")]
        public List<int> RecipientUnitIds { get; set; } = [];

        public int? MovementId { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int? movementId, CancellationToken ct)
    {
        await LoadAsync(ct);
        Input.MovementId = movementId;
        return Requesters.Count == 0 ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var result = await handler.HandleAsync(new CreateReportRequestCommand(Input.RequesterUnitId, Input.Title, Input.Instructions, Input.Fields,
            Input.DueDate, Input.RecursYearly, Input.RecipientUnitIds, Input.MovementId), ct);
        if (result.IsFailure)
        {
            return this.ToPageResult(result.Error!);
        }

        TempData["Success"] = "Đã gửi yêu cầu báo cáo đến các đơn vị.";
        return RedirectToPage("Details", new { id = result.Value });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Requesters = await PlanningAccess.UnitOptionsAsync(db, scope, ct, PlanningAccess.Managers);
        Units = await PlanningAccess.TreeUnitOptionsAsync(db, scope, ct);
    }
}
