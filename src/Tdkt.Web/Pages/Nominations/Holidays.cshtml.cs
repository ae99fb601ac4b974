using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Organizations;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Nominations;

/// <summary>The public-holiday calendar the working-day clocks skip (Tết, 30/4, 1/5, 2/9…): one calendar for the
/// whole province, edited by an admin of the province (root); everyone else gets 404.</summary>
public sealed class HolidaysModel(TdktDbContext db, CurrentUser me, DossierService service) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<PublicHolidayRow> Days { get; private set; } = [];

    public sealed class InputModel
    {
        public string? Date { get; set; }
        public string? Name { get; set; }
    }

    public static bool CanEdit(OrgScope scope) => scope.Grants.Any(g => g.Role == Role.Admin && OrgPath.Ids(g.Path).Count == 1);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await AllowedAsync(ct) ? await PageAsync(ct) : NotFound();

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (!await AllowedAsync(ct))
        {
            return NotFound();
        }

        if (!ViFormat.TryParseDate(Input.Date, out var day))
        {
            ModelState.AddModelError("Input.Date", $"Ngày \"{Input.Date}\" không hợp lệ. Dùng dd/MM/yyyy.");
        }
        else if (string.IsNullOrWhiteSpace(Input.Name) || Input.Name.Trim().Length > 200)
        {
            ModelState.AddModelError("Input.Name", "Hãy nhập tên ngày nghỉ (tối đa 200 ký tự).");
        }
        else if (await db.PublicHolidays.AnyAsync(h => h.Date == day, ct))
        {
            ModelState.AddModelError("Input.Date", $"Ngày {ViFormat.Date(day)} đã có trong lịch nghỉ.");
        }

        if (!ModelState.IsValid)
        {
            return await PageAsync(ct);
        }

        db.PublicHolidays.Add(new PublicHolidayRow { Date = day, Name = Input.Name!.Trim() });
        db.AuditAction = "Thêm ngày nghỉ lễ, Tết";
        await db.SaveChangesAsync(ct);
        TempData["Success"] = $"Đã thêm ngày nghỉ {ViFormat.Date(day)}.";
        return RedirectToPage(new { year = day.Year });
    }

    public async Task<IActionResult> OnPostRemoveAsync(string date, CancellationToken ct)
    {
        if (!await AllowedAsync(ct))
        {
            return NotFound();
        }

        if (!ViFormat.TryParseDate(date, out var day) || await db.PublicHolidays.SingleOrDefaultAsync(h => h.Date == day, ct) is not { } row)
        {
            return NotFound();
        }

        db.PublicHolidays.Remove(row);
        db.AuditAction = "Xóa ngày nghỉ lễ, Tết";
        await db.SaveChangesAsync(ct);
        TempData["Success"] = $"Đã xóa ngày nghỉ {ViFormat.Date(day)}.";
        return RedirectToPage(new { year = day.Year });
    }

    private async Task<bool> AllowedAsync(CancellationToken ct) => CanEdit(await me.ScopeAsync(ct));

    private async Task<IActionResult> PageAsync(CancellationToken ct)
    {
        var year = Year ?? service.Today.Year;
        Year = year;
        Days = await db.PublicHolidays.AsNoTracking().Where(h => h.Date >= new DateOnly(year, 1, 1) && h.Date <= new DateOnly(year, 12, 31))
            .OrderBy(h => h.Date).ToListAsync(ct);
        return Page();
    }
}
