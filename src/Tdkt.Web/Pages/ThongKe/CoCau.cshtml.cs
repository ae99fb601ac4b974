using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tdkt.Domain.Common;
using Tdkt.Domain.Statistics;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.ThongKe;

/// <summary>Cơ cấu đối tượng được khen thưởng (issue 14 item 3): the share of awards to women, ethnic-minority people,
/// direct workers and leaders/managers, by level and by form, next to each group's share among those proposed.
/// Same URL parameters and scope as /ThongKe; .xlsx export; prints. ADR-0033.</summary>
public sealed class CoCauModel(TdktDbContext db, CurrentUser me, TimeProvider clock, TdktSettings settings) : PageModel
{
    public StatQuery Query { get; private set; } = new();
    public StatRequest? Parsed { get; private set; }
    public StatUnitScope? Unit { get; private set; }
    public string? Error { get; private set; }
    public string? ErrorField { get; private set; }
    public IReadOnlyList<(int Id, string Name)> UnitOptions { get; private set; } = [];
    public IReadOnlyList<(string Code, string Name)> Forms { get; private set; } = [];
    public Func<StatDimension, string, string> Label { get; private set; } = (_, k) => k;

    /// <summary>The two tables: by level, by form.</summary>
    public IReadOnlyList<(StatDimension By, FairnessTable Table)> Tables { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } failed)
        {
            return failed;
        }

        if (Tables.Count == 0)
        {
            return Page();
        }

        var headers = new List<string> { "Nhóm theo", "Cấp, danh hiệu, hình thức", "Số người được khen thưởng", "Số người được đề nghị" };
        foreach (var g in FairnessTable.Groups)
        {
            headers.Add($"{g.Vietnamese()} - tỷ lệ khen thưởng (%)");
            headers.Add($"{g.Vietnamese()} - tỷ lệ đề nghị (%)");
            headers.Add($"{g.Vietnamese()} - chênh lệch (điểm %)");
        }

        var rows = new List<IReadOnlyList<object?>>();
        foreach (var (by, table) in Tables)
        {
            foreach (var row in table.Rows.Append(table.Total))
            {
                var line = new List<object?> { by.Vietnamese(), row.Key.Length == 0 ? "Tổng cộng" : Label(by, row.Key), (int)row.Awarded, (int)row.Proposed };
                foreach (var cell in row.Cells)
                {
                    line.Add(cell.Awarded.Share * 100m);
                    line.Add(cell.Proposed.Share * 100m);
                    line.Add(cell.GapPoints);
                }

                rows.Add(line);
            }
        }

        var sheet = new XlsxSheet("Cơ cấu đối tượng", headers, rows)
        {
            Title = "CƠ CẤU ĐỐI TƯỢNG ĐƯỢC KHEN THƯỞNG SO VỚI ĐỐI TƯỢNG ĐƯỢC ĐỀ NGHỊ",
            Subtitle = Subtitle(),
        };
        return File(Xlsx.Write(sheet), Xlsx.ContentType, $"co-cau-khen-thuong-{Unit!.RootId}-{Parsed!.From:yyyyMMdd}-{Parsed.To:yyyyMMdd}.xlsx");
    }

    public string Subtitle() => Unit is null || Parsed is null ? string.Empty
        : $"{Unit.RootName}; quyết định và hồ sơ đề nghị từ {ViFormat.Date(Parsed.From)} đến {ViFormat.Date(Parsed.To)}; tỷ lệ tính trên số người có ghi thông tin";

    /// <summary>"40 %" with Vietnamese decimals, "–" when nothing is recorded.</summary>
    public static string Percent(decimal? share) => share is { } s ? (s * 100m).ToString("0.#", ViFormat.Culture) + " %" : "–";

    public static string Points(decimal? gap) => gap is { } g ? (g > 0 ? "+" : "") + g.ToString("0.#", ViFormat.Culture) : "–";

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Query = StatQuery.From(Request.Query);
        var stats = new AwardStatistics(db);
        Forms = await stats.FormsAsync(ct);
        var resolved = await stats.ResolveAsync(scope, Query, clock.Today(settings), ct);
        if (resolved.Error is NotFoundError)
        {
            return NotFound();
        }

        if (resolved.IsFailure)
        {
            Error = resolved.Error!.Message;
            ErrorField = (resolved.Error as ValidationError)?.Field;
            return null;
        }

        var (request, filters, unit) = resolved.Value;
        Parsed = request;
        Unit = unit;
        Label = await stats.LabelerAsync(unit, ct);
        UnitOptions = await stats.UnitOptionsAsync(scope, unit, ct);
        Tables =
        [
            (StatDimension.Level, await stats.FairnessAsync(unit, request, filters, StatDimension.Level, ct)),
            (StatDimension.Form, await stats.FairnessAsync(unit, request, filters, StatDimension.Form, ct)),
        ];
        return null;
    }

    public string Count(long n) => n.ToString("#,##0", CultureInfo.GetCultureInfo("vi-VN"));
}
