using Microsoft.AspNetCore.WebUtilities;
using Tdkt.Domain.Common;

namespace Tdkt.Web.Pages.Shared;

/// <summary>What the shared pager (<c>_ListPager</c>) shows: the count, "page k of n" links and the Excel export of what is
/// filtered — every link keeps the list's filters, which live in the URL so a link can be shared (issue 13 item 2).</summary>
public interface IListPage
{
    int Total { get; }
    int Page { get; }
    int Pages { get; }
    string Url(int page);
    string ExportUrl { get; }
}

/// <summary>Paging of an already filtered and sorted list (page number in <c>?trang=</c>, 50 rows a page) and the URL
/// helpers of its filter form.</summary>
public sealed class ListPage<T> : IListPage
{
    public const int PageSize = 50;
    public const string PageKey = "trang";

    private readonly HttpRequest _request;

    public ListPage(HttpRequest request, IReadOnlyList<T> all)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(all);
        _request = request;
        All = all;
        Total = all.Count;
        Pages = Math.Max(1, (Total + PageSize - 1) / PageSize);
        Page = int.TryParse(request.Query[PageKey], out var p) ? Math.Clamp(p, 1, Pages) : 1;
        Rows = [.. all.Skip((Page - 1) * PageSize).Take(PageSize)];
    }

    /// <summary>Every filtered row (the export).</summary>
    public IReadOnlyList<T> All { get; }

    /// <summary>The rows of this page.</summary>
    public IReadOnlyList<T> Rows { get; }

    public int Total { get; }
    public int Page { get; }
    public int Pages { get; }

    public string Url(int page) => With(PageKey, page == 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public string ExportUrl => With(PageKey, null, ("handler", "Xlsx"));

    private string With(string key, string? value, params (string Key, string Value)[] more)
    {
        var query = _request.Query.Where(q => q.Key != key && q.Key != "handler" && more.All(m => m.Key != q.Key))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v))).ToList();
        if (value is not null)
        {
            query.Add(new(key, value));
        }

        query.AddRange(more.Select(m => new KeyValuePair<string, string?>(m.Key, m.Value)));
        return QueryHelpers.AddQueryString(_request.Path, query);
    }
}

/// <summary>Filter helpers shared by the lists.</summary>
public static class ListFilters
{
    /// <summary>Accent- and case-insensitive "contains" (Vietnamese text typed without diacritics still finds).</summary>
    public static bool Matches(string? q, params string?[] texts)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return true;
        }

        var folded = VietnameseText.Fold(q.Trim());
        return texts.Any(t => t is not null && VietnameseText.Fold(t).Contains(folded, StringComparison.Ordinal));
    }

    public static int? Int(HttpRequest request, string key) =>
        int.TryParse(request?.Query[key], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;

    public static string? Text(HttpRequest request, string key) =>
        request?.Query[key].ToString() is { Length: > 0 } s ? s.Trim() : null;
}
