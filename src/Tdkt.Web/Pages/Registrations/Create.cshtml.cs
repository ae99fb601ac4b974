using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Registrations;

public sealed class CreateModel(TdktDbContext db, CurrentUser me, RegistrationHandler handler, TimeProvider clock, TdktSettings settings) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public List<SelectListItem> Units { get; private set; } = [];

    public sealed class InputModel
    {
        [Display(Name = "Đơn vị đăng ký")]
        public int OrgUnitId { get; set; }

        [Display(Name = "Năm")]
        public int Year { get; set; }

        [Display(Name = "Chỉ tiêu, mục tiêu")]
        public string? Targets { get; set; }

        [Display(Name = "Danh hiệu đăng ký (mỗi dòng: Tập thể | Tên | Mã danh hiệu, hoặc Cá nhân | Họ tên | Mã danh hiệu)")]
        public string? Entries { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Units = await PlanningAccess.UnitOptionsAsync(db, await me.ScopeAsync(ct), ct, PlanningAccess.Reporters);
        Input.Year = clock.Today(settings).Year;
        return Units.Count == 0 ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Units = await PlanningAccess.UnitOptionsAsync(db, await me.ScopeAsync(ct), ct, PlanningAccess.Reporters);
        var result = await handler.CreateAsync(new CreateRegistrationCommand(Input.OrgUnitId, Input.Year, Input.Targets, Input.Entries), ct);
        if (result.IsFailure)
        {
            return this.ToPageResult(result.Error!);
        }

        TempData["Success"] = "Đã lưu bản đăng ký. Kiểm tra lại rồi bấm \"Gửi cấp trên\".";
        return RedirectToPage("Details", new { id = result.Value });
    }
}
