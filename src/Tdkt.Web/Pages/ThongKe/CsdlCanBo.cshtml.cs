using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.Nominations;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.ThongKe;

/// <summary>Xuất dữ liệu khen thưởng cá nhân cho Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức: CSV (UTF-8 with
/// BOM, comma) or JSON of the individuals' awards of a unit's subtree (predecessors included) in a period; the format is
/// documented in docs/statistics-export.md. The citizen ID is included only for an Admin or clerk of a covering unit and
/// only when a nominee line carried it; every export writes an audit row (who, which unit, period, rows, with CCCD).
/// POST (no personal data in URLs).</summary>
public sealed class CsdlCanBoModel(TdktDbContext db, CurrentUser me, TimeProvider clock, TdktSettings settings, CitizenIds citizenIds) : PageModel
{
    public const string AuditAction = "Xuất dữ liệu khen thưởng cho CSDL quốc gia về CBCCVC";

    [BindProperty(SupportsGet = true, Name = "unit")]
    public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? To { get; set; }

    public string? Error { get; private set; }
    public IReadOnlyList<(int Id, string Name)> UnitOptions { get; private set; } = [];

    /// <summary>One exported line (field names are the documented JSON names).</summary>
    public sealed record ExportRow(string HoTen, int? NamSinh, string? GioiTinh, string? SoCccd, string MaDonVi, string DonVi,
        string MaHinhThuc, string HinhThuc, string CapKhenThuong, int NamThanhTich, string SoQuyetDinh, string NgayQuyetDinh,
        string CoQuanBanHanh, decimal? TienThuong, string MaBanGhi);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var stats = new AwardStatistics(db);
        var unit = await stats.UnitScopeAsync(scope, UnitId, clock.Today(settings), ct);
        if (unit.IsFailure)
        {
            return NotFound();
        }

