using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;

namespace Tdkt.Web.Security;

/// <summary>
/// The caller of this request with their grants, read from the database on every request so that a
/// disabled user or a removed grant takes effect at once (nothing about powers lives in the cookie).
/// </summary>
public sealed class CurrentUser(TdktDbContext db, IHttpContextAccessor http)
{
    private Loaded? _loaded;

    public sealed record Loaded(AppUser User, OrgScope Scope);

    public async Task<Loaded?> GetAsync(CancellationToken ct = default)
    {
        if (_loaded is not null)
        {
            return _loaded;
        }

        var id = http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (id is null)
        {
            return null;
        }

        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct);
        if (user is null || user.IsDisabled)
        {
            return null;
        }

        var grants = await (from g in db.RoleGrants.AsNoTracking()
                            join u in db.OrgUnits.AsNoTracking() on g.OrgUnitId equals u.Id
                            where g.UserId == id
                            select new ScopeGrant(g.Role, g.OrgUnitId, u.Path)).ToListAsync(ct);
        _loaded = new Loaded(user, new OrgScope(grants));
        return _loaded;
    }

    public async Task<OrgScope> ScopeAsync(CancellationToken ct = default) =>
        (await GetAsync(ct))?.Scope ?? OrgScope.None;

    public string? UserId => http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
}
