using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Testing;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Account;
using Tdkt.Web.Security;

namespace Tdkt.Web.Tests.Hardening;

/// <summary>ADR-0019: password rule, uniform sign-in answer with comparable work, lockout a stranger cannot cause,
/// absolute session lifetime, expiring API tokens, HTTPS behind a proxy.</summary>
public sealed class AuthenticationTests : IAsyncLifetime
{
    private readonly SettableClock _clock = new(DateTimeOffset.UtcNow);
    private readonly CountingHasher _hasher = new();
    private TdktFactory _app = null!;

    public async Task InitializeAsync()
    {
        _app = await TestDatabases.NewFactoryAsync(nameof(AuthenticationTests), new Dictionary<string, string?>
        {
            ["Tdkt:ForwardedHeaders"] = "true", ["Tdkt:Hsts"] = "true",
        });
        _app.Clock = _clock;
        _app.TestServices = s => s.AddSingleton<IPasswordHasher<AppUser>>(_hasher);
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("passwordpassword")]
    [InlineData("Password2024!")]
    [InlineData("matkhau123456")]
    [InlineData("Mật khẩu!!!!!!")]
    [InlineData("khenthuong2025")]
    [InlineData("123456789012")]
    [InlineData("abcdefghijklmn")]
    [InlineData("ababababababab")]
    [InlineData("Qwertyuiop123")]
    [InlineData("tanphong-2025-xyz")]
    [InlineData("canbo.tanphong.2025")]
    public void PasswordRule_CommonTrivialOrContextual_Refused(string password) =>
        Assert.NotNull(PasswordRules.Check(password, "canbo.tanphong", "Phường Tân Phong"));

    [Theory]
    [InlineData("mùa lúa chín ở Mường Tè")]
    [InlineData("LaiChau@2025-demo")]
    [InlineData("mot cum tu rat dai 2025")]
    [InlineData("mat khau moi that dai 2026")]
    public void PasswordRule_PersonalPassphrase_Accepted(string password) =>
        Assert.Null(PasswordRules.Check(password, "canbo.tanphong", "Phường Tân Phong"));

    [Fact]
    public void PasswordRule_EveryBlocklistWord_RefusedWithDecoration()
    {
        var refused = PasswordRules.Blocked.Count(w => PasswordRules.Check(w + "!!!!!!!!!!!!", "x", null) is not null);
        Console.WriteLine($"blocklist: {refused} of {PasswordRules.Blocked.Count} refused");
        Assert.Equal(PasswordRules.Blocked.Count, refused);
        Assert.True(PasswordRules.Blocked.Count > 200);
    }

