using System.Globalization;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Domain.Nominations;
using Tdkt.Testing;
using Tdkt.Web.Tests.Nominations;

namespace Tdkt.Web.Tests.Hardening;

/// <summary>The battery's sweep over every resource type (issue 15 item 9): every GET route with an id — API and pages,
/// enumerated from the endpoint data source — for every demo role, with generated ids that exist nowhere and the ids of
/// decisions outside the caller's units: never a 2xx, never a 5xx. And an exactly-once burst: 20 parallel identical
/// transitions of one dossier → one effect. Counts printed.</summary>
public sealed partial class BatteryEveryRouteTests : IAsyncLifetime
{
    private static readonly string[] Roles =
    [
        "admin", "quantri.phongtho", "canbo.tanphong", "canbo.doanket", "canbo.snv", "thamdinh.tplc", "thamdinh.snv",
        "thuky.hdtdkt", "lanhdao.tinh", "lanhdao.tplc", "xem.tinh", "thamdinh.ninhthuan", "lanhdao.ninhthuan",
    ];

    private TdktFactory _app = null!;

    public async Task InitializeAsync()
    {
        _app = await TestDatabases.NewFactoryAsync(nameof(BatteryEveryRouteTests));
        _app.Clock = new SettableClock(new DateTimeOffset(2023, 11, 20, 2, 0, 0, TimeSpan.Zero)); // the ready draft is due 24/11/2023
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task EveryIdRoute_EveryRole_GeneratedAndForeignIds_NeverSuccess_Never5xx()
    {
        _ = _app.Server;
        var routes = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Any(p => p.ParameterPolicies.Any(pp => pp.Content == "int")))
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>() is not { } m || m.HttpMethods.Contains("GET"))
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        var generated = new[] { 0, 987_654_321, int.MaxValue };
        var total = 0;
        var leaks = new List<string>();
        var statuses = new Dictionary<int, int>();

        foreach (var user in Roles)
        {
            var page = await Http.SignedInAsync(_app, user);
            var api = NominationScenario.Bearer(_app, user);
            foreach (var route in routes)
            {
                foreach (var id in generated)
                {
                    var url = IntParameter().Replace(route, id.ToString(CultureInfo.InvariantCulture));
                    if (url.Contains('{', StringComparison.Ordinal))
                    {
                        continue; // a route with a non-integer parameter too (a slug, a token): left to its own tests
                    }

                    var client = url.StartsWith("/api/", StringComparison.Ordinal) ? api : page;
                    var status = (int)(await client.GetAsync(url)).StatusCode;
                    total++;
                    statuses[status] = statuses.GetValueOrDefault(status) + 1;
                    if (status is >= 200 and < 300 or >= 500)
                    {
                        leaks.Add($"{user} GET {url} → {status}");
                    }
                }
            }
        }

        // Decisions of dossiers outside a clerk's ward: their documents answer 404.
        var ward = await Lookups.UnitIdAsync(_app, "LCH-TP-TANPHONG");
        var foreignDecisions = await _app.WithDbAsync(async db =>
        {
            var wardPath = await db.OrgUnits.Where(u => u.Id == ward).Select(u => u.Path).SingleAsync();
            return await (from d in db.Decisions
                          join x in db.Dossiers on d.DossierId equals x.Id
                          join p in db.OrgUnits on x.ProposingUnitId equals p.Id
                          join r in db.OrgUnits on x.ReceivingUnitId equals r.Id
                          where !p.Path.StartsWith(wardPath) && !r.Path.StartsWith(wardPath)
                          select d.Id).ToListAsync();
        });
        var clerk = NominationScenario.Bearer(_app, "canbo.tanphong");
        foreach (var id in foreignDecisions)
        {
            foreach (var url in new[] { $"/api/v1/decisions/{id}/document.docx", $"/api/v1/decisions/{id}/document.pdf" })
            {
                total++;
                var status = (int)(await clerk.GetAsync(url)).StatusCode;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                if (status != 404)
                {
                    leaks.Add($"canbo.tanphong GET {url} → {status}");
                }
            }
        }

        Console.WriteLine($"battery every id route: {routes.Count} routes × {Roles.Length} roles × {generated.Length} generated ids + "
            + $"{foreignDecisions.Count} foreign decisions = {total} requests; "
            + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")) + $"; {leaks.Count} success or 5xx");
        Assert.True(routes.Count > 20, $"only {routes.Count} routes with an id");
        Assert.True(leaks.Count == 0, string.Join('\n', leaks.Take(30)));
    }

    [Fact]
    public async Task Burst_TwentyIdenticalSubmits_ExactlyOneEffect()
    {
        var draft = await NominationScenario.ReadyDraftAsync(_app);
        var version = await _app.WithDbAsync(db => db.Dossiers.AsNoTracking().Where(d => d.Id == draft).Select(d => d.Version).SingleAsync());
        var clients = Enumerable.Range(0, 20).Select(_ => NominationScenario.Bearer(_app, "canbo.tanphong")).ToList();
        var responses = await Task.WhenAll(clients.Select(c =>
            c.PostAsJsonAsync($"/api/v1/dossiers/{draft}/transitions", new { action = "submit", version })));
        var ok = responses.Count(r => r.IsSuccessStatusCode);
        var codes = string.Join(", ", responses.GroupBy(r => (int)r.StatusCode).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}"));
        var submits = await _app.WithDbAsync(db => db.DossierTransitions.CountAsync(t => t.DossierId == draft && t.To == DossierStatus.Submitted));
        Console.WriteLine($"battery burst: 20 parallel submits → {codes}; {submits} transition written");
        Assert.Equal(1, ok);
        Assert.Equal(1, submits);
        Assert.All(responses, r => Assert.True((int)r.StatusCode < 500, r.StatusCode.ToString()));
    }

    [GeneratedRegex(@"\{[A-Za-z]+:int\}")]
    private static partial Regex IntParameter();
}
