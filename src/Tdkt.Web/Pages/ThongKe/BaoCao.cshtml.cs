using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Security;
using Tdkt.Domain.Statistics;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.ThongKe;

/// <summary>
/// Báo cáo thống kê công tác khen thưởng năm, gửi cấp trên (issue 14 item 4): the unit's report built from the registry
/// (<see cref="AnnualReport"/>), sent by its clerk (a snapshot, audited); below it, the direct lower units' reports in one
/// table with who has not sent yet. Both tables export to a styled .xlsx and print. docs/statistics-report.md.
/// </summary>
public sealed class BaoCaoModel(TdktDbContext db, CurrentUser me, TimeProvider clock, TdktSettings settings) : PageModel
{
    public const string AuditAction = "Gửi báo cáo thống kê khen thưởng năm";

    [BindProperty(SupportsGet = true, Name = "unit")]
    public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true, Name = "year")]
    public string? YearText { get; set; }

    public int Year { get; private set; }
    public StatUnitScope? Unit { get; private set; }
    public string? Error { get; private set; }
    public IReadOnlyList<ReportLine> Lines { get; private set; } = [];
    public Func<ReportLine, string> LineLabel { get; private set; } = l => l.Code ?? l.Level;
    public StatReport? Sent { get; private set; }
    public bool CanSend { get; private set; }
    public IReadOnlyList<(int Id, string Name)> UnitOptions { get; private set; } = [];

    /// <summary>The direct lower units as of 31/12 of the year, with their sent report (null: not sent yet).</summary>
    public IReadOnlyList<(int Id, string Name, StatReport? Report)> Lower { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostSendAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } failed)
        {
            return failed;
        }

        if (Error is not null)
        {
            return Page();
        }

        if (!CanSend)
        {
            return Forbid();
        }

        var loaded = (await me.GetAsync(ct))!;
        var unit = Unit!;
        var now = clock.GetUtcNow();
        var total = Lines[^1];
        var content = JsonSerializer.Serialize(Lines);
        var existing = await db.StatReports.SingleOrDefaultAsync(r => r.OrgUnitId == unit.RootId && r.Year == Year, ct);
        var report = existing ?? new StatReport { OrgUnitId = unit.RootId, Year = Year };
        var before = existing is null ? null : JsonSerializer.Serialize(new { existing.SentAt, existing.SentByName, existing.Total, existing.Money });
        report.SentAt = now;
        report.SentByUserId = loaded.User.Id;
        report.SentByName = loaded.User.FullName;
        report.Total = total.Total;
        report.Money = total.Money;
        report.Content = content;
        if (existing is null)
        {
            db.StatReports.Add(report);
        }

        db.AuditEntries.Add(new AuditEntry
        {
            At = now, ActorUserId = loaded.User.Id, ActorName = loaded.User.FullName, Action = AuditAction, EntityType = "Báo cáo thống kê",
            EntityId = $"{unit.RootId}/{Year}", OrgUnitId = unit.RootId, Before = before,
            After = JsonSerializer.Serialize(new { DonVi = unit.RootName, Nam = Year, TongSo = total.Total, TienThuong = total.Money }),
            RequestId = HttpContext.TraceIdentifier, IpAddress = HttpContext.Connection.RemoteIpAddress?.ToString(),
        });
        await db.SaveChangesAsync(ct);
        TempData["Success"] = $"Đã gửi báo cáo thống kê khen thưởng năm {Year} của {unit.RootName} lên cấp trên.";
        return Redirect($"/ThongKe/BaoCao?unit={unit.RootId}&year={Year}");
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } failed)
        {
            return failed;
        }

        if (Error is not null)
        {
            return Page();
        }

        var rows = Lines.Select(l => (IReadOnlyList<object?>)
        [
            LineLabel(l), (int)l.Individuals, (int)l.Collectives, (int)l.Households, (int)l.Total, new XlsxMoney(l.Money),
            (int)l.Women, (int)l.Minority, (int)l.DirectWorkers,
        ]).ToList();
        var sheet = new XlsxSheet($"Năm {Year}", Headers, rows)
        {
            Title = $"BÁO CÁO THỐNG KÊ CÔNG TÁC KHEN THƯỞNG NĂM {Year}",
            Subtitle = $"Đơn vị báo cáo: {Unit!.RootName} (gồm đơn vị trực thuộc và đơn vị trước sáp nhập); số liệu từ sổ theo dõi khen thưởng, quyết định ký từ 01/01/{Year} đến 31/12/{Year}",
            Widths = [40, 10, 10, 10, 10, 16, 10, 12, 14],
        };
        return File(Xlsx.Write(sheet), Xlsx.ContentType, $"bao-cao-thong-ke-khen-thuong-{Year}-{Unit.RootId}.xlsx");
    }

    public async Task<IActionResult> OnGetXlsxLowerAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } failed)
        {
            return failed;
        }

        if (Error is not null)
        {
            return Page();
        }

        var rows = Lower.Select((x, i) => (IReadOnlyList<object?>)
        [
            i + 1, x.Name, x.Report is null ? "Chưa gửi" : "Đã gửi", x.Report is { } r ? ViFormat.DateTime(r.SentAt, settings.TimeZone) : "",
            x.Report?.SentByName ?? "", x.Report is { } t ? (int)t.Total : null, x.Report is { } m ? new XlsxMoney(m.Money) : null,
        ]).ToList();
        var sheet = new XlsxSheet("Đơn vị cấp dưới", ["STT", "Đơn vị", "Tình hình gửi", "Thời điểm gửi", "Người gửi", "Tổng số khen thưởng", "Tiền thưởng (đồng)"], rows)
        {
            Title = $"TÌNH HÌNH GỬI BÁO CÁO THỐNG KÊ KHEN THƯỞNG NĂM {Year}",
            Subtitle = $"Các đơn vị trực thuộc {Unit!.RootName}: {Lower.Count(x => x.Report is not null)} đã gửi, {Lower.Count(x => x.Report is null)} chưa gửi",
            Widths = [6, 40, 12, 18, 24, 14, 18],
        };
        return File(Xlsx.Write(sheet), Xlsx.ContentType, $"tinh-hinh-gui-bao-cao-{Year}-{Unit.RootId}.xlsx");
    }

    public static readonly IReadOnlyList<string> Headers =
    [
        "Danh hiệu, hình thức khen thưởng", "Cá nhân", "Tập thể", "Hộ gia đình", "Tổng số", "Tiền thưởng (đồng)",
        "Trong đó cá nhân nữ", "Cá nhân người dân tộc thiểu số", "Cá nhân là người lao động trực tiếp",
    ];

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var today = clock.Today(settings);
        var stats = new AwardStatistics(db);
        Year = today.Year - 1;
        if (!string.IsNullOrWhiteSpace(YearText))
        {
            if (!int.TryParse(YearText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y < 1945 || y > today.Year)
            {
                Error = $"Năm báo cáo \"{YearText}\" không hợp lệ: nhập năm từ 1945 đến {today.Year}.";
            }
            else
            {
                Year = y;
            }
        }

        var unit = await stats.UnitScopeAsync(scope, UnitId, new DateOnly(Year, 12, 31), ct);
        if (unit.IsFailure)
        {
            return NotFound();
        }

        Unit = unit.Value!;
        UnitOptions = await stats.UnitOptionsAsync(scope, Unit, ct);
        if (Error is not null)
        {
            return null;
        }

        Lines = await stats.AnnualReportAsync(Unit, Year, ct);
        LineLabel = await stats.ReportLabelerAsync(Unit, ct);
        var path = await db.OrgUnits.AsNoTracking().Where(u => u.Id == Unit.RootId).Select(u => u.Path).SingleAsync(ct);
        CanSend = scope.Covers(path, Role.Admin, Role.UnitClerk);
        var lowerIds = Unit.Buckets.Values.Where(id => id != Unit.RootId).Distinct().ToList();
        var reports = await db.StatReports.AsNoTracking().Where(r => r.Year == Year && (r.OrgUnitId == Unit.RootId || lowerIds.Contains(r.OrgUnitId)))
            .ToDictionaryAsync(r => r.OrgUnitId, ct);
        Sent = reports.GetValueOrDefault(Unit.RootId);
        Lower = (await stats.BucketUnitsAsync(Unit, ct)).Where(x => x.Id != Unit.RootId)
            .Select(x => (x.Id, x.Name, reports.GetValueOrDefault(x.Id))).ToList();
        return null;
    }
}
