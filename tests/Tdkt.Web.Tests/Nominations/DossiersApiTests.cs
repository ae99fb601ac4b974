using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Nominations;
using Tdkt.Testing;
using Tdkt.Web.Pages.Nominations;

namespace Tdkt.Web.Tests.Nominations;

/// <summary>/api/v1/dossiers, transitions and the registry with the demo API tokens: same rules as the pages.</summary>
public sealed class DossiersApiTests : IAsyncLifetime
{
    private readonly SettableClock _clock = new(new DateTimeOffset(2023, 11, 20, 2, 0, 0, TimeSpan.Zero));
    private TdktFactory _app = null!;

    public async Task InitializeAsync()
    {
        _app = await TestDatabases.NewFactoryAsync(nameof(DossiersApiTests));
        _app.Clock = _clock;
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private HttpClient Bearer(string user)
    {
        var client = Http.Anonymous(_app);
        client.DefaultRequestHeaders.Authorization = new("Bearer", DemoTokens.For(_app, user));
        return client;
    }

    private Task<Dossier> DossierAsync(int id) => _app.WithDbAsync(db => db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == id));

    private Task<int> ReadyDraftAsync() => NominationScenario.ReadyDraftAsync(_app);

    private static Task<HttpResponseMessage> TransitionAsync(HttpClient c, int id, object body) =>
        c.PostAsJsonAsync($"/api/v1/dossiers/{id}/transitions", body);

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    [Fact]
    public async Task Transitions_SubmitReceiveReturn_MoveTheDossierAndShowInTimeline()
    {
        var id = await ReadyDraftAsync();
        var clerk = Bearer("canbo.tanphong");
        var appraiser = Bearer("thamdinh.tplc");

        var submitted = await TransitionAsync(clerk, id, new { action = "submit", version = (await DossierAsync(id)).Version });
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal("Submitted", (await JsonAsync(submitted)).GetProperty("status").GetString());

        var received = await TransitionAsync(appraiser, id, new { action = "receive", version = (await DossierAsync(id)).Version });
        Assert.Equal(HttpStatusCode.OK, received.StatusCode);
        var returned = await TransitionAsync(appraiser, id, new { action = "return", reason = "Thiếu báo cáo thành tích có xác nhận", version = (await DossierAsync(id)).Version });
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        Assert.Equal(DossierStatus.Returned, (await DossierAsync(id)).Status);

        var detail = await JsonAsync(await clerk.GetAsync($"/api/v1/dossiers/{id}"));
        Assert.Equal(3, detail.GetProperty("nominees").GetArrayLength());
        Assert.Contains("Giàng A Páo", detail.GetProperty("nominees").EnumerateArray().Select(n => n.GetProperty("name").GetString()));
        var timeline = detail.GetProperty("timeline").EnumerateArray().ToList();
        Assert.Equal(["Submit", "Receive", "Return"], timeline.Select(t => t.GetProperty("action").GetString()));
        Assert.Equal("Thiếu báo cáo thành tích có xác nhận", timeline[2].GetProperty("reason").GetString());
        Assert.Equal("Returned", detail.GetProperty("dossier").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Dossier_OtherWardClerkAndProvincialAppraiser_Answer404()
    {
        var id = await ReadyDraftAsync();
        Assert.Equal(HttpStatusCode.OK, (await TransitionAsync(Bearer("canbo.tanphong"), id, new { action = "submit", version = (await DossierAsync(id)).Version })).StatusCode);

        foreach (var user in new[] { "canbo.doanket", "thamdinh.snv" })
        {
            var c = Bearer(user);
            Assert.Equal(HttpStatusCode.NotFound, (await c.GetAsync($"/api/v1/dossiers/{id}")).StatusCode);
            var act = await TransitionAsync(c, id, new { action = "receive", version = (await DossierAsync(id)).Version });
            Assert.Equal(HttpStatusCode.NotFound, act.StatusCode);
            var list = await JsonAsync(await c.GetAsync("/api/v1/dossiers"));
            Assert.DoesNotContain(id, list.EnumerateArray().Select(d => d.GetProperty("id").GetInt32()));
        }

        var mine = await JsonAsync(await Bearer("thamdinh.tplc").GetAsync("/api/v1/dossiers"));
        Assert.Contains(id, mine.EnumerateArray().Select(d => d.GetProperty("id").GetInt32()));
        Assert.Equal(DossierStatus.Submitted, (await DossierAsync(id)).Status);
    }

    [Fact]
    public async Task Transition_IllegalOrStaleOrConcurrent_Answers409WithVietnameseDetail()
    {
        var id = await ReadyDraftAsync();
        var clerk = Bearer("canbo.tanphong");
        var appraiser = Bearer("thamdinh.tplc");
        var draftVersion = (await DossierAsync(id)).Version;

        // A draft is invisible to the receiving body: 404, not 409.
        var early = await TransitionAsync(appraiser, id, new { action = "receive", version = draftVersion });
        Assert.Equal(HttpStatusCode.NotFound, early.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await TransitionAsync(clerk, id, new { action = "submit", version = draftVersion })).StatusCode);

        // Stale version: someone changed it since it was read.
        var stale = await TransitionAsync(appraiser, id, new { action = "receive", version = draftVersion });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(DossierWorkflow.ChangedMessage, (await JsonAsync(stale)).GetProperty("detail").GetString());

        // Illegal step with the current version: a submitted dossier cannot have its appraisal completed.
        var version = (await DossierAsync(id)).Version;
        var illegal = await TransitionAsync(appraiser, id, new { action = "complete-appraisal", version });
        Assert.Equal(HttpStatusCode.Conflict, illegal.StatusCode);
        var problem = await JsonAsync(illegal);
        Assert.Equal("Xung đột dữ liệu", problem.GetProperty("title").GetString());
        Assert.StartsWith("Hồ sơ đang ở bước", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // 20 parallel receives: one succeeds, the others 409.
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => TransitionAsync(appraiser, id, new { action = "receive", version })));
        Assert.Equal(1, results.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(results.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(1, await _app.WithDbAsync(db => db.DossierTransitions.CountAsync(t => t.DossierId == id && t.To == DossierStatus.Received)));
    }

    [Fact]
    public async Task Transition_MissingFields_Answers400NamingTheField()
    {
        var id = await ReadyDraftAsync();
        var clerk = Bearer("canbo.tanphong");

        var noAction = await TransitionAsync(clerk, id, new { version = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, noAction.StatusCode);
        Assert.True((await JsonAsync(noAction)).GetProperty("errors").TryGetProperty("action", out _));

        var noVersion = await TransitionAsync(clerk, id, new { action = "submit" });
        Assert.Equal(HttpStatusCode.BadRequest, noVersion.StatusCode);
        Assert.True((await JsonAsync(noVersion)).GetProperty("errors").TryGetProperty("version", out _));

        var unknown = await TransitionAsync(clerk, id, new { action = "teleport", version = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("teleport", (await JsonAsync(unknown)).GetProperty("errors").GetProperty("action")[0].GetString());

        Assert.Equal(HttpStatusCode.OK, (await TransitionAsync(clerk, id, new { action = "submit", version = (await DossierAsync(id)).Version })).StatusCode);
        var noReason = await TransitionAsync(Bearer("thamdinh.tplc"), id, new { action = "return", version = (await DossierAsync(id)).Version });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await JsonAsync(noReason)).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(DossierStatus.Submitted, (await DossierAsync(id)).Status);
    }

    [Fact]
    public async Task Registry_AccentInsensitiveSearch_IsScopedToTheCallersUnits()
    {
        var found = await JsonAsync(await Bearer("canbo.tanphong").GetAsync("/api/v1/registry?q=do%20van%20hung"));
        var hung = Assert.Single(found.EnumerateArray());
        Assert.Equal("Đỗ Văn Hùng", hung.GetProperty("fullName").GetString());
        Assert.NotEqual(0, hung.GetProperty("awards").GetArrayLength());

        var other = await JsonAsync(await Bearer("canbo.doanket").GetAsync("/api/v1/registry?q=do%20van%20hung"));
        Assert.Equal(0, other.GetArrayLength());
    }
}
