using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Tdkt.Web.Data;
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

    /// <summary>Form controls and buttons in main smaller than 44 px, and inputs without a label (checkboxes and radios are
    /// reached through their label).</summary>
    private static async Task AssertTouchTargetsAndLabelsAsync(IPage page)
    {
        var problems = await page.EvaluateAsync<string[]>(@"() => {
            const out = [];
            for (const el of document.querySelectorAll('main button, main .btn, main input:not([type=hidden]), main select, main textarea')) {
                const r = el.getBoundingClientRect();
                if ((r.width === 0 && r.height === 0) || el.closest('[aria-hidden=true]')) continue;
                const box = el.type === 'checkbox' || el.type === 'radio';
                if (!box && r.height < 44) out.push((el.id || el.name || el.textContent.trim()) + ': ' + Math.round(r.height) + ' px');
                if (el.matches('input, select, textarea') && el.labels.length === 0 && !el.getAttribute('aria-label'))
                    out.push((el.id || el.name) + ': no label');
            }
            return out; }");
        Assert.True(problems.Length == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Phone_PublicNoticeAndObjectionForm_NoSidewaysScroll_LabelledAndTouchSized()
    {
        var page = await PhoneAsync(null);
        await AssertNoSidewaysScrollAsync(page, "/cong-khai");
        var notices = page.Locator("main a[href^='/cong-khai/']");
        Assert.True(await notices.CountAsync() > 0, "the demo data has a public notice");
        await AssertNoSidewaysScrollAsync(page, (await notices.First.GetAttributeAsync("href"))!);
        await AssertTouchTargetsAndLabelsAsync(page);
    }

    [Fact]
    public async Task Phone_CertificateVerification_NoSidewaysScroll_TouchSized()
    {
        var token = await app.Factory.WithDbAsync(async db =>
        {
            var recipient = await db.DecisionRecipients.OrderBy(r => r.Id).Select(r => r.Id).FirstAsync();
            var existing = await db.Set<CertificateToken>().Where(t => t.DecisionRecipientId == recipient).Select(t => t.Token).FirstOrDefaultAsync();
            if (existing is not null)
            {
                return existing;
            }

            db.Add(new CertificateToken { DecisionRecipientId = recipient, Token = "dienthoai" + recipient, CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
            return "dienthoai" + recipient;
        });
        var page = await PhoneAsync(null);
        await AssertNoSidewaysScrollAsync(page, "/xac-minh/" + token);
        await Expect(page.GetByTestId("verify-status")).ToBeVisibleAsync();
        await AssertTouchTargetsAndLabelsAsync(page);
    }
}