        UnitOptions = await stats.UnitOptionsAsync(scope, unit.Value!, ct);
        UnitId ??= unit.Value!.RootId;
        return Page();
    }

    public Task<IActionResult> OnPostCsvAsync(CancellationToken ct) => ExportAsync(json: false, ct);

    public Task<IActionResult> OnPostJsonAsync(CancellationToken ct) => ExportAsync(json: true, ct);

    private async Task<IActionResult> ExportAsync(bool json, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var loaded = await me.GetAsync(ct);
        var stats = new AwardStatistics(db);
        var today = clock.Today(settings);
        var request = Domain.Statistics.StatRequest.Parse("unit", From, To, null, today);
        var unit = await stats.UnitScopeAsync(scope, UnitId, today, ct);
        if (unit.IsFailure)
        {
            return NotFound();
        }

        if (request.IsFailure)
        {
            Error = request.Error!.Message;
            UnitOptions = await stats.UnitOptionsAsync(scope, unit.Value!, ct);
            return Page();
        }

        var root = unit.Value!;
        var (_, records) = await stats.RecordsAsync(root, request.Value!, new StatFilters(Subject: nameof(SubjectKind.Individual)), "ngay", null, ct);
        var rootPath = await db.OrgUnits.AsNoTracking().Where(u => u.Id == root.RootId).Select(u => u.Path).SingleAsync(ct);
        var withCitizenIds = scope.Covers(rootPath, Role.Admin, Role.UnitClerk);
        var ids = records.Select(r => r.Id).ToList();
        var personIds = records.Where(r => r.PersonId is not null).Select(r => r.PersonId!.Value).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).Select(p => new { p.Id, p.BirthYear, p.Gender })
            .ToDictionaryAsync(p => p.Id, ct);
        var unitIds = records.Select(r => r.OrgUnitId).Distinct().ToList();
        var codes = await db.OrgUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Code, ct);
        var cccd = new Dictionary<int, string>();
        if (withCitizenIds)
        {
            var protectedIds = await (from r in db.DecisionRecipients.AsNoTracking()
                                      join n in db.Nominees.AsNoTracking() on r.NomineeId equals n.Id
                                      where ids.Contains(r.AwardRecordId) && n.CitizenIdProtected != null
                                      select new { r.AwardRecordId, n.CitizenIdProtected }).ToListAsync(ct);
            foreach (var p in protectedIds)
            {
                cccd[p.AwardRecordId] = citizenIds.Unprotect(p.CitizenIdProtected!);
            }
        }

        var rows = records.Select(r => new ExportRow(r.Name, r.PersonId is { } pid && people.TryGetValue(pid, out var p) ? p.BirthYear : null,
            r.PersonId is { } pid2 && people.TryGetValue(pid2, out var p2) ? p2.Gender : null, cccd.GetValueOrDefault(r.Id),
            codes.GetValueOrDefault(r.OrgUnitId, string.Empty), r.UnitName, r.AwardCode, r.AwardName, r.LevelName, r.Year, r.DecisionNumber,
            r.DecisionDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.IssuerName, r.Amount,
            r.Id.ToString(CultureInfo.InvariantCulture))).ToList();

        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(), ActorUserId = loaded?.User.Id, ActorName = loaded?.User.FullName ?? string.Empty, Action = AuditAction,
            EntityType = "Thống kê", EntityId = root.RootId.ToString(CultureInfo.InvariantCulture), OrgUnitId = root.RootId,
            After = JsonSerializer.Serialize(new
            {
                DonVi = root.RootName, Tu = request.Value!.From, Den = request.Value.To, Dinhdang = json ? "JSON" : "CSV", SoDong = rows.Count,
                CoCccd = cccd.Count,
            }),
            RequestId = HttpContext.TraceIdentifier, IpAddress = HttpContext.Connection.RemoteIpAddress?.ToString(),
        });
        await db.SaveChangesAsync(ct);
        Response.Headers.CacheControl = "no-store";
        var name = $"khen-thuong-csdl-cbccvc-{root.RootId}-{request.Value.From:yyyyMMdd}-{request.Value.To:yyyyMMdd}";
        if (json)
        {
            var body = JsonSerializer.SerializeToUtf8Bytes(new { PhienBan = "1.0", DonVi = root.RootName, Tu = request.Value.From, Den = request.Value.To, KhenThuong = rows },
                new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            return File(body, "application/json", name + ".json");
        }

        var csv = new StringBuilder();
        string[] header = ["ho_ten", "nam_sinh", "gioi_tinh", "so_cccd", "ma_don_vi", "don_vi", "ma_hinh_thuc", "hinh_thuc", "cap_khen_thuong",
            "nam_thanh_tich", "so_quyet_dinh", "ngay_quyet_dinh", "co_quan_ban_hanh", "tien_thuong", "ma_ban_ghi"];
        csv.AppendJoin(',', header).Append("\r\n");
        foreach (var r in rows)
        {
            csv.AppendJoin(',', new[]
            {
                r.HoTen, r.NamSinh?.ToString(CultureInfo.InvariantCulture), r.GioiTinh, r.SoCccd, r.MaDonVi, r.DonVi, r.MaHinhThuc, r.HinhThuc,
                r.CapKhenThuong, r.NamThanhTich.ToString(CultureInfo.InvariantCulture), r.SoQuyetDinh, r.NgayQuyetDinh, r.CoQuanBanHanh,
                r.TienThuong?.ToString("0", CultureInfo.InvariantCulture), r.MaBanGhi,
            }.Select(Csv)).Append("\r\n");
        }

        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8", name + ".csv");
    }

    /// <summary>RFC 4180 field; a leading =, +, -, @ is prefixed with ' so a spreadsheet never runs it as a formula.</summary>
    private static string Csv(string? value)
    {
        var v = value ?? string.Empty;
        if (v.Length > 0 && "=+-@".Contains(v[0], StringComparison.Ordinal))
        {
            v = "'" + v;
        }

        return v.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + v.Replace("\"", "\"\"") + "\"" : v;
    }
}
