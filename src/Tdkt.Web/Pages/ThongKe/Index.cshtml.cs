using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Statistics;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.ThongKe;

/// <summary>Thống kê khen thưởng: a pivot of the registry over up to three groupings, counts and money, each cell a
/// link to its records; three charts (by unit, by year, by form) with their tables; .xlsx export. Scoped like
/// everything else: a unit outside the caller's scope answers 404.</summary>
public sealed class IndexModel(ReadOnlyDb readOnly, CurrentUser me, TimeProvider clock, TdktSettings settings, Registry.RegistryCache cache) : PageModel
{
    private readonly TdktDbContext db = readOnly.Context; // the replica when configured and up (ADR-0035)

    public StatQuery Query { get; private set; } = new();
    public StatRequest? Parsed { get; private set; }
    public StatFilters Filters { get; private set; } = new();
    public PivotTable? Table { get; private set; }
    public StatUnitScope? Unit { get; private set; }
    public Func<StatDimension, string, string> Label { get; private set; } = (_, k) => k;
    public string? Error { get; private set; }
    public string? ErrorField { get; private set; }
    public IReadOnlyList<(int Id, string Name)> UnitOptions { get; private set; } = [];
    public IReadOnlyList<(string Code, string Name)> Forms { get; private set; } = [];
    public IReadOnlyList<Chart> Charts { get; private set; } = [];

    /// <summary>A chart and the figures it draws (shown as a table beside it).</summary>
    public sealed record Chart(string Kind, string Title, StatDimension Dimension, IReadOnlyList<(string Label, string Url, StatFigures Figures)> Items);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var loaded = await LoadAsync(charts: true, ct);
        return loaded ?? Page();
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var loaded = await LoadAsync(charts: false, ct);
        if (loaded is not null)
        {
            return loaded;
        }

        if (Table is null)
        {
            return Page();
        }

        var t = Table;
        var headers = t.RowDimensions.Select(d => d.Vietnamese()).ToList();
        foreach (var c in t.ColumnKeys)
        {
            var name = t.ColumnDimension is { } cd ? Label(cd, c) : "Tổng";
            headers.Add($"{name} - số lượng");
            headers.Add($"{name} - tiền thưởng (đồng)");
        }

        if (t.ColumnDimension is not null)
        {
            headers.Add("Cộng - số lượng");
            headers.Add("Cộng - tiền thưởng (đồng)");
        }

        var rows = new List<IReadOnlyList<object?>>();
        for (var r = 0; r < t.RowKeys.Count; r++)
        {
            var row = new List<object?>();
            row.AddRange(t.RowKeys[r].Select((k, i) => (object?)Label(t.RowDimensions[i], k)));
            for (var c = 0; c < t.ColumnKeys.Count; c++)
            {
                row.Add((int)t.Cell(r, c).Count);
                row.Add(new XlsxMoney(t.Cell(r, c).Money));
            }

            if (t.ColumnDimension is not null)
            {
                row.Add((int)t.RowTotals[r].Count);
                row.Add(new XlsxMoney(t.RowTotals[r].Money));
            }

            rows.Add(row);
        }

        var total = new List<object?> { "Tổng cộng" };
        total.AddRange(Enumerable.Repeat<object?>(null, t.RowDimensions.Count - 1));
        if (t.ColumnDimension is not null)
        {
            foreach (var c in t.ColumnTotals)
            {
                total.Add((int)c.Count);
                total.Add(new XlsxMoney(c.Money));
            }
        }

