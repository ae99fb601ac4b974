using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.Users;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Audit;

/// <summary>
/// The append-only change log, limited to rows about units in the caller's Admin scope. Rows with no unit
/// (e.g. access tokens) are shown only to an admin whose scope covers every root unit.
/// </summary>
public sealed class IndexModel(TdktDbContext db, CurrentUser me, TdktSettings settings, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    public static readonly IReadOnlyList<(string Type, string Name)> EntityTypes =
    [
        (nameof(AppUser), "Người dùng"),
        (nameof(RoleGrant), "Vai trò được cấp"),
        (nameof(PersonalAccessToken), "Mã truy cập API"),
        ("OrgUnit", "Đơn vị"),
        ("OrgUnitSuccession", "Kế thừa đơn vị"),
        ("EmulationCluster", "Cụm, khối thi đua"),
    ];

    [BindProperty(SupportsGet = true, Name = "tu")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "den")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "nguoi")]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true, Name = "loai")]
    public string? EntityType { get; set; }

    [BindProperty(SupportsGet = true, Name = "thaotac")]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true, Name = "donvi")]
    public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public string? FromError { get; private set; }
    public string? ToError { get; private set; }
    public IReadOnlyList<UserAdmin.UnitOption> Units { get; private set; } = [];
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool HasNext { get; private set; }

    /// <summary>How many changes match the filter.</summary>
    public int Total { get; private set; }

    /// <summary>The export holds at most this many rows (newest first).</summary>
    public const int ExportLimit = 10_000;

    private bool _export;

    /// <summary>The filtered changes (all pages, up to <see cref="ExportLimit"/>) as .xlsx.</summary>
    public Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        _export = true;
        PageNumber = 1;
        return OnGetAsync(ct);
    }
    public TimeZoneInfo TimeZone => settings.TimeZone;

    public sealed record Change(string Property, string? Before, string? After);

    public sealed record Row(long Id, DateTimeOffset At, string ActorName, string Action, string EntityType, string EntityId,
        int? OrgUnitId, string? UnitName, string? Reason, string? IpAddress, IReadOnlyList<Change> Changes);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!scope.Has(Role.Admin))
        {
            return NotFound();
        }

        Units = await UserAdmin.UnitOptionsAsync(db, scope, ct);
        var adminUnits = db.OrgUnits.AsNoTracking().VisibleTo(scope, Role.Admin);
        var roots = await db.OrgUnits.AsNoTracking().Where(u => u.ParentId == null).Select(u => u.Path).ToListAsync(ct);
        var coversAllRoots = roots.All(p => scope.Covers(p, Role.Admin));

        var entries = db.AuditEntries.AsNoTracking();
        if (UnitId is { } unitId)
        {
            var unit = await adminUnits.Where(u => u.Id == unitId).Select(u => new { u.Path }).SingleOrDefaultAsync(ct);
            if (unit is null)
            {
                return NotFound();
            }

            // The chosen unit and everything under it.
            var subtree = adminUnits.Where(u => u.Path.StartsWith(unit.Path)).Select(u => u.Id);
            entries = entries.Where(a => a.OrgUnitId != null && subtree.Contains(a.OrgUnitId.Value));
        }
        else
        {
            var visibleIds = adminUnits.Select(u => u.Id);
            entries = coversAllRoots
                ? entries.Where(a => a.OrgUnitId == null || visibleIds.Contains(a.OrgUnitId.Value))
                : entries.Where(a => a.OrgUnitId != null && visibleIds.Contains(a.OrgUnitId.Value));
        }

        var example = ViFormat.Date(clock.Today(settings));
        if (!string.IsNullOrWhiteSpace(From))
        {
            if (ViFormat.TryParseDate(From, out var from))
            {
                var start = StartOfDay(from);
                entries = entries.Where(a => a.At >= start);
            }
            else
            {
                FromError = $"Ngày \"{From}\" không hợp lệ. Hãy nhập theo dạng dd/MM/yyyy, ví dụ {example}.";
            }
        }

        if (!string.IsNullOrWhiteSpace(To))
        {
            if (ViFormat.TryParseDate(To, out var to))
            {
                var end = StartOfDay(to.AddDays(1));
                entries = entries.Where(a => a.At < end);
            }
            else
            {
                ToError = $"Ngày \"{To}\" không hợp lệ. Hãy nhập theo dạng dd/MM/yyyy, ví dụ {example}.";
            }
        }

        if (!string.IsNullOrWhiteSpace(Actor))
        {
            var pattern = Like(Actor);
            entries = entries.Where(a => EF.Functions.ILike(TdktDbContext.Unaccent(a.ActorName), TdktDbContext.Unaccent(pattern)));
        }

        if (!string.IsNullOrWhiteSpace(EntityType))
        {
            entries = entries.Where(a => a.EntityType == EntityType);
        }

        if (!string.IsNullOrWhiteSpace(Action))
        {
            var pattern = Like(Action);
            entries = entries.Where(a => EF.Functions.ILike(TdktDbContext.Unaccent(a.Action), TdktDbContext.Unaccent(pattern)));
        }

        Total = await entries.CountAsync(ct);
        PageNumber = Math.Max(1, PageNumber);
        var take = _export ? ExportLimit : PageSize + 1;
        var list = await (from a in entries
                          join u in db.OrgUnits.AsNoTracking() on a.OrgUnitId equals u.Id into units
                          from u in units.DefaultIfEmpty()
                          orderby a.At descending, a.Id descending
                          select new { a, UnitName = u == null ? null : u.Name })
            .Skip((PageNumber - 1) * PageSize).Take(take).ToListAsync(ct);
        HasNext = list.Count > PageSize;
        Rows = list.Take(_export ? ExportLimit : PageSize).Select(x => new Row(x.a.Id, x.a.At, x.a.ActorName, x.a.Action, x.a.EntityType, x.a.EntityId,
            x.a.OrgUnitId, x.UnitName, x.a.Reason, x.a.IpAddress, Changes(x.a.Before, x.a.After, settings.TimeZone))).ToList();
        if (_export)
        {
            var bytes = Xlsx.Write("Nhat ky thay doi", ["Thời điểm", "Người thực hiện", "Thao tác", "Lý do", "Dữ liệu", "Đơn vị", "Thay đổi"],
                Rows.Select(r => (IReadOnlyList<object?>)[ViFormat.DateTime(r.At, settings.TimeZone), r.ActorName, r.Action, r.Reason ?? string.Empty,
                    EntityName(r.EntityType), r.UnitName ?? string.Empty,
                    string.Join("; ", r.Changes.Select(c => $"{c.Property}: {c.Before ?? "(trống)"} → {c.After ?? "(trống)"}"))]));
            return File(bytes, Xlsx.ContentType, $"nhat-ky-thay-doi-{clock.Today(settings):yyyyMMdd}.xlsx");
        }

        return Page();
    }

    /// <summary>The export link of the same filter.</summary>
    public string ExportUrl => PageUrl(1).Replace("trang=1", "handler=Xlsx", StringComparison.Ordinal);

    public string EntityName(string type) => AuditLabels.Entity(type);

    /// <summary>The query string for another page of the same filter.</summary>
    public string PageUrl(int page)
    {
        var q = new Dictionary<string, string?>
        {
            ["tu"] = From, ["den"] = To, ["nguoi"] = Actor, ["loai"] = EntityType, ["thaotac"] = Action,
            ["donvi"] = UnitId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["trang"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return "/Audit" + Microsoft.AspNetCore.Http.QueryString.Create(q.Where(kv => !string.IsNullOrWhiteSpace(kv.Value)));
    }

    private DateTimeOffset StartOfDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, settings.TimeZone.GetUtcOffset(local)).ToUniversalTime();
    }

    private static string Like(string text) =>
        "%" + text.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";

    /// <summary>Before/after JSON objects side by side, one line per property a person understands, in Vietnamese.</summary>
    private static List<Change> Changes(string? before, string? after, TimeZoneInfo zone)
    {
        var b = Flatten(before);
        var a = Flatten(after);
        return b.Keys.Union(a.Keys, StringComparer.Ordinal)
            .Select(k => (Key: k, Label: AuditLabels.Field(k)))
            .Where(x => x.Label is not null)
            .OrderBy(x => x.Label, StringComparer.Ordinal)
            .Select(x => new Change(x.Label!, AuditLabels.Value(b.GetValueOrDefault(x.Key), zone), AuditLabels.Value(a.GetValueOrDefault(x.Key), zone)))
            .ToList();
    }

    private static Dictionary<string, string?> Flatten(string? json)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json))
        {
            return result;
        }

        using var doc = JsonDocument.Parse(json);
        if (doc.RootElement.ValueKind != JsonValueKind.Object)
        {
            result[string.Empty] = doc.RootElement.GetRawText();
            return result;
        }

        foreach (var p in doc.RootElement.EnumerateObject())
        {
            result[p.Name] = p.Value.ValueKind switch
            {
                JsonValueKind.Null => "(trống)",
                JsonValueKind.String => p.Value.GetString(),
                JsonValueKind.True => "có",
                JsonValueKind.False => "không",
                _ => p.Value.GetRawText(),
            };
        }

        return result;
    }
}
