using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tdkt.Domain.Common;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.ThongKe;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Registry;

/// <summary>Tra cứu sổ khen thưởng: the award records of a unit's subtree (predecessors included) filtered by year,
/// period, form, level, kind, subject, decision number, person; sorted, paged, counted, exported to .xlsx. Also the
/// drill-down of every cell of /ThongKe (same URL parameters, same figures).</summary>
public sealed class AwardsModel(ReadOnlyDb readOnly, CurrentUser me, TimeProvider clock, TdktSettings settings) : PageModel
{
    private readonly TdktDbContext db = readOnly.Context; // the replica when configured and up (ADR-0035)

    public StatQuery Query { get; private set; } = new();
    public StatFilters Filters { get; private set; } = new();
    public StatUnitScope? Unit { get; private set; }
    public long Total { get; private set; }
    public IReadOnlyList<StatRecord> Rows { get; private set; } = [];
    public int PageNumber { get; private set; } = 1;
    public int Pages => (int)Math.Max(1, (Total + AwardStatistics.PageSize - 1) / AwardStatistics.PageSize);
    public string? Error { get; private set; }
    public string? ErrorField { get; private set; }
    public IReadOnlyList<(string Code, string Name)> Forms { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> UnitOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? page, CancellationToken ct)
    {
        PageNumber = Math.Max(1, page ?? 1);
        return await LoadAsync(PageNumber, ct) ?? Page();
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var result = await LoadAsync(null, ct);
        if (result is not null || Error is not null)
        {
            return result ?? Page();
        }

        string[] headers = ["STT", "Họ và tên, tên tập thể", "Đối tượng", "Đơn vị", "Danh hiệu, hình thức", "Loại khen thưởng", "Năm",
            "Số quyết định", "Ngày quyết định", "Tiền thưởng (đồng)", "Tình trạng"];
        var rows = Rows.Select((r, i) => (IReadOnlyList<object?>)
        [
            i + 1, r.Name, r.SubjectKind, r.UnitName, r.AwardName, r.Kind, r.Year, r.DecisionNumber, r.DecisionDate, r.Amount is { } money ? new XlsxMoney(money) : null,
            r.Revoked ? $"Đã hủy bỏ, thu hồi{(string.IsNullOrEmpty(r.RevocationAct) ? "" : " theo Quyết định số " + r.RevocationAct)}" : "Còn hiệu lực",
        ]);
        var sheet = new XlsxSheet("Sổ khen thưởng", headers, rows.ToList())
        {
            Title = "DANH SÁCH KHEN THƯỞNG",
            Subtitle = $"Có {Total.ToString("#,##0", ViFormat.Culture)} khen thưởng theo bộ lọc đã chọn",
            Widths = [6, 30, 12, 28, 28, 18, 8, 18, 14, 16, 24],
        };
        return File(Xlsx.Write(sheet), Xlsx.ContentType, "so-khen-thuong.xlsx");
    }

    private async Task<IActionResult?> LoadAsync(int? page, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Query = StatQuery.From(Request.Query);
        var stats = new AwardStatistics(db);
        Forms = await stats.FormsAsync(ct);
        var parsed = Query.Parse(clock.Today(settings));
        if (parsed.IsFailure)
        {
            Error = parsed.Error!.Message;
            ErrorField = (parsed.Error as ValidationError)?.Field;
            return null;
        }

        var (request, filters, direct) = parsed.Value;
        Filters = filters;
        var unit = await stats.UnitScopeAsync(scope, filters.Unit, request.AsOf, ct);
        if (unit.IsFailure)
        {
            return NotFound();
        }

        Unit = unit.Value!;
        if (direct)
        {
            // The "(trực tiếp)" row of a pivot: only the units that count for the root itself.
            Unit = Unit with { Buckets = Unit.Buckets.Where(b => b.Value == Unit.RootId).ToDictionary(b => b.Key, b => b.Value) };
        }

        UnitOptions = await stats.UnitOptionsAsync(scope, unit.Value!, ct);
        (Total, Rows) = await stats.RecordsAsync(Unit, request, filters, Query["sort"], page, ct);
        return null;
    }

    public string PageUrl(int page) => Query.Url("/Registry/Awards") + (Query.Url("/Registry/Awards").Contains('?') ? "&" : "?") + "page=" + page.ToString(CultureInfo.InvariantCulture);

    public string XlsxUrl => Query.Url("/Registry/Awards") + (Query.Url("/Registry/Awards").Contains('?') ? "&" : "?") + "handler=Xlsx";

    public string PivotUrl => Query.With(("groupBy", "unit,year"), ("sort", null)).Url("/ThongKe");
}
