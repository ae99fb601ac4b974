using System.Net;
using Tdkt.Testing;

namespace Tdkt.Web.Tests.Account;

public sealed class LoginTests : IAsyncLifetime
{
    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewFactoryAsync(nameof(LoginTests));

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string userName, string password) =>
        Http.PostFormAsync(client, "/Account/Login", new() { ["Input.UserName"] = userName, ["Input.Password"] = password });

    private static bool IssuesAuthCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("tdkt.auth=", StringComparison.Ordinal));

    [Fact]
    public async Task Login_WrongPassword_ShowsVietnameseErrorAndNoCookie()
    {
        var response = await LoginAsync(Http.Anonymous(_app), "canbo.tanphong", "mat khau sai hoan toan");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng", await response.Content.ReadAsStringAsync());
        Assert.False(IssuesAuthCookie(response));
    }

    [Fact]
    public async Task Login_FiveWrongPasswords_SixthWithCorrectPasswordIsLockedOut()
    {
        var client = Http.Anonymous(_app);
        for (var i = 0; i < 5; i++)
        {
            var wrong = await LoginAsync(client, "canbo.tanphong", "mat khau sai lan " + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var response = await LoginAsync(client, "canbo.tanphong", TestDatabases.DemoPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Pages.Account.LoginModel.ThrottledMessage, System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.False(IssuesAuthCookie(response));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task PageResponse_Always_CarriesSecurityHeaders()
    {
        var client = await Http.SignedInAsync(_app, "canbo.tanphong");

        var response = await client.GetAsync("/Account/Profile");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains("frame-ancestors 'none'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.True(response.Headers.CacheControl?.NoStore);
    }
}
