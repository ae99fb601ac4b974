using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tdkt.Testing;
using Tdkt.Web.Tests.Nominations;

namespace Tdkt.Web.Tests.Hardening;

/// <summary>The bounded attack battery that stays in the suite (issue 15 item 9): cross-scope reads of dossiers (page and
/// API) and users for several roles from ids generated from the database, plus ids that do not exist, all answering
/// 404; stored XSS payloads rendered escaped. Counts printed.</summary>
public sealed class BatteryTests : IAsyncLifetime
{
    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewFactoryAsync(nameof(BatteryTests));

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private static readonly string[] Payloads =
    [
        "<script>alert('tdkt')</script>", "\"><img src=x onerror=alert(1)>", "<svg/onload=alert(2)>",
        "javascript:alert(3)", "'><iframe src=//evil.example>", "{{7*7}}<b>in đậm</b>",
    ];

    [Fact]
    public async Task CrossScope_DossiersAndUsers_OutsideEveryCallersSubtree_Answer404()
    {
        var units = await _app.WithDbAsync(db => db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Path));
        var dossiers = await _app.WithDbAsync(db => db.Dossiers.AsNoTracking().Select(d => new { d.Id, d.ProposingUnitId, d.ReceivingUnitId }).ToListAsync());
        var users = await _app.WithDbAsync(db => db.Users.AsNoTracking().Select(u => new { u.Id, u.OrgUnitId }).ToListAsync());
        var missing = new[] { 0, -1, int.MaxValue, dossiers.Max(d => d.Id) + 1000 };
        var total = 0;
        var leaks = new List<string>();

        foreach (var (user, unitCode) in new[] { ("canbo.tanphong", "LCH-TP-TANPHONG"), ("canbo.doanket", "LCH-TP-DOANKET"), ("quantri.phongtho", "LCH-PT") })
        {
            var home = await Lookups.UnitIdAsync(_app, unitCode);
            var subtree = units[home];
            bool Outside(int unitId) => !units[unitId].StartsWith(subtree, StringComparison.Ordinal);
            var page = await Http.SignedInAsync(_app, user);
            var api = NominationScenario.Bearer(_app, user);

            var foreign = dossiers.Where(d => Outside(d.ProposingUnitId) && Outside(d.ReceivingUnitId)).Select(d => d.Id).Concat(missing);
            foreach (var id in foreign)
            {
                foreach (var (client, url) in new[] { (page, $"/Nominations/Details/{id}"), (api, $"/api/v1/dossiers/{id}"), (api, $"/api/v1/dossiers/{id}/nominees") })
                {
                    total++;
                    var status = (await client.GetAsync(url)).StatusCode;
                    if (status != HttpStatusCode.NotFound)
                    {
                        leaks.Add($"{user} GET {url} → {(int)status}");
                    }
                }

                total++;
                var write = await api.PostAsJsonAsync($"/api/v1/dossiers/{id}/transitions", new { action = "submit", version = 0 });
                if (write.StatusCode != HttpStatusCode.NotFound)
                {
                    leaks.Add($"{user} POST transitions {id} → {(int)write.StatusCode}");
                }
            }

            if (user == "quantri.phongtho")
            {
                foreach (var id in users.Where(u => Outside(u.OrgUnitId)).Select(u => u.Id).Append("khong-ton-tai"))
                {
                    total++;
                    var status = (await page.GetAsync($"/Users/Edit/{id}")).StatusCode;
                    if (status != HttpStatusCode.NotFound)
                    {
                        leaks.Add($"{user} GET /Users/Edit/{id} → {(int)status}");
                    }
                }
            }
        }

        Console.WriteLine($"battery cross-scope: {total} requests, {leaks.Count} not 404");
        Assert.True(total > 50, $"only {total} requests");
        Assert.True(leaks.Count == 0, string.Join('\n', leaks.Take(20)));
    }

    [Fact]
    public async Task StoredXss_InDossierTitleAndNomineeFields_RenderedEscaped()
    {
        var draft = await NominationScenario.ReadyDraftAsync(_app);
        var clerk = NominationScenario.Bearer(_app, "canbo.tanphong");
        var stored = 0;
        foreach (var p in Payloads)
        {
            var response = await clerk.PostAsJsonAsync($"/api/v1/dossiers/{draft}/nominees",
                new { kind = "individual", name = "Lò " + p, position = p, workUnit = p, awardCode = "GK", achievement = p });
            if (response.StatusCode == HttpStatusCode.Created)
            {
                stored++;
            }
        }

        var page = await Http.SignedInAsync(_app, "canbo.tanphong");
        var renders = 0;
        var json = await page.GetAsync($"/api/v1/dossiers/{draft}/nominees");
        Assert.Equal("application/json", json.Content.Headers.ContentType!.MediaType); // never rendered as HTML
        foreach (var url in new[] { NominationScenario.Url(draft), "/Nominations" })
        {
            var body = await page.GetStringAsync(url);
            renders++;
            foreach (var p in Payloads.Where(p => p.Contains('<', StringComparison.Ordinal)))
            {
                Assert.False(body.Contains(p, StringComparison.Ordinal), $"{url} renders {p} unescaped");
            }
        }

        Console.WriteLine($"battery XSS: {Payloads.Length} payloads, {stored} stored, {renders} renders, 0 unescaped");
        Assert.True(stored >= Payloads.Length - 1);
    }
}
