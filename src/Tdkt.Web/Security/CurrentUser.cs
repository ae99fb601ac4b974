using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;

namespace Tdkt.Web.Security;

/// <summary>
/// The caller of this request with their grants, read from the database on every request so that a
/// disabled user, a changed password (security stamp) or a removed grant takes effect at once on every node (nothing
/// about powers lives in the cookie). One round trip per request: the cookie check (<see cref="ValidateCookieAsync"/>)
/// reads the user and their grants together and this class reuses what it read (ADR-0039).
/// </summary>
public sealed class CurrentUser(TdktDbContext db, IHttpContextAccessor http)
{
    private const string ItemKey = "tdkt.current-user";
    private Loaded? _loaded;

    /// <summary>The user, their grants, and their unread notifications when read (the layout's badge).</summary>
    public sealed record Loaded(AppUser User, OrgScope Scope, int Unread = 0);

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

        // Read by the cookie check of this same request for this same user: not read twice.
        var loaded = http.HttpContext!.Items.TryGetValue(ItemKey, out var item) && item is Loaded l && l.User.Id == id
            ? l
            : await LoadAsync(db, id, ct);
        if (loaded is null || loaded.User.IsDisabled)
        {
            return null;
        }

        _loaded = loaded;
        return _loaded;
    }

    public async Task<OrgScope> ScopeAsync(CancellationToken ct = default) =>
        (await GetAsync(ct))?.Scope ?? OrgScope.None;

    public string? UserId => http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>The user and their grants (with each grant's unit path) in one query, with the unread notifications and
    /// the reference data's version (<see cref="ReferenceCache"/>) in the same round trip; null when there is no such user.</summary>
    public static async Task<Loaded?> LoadAsync(TdktDbContext db, string id, CancellationToken ct)
    {
        var grants = from g in db.RoleGrants.AsNoTracking()
                     join u in db.OrgUnits.AsNoTracking() on g.OrgUnitId equals u.Id
                     select new { g.UserId, g.Role, g.OrgUnitId, u.Path };
        var rows = await (from user in db.Users.AsNoTracking()
                          where user.Id == id
                          join g in grants on user.Id equals g.UserId into gs
                          from g in gs.DefaultIfEmpty()
                          select new
                          {
                              user, Role = (Role?)g.Role, OrgUnitId = (int?)g.OrgUnitId, Path = (string?)g.Path,
                              Unread = db.Notifications.Count(n => n.UserId == user.Id && n.ReadAt == null),
                              Version = TdktDbContext.ReferenceVersion(),
                          }).ToListAsync(ct);
        if (rows.Count == 0)
        {
            return null;
        }

        db.KnownReferenceVersion ??= rows[0].Version;
        return new Loaded(rows[0].user, new OrgScope([.. rows.Where(r => r.Role is not null).Select(r => new ScopeGrant(r.Role!.Value, r.OrgUnitId!.Value, r.Path!))]),
            rows[0].Unread);
    }

    /// <summary>The caller's unread notifications: as read with the user, unless this request wrote some since.</summary>
    public async Task<int> UnreadAsync(CancellationToken ct = default)
    {
        if (await GetAsync(ct) is not { } loaded)
        {
            return 0;
        }

        return _unreadStale
            ? await db.Notifications.CountAsync(n => n.UserId == loaded.User.Id && n.ReadAt == null, ct)
            : loaded.Unread;
    }

    /// <summary>Called after this request wrote notifications for the caller: the badge counts them again.</summary>
    public void NotificationsChanged() => _unreadStale = true;

    private bool _unreadStale;

    /// <summary>
    /// The application cookie's check on every request (in place of Identity's security-stamp validator with a zero
    /// interval): the user must exist, not be disabled and carry the security stamp the cookie was issued with
    /// (a changed password or an administrator's reset changes it). Unlike Identity's validator it does not rebuild
    /// the principal and re-issue the cookie on every request (the sliding expiration still renews it), and the user
    /// row it reads, with the grants, serves the rest of the request.
    /// </summary>
    public static async Task ValidateCookieAsync(Microsoft.AspNetCore.Authentication.Cookies.CookieValidatePrincipalContext ctx)
    {
        var services = ctx.HttpContext.RequestServices;
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<IdentityOptions>>().Value;
        var id = ctx.Principal?.FindFirstValue(options.ClaimsIdentity.UserIdClaimType);
        var stamp = ctx.Principal?.FindFirstValue(options.ClaimsIdentity.SecurityStampClaimType);
        var loaded = id is null ? null : await LoadAsync(services.GetRequiredService<TdktDbContext>(), id, ctx.HttpContext.RequestAborted);
        if (loaded is null || loaded.User.IsDisabled || stamp is null || !string.Equals(stamp, loaded.User.SecurityStamp, StringComparison.Ordinal))
        {
            ctx.RejectPrincipal();
            await ctx.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        ctx.HttpContext.Items[ItemKey] = loaded;
    }
}
