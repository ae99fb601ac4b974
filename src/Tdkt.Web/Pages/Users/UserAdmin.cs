using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Users;

/// <summary>Queries shared by the user administration pages: everything is limited to the caller's Admin scope.</summary>
public static class UserAdmin
{
    public sealed record UnitOption(int Id, string Code, string Name, int Depth, bool Closed);

    public sealed record GrantRow(int Id, string UserId, Role Role, int OrgUnitId, string UnitName, bool InCallerScope);

    /// <summary>Units the caller administers (Admin grants and their subtrees).</summary>
    public static IQueryable<Domain.Organizations.OrgUnit> AdminUnits(this TdktDbContext db, OrgScope scope) =>
        db.OrgUnits.AsNoTracking().VisibleTo(scope, Role.Admin);

    /// <summary>Users whose home unit is inside the caller's Admin scope.</summary>
    public static IQueryable<AppUser> AdminUsers(this TdktDbContext db, OrgScope scope) =>
        db.Users.VisibleTo(db.OrgUnits.VisibleTo(scope, Role.Admin));

    public static async Task<IReadOnlyList<UnitOption>> UnitOptionsAsync(TdktDbContext db, OrgScope scope, CancellationToken ct)
    {
        var rows = await db.AdminUnits(scope).OrderBy(u => u.Path)
            .Select(u => new { u.Id, u.Code, u.Name, u.Path, u.ValidTo })
            .ToListAsync(ct);
        return rows.Select(r => new UnitOption(r.Id, r.Code, r.Name, r.Path.Count(c => c == '/') - 2, r.ValidTo != null)).ToList();
    }

    public static async Task<IReadOnlyList<GrantRow>> GrantsOfAsync(TdktDbContext db, OrgScope scope, IReadOnlyCollection<string> userIds, CancellationToken ct)
    {
        var rows = await (from g in db.RoleGrants.AsNoTracking()
                          join u in db.OrgUnits.AsNoTracking() on g.OrgUnitId equals u.Id
                          where userIds.Contains(g.UserId)
                          orderby g.Role, u.Path
                          select new { g.Id, g.UserId, g.Role, g.OrgUnitId, u.Name, u.Path }).ToListAsync(ct);
        return rows.Select(r => new GrantRow(r.Id, r.UserId, r.Role, r.OrgUnitId, r.Name, scope.Covers(r.Path, Role.Admin))).ToList();
    }

    /// <summary>Puts Identity's (Vietnamese) errors on the form field they are about.</summary>
    public static void AddIdentityErrors(this ModelStateDictionary modelState, IdentityResult result, string userNameKey, string passwordKey)
    {
        foreach (var e in result.Errors)
        {
            var key = e.Code.StartsWith("Password", StringComparison.Ordinal) && e.Code != nameof(IdentityErrorDescriber.PasswordMismatch)
                ? passwordKey
                : e.Code.Contains("UserName", StringComparison.Ordinal) ? userNameKey : string.Empty;
            modelState.AddModelError(key, e.Description);
        }
    }

    public static List<SelectListItem> UnitItems(IEnumerable<UnitOption> units) =>
        units.Select(u => new SelectListItem(
            new string('\u00A0', Math.Max(0, u.Depth) * 3) + u.Name + " (" + u.Code + ")" + (u.Closed ? " - đã ngừng hoạt động" : string.Empty),
            u.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();

    public static List<SelectListItem> RoleItems() =>
        Enum.GetValues<Role>().Select(r => new SelectListItem(r.Vietnamese(), r.ToString())).ToList();

    public static bool IsLockedOut(AppUser u, DateTimeOffset now) => u.LockoutEnd is { } end && end > now;
}
