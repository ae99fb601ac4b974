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
public sealed class HolidaysModel(TdktDbContext db, CurrentUser me, DossierWorkflow workflow) : PageModel
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

        var added = await AddAsync(db, Input.Date, Input.Name, ct);
        if (added.IsFailure)
        {
            var field = added.Error switch { ValidationError v => v.Field, ConflictError c => c.Field ?? "Date", _ => "Date" };
            ModelState.AddModelError("Input." + field, added.Error!.Message);
            return await PageAsync(ct);
        }

        TempData["Success"] = $"Đã thêm ngày nghỉ {ViFormat.Date(added.Value)}.";
        return RedirectToPage(new { year = added.Value.Year });
    }

    public async Task<IActionResult> OnPostRemoveAsync(string date, CancellationToken ct)
    {
        if (!await AllowedAsync(ct))
        {
            return NotFound();
        }

        var removed = await RemoveAsync(db, date, ct);
        if (removed.IsFailure)
        {
            return NotFound();
        }

        TempData["Success"] = $"Đã xóa ngày nghỉ {ViFormat.Date(removed.Value)}.";
        return RedirectToPage(new { year = removed.Value.Year });
    }

    /// <summary>Adds a holiday (page and API; the caller has checked <see cref="CanEdit"/>): "Date" dd/MM/yyyy, "Name"
    /// up to 200 characters; a day already in the calendar is a conflict.</summary>
    public const int MinYear = 1900;
    public const int MaxYear = 2100;

    public static string YearMessage => $"Năm phải từ {MinYear} đến {MaxYear}.";

    public static async Task<Result<DateOnly>> AddAsync(TdktDbContext db, string? date, string? name, CancellationToken ct)
    {
        if (!ViFormat.TryParseDate(date, out var day))
        {
            return new ValidationError("Date", $"Ngày \"{date}\" không hợp lệ. Dùng dd/MM/yyyy.");
        }

        if (day.Year is < MinYear or > MaxYear)
        {
            return new ValidationError("Date", $"Ngày nghỉ phải trong khoảng năm {MinYear}–{MaxYear}.");
        }

        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 200)
        {
            return new ValidationError("Name", "Hãy nhập tên ngày nghỉ (tối đa 200 ký tự).");
        }

        var taken = new ConflictError($"Ngày {ViFormat.Date(day)} đã có trong lịch nghỉ.", "Date");
        if (await db.PublicHolidays.AnyAsync(h => h.Date == day, ct))
        {
            return taken;
        }

        db.PublicHolidays.Add(new PublicHolidayRow { Date = day, Name = name.Trim() });
        db.AuditAction = "Thêm ngày nghỉ lễ, Tết";
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (OrgUnits.OrgUnitAdmin.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            return taken;
        }

        return day;
    }

    /// <summary>Removes a holiday; not found when the date is not in the calendar.</summary>
    public static async Task<Result<DateOnly>> RemoveAsync(TdktDbContext db, string? date, CancellationToken ct)
    {
        if (!ViFormat.TryParseDate(date, out var day) || await db.PublicHolidays.SingleOrDefaultAsync(h => h.Date == day, ct) is not { } row)
        {
            return new NotFoundError();
        }

        db.PublicHolidays.Remove(row);
        db.AuditAction = "Xóa ngày nghỉ lễ, Tết";
        await db.SaveChangesAsync(ct);
        return day;
    }

    private async Task<bool> AllowedAsync(CancellationToken ct) => CanEdit(await me.ScopeAsync(ct));

    private async Task<IActionResult> PageAsync(CancellationToken ct)
    {
        if (Year is < MinYear or > MaxYear)
        {
            ModelState.AddModelError(nameof(Year), YearMessage);
            Year = null;
        }

        var year = Year ?? workflow.Today.Year;
        Year = year;
        Days = await db.PublicHolidays.AsNoTracking().Where(h => h.Date >= new DateOnly(year, 1, 1) && h.Date <= new DateOnly(year, 12, 31))
            .OrderBy(h => h.Date).ToListAsync(ct);
        return Page();
    }
}
