using System.Net;
using System.Text.RegularExpressions;
using Tdkt.Testing;

namespace Tdkt.Web.Tests.Ux;

/// <summary>
/// Every link on every page a demo role reaches from its home leads somewhere (no 404, no 500) and no page shows a
/// raw code or framework English (issue 13 item 8). Bounded: at most two pages of one URL shape (ids replaced) and
/// <see cref="MaxPages"/> pages per role; downloads (?handler=) are not followed.
/// </summary>
public sealed partial class CrawlTests : IAsyncLifetime
{
    private const int MaxPages = 150;

    /// <summary>Texts that must never reach a person.</summary>
    private static readonly string[] Forbidden =
    [
        "TO_TRINH", "BAO_CAO_THANH_TICH", "BIEN_BAN_HOI_DONG", "BIEN_BAN_BINH_XET", "BK_CT_UBND_TINH", "SHA-256", "lần gửi 1",
        "The input string", "field is required", "còn -", "Hội nghị (mã)", "NullReferenceException", "Exception:",
    ];

    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewFactoryAsync(nameof(CrawlTests));

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("canbo.tanphong")]
    [InlineData("canbo.snv")]
    [InlineData("thamdinh.tplc")]
    [InlineData("thuky.hdtdkt")]
    [InlineData("hoidong.tv1")]
    [InlineData("lanhdao.tplc")]
    [InlineData("xem.tinh")]
    public async Task Crawl_DemoRole_EveryLinkAnswersAndNoRawCode(string user)
    {
        var client = await Http.SignedInAsync(_app, user);
        var queue = new Queue<(string Url, string From)>([("/", "(trang chủ)")]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var shapes = new Dictionary<string, int>(StringComparer.Ordinal);
        var problems = new List<string>();
        var pages = 0;
        while (queue.Count > 0 && pages < MaxPages)
        {
            var (url, from) = queue.Dequeue();
            pages++;
            using var response = await client.GetAsync(url);
            var status = (int)response.StatusCode;
            if (status is 404 or >= 500)
            {
                problems.Add($"{status} {url} (liên kết từ {from})");
                continue;
            }

            if (status != 200 || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var html = await response.Content.ReadAsStringAsync();
            var text = VisibleText(html);
            problems.AddRange(Forbidden.Where(f => text.Contains(f, StringComparison.Ordinal)).Select(f => $"\"{f}\" trên {url}"));
            if (GuidPattern().Match(text) is { Success: true } g)
            {
                problems.Add($"GUID {g.Value} trên {url}");
            }

            foreach (Match m in Href().Matches(html))
            {
                var link = WebUtility.HtmlDecode(m.Groups[1].Value);
                var hash = link.IndexOf('#', StringComparison.Ordinal);
                link = hash >= 0 ? link[..hash] : link;
                if (link.Length == 0 || Skip(link) || !seen.Add(link))
                {
                    continue;
                }

                var shape = Digits().Replace(link, "N");
                shapes[shape] = shapes.GetValueOrDefault(shape) + 1;
                if (shapes[shape] <= 2)
                {
                    queue.Enqueue((link, url));
                }
            }
        }

        Assert.True(pages > 5, $"{user}: only {pages} pages reached");
        Assert.True(problems.Count == 0, $"{user}, {pages} trang:\n" + string.Join("\n", problems.Distinct()));
    }

    private static bool Skip(string link) =>
        !link.StartsWith('/') || link.StartsWith("//", StringComparison.Ordinal)
        || link.Contains("handler=", StringComparison.OrdinalIgnoreCase)
        || link.StartsWith("/lib/", StringComparison.Ordinal) || link.StartsWith("/css/", StringComparison.Ordinal)
        || link.StartsWith("/favicon", StringComparison.Ordinal) || link.StartsWith("/api/", StringComparison.Ordinal)
        || link.StartsWith("/openapi", StringComparison.Ordinal) || link.StartsWith("/Account/Logout", StringComparison.Ordinal)
        || link.StartsWith("/Certificates/Download", StringComparison.Ordinal);

    /// <summary>The text a person reads: no scripts, styles or tags, and no textarea content (what an administrator typed into
    /// a code-based editor, e.g. a movement's award quota lines, is data, not a label).</summary>
    private static string VisibleText(string html)
    {
        var noScripts = Scripts().Replace(html, " ");
        return WebUtility.HtmlDecode(Tags().Replace(noScripts, " "));
    }

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Href();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex("<(script|style|textarea)[^>]*>.*?</\\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Scripts();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", RegexOptions.IgnoreCase)]
    private static partial Regex GuidPattern();
}
