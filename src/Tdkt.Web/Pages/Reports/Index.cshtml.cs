using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Reports;

/// <summary>Report requests in the caller's scope, filtered by the URL (words, due year, requesting unit, due state),
/// sorted, paged, counted and exported.</summary>
public sealed class IndexModel(TdktDbContext db, CurrentUser me, TimeProvider clock, TdktSettings settings) : PageModel
{
    public sealed record Row(int Id, string Title, string Requester, int RequesterId, DateOnly DueDate, bool RecursYearly, int Recipients);

    public static readonly IReadOnlyList<(string Value, string Name)> Sorts =
        [("han-moi", "Hạn nộp mới nhất"), ("han-cu", "Hạn nộp cũ nhất"), ("ten", "Tên A–Z")];

    public static readonly IReadOnlyList<(string Value, string Name)> States =
        [("sap-den-han", "Đến hạn trong 30 ngày"), ("qua-han", "Đã qua hạn"), ("hang-nam", "Báo cáo hằng năm")];

    public ListPage<Row> List { get; private set; } = null!;
    public IReadOnlyList<Row> Rows => List.Rows;
    public IReadOnlyList<(int Id, string Name)> Units { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];
    public string? Q { get; private set; }
    public int? Year { get; private set; }
    public int? UnitId { get; private set; }
    public string? State { get; private set; }
    public string Sort { get; private set; } = "han-moi";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var n = 0;
        var bytes = Xlsx.Write("Bao cao", ["STT", "Tên báo cáo", "Đơn vị yêu cầu", "Hạn nộp", "Số đơn vị báo cáo"],
            List.All.Select(r => (IReadOnlyList<object?>)[++n, r.Title, r.Requester, Due(r), r.Recipients]));
        return File(bytes, Xlsx.ContentType, $"yeu-cau-bao-cao-{clock.Today(settings):yyyyMMdd}.xlsx");
    }

    public static string Due(Row r) => r.RecursYearly
        ? $"{r.DueDate.ToString("dd/MM", System.Globalization.CultureInfo.InvariantCulture)} hằng năm (từ {r.DueDate.Year})"
        : ViFormat.Date(r.DueDate);

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var today = clock.Today(settings);
        var raw = await (from r in db.VisibleReportRequests(scope).AsNoTracking()
                         join u in db.OrgUnits on r.RequesterUnitId equals u.Id
                         select new { r.Id, r.Title, u.Name, UnitId = u.Id, r.DueDate, r.RecursYearly, r.RecipientUnitIds }).ToListAsync(ct);
        var all = raw.Select(r => new Row(r.Id, r.Title, r.Name, r.UnitId, r.DueDate, r.RecursYearly, r.RecipientUnitIds.Count)).ToList();
        var vi = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false);
        Units = [.. all.Select(r => (r.RequesterId, r.Requester)).Distinct().OrderBy(u => u.Requester, vi)];
        Years = [.. all.Select(r => r.DueDate.Year).Distinct().OrderDescending()];
        Q = ListFilters.Text(Request, "q");
        Year = ListFilters.Int(Request, "nam");
        UnitId = ListFilters.Int(Request, "donvi");
        State = States.Any(s => s.Value == ListFilters.Text(Request, "tinhtrang")) ? ListFilters.Text(Request, "tinhtrang") : null;
        Sort = Sorts.Any(s => s.Value == ListFilters.Text(Request, "sap")) ? ListFilters.Text(Request, "sap")! : "han-moi";
        var rows = all.Where(r => ListFilters.Matches(Q, r.Title) && (Year is null || r.DueDate.Year == Year) && (UnitId is null || r.RequesterId == UnitId)
            && State switch
            {
                "sap-den-han" => r.DueDate >= today && r.DueDate <= today.AddDays(30),
                "qua-han" => r.DueDate < today && !r.RecursYearly,
                "hang-nam" => r.RecursYearly,
                _ => true,
            });
        rows = Sort switch
        {
            "han-cu" => rows.OrderBy(r => r.DueDate).ThenBy(r => r.Title, vi),
            "ten" => rows.OrderBy(r => r.Title, vi),
            _ => rows.OrderByDescending(r => r.DueDate).ThenBy(r => r.Title, vi),
        };
        List = new ListPage<Row>(Request, [.. rows]);
    }
}
