using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;
using Tdkt.Domain.Organizations;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.Registry;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Awards;

/// <summary>Đến hạn đề nghị khen thưởng: people and collectives of a unit's subtree who now meet a next form, with the
/// reason; in the browser and as .xlsx.</summary>
public sealed class DueModel(TdktDbContext db, CurrentUser me, AwardData data, RegistryFacts facts, RegistryCache cache, TimeProvider clock, TdktSettings settings)
    : PageModel
{
    [BindProperty(SupportsGet = true, Name = "unit")]
    public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    /// <summary>Ngày quyết định dự kiến (dd/MM/yyyy); default 31/12 of the year, or today when later.</summary>
    [BindProperty(SupportsGet = true, Name = "ngay")]
    public string? DecisionDateText { get; set; }

    /// <summary>Trang: the screen shows 100 at a time (a whole province is tens of thousands); the .xlsx has them all.</summary>
    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public const int PageSize = 100;

    /// <summary>More units than this under the default unit: the page asks for a choice before it computes.</summary>
    public const int LargeScope = 200;

    /// <summary>Set when the page asks for a choice: how many units the default covers.</summary>
    public int? SubUnits { get; private set; }

    public int Pages => Math.Max(1, (Rows.Count + PageSize - 1) / PageSize);

    public IEnumerable<DueRow> PageRows => Rows.Skip((PageNumber - 1) * PageSize).Take(PageSize);

    public OrgUnit Unit { get; private set; } = null!;
    public DateOnly DecisionDate { get; private set; }
    public IReadOnlyList<DueRow> Rows { get; private set; } = [];
    public List<SelectListItem> Units { get; private set; } = [];
    public string? Error { get; private set; }

    public static readonly string[] Headers =
        ["STT", "Đối tượng", "Họ và tên / Tập thể", "Năm sinh", "Đơn vị", "Mã danh hiệu", "Danh hiệu, hình thức đề nghị", "Lý do", "Căn cứ pháp lý"];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct) || Error is not null)
        {
            return NotFound();
        }

        var n = 0;
        var bytes = Xlsx.Write(new XlsxSheet("Đến hạn đề nghị", Headers, [.. Rows.Select(r => (IReadOnlyList<object?>)
        [
            ++n, r.Kind.Vietnamese(), r.Name, r.BirthYear is { } b ? b : string.Empty, r.UnitName, r.Award.AwardCode, r.Award.AwardName,
            r.Award.Reason, r.Award.Result.LegalBasis,
        ])])
        {
            Title = string.Create(CultureInfo.InvariantCulture, $"DANH SÁCH ĐẾN HẠN ĐỀ NGHỊ KHEN THƯỞNG NĂM {Year}"),
            Subtitle = Unit.Name,
            Widths = [6, 12, 28, 9, 28, 14, 30, 40, 30],
        });
        var file = string.Create(CultureInfo.InvariantCulture, $"den-han-de-nghi-{Unit.Code}-{Year}.xlsx");
        return File(bytes, Xlsx.ContentType, file);
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var visible = db.OrgUnits.AsNoTracking().VisibleTo(scope);
        var options = await visible.OrderBy(u => u.Path).Select(u => new { u.Id, u.Name, u.Code, u.Path }).Take(2000).ToListAsync(ct);
        if (options.Count == 0)
        {
            return false;
        }

        // Default: the officer's own unit when it is in their scope (a commune clerk: the commune; a province officer:
        // their department, not the whole province — tens of thousands of rows computed and shown by default helped no
        // one); any wider unit is one choice away.
        var home = (await me.GetAsync(ct))?.User.OrgUnitId;
        var chosen = UnitId is not null;
        UnitId ??= home is { } h && options.Any(o => o.Id == h) ? h : options[0].Id;
        var unit = await visible.SingleOrDefaultAsync(u => u.Id == UnitId, ct);
        if (unit is null)
        {
            return false;
        }

        Unit = unit;
        var minDepth = options.Min(o => OrgPath.Depth(o.Path));
        Units = [.. options.Select(o => new SelectListItem(new string('\u00A0', 3 * (OrgPath.Depth(o.Path) - minDepth)) + $"{o.Name} ({o.Code})",
            o.Id.ToString(CultureInfo.InvariantCulture), o.Id == UnitId))];

        var today = clock.Today(settings);
        Year ??= today.Year;
        if (!string.IsNullOrWhiteSpace(DecisionDateText))
        {
            if (!ViFormat.TryParseDate(DecisionDateText, out var d))
            {
                Error = $"Ngày quyết định \"{DecisionDateText}\" không hợp lệ. Hãy nhập theo dạng dd/MM/yyyy.";
                return true;
            }

            DecisionDate = d;
        }
        else
        {
            var endOfYear = new DateOnly(Math.Clamp(Year.Value, 2000, 2100), 12, 31);
            DecisionDate = today > endOfYear ? today : endOfYear;
        }

        if (Year < EligibilityFirstYear || Year > DecisionDate.Year)
        {
            Error = $"Năm xét phải từ {EligibilityFirstYear} đến năm của ngày quyết định ({DecisionDate.Year}).";
            return true;
        }

        if (LegalBases.ForDecisionDate(DecisionDate) is { IsFailure: true } basis)
        {
            Error = basis.Error!.Message;
            return true;
        }

        // Not chosen, and the default is a whole province (a province officer's own unit is the province): ask for a
        // unit first. Tens of thousands of rows that take seconds to work out helped no one as a default; choosing
        // the province itself still lists it (and the .xlsx has every row).
        if (!chosen && options.Count(o => o.Path.StartsWith(unit.Path, StringComparison.Ordinal)) > LargeScope)
        {
            SubUnits = options.Count(o => o.Path.StartsWith(unit.Path, StringComparison.Ordinal));
            return true;
        }

        var jurisdiction = await data.SettingsForPathAsync(unit.Path, ct);
        // Computed once per registry generation for everyone who asks for this subtree, year and date (ADR-0039).
        var generation = await RegistryCache.GenerationAsync(db, ct);
        var (path, year, date) = (unit.Path, Year.Value, DecisionDate);
        Rows = await cache.GetOrAddAsync(string.Create(CultureInfo.InvariantCulture, $"due|{path}|{year}|{date:yyyy-MM-dd}"), generation,
            () => facts.DueAsync(path, year, date, jurisdiction, CancellationToken.None), rows => rows.Count);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        return true;
    }

    private const int EligibilityFirstYear = Domain.Awards.Eligibility.EligibilityEngine.FirstYear;
}