    [Fact]
    public async Task ChangePassword_Trivial_RefusedWithVietnameseMessage()
    {
        var client = await Http.SignedInAsync(_app, "canbo.tanphong");
        var response = await Http.PostFormAsync(client, "/Account/Profile?handler=ChangePassword", new()
        {
            ["PasswordChange.CurrentPassword"] = TestDatabases.DemoPassword,
            ["PasswordChange.NewPassword"] = "passwordpassword", ["PasswordChange.ConfirmPassword"] = "passwordpassword",
        }, "/Account/Profile");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("quá phổ biến hoặc dễ đoán", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_MissingWrongDisabledLocked_SameMessage_OneHashEach_NoCookie()
    {
        await _app.WithDbAsync(async db =>
        {
            await db.Users.Where(u => u.UserName == "canbo.doanket").ExecuteUpdateAsync(s => s.SetProperty(u => u.IsDisabled, true));
            return await db.Users.Where(u => u.UserName == "canbo.dongphong")
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, DateTimeOffset.UtcNow.AddDays(1)));
        });
        var cases = new (string User, string Password)[]
        {
            ("khong.co.ai", TestDatabases.DemoPassword), ("canbo.tanphong", "mat khau sai hoan toan"),
            ("canbo.doanket", TestDatabases.DemoPassword), ("canbo.dongphong", TestDatabases.DemoPassword),
        };

        foreach (var (user, password) in cases)
        {
            var before = _hasher.Verifications;
            var response = await LoginAsync(Http.Anonymous(_app), user, password, "10.0.0.1");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(IssuesAuthCookie(response));
            Assert.Equal(1, _hasher.Verifications - before);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, System.Text.RegularExpressions.Regex.Escape(LoginModel.FailedMessage)));
            foreach (var revealing in new[] { "vô hiệu hóa", "tạm khóa", "không tồn tại", "Đã nhập sai 5 lần" })
            {
                Assert.DoesNotContain(revealing, html, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task SignIn_StrangerFailsRepeatedly_OwnerElsewhereStillSignsIn_StrangerThrottled()
    {
        for (var i = 0; i < 8; i++)
        {
            await LoginAsync(Http.Anonymous(_app), "canbo.tanphong", $"doan bua lan thu {i}", "203.0.113.9");
        }

        var stranger = await LoginAsync(Http.Anonymous(_app), "canbo.tanphong", TestDatabases.DemoPassword, "203.0.113.9");
        Assert.False(IssuesAuthCookie(stranger));
        Assert.Contains(LoginModel.ThrottledMessage, WebUtility.HtmlDecode(await stranger.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var owner = await LoginAsync(Http.Anonymous(_app), "canbo.tanphong", TestDatabases.DemoPassword, "198.51.100.7");
        Assert.Equal(HttpStatusCode.Redirect, owner.StatusCode);
        Assert.True(IssuesAuthCookie(owner));

        // A name that does not exist is throttled the same way (no account enumeration through the throttle).
        for (var i = 0; i < 5; i++)
        {
            await LoginAsync(Http.Anonymous(_app), "khong.co.ai", $"doan bua lan thu {i}", "203.0.113.9");
        }

        var ghost = await LoginAsync(Http.Anonymous(_app), "khong.co.ai", "doan bua lan cuoi", "203.0.113.9");
        Assert.Contains(LoginModel.ThrottledMessage, WebUtility.HtmlDecode(await ghost.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        // After the window the address may try again.
        _clock.Now += LoginThrottle.Window + TimeSpan.FromSeconds(1);
        Assert.Equal(HttpStatusCode.Redirect, (await LoginAsync(Http.Anonymous(_app), "canbo.tanphong", TestDatabases.DemoPassword, "203.0.113.9")).StatusCode);
    }

    [Fact]
    public async Task Session_ActiveForTwelveHours_EndsAtAbsoluteLifetime()
    {
        var client = await Http.SignedInAsync(_app, "canbo.tanphong");
        var start = _clock.Now;
        var requests = 0;
        while (_clock.Now - start < TimeSpan.FromHours(11.6))
        {
            _clock.Now += TimeSpan.FromMinutes(20); // within the 30-minute idle timeout: the cookie slides
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Profile")).StatusCode);
            requests++;
        }

        _clock.Now = start + TimeSpan.FromHours(12) + TimeSpan.FromSeconds(1);
        var after = await client.GetAsync("/Account/Profile");
        Console.WriteLine($"session: {requests} requests over 11.6 h accepted, then {after.StatusCode} at 12 h");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/Account/Login", after.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiToken_WithoutExpiryField_Expires90DaysLater_ShownOnProfile()
    {
        var client = await Http.SignedInAsync(_app, "canbo.tanphong");
        var response = await Http.PostFormAsync(client, "/Account/Profile?handler=CreateToken",
            new() { ["NewToken.Name"] = "Đồng bộ QLCB", ["NewToken.ExpiresInDays"] = "" }, "/Account/Profile");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var token = await _app.WithDbAsync(db => db.PersonalAccessTokens.AsNoTracking().SingleAsync(t => t.Name == "Đồng bộ QLCB"));
        Assert.Equal(TimeSpan.FromDays(90), token.ExpiresAt!.Value - token.CreatedAt);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/Account/Profile"));
        var row = html[html.IndexOf($"data-token-id=\"{token.Id}\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains(Domain.Common.ViFormat.DateTime(token.ExpiresAt.Value, TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh")), row, StringComparison.Ordinal);
        Assert.DoesNotContain("không hết hạn", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BehindTlsProxy_CookieSecure_AndHsts()
    {
        var client = Http.Anonymous(_app);
        client.BaseAddress = new Uri("http://tdkt.example/");
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, "127.0.0.1");
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var response = await Http.PostFormAsync(client, "/Account/Login", new() { ["Input.UserName"] = "canbo.tanphong", ["Input.Password"] = TestDatabases.DemoPassword });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("tdkt.auth=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=31536000", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);

        using var plain = Http.Anonymous(_app);
        Assert.False((await plain.GetAsync("/Account/Login")).Headers.Contains("Strict-Transport-Security"));
    }

    private static async Task<HttpResponseMessage> LoginAsync(HttpClient client, string user, string password, string ip)
    {
        client.DefaultRequestHeaders.Remove(TestClientAddress.Header);
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, ip);
        return await Http.PostFormAsync(client, "/Account/Login", new() { ["Input.UserName"] = user, ["Input.Password"] = password });
    }

    private static bool IssuesAuthCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("tdkt.auth=", StringComparison.Ordinal));

    /// <summary>The real hasher, counting verifications (comparable work on every sign-in path).</summary>
    private sealed class CountingHasher : IPasswordHasher<AppUser>
    {
        private readonly PasswordHasher<AppUser> _inner = new();
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(AppUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
