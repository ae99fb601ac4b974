using Tdkt.Domain.Organizations;

namespace Tdkt.Domain.Security;

/// <summary>One grant as the scope sees it: a role on the subtree rooted at <see cref="Path"/>.</summary>
public sealed record ScopeGrant(Role Role, int OrgUnitId, string Path);

/// <summary>
/// What a caller may reach: the union of the subtrees of their grants, per role.
/// Empty scope means no access at all (fail closed).
/// </summary>
public sealed class OrgScope
{
    public static readonly OrgScope None = new([]);

    public OrgScope(IEnumerable<ScopeGrant> grants)
    {
        Grants = grants.ToList();
    }

    public IReadOnlyList<ScopeGrant> Grants { get; }

    public bool IsEmpty => Grants.Count == 0;

    public bool Has(Role role) => Grants.Any(g => g.Role == role);

    /// <summary>Subtree roots for the given roles (any role when none given), with nested roots removed.</summary>
    public IReadOnlyList<string> Roots(params Role[] roles)
    {
        var paths = Grants.Where(g => roles.Length == 0 || roles.Contains(g.Role))
            .Select(g => g.Path)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(p => p.Length)
            .ToList();
        var roots = new List<string>();
        foreach (var p in paths)
        {
            if (!roots.Any(r => OrgPath.IsWithin(p, r)))
            {
                roots.Add(p);
            }
        }

        return roots;
    }

    /// <summary>True when <paramref name="path"/> lies in the subtree of a grant of one of <paramref name="roles"/>.</summary>
    public bool Covers(string path, params Role[] roles) =>
        Roots(roles).Any(r => OrgPath.IsWithin(path, r));
}
