using System.Linq.Expressions;
using Tdkt.Domain.Organizations;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;

namespace Tdkt.Web.Security;

/// <summary>
/// Server-side scope filters. Every by-id load goes through one of these, so an id outside the
/// caller's subtrees is simply not found (404), never forbidden, never data.
/// </summary>
public static class ScopeQueries
{
    /// <summary>Units inside the subtrees of the caller's grants for <paramref name="roles"/> (any role when none).</summary>
    public static IQueryable<OrgUnit> VisibleTo(this IQueryable<OrgUnit> units, OrgScope scope, params Role[] roles)
    {
        var roots = scope.Roots(roles);
        if (roots.Count == 0)
        {
            return units.Where(u => false);
        }

        // OR of path prefixes: each becomes LIKE '/1/5/%' on the text_pattern_ops index. The paths are parameters,
        // not constants: with constants every user's scope was a new query for EF to compile and cache, and at 3,000
        // officers compiling queries took about half the app's CPU (issue 17, measured with dotnet-trace).
        var u = Expression.Parameter(typeof(OrgUnit), "u");
        var path = Expression.Property(u, nameof(OrgUnit.Path));
        var startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
        Expression? body = null;
        foreach (var root in roots)
        {
            Expression test = Expression.Call(path, startsWith, PathParameter.Of(root));
            body = body is null ? test : Expression.OrElse(body, test);
        }

        return units.Where(Expression.Lambda<Func<OrgUnit, bool>>(body!, u));
    }

    /// <summary>Users whose home unit is one of <paramref name="visibleUnits"/>.</summary>
    public static IQueryable<AppUser> VisibleTo(this IQueryable<AppUser> users, IQueryable<OrgUnit> visibleUnits) =>
        users.Where(x => visibleUnits.Any(o => o.Id == x.OrgUnitId));
}

/// <summary>A path as a query parameter in a hand-built expression: EF turns a member read of a captured object into
/// a parameter (one cached query for all values), where a bare constant would be compiled into the SQL.</summary>
public sealed class PathParameter(string value)
{
    public string Value { get; } = value;

    public static Expression Of(string path) => Expression.Property(Expression.Constant(new PathParameter(path)), nameof(Value));
}
