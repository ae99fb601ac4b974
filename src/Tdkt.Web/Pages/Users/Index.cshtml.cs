using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Users;

/// <summary>Users whose home unit lies in the caller's Admin scope, with accent-insensitive search.</summary>
public sealed class IndexModel(TdktDbContext db, CurrentUser me, TimeProvider clock) : PageModel
{
    private const int Limit = 500;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<UserRow> Rows { get; private set; } = [];
    public ILookup<string, UserAdmin.GrantRow> Grants { get; private set; } = Array.Empty<UserAdmin.GrantRow>().ToLookup(g => g.UserId);
    public bool Truncated { get; private set; }

    public sealed record UserRow(string Id, string UserName, string FullName, string? Position, string UnitName, bool IsDisabled, bool IsLockedOut);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!scope.Has(Role.Admin))
        {
            return NotFound();
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
                          select new { u.Id, u.UserName, u.FullName, u.Position, Unit = o.Name, u.IsDisabled, u.LockoutEnd })
            .Take(Limit + 1).ToListAsync(ct);
        Truncated = list.Count > Limit;
        Rows = list.Take(Limit)
            .Select(u => new UserRow(u.Id, u.UserName ?? string.Empty, u.FullName, u.Position, u.Unit, u.IsDisabled, u.LockoutEnd is { } end && end > now))
            .ToList();
        var grants = await UserAdmin.GrantsOfAsync(db, scope, Rows.Select(r => r.Id).ToList(), ct);
        Grants = grants.ToLookup(g => g.UserId);
        return Page();
    }
}
