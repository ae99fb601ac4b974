using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Tdkt.Testing;

namespace Tdkt.Web.Tests.Account;

public sealed partial class ProfileTests : IAsyncLifetime
{
    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewFactoryAsync(nameof(ProfileTests));

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private static async Task<string> CreateTokenAsync(HttpClient client, string name)
    {
        var response = await Http.PostFormAsync(client, "/Account/Profile?handler=CreateToken",
            new() { ["NewToken.Name"] = name, ["NewToken.ExpiresInDays"] = "30" }, "/Account/Profile");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var m = NewTokenPattern().Match(await response.Content.ReadAsStringAsync());
        Assert.True(m.Success, "The new token is shown on the page.");
        return m.Groups[1].Value;
    }

    private HttpClient Bearer(string token)
    {
        var client = Http.Anonymous(_app);
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    [Fact]
    public async Task CreateToken_ShownOnce_AuthenticatesApiThenRevokeAnswers401ProblemJson()
    {
        var client = await Http.SignedInAsync(_app, "canbo.tanphong");

        var token = await CreateTokenAsync(client, "Đồng bộ QLCB");

        var me = await Bearer(token).GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Contains("canbo.tanphong", await me.Content.ReadAsStringAsync());
        var stored = await _app.WithDbAsync(db => db.PersonalAccessTokens.AsNoTracking().SingleAsync(t => t.Name == "Đồng bộ QLCB"));
        Assert.Equal(Security.AccessTokens.Hash(token), stored.TokenHash);
        Assert.Equal(token[..12], stored.Prefix);
        Assert.NotNull(stored.ExpiresAt);
        // Shown once: the profile page afterwards lists the token but not its secret.
        Assert.DoesNotContain(token, await client.GetStringAsync("/Account/Profile"));

        var revoke = await Http.PostFormAsync(client, $"/Account/Profile?handler=RevokeToken&tokenId={stored.Id}", new(), "/Account/Profile");

        Lookups.AssertRedirect(revoke, "/Account/Profile");
        var after = await Bearer(token).GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal("application/problem+json", after.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(await _app.WithDbAsync(db => db.PersonalAccessTokens.Where(t => t.Id == stored.Id).Select(t => t.RevokedAt).SingleAsync()));
    }

    [Fact]
    public async Task RevokeToken_OfAnotherUser_Answers404AndTokenStillWorks()
    {
        var owner = await Http.SignedInAsync(_app, "canbo.doanket");
        var token = await CreateTokenAsync(owner, "Mã của Đoàn Kết");
        var tokenId = await _app.WithDbAsync(db => db.PersonalAccessTokens.Where(t => t.Name == "Mã của Đoàn Kết").Select(t => t.Id).SingleAsync());
        var other = await Http.SignedInAsync(_app, "canbo.tanphong");

        var response = await Http.PostFormAsync(other, $"/Account/Profile?handler=RevokeToken&tokenId={tokenId}", new(), "/Account/Profile");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Bearer(token).GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task CreateToken_WithoutName_ShowsVietnameseErrorAndStoresNothing()
    {
        var client = await Http.SignedInAsync(_app, "canbo.tanphong");
        var before = await _app.WithDbAsync(db => db.PersonalAccessTokens.CountAsync());

        var response = await Http.PostFormAsync(client, "/Account/Profile?handler=CreateToken", new() { ["NewToken.Name"] = "" }, "/Account/Profile");

        Assert.Contains("Hãy đặt tên cho mã truy cập", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await _app.WithDbAsync(db => db.PersonalAccessTokens.CountAsync()));
    }

    [Fact]
    public async Task ChangePassword_WrongCurrent_ShowsVietnameseErrorAndKeepsPassword()
    {
        var client = await Http.SignedInAsync(_app, "canbo.tanphong");

        var response = await Http.PostFormAsync(client, "/Account/Profile?handler=ChangePassword", new()
        {
            ["PasswordChange.CurrentPassword"] = "khong phai mat khau nay",
            ["PasswordChange.NewPassword"] = "mat khau moi that dai 2026",
            ["PasswordChange.ConfirmPassword"] = "mat khau moi that dai 2026",
        }, "/Account/Profile");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Mật khẩu hiện tại không đúng.", await response.Content.ReadAsStringAsync());
        await Http.SignedInAsync(_app, "canbo.tanphong");
    }

    [Fact]
    public async Task ChangePassword_Valid_NewPasswordSignsIn()
    {
        var client = await Http.SignedInAsync(_app, "canbo.tanphong");

        var response = await Http.PostFormAsync(client, "/Account/Profile?handler=ChangePassword", new()
        {
            ["PasswordChange.CurrentPassword"] = TestDatabases.DemoPassword,
            ["PasswordChange.NewPassword"] = "mat khau moi that dai 2026",
            ["PasswordChange.ConfirmPassword"] = "mat khau moi that dai 2026",
        }, "/Account/Profile");

        Lookups.AssertRedirect(response, "/Account/Profile");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Profile")).StatusCode);
        await Http.SignedInAsync(_app, "canbo.tanphong", "mat khau moi that dai 2026");
    }

    [GeneratedRegex("data-testid=\"new-token\"[^>]*>(tdkt_[A-Za-z0-9_\\-]+)<")]
    private static partial Regex NewTokenPattern();
}
