using Microsoft.Playwright;
using Tdkt.Testing;
using static Microsoft.Playwright.Assertions;

namespace Tdkt.Browser.Tests;

/// <summary>At 390 px (a phone) the pages people use on phones have no sideways scroll (issue 13 item 5, ADR-0025):
/// document scrollWidth ≤ the viewport's width.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneLayoutBrowserTests(BrowserApp app)
{
    private const int Width = 390;

    private async Task<IPage> PhoneAsync(string? user)
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "vi-VN", BaseURL = app.BaseUrl, ViewportSize = new ViewportSize { Width = Width, Height = 844 }, HasTouch = true,
        });
        var page = await context.NewPageAsync();
        if (user is not null)
        {
            await page.GotoAsync("/Account/Login");
            await page.GetByLabel("Tên đăng nhập").FillAsync(user);
            await page.GetByLabel("Mật khẩu").FillAsync(TestDatabases.DemoPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
            await page.WaitForURLAsync(u => !u.Contains("/Account/Login", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
        }

        return page;
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await Expect(page.Locator("main")).ToBeVisibleAsync();
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= Width, $"{url}: scrollWidth {scrollWidth} > {Width}");
    }

    [Fact]
    public async Task Phone_InboxAndDossier_NoSidewaysScroll()
    {
        var page = await PhoneAsync("canbo.tanphong");
        await AssertNoSidewaysScrollAsync(page, "/Nominations");
        var dossier = await page.GetByTestId("dossiers").Locator("a").First.GetAttributeAsync("href");
        await AssertNoSidewaysScrollAsync(page, dossier!);
        await AssertNoSidewaysScrollAsync(page, "/");
    }

    [Fact]
    public async Task Phone_CouncilSession_NoSidewaysScroll()
    {
        var page = await PhoneAsync("thuky.hdtdkt");
        await page.GotoAsync("/Council");
        var links = page.Locator("a[href^='/Council/Session/']");
        if (await links.CountAsync() == 0)
        {
            await AssertNoSidewaysScrollAsync(page, "/Council");
            return;
        }

        await AssertNoSidewaysScrollAsync(page, (await links.First.GetAttributeAsync("href"))!);
    }

    [Fact]
    public async Task Phone_PublicNoticeList_NoSidewaysScroll()
    {
        var page = await PhoneAsync(null);
        await AssertNoSidewaysScrollAsync(page, "/cong-khai");
        var notices = page.Locator("main a[href^='/cong-khai/']");
        if (await notices.CountAsync() > 0)
        {
            await AssertNoSidewaysScrollAsync(page, (await notices.First.GetAttributeAsync("href"))!);
        }
    }
}
