using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tdkt.Domain.Common;
using Tdkt.Domain.Organizations;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.OrgUnits;

/// <summary>What the org-unit admin pages share: the admin scope, select lists, date fields, duplicate codes.</summary>
public static class OrgUnitAdmin
{
    public const string MissingVersion = "Thiếu thông tin phiên bản của đơn vị. Hãy tải lại trang rồi thực hiện lại.";
    public const string DateFormatHint = "dd/MM/yyyy, ví dụ 01/07/2025";

    /// <summary>Units the caller administers (Admin grant covers them); empty for everyone else.</summary>
    /// <summary>
    /// Starts the transaction of a structural write (create, import, move, edit, close) and takes one advisory
    /// lock for the whole tree, so paths and parent/child dates are read and written by one writer at a time.
    /// Load the units after this call, not before.
    /// </summary>
    public static async Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction> BeginTreeWriteAsync(this TdktDbContext db, CancellationToken ct)
    {
        var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7340001)", ct);
        return tx;
    }

    public static IQueryable<OrgUnit> Administered(this TdktDbContext db, OrgScope scope) =>
        db.OrgUnits.VisibleTo(scope, Role.Admin);

    /// <summary>True when the caller holds Admin on every root unit, so may add another root.</summary>
    public static async Task<bool> AdministersAllRootsAsync(TdktDbContext db, OrgScope scope, CancellationToken ct)
    {
        var roots = await db.OrgUnits.AsNoTracking().Where(u => u.ParentId == null).Select(u => u.Path).ToListAsync(ct);
        return roots.All(p => scope.Covers(p, Role.Admin));
    }

    /// <summary>Units in the caller's Admin scope as select options, indented by depth, closed ones marked.</summary>
    public static async Task<List<SelectListItem>> UnitOptionsAsync(TdktDbContext db, OrgScope scope, CancellationToken ct,
        string? excludeSubtreeOf = null)
    {
        var rows = await db.Administered(scope).AsNoTracking()
            .Select(u => new { u.Id, u.Code, u.Name, u.Path, u.ValidTo })
            .ToListAsync(ct);
        var minDepth = rows.Count == 0 ? 0 : rows.Min(r => OrgPath.Depth(r.Path));

        // Depth-first, siblings by Vietnamese name: ordering by the path text would put "/1/10/" before "/1/2/".
        var byParentPath = rows.ToLookup(r => ParentPath(r.Path), StringComparer.Ordinal);
        var paths = rows.Select(r => r.Path).ToHashSet(StringComparer.Ordinal);
        var ordered = new List<(int Id, string Code, string Name, string Path, DateOnly? ValidTo)>();
        void Visit(IEnumerable<(int Id, string Code, string Name, string Path, DateOnly? ValidTo)> level)
        {
            foreach (var r in level.OrderBy(r => r.Name, StringComparer.Create(ViFormat.Culture, ignoreCase: false)))
            {
                ordered.Add(r);
                Visit(byParentPath[r.Path].Select(c => (c.Id, c.Code, c.Name, c.Path, c.ValidTo)));
            }
        }

        Visit(rows.Where(r => !paths.Contains(ParentPath(r.Path))).Select(r => (r.Id, r.Code, r.Name, r.Path, r.ValidTo)));
        return ordered
            .Where(r => excludeSubtreeOf is null || !OrgPath.IsWithin(r.Path, excludeSubtreeOf))
            .Select(r => new SelectListItem(
                new string('\u00A0', 3 * (OrgPath.Depth(r.Path) - minDepth)) + $"{r.Name} ({r.Code})"
                    + (r.ValidTo is { } end ? $" — đã ngừng từ sau {ViFormat.Date(end)}" : string.Empty),
                r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
    }

    private static string ParentPath(string path) => path[..(path.LastIndexOf('/', path.Length - 2) + 1)];

    public static List<SelectListItem> KindOptions() =>
        Enum.GetValues<OrgUnitKind>().Select(k => new SelectListItem(k.Vietnamese(), k.ToString())).ToList();

    public static List<SelectListItem> SuccessionKindOptions() =>
        Enum.GetValues<SuccessionKind>().Select(k => new SelectListItem(k.Vietnamese(), k.ToString())).ToList();

    /// <summary>Parses a dd/MM/yyyy form field; the error names the field and the expected format.</summary>
    public static Result<DateOnly?> ParseDate(string? text, string field, string label, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return required
                ? new ValidationError(field, $"{label} là bắt buộc. Hãy nhập theo dạng {DateFormatHint}.")
                : Result<DateOnly?>.Success(null);
        }

        return ViFormat.TryParseDate(text, out var date)
            ? Result<DateOnly?>.Success(date)
            : new ValidationError(field, $"{label} \"{text.Trim()}\" không hợp lệ. Hãy nhập theo dạng {DateFormatHint}.");
    }

    public static string NormalizeCode(string? code) => (code ?? string.Empty).Trim().ToUpperInvariant();

    public static ConflictError DuplicateCode(string code) =>
        new($"Mã \"{code}\" đã có trong hệ thống. Hãy dùng mã khác.", "Code");

    /// <summary>The unique index on the code (or another unique index) refused the insert/update.</summary>
    public static bool IsUniqueViolation(DbUpdateException e) =>
        e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public static ConflictError ChangedByOthers() =>
        new("Đơn vị đã được người khác sửa trong lúc bạn thao tác. Hãy tải lại trang để xem dữ liệu mới nhất rồi thực hiện lại.");
}
