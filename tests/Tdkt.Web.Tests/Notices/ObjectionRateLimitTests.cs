using System.Net;
using Tdkt.Testing;
using Tdkt.Web.Pages.Notices;

namespace Tdkt.Web.Tests.Notices;

/// <summary>Objection POSTs are limited per client IP (here 2 an hour); sign-in is a separate partition.</summary>
public sealed class ObjectionRateLimitTests : IAsyncLifetime
{
    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewFactoryAsync(nameof(ObjectionRateLimitTests),
        new Dictionary<string, string?> { ["Tdkt:ObjectionsPerHour"] = "2" });

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ObjectionPosts_OverTheHourlyLimit_Answer429InVietnamese()
    {
        var anon = Http.Anonymous(_app);
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 3; i++)
        {
            last = await anon.PostAsync("/cong-khai/424242", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Content"] = "x" }));
            statuses.Add(last.StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(2));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[2]);
        Assert.Equal(ObjectionRateLimit.Message, await last.Content.ReadAsStringAsync());

        // Reading the notices and signing in are not counted.
        Assert.Equal(HttpStatusCode.OK, (await anon.GetAsync("/cong-khai")).StatusCode);
        await Http.SignedInAsync(_app, "thamdinh.tplc");
    }
}
