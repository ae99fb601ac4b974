using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Plans;

/// <summary>Plans in the caller's scope, filtered by the URL (words, year, issuing unit), sorted, paged, counted and exported.</summary>
public sealed class IndexModel(TdktDbContext db, CurrentUser me, TimeProvider clock, TdktSettings settings) : PageModel
{
    public sealed record Row(int Id, string Title, string Unit, int UnitId, int Year, string? Number, int? MovementId);

    public static readonly IReadOnlyList<(string Value, string Name)> Sorts =
        [("moi", "Năm mới nhất"), ("cu", "Năm cũ nhất"), ("ten", "Tên A–Z"), ("donvi", "Đơn vị ban hành")];

    public ListPage<Row> List { get; private set; } = null!;
    public IReadOnlyList<Row> Rows => List.Rows;
    public IReadOnlyList<(int Id, string Name)> Units { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];
    public string? Q { get; private set; }
    public int? Year { get; private set; }
    public int? UnitId { get; private set; }
    public string Sort { get; private set; } = "moi";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var n = 0;
        var bytes = Xlsx.Write("Ke hoach", ["STT", "Tên kế hoạch", "Đơn vị ban hành", "Năm", "Số ký hiệu"],
            List.All.Select(r => (IReadOnlyList<object?>)[++n, r.Title, r.Unit, r.Year, r.Number ?? string.Empty]));
        return File(bytes, Xlsx.ContentType, $"ke-hoach-{clock.Today(settings):yyyyMMdd}.xlsx");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var all = await (from p in db.VisiblePlans(scope).AsNoTracking()
                         join u in db.OrgUnits on p.OwnerUnitId equals u.Id
                         select new Row(p.Id, p.Title, u.Name, u.Id, p.Year, p.Number, p.MovementId)).ToListAsync(ct);
        Units = [.. all.Select(r => (r.UnitId, r.Unit)).Distinct().OrderBy(u => u.Unit, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false))];
        Years = [.. all.Select(r => r.Year).Distinct().OrderDescending()];
        Q = ListFilters.Text(Request, "q");
        Year = ListFilters.Int(Request, "nam");
        UnitId = ListFilters.Int(Request, "donvi");
        Sort = Sorts.Any(s => s.Value == ListFilters.Text(Request, "sap")) ? ListFilters.Text(Request, "sap")! : "moi";
        var rows = all.Where(r => ListFilters.Matches(Q, r.Title, r.Number) && (Year is null || r.Year == Year) && (UnitId is null || r.UnitId == UnitId));
        rows = Sort switch
        {
            "cu" => rows.OrderBy(r => r.Year).ThenBy(r => r.Title, StringComparer.Ordinal),
            "ten" => rows.OrderBy(r => r.Title, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false)),
            "donvi" => rows.OrderBy(r => r.Unit, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false)).ThenByDescending(r => r.Year),
            _ => rows.OrderByDescending(r => r.Year).ThenBy(r => r.Title, StringComparer.Ordinal),
        };
        List = new ListPage<Row>(Request, [.. rows]);
    }
}
