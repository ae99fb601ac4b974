namespace Tdkt.Domain.Organizations;

/// <summary>
/// Materialized path of a unit: the ids from the root down, e.g. "/1/5/23/" (ADR-0002).
/// A unit's subtree is every unit whose path starts with its path, itself included.
/// </summary>
public static class OrgPath
{
    public static string Root(int id) => $"/{id}/";

    public static string Child(string parentPath, int id) => $"{parentPath}{id}/";

    public static bool IsWithin(string path, string ancestorPath) =>
        path.StartsWith(ancestorPath, StringComparison.Ordinal);

    public static int Depth(string path) => path.Count(c => c == '/') - 1;

    public static IReadOnlyList<int> Ids(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

    /// <summary>The path of a descendant after its subtree root moved from <paramref name="oldRoot"/> to <paramref name="newRoot"/>.</summary>
    public static string Rebase(string path, string oldRoot, string newRoot) =>
        IsWithin(path, oldRoot)
            ? newRoot + path[oldRoot.Length..]
            : throw new ArgumentException("The path is not inside the moved subtree.", nameof(path));
}
