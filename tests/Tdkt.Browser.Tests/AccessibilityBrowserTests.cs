using System.Text.Json;
using Microsoft.Playwright;

namespace Tdkt.Browser.Tests;

/// <summary>Issue 13 item 6: axe-core (vendored from npm into the test output, injected from that file — never served by
/// the app) finds no critical and no serious violation on the most used pages, for the roles that use them.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityBrowserTests(BrowserApp app)
{
    private static readonly string AxePath = Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js");

    /// <summary>A page whose context lets the injected axe script run despite the app's script-src 'self' policy.</summary>
    private async Task<IPage> PageAsync(string? user)
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "vi-VN", BaseURL = app.BaseUrl, BypassCSP = true });
        var page = await context.NewPageAsync();
        if (user is not null)
        {
            await page.GotoAsync("/Account/Login");
            await page.GetByLabel("Tên đăng nhập").FillAsync(user);
            await page.GetByLabel("Mật khẩu").FillAsync(Tdkt.Testing.TestDatabases.DemoPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
            await page.WaitForURLAsync(u => !u.Contains("/Account/Login", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
        }

        return page;
    }

    private static async Task<IReadOnlyList<string>> AxeAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.AddScriptTagAsync(new() { Path = AxePath });
        var json = await page.EvaluateAsync<string>(
            "async () => JSON.stringify((await axe.run(document, { resultTypes: ['violations'] })).violations" +
            ".filter(v => v.impact === 'critical' || v.impact === 'serious')" +
            ".map(v => v.impact + ' ' + v.id + ': ' + v.help + ' — ' + v.nodes.slice(0, 4).map(n => n.target.join(' ') + ' [' + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 160) + ']').join('; ')))");
        return [.. JsonSerializer.Deserialize<string[]>(json)!.Select(v => $"{url}: {v}")];
    }

    private static async Task<string?> FirstLinkAsync(IPage page, string url, string selector)
    {
        await page.GotoAsync(url);
        var links = page.Locator(selector);
        return await links.CountAsync() == 0 ? null : await links.First.GetAttributeAsync("href");
    }

    [Fact]
    public async Task MostUsedPages_NoCriticalOrSeriousAxeViolation()
    {
        Assert.True(File.Exists(AxePath), $"axe-core missing at {AxePath}");
        var problems = new List<string>();
        async Task CheckAsync(IPage page, string? url)
        {
            if (url is not null)
            {
                problems.AddRange(await AxeAsync(page, url));
            }
        }

        var anonymous = await PageAsync(null);
        await CheckAsync(anonymous, "/Account/Login");
        await CheckAsync(anonymous, "/cong-khai");
        await CheckAsync(anonymous, await FirstLinkAsync(anonymous, "/cong-khai", "main a[href^='/cong-khai/']"));

        var clerk = await PageAsync("canbo.tanphong");
        await CheckAsync(clerk, "/");
        await CheckAsync(clerk, "/Nominations");
        await CheckAsync(clerk, await FirstLinkAsync(clerk, "/Nominations", "main a[href^='/Nominations/Details/']"));
        await CheckAsync(clerk, "/Nominations/Create");

        var appraiser = await PageAsync("thamdinh.tplc");
        await CheckAsync(appraiser, "/");

        var secretary = await PageAsync("thuky.hdtdkt");
        await CheckAsync(secretary, "/");
        await CheckAsync(secretary, await FirstLinkAsync(secretary, "/Council", "main a[href^='/Council/Session/']"));

        var member = await PageAsync("hoidong.tv1");
        await CheckAsync(member, "/");
        await CheckAsync(member, await FirstLinkAsync(member, "/Council", "main a[href^='/Council/Session/']"));

        var admin = await PageAsync("admin");
        await CheckAsync(admin, "/Events");
        await CheckAsync(admin, await FirstLinkAsync(admin, "/Events", "main a[href^='/Events/Details/']"));
        await CheckAsync(admin, "/Registry");
        await CheckAsync(admin, "/ThongKe");
        await CheckAsync(admin, "/Plans");
        await CheckAsync(admin, await FirstLinkAsync(admin, "/Plans", "main a[href^='/Plans/Details/']"));
        await CheckAsync(admin, "/Reports");
        await CheckAsync(admin, "/Audit");

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
