using System.Net;
using Tdkt.Testing;

namespace Tdkt.Web.Tests.Account;

public sealed class LoginRateLimitTests : IAsyncLifetime
{
    private TdktFactory _app = null!;

    public async Task InitializeAsync() =>
        _app = await TestDatabases.NewFactoryAsync(nameof(LoginRateLimitTests),
            new Dictionary<string, string?> { ["Tdkt:LoginAttemptsPerMinute"] = "3" });

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task LoginPosts_OverThePerMinuteLimit_Answer429()
    {
        var client = Http.Anonymous(_app);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            var r = await Http.PostFormAsync(client, "/Account/Login",
                new() { ["Input.UserName"] = "khong-ton-tai", ["Input.Password"] = "sai-mat-khau-123" });
            statuses.Add(r.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], statuses.Take(3));
        Assert.All(statuses.Skip(3), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        var limited = await Http.PostFormAsync(client, "/Account/Login", new() { ["Input.UserName"] = "x", ["Input.Password"] = "y" });
        Assert.Contains("Hãy đợi một phút", await limited.Content.ReadAsStringAsync());
    }
}
