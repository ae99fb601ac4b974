using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages;

public sealed class IndexModel(TdktDbContext db, CurrentUser me, TimeProvider clock, TdktSettings settings) : PageModel
{
    public string FullName { get; private set; } = string.Empty;
    public string? Position { get; private set; }
    public string HomeUnit { get; private set; } = string.Empty;
    public IReadOnlyList<GrantView> Grants { get; private set; } = [];
    public IReadOnlySet<Role> Roles { get; private set; } = new HashSet<Role>();

    public sealed record GrantView(Role Role, int UnitId, string UnitName, bool UnitClosed, int OpenUnitsInScope);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var loaded = await me.GetAsync(ct);
        if (loaded is null)
        {
            return Challenge();
        }

        FullName = loaded.User.FullName;
        Position = loaded.User.Position;
        HomeUnit = await db.OrgUnits.Where(u => u.Id == loaded.User.OrgUnitId).Select(u => u.Name).SingleAsync(ct);
        var today = clock.Today(settings);
        var list = new List<GrantView>();
        foreach (var g in loaded.Scope.Grants.OrderBy(g => g.Role))
        {
            var unit = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Id == g.OrgUnitId, ct);
            var open = await db.OrgUnits.CountAsync(u => u.Path.StartsWith(g.Path) && (u.ValidTo == null || u.ValidTo >= today), ct);
            list.Add(new GrantView(g.Role, unit.Id, unit.Name, unit.IsClosed, open));
        }

        Grants = list;
        Roles = loaded.Scope.Grants.Select(g => g.Role).ToHashSet();
        return Page();
    }
}