        total.Add((int)t.Total.Count);
        total.Add(new XlsxMoney(t.Total.Money));
        rows.Add(total);
        var bytes = Xlsx.Write(new XlsxSheet("Thống kê khen thưởng", headers, rows)
        {
            Title = "THỐNG KÊ KHEN THƯỞNG",
            Subtitle = $"{Unit!.RootName}; quyết định từ {ViFormat.Date(Parsed!.From)} đến {ViFormat.Date(Parsed.To)}; cơ cấu tổ chức tại ngày {ViFormat.Date(Unit.AsOf)}; "
                + $"nhóm theo {string.Join(", ", t.Dimensions.Select(d => d.Vietnamese().ToLowerInvariant()))}; khen thưởng đã hủy bỏ, thu hồi không tính",
        });
        return File(bytes, Xlsx.ContentType, $"thong-ke-khen-thuong-{Unit!.AsOf:yyyyMMdd}.xlsx");
    }

    /// <summary>Null when the page should render (possibly with <see cref="Error"/>); a 404 when the unit is out of scope.</summary>
    private async Task<IActionResult?> LoadAsync(bool charts, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Query = StatQuery.From(base.Request.Query);
        // The unit tree cached per registry generation: only on the primary, where the generation is settled.
        var stats = new AwardStatistics(db) { Cache = readOnly.OnReplica ? null : cache };
        Forms = await stats.FormsAsync(ct);
        var parsed = Query.Parse(clock.Today(settings));
        if (parsed.IsFailure)
        {
            return Fail(parsed.Error!);
        }

        var (request, filters, _) = parsed.Value;
        Parsed = request;
        Filters = filters;
        var unit = await stats.UnitScopeAsync(scope, filters.Unit, request.AsOf, ct);
        if (unit.IsFailure)
        {
            return NotFound();
        }

        Unit = unit.Value!;
        Label = await stats.LabelerAsync(Unit, ct);
        UnitOptions = await stats.UnitOptionsAsync(scope, Unit, ct);
        var table = await stats.PivotAsync(Unit, request, filters, ct);
        if (table.IsFailure)
        {
            return Fail(table.Error!);
        }

        Table = table.Value;
        if (charts)
        {
            var list = new List<Chart>();
            foreach (var (kind, title, dim) in new[]
                     {
                         ("bars", "Số khen thưởng theo đơn vị", StatDimension.Unit),
                         ("line", "Số khen thưởng theo năm", StatDimension.Year),
                         ("shares", "Tỷ lệ theo danh hiệu, hình thức", StatDimension.Form),
                     })
            {
                var one = await stats.PivotAsync(Unit, request with { GroupBy = [dim] }, filters, ct);
                if (one.IsSuccess)
                {
                    var t = one.Value!;
                    list.Add(new Chart(kind, title, dim, t.RowKeys.Select((k, i) => (Label(dim, k[0]), CellUrl([dim], k), t.RowTotals[i])).ToList()));
                }
            }

            Charts = list;
        }

        return null;
    }

    private IActionResult? Fail(Error error)
    {
        if (error is NotFoundError)
        {
            return NotFound();
        }

        Error = error.Message;
        ErrorField = (error as ValidationError)?.Field;
        return null;
    }

    /// <summary>The record list of a cell: the page's filters plus the cell's keys.</summary>
    public string CellUrl(IReadOnlyList<StatDimension> dims, IReadOnlyList<string> keys)
    {
        var changes = new List<(string, string?)> { ("groupBy", null), ("sort", null) };
        for (var i = 0; i < dims.Count && i < keys.Count; i++)
        {
            var key = keys[i].Length == 0 ? "-" : keys[i];
            changes.Add((dims[i].Name(), key));
            if (dims[i] == StatDimension.Unit)
            {
                changes.Add(("direct", Unit is not null && key == Unit.RootId.ToString(CultureInfo.InvariantCulture) ? "1" : null));
            }
        }

        if (!dims.Contains(StatDimension.Unit) && Unit is not null)
        {
            changes.Add(("unit", Unit.RootId.ToString(CultureInfo.InvariantCulture)));
        }

        return Query.With(changes.ToArray()).Url("/Registry/Awards");
    }

    public string Dim(int i) => Parsed is { } r && i < r.GroupBy.Count ? r.GroupBy[i].Name() : "";
}
