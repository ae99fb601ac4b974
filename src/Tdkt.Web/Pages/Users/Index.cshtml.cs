using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Users;

/// <summary>Users whose home unit lies in the caller's Admin scope: accent-insensitive search, filters by role, unit and
/// state in the URL, sorted, paged, counted and exported.</summary>
public sealed class IndexModel(TdktDbContext db, CurrentUser me, TimeProvider clock) : PageModel
{
    private const int Limit = 5000;

    public static readonly IReadOnlyList<(string Value, string Name)> States =
        [("hoatdong", "Hoạt động"), ("khoa", "Đang bị khóa"), ("vohieu", "Đã vô hiệu hóa")];

    public static readonly IReadOnlyList<(string Value, string Name)> Sorts = [("donvi", "Theo đơn vị"), ("ten", "Họ tên A–Z")];

    public ListPage<UserRow> List { get; private set; } = null!;
    public IReadOnlyList<(int Id, string Name)> Units { get; private set; } = [];
    public Role? RoleFilter { get; private set; }
    public int? UnitId { get; private set; }
    public string? State { get; private set; }
    public string Sort { get; private set; } = "donvi";

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<UserRow> Rows { get; private set; } = [];
    public ILookup<string, UserAdmin.GrantRow> Grants { get; private set; } = Array.Empty<UserAdmin.GrantRow>().ToLookup(g => g.UserId);
    public bool Truncated { get; private set; }

    public sealed record UserRow(string Id, string UserName, string FullName, string? Position, string UnitName, int UnitId, bool IsDisabled, bool IsLockedOut);

    public static string StateOf(UserRow u) => u.IsDisabled ? "Đã vô hiệu hóa" : u.IsLockedOut ? "Đang bị khóa" : "Hoạt động";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var n = 0;
        var bytes = Xlsx.Write("Nguoi dung", ["STT", "Họ tên", "Tên đăng nhập", "Chức vụ", "Đơn vị công tác", "Vai trò được cấp", "Trạng thái"],
            List.All.Select(u => (IReadOnlyList<object?>)[++n, u.FullName, u.UserName, u.Position ?? string.Empty, u.UnitName,
                string.Join("; ", Grants[u.Id].Select(g => $"{g.Role.Vietnamese()} · {g.UnitName}")), StateOf(u)]));
        return File(bytes, Xlsx.ContentType, $"nguoi-dung-{clock.GetUtcNow():yyyyMMdd}.xlsx");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!scope.Has(Role.Admin))
        {
            return false;
        }

        var users = db.AdminUsers(scope).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var pattern = "%" + Query.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            users = users.Where(u => EF.Functions.ILike(TdktDbContext.Unaccent(u.FullName), TdktDbContext.Unaccent(pattern))
                || EF.Functions.ILike(u.UserName!, pattern));
        }

        var now = clock.GetUtcNow();
        var list = await (from u in users
                          join o in db.OrgUnits.AsNoTracking() on u.OrgUnitId equals o.Id
                          orderby o.Path, u.FullName
                          select new { u.Id, u.UserName, u.FullName, u.Position, Unit = o.Name, UnitId = o.Id, u.IsDisabled, u.LockoutEnd })
            .Take(Limit + 1).ToListAsync(ct);
        Truncated = list.Count > Limit;
        var all = list.Take(Limit)
            .Select(u => new UserRow(u.Id, u.UserName ?? string.Empty, u.FullName, u.Position, u.Unit, u.UnitId, u.IsDisabled, u.LockoutEnd is { } end && end > now))
            .ToList();
        var grants = await UserAdmin.GrantsOfAsync(db, scope, all.Select(r => r.Id).ToList(), ct);
        Grants = grants.ToLookup(g => g.UserId);
        Units = [.. all.Select(u => (u.UnitId, u.UnitName)).Distinct()];
        RoleFilter = Enum.TryParse<Role>(Request.Query["vaitro"].ToString(), out var role) && Enum.IsDefined(role) && ListFilters.Int(Request, "vaitro") is null ? role : null;
        UnitId = ListFilters.Int(Request, "donvi");
        State = States.Any(s => s.Value == ListFilters.Text(Request, "trangthai")) ? ListFilters.Text(Request, "trangthai") : null;
        Sort = ListFilters.Text(Request, "sap") == "ten" ? "ten" : "donvi";
        var rows = all.Where(u => (RoleFilter is null || Grants[u.Id].Any(g => g.Role == RoleFilter)) && (UnitId is null || u.UnitId == UnitId)
            && State switch
            {
                "hoatdong" => !u.IsDisabled && !u.IsLockedOut,
                "khoa" => u.IsLockedOut,
                "vohieu" => u.IsDisabled,
                _ => true,
            });
        if (Sort == "ten")
        {
            var vi = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false);
            rows = rows.OrderBy(u => u.FullName.Split(' ').Last(), vi).ThenBy(u => u.FullName, vi);
        }

        List = new ListPage<UserRow>(Request, [.. rows]);
        Rows = List.Rows;
        return true;
    }
}
