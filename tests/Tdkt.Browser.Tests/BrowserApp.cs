using Microsoft.Playwright;
using Tdkt.Testing;

namespace Tdkt.Browser.Tests;

/// <summary>
/// The app on a real Kestrel socket (127.0.0.1, free port) with its own database, driven by Debian's
/// Chromium through Playwright. No browser is downloaded: ExecutablePath points at /usr/bin/chromium.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    public TdktFactory Factory { get; private set; } = null!;
    public string BaseUrl { get; private set; } = string.Empty;
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The app's clock: the real time unless a test fixes "today" (and puts it back when done).</summary>
    public BrowserClock Clock { get; } = new();

    private IPlaywright _playwright = null!;

    public async Task InitializeAsync()
    {
        Factory = await TestDatabases.NewFactoryAsync("browser");
        Factory.Clock = Clock;
        Factory.UseKestrel(0);
        Factory.StartServer();
        BaseUrl = Factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("TDKT_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        Factory.Dispose();
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "vi-VN", BaseURL = BaseUrl });
        return await context.NewPageAsync();
    }

    public async Task<IPage> SignInAsync(string userName, string password = TestDatabases.DemoPassword)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await page.GetByLabel("Mật khẩu").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        // Wait for the redirect to commit, not for every resource of the next page: later Expect calls wait for content.
        await page.WaitForURLAsync(u => !u.Contains("/Account/Login", StringComparison.Ordinal),
            new() { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
        return page;
    }
}

/// <summary>System time, or a fixed instant while <see cref="Fixed"/> is set (tests of one collection run one at a time).</summary>
public sealed class BrowserClock : TimeProvider
{
    public DateTimeOffset? Fixed { get; set; }

    public override DateTimeOffset GetUtcNow() => Fixed ?? TimeProvider.System.GetUtcNow();
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser";
}
