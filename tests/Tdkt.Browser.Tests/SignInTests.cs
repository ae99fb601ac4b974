using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Tdkt.Testing;
using static Microsoft.Playwright.Assertions;

namespace Tdkt.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SignInTests(BrowserApp app)
{
    [Fact]
    public async Task SignIn_Clerk_SeesHomeAndOwnWardInTree()
    {
        var page = await app.SignInAsync("canbo.tanphong");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Xin chào, Cán bộ TĐKT phường Tân Phong");
        await Expect(page.GetByTestId("grants")).ToContainTextAsync("Cán bộ TĐKT đơn vị");

        await page.GetByRole(AriaRole.Link, new() { Name = "Cơ cấu tổ chức" }).First.ClickAsync();
        var tree = page.GetByTestId("org-tree");
        await Expect(tree).ToContainTextAsync("Phường Tân Phong");
        await Expect(tree).Not.ToContainTextAsync("Phường Đoàn Kết");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "tdkt-clerk-tree.png"), FullPage = true });
    }

    [Fact]
    public async Task SignIn_Admin_SeesWholeProvinceTreeWithHistory()
    {
        var page = await app.SignInAsync("admin");
        await page.GotoAsync("/OrgUnits");
        var tree = page.GetByTestId("org-tree");
        await Expect(tree).ToContainTextAsync("UBND tỉnh Lai Châu");
        await Expect(tree).ToContainTextAsync("UBND thành phố Lai Châu");
        await Expect(tree).ToContainTextAsync("UBND tỉnh Khánh Hòa");

        // As of 01/07/2025 the districts are gone and the new wards sit under the province.
        await page.GetByLabel("Cơ cấu tại ngày (dd/MM/yyyy)").FillAsync("01/07/2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();
        await Expect(tree).Not.ToContainTextAsync("UBND huyện Phong Thổ");
        await Expect(tree).ToContainTextAsync("Xã Phong Thổ");
    }

    [Fact]
    public async Task Search_WithoutDiacritics_FindsWard()
    {
        var page = await app.SignInAsync("admin");
        await page.GotoAsync("/OrgUnits");
        await page.GetByLabel("Tìm đơn vị (không cần gõ dấu)").FillAsync("doan ket");
        await Expect(page.GetByTestId("matches")).ToContainTextAsync("Phường Đoàn Kết");
    }

    [Fact]
    public async Task WrongPassword_ShowsVietnameseMessage()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Tên đăng nhập").FillAsync("xem.tinh");
        await page.GetByLabel("Mật khẩu").FillAsync("mat-khau-sai-hoan-toan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Expect(page.GetByTestId("errors")).ToContainTextAsync("Tên đăng nhập hoặc mật khẩu không đúng");
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        for (var i = 0; i < 5; i++)
        {
            await page.GetByLabel("Tên đăng nhập").FillAsync("hoidong.tv2");
            await page.GetByLabel("Mật khẩu").FillAsync($"sai-mat-khau-lan-{i}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
            await Expect(page.GetByTestId("errors")).ToBeVisibleAsync();
        }

        // The right password no longer opens the account from this browser (failures count per name and address).
        await page.GetByLabel("Tên đăng nhập").FillAsync("hoidong.tv2");
        await page.GetByLabel("Mật khẩu").FillAsync(TestDatabases.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Expect(page.GetByTestId("errors")).ToContainTextAsync("Đã nhập sai 5 lần với tên đăng nhập này từ máy này");
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
    }

    [Fact]
    public async Task ClerkOfWardA_OpeningWardB_Gets404()
    {
        var wardB = await app.Factory.WithDbAsync(db => Task.FromResult(db.OrgUnits.Single(u => u.Code == "LCH-TP-DOANKET").Id));
        var wardA = await app.Factory.WithDbAsync(db => Task.FromResult(db.OrgUnits.Single(u => u.Code == "LCH-TP-TANPHONG").Id));
        var page = await app.SignInAsync("canbo.tanphong");

        var own = await page.GotoAsync($"/OrgUnits/Details/{wardA}");
        Assert.Equal(200, own!.Status);
        await Expect(page.GetByTestId("unit-name")).ToHaveTextAsync("Phường Tân Phong");

        var other = await page.GotoAsync($"/OrgUnits/Details/{wardB}");
        Assert.Equal(404, other!.Status);
        await Expect(page.Locator("body")).ToContainTextAsync("Không tìm thấy");
        await Expect(page.Locator("body")).Not.ToContainTextAsync("Đoàn Kết");
    }
}
