using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Security;
using Tdkt.Testing;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Tests.Council;
using static Tdkt.Web.Tests.Nominations.NominationScenario;

namespace Tdkt.Web.Tests.Statistics;

/// <summary>Thống kê khen thưởng (/ThongKe, /Registry/Awards, GET /api/v1/statistics/awards) on a known data set of
/// "đối ngoại" awards (a kind the demo history does not use, so the figures are exactly the seeded ones):
/// wards Tân Phong, Quyết Thắng (merged into phường Tân Phong mới on 01/07/2025) and Đoàn Kết.</summary>
public sealed class StatisticsTests : IAsyncLifetime
{
    private readonly SettableClock _clock = new(new DateTimeOffset(2023, 11, 20, 2, 0, 0, TimeSpan.Zero));
    private TdktFactory _app = null!;

    public async Task InitializeAsync()
    {
        _app = await TestDatabases.NewFactoryAsync(nameof(StatisticsTests));
        _app.Clock = _clock;
        await SeedAsync();
        await CouncilScenario.CreateUserAsync(_app, "xem.tanphongmoi", Role.Viewer, "LCH-P-TANPHONG");
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Old Tân Phong: 2 (2023, 2024); old Quyết Thắng: 1 (2024); new Tân Phong: 1 (09/2025); Đoàn Kết (old): 3 (2024).</summary>
    private async Task SeedAsync()
    {
        var units = await _app.WithDbAsync(db => db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Id));
        await _app.WithDbAsync(async db =>
        {
            var n = 0;
            void Add(string unit, DateOnly date)
            {
                var person = new Person { FullName = $"Người Đối Ngoại {++n}", OrgUnitId = units[unit], Gender = "nữ" };
                db.People.Add(person);
                db.AwardRecords.Add(new AwardRecordEntry
                {
                    OrgUnitId = units[unit], PersonId = person.Id, AwardCode = AwardCodes.Gk, Year = date.Year, DecisionNumber = $"{n}/QĐ-DN",
                    DecisionDate = date, Kind = CommendationKind.Foreign, SignerOrgUnitId = units["LCH-TP"],
                });
            }

            Add("LCH-TP-TANPHONG", new DateOnly(2023, 5, 1));
            Add("LCH-TP-TANPHONG", new DateOnly(2024, 5, 1));
            Add("LCH-TP-QUYETTHANG", new DateOnly(2024, 6, 1));
            Add("LCH-P-TANPHONG", new DateOnly(2025, 9, 1));
            Add("LCH-TP-DOANKET", new DateOnly(2024, 3, 1));
            Add("LCH-TP-DOANKET", new DateOnly(2024, 4, 1));
            Add("LCH-TP-DOANKET", new DateOnly(2024, 5, 1));
            await db.SaveChangesAsync();
            return 0;
        });
    }

    private static async Task<JsonElement> JsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static Dictionary<string, long> CountsBy(JsonElement stats, string dimension) =>
        stats.GetProperty("cells").EnumerateArray().ToDictionary(
            c => c.GetProperty("keys").GetProperty(dimension).GetProperty("label").GetString()!, c => c.GetProperty("count").GetInt64());

    [Fact]
    public async Task ProvinceViewer_MergedWardReportsWithItsPredecessors()
    {
        var viewer = Bearer(_app, "xem.tinh");
        var lch = await Lookups.UnitIdAsync(_app, "LCH");

        var after = await JsonAsync(viewer, $"/api/v1/statistics/awards?groupBy=unit&kind=Foreign&unit={lch}&asOf=2025-12-01&from=2020&to=2026");
        var byUnit = CountsBy(after, "unit");
        Assert.Equal(4, byUnit.Single(x => x.Key.Contains("Tân Phong", StringComparison.Ordinal)).Value);
        Assert.Equal(3, byUnit.Single(x => x.Key.Contains("Đoàn Kết", StringComparison.Ordinal)).Value);
        Assert.Equal(7, after.GetProperty("total").GetProperty("count").GetInt64());

        // The same figures on the old tree: all seven under thành phố Lai Châu except the new ward's (not open then).
        var before = CountsBy(await JsonAsync(viewer, $"/api/v1/statistics/awards?groupBy=unit&kind=Foreign&unit={lch}&asOf=2024-12-31&from=2020&to=2026"), "unit");
        Assert.Equal(6, before.Single(x => x.Key.Contains("thành phố Lai Châu", StringComparison.OrdinalIgnoreCase)).Value);

        var page = WebUtility.HtmlDecode(await (await Http.SignedInAsync(_app, "xem.tinh")).GetStringAsync(
            $"/ThongKe?g1=unit&g2=year&kind=Foreign&unit={lch}&asOf=01/12/2025&from=2020&to=2026"));
        Assert.Contains("data-testid=\"pivot\"", page);
        Assert.Contains("data-chart=\"bars\"", page);
        Assert.Contains("data-chart=\"line\"", page);
    }

    [Fact]
    public async Task CommuneViewer_SeesOnlyItsSubtree_OtherUnitsAre404()
    {
        var viewer = await Http.SignedInAsync(_app, "xem.tanphongmoi");

        // No asOf: the clock says 2023, before the new ward existed; its own first day is used (its tree has its predecessors).
        var stats = await JsonAsync(viewer, "/api/v1/statistics/awards?groupBy=year&kind=Foreign&from=2020&to=2026");
        Assert.Equal(4, stats.GetProperty("total").GetProperty("count").GetInt64());
        Assert.Equal(new Dictionary<string, long> { ["2023"] = 1, ["2024"] = 2, ["2025"] = 1 }, CountsBy(stats, "year"));

        var lch = await Lookups.UnitIdAsync(_app, "LCH");
        var doanKet = await Lookups.UnitIdAsync(_app, "LCH-P-DOANKET");
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync($"/api/v1/statistics/awards?unit={lch}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync($"/api/v1/statistics/awards?unit={doanKet}")).StatusCode);

        var browser = viewer;
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/ThongKe?unit={lch}")).StatusCode);
        var list = WebUtility.HtmlDecode(await browser.GetStringAsync("/Registry/Awards?kind=Foreign&from=2020&to=2026"));
        Assert.Contains("Có <strong>4</strong> khen thưởng", list);
        Assert.DoesNotContain("Người Đối Ngoại 5", list); // Đoàn Kết's

        var xlsx = await browser.GetAsync("/Registry/Awards?kind=Foreign&from=2020&to=2026&handler=Xlsx");
        Assert.Equal(Xlsx.ContentType, xlsx.Content.Headers.ContentType?.MediaType);
        var rows = Xlsx.Read(await xlsx.Content.ReadAsByteArrayAsync())!;
        Assert.Equal(4, rows.Count(r => r.Cells.Contains("Giấy khen"))); // the 4 records under the title rows and the header
        Assert.Contains(rows, r => r.Cells.Contains("Người Đối Ngoại 4") && r.Cells.Contains("Giấy khen"));
    }

    [Fact]
    public async Task BadInput_VietnameseProblemNamingTheField()
    {
        var viewer = Bearer(_app, "xem.tinh");
        foreach (var (query, field) in new[]
                 {
                     ("groupBy=unit&from=2025&to=2024", "from"), ("groupBy=tinh", "groupBy"), ("groupBy=unit,year,form,kind", "groupBy"),
                     ("kind=Khac", "kind"), ("from=32/01/2024", "from"), ("unit=abc", "unit"),
                 })
        {
            var response = await viewer.GetAsync("/api/v1/statistics/awards?" + query);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), query);
            Assert.NotEmpty(messages.EnumerateArray().First().GetString()!);
        }

        var page = WebUtility.HtmlDecode(await (await Http.SignedInAsync(_app, "xem.tinh")).GetStringAsync("/ThongKe?from=2025&to=2024"));
        Assert.Contains("kỳ thống kê không hợp lệ", page);
        Assert.DoesNotContain("data-testid=\"pivot\"", page);
    }

    [Fact]
    public async Task IssuedThenRevoked_MoneyCountedThenTheRevokedAwardLeavesTheCounts()
    {
        var id = await IssuedAsync(_app, _clock);
        var decision = await _app.WithDbAsync(db => db.Decisions.AsNoTracking().SingleAsync(d => d.DossierId == id));
        var recipients = await _app.WithDbAsync(db => db.DecisionRecipients.AsNoTracking().Where(r => r.DecisionId == decision.Id).ToListAsync());
        var url = $"/api/v1/statistics/awards?groupBy=form&from=2024-01-15&to=2024-01-15&decision={Uri.EscapeDataString(decision.Number)}";
        var viewer = Bearer(_app, "xem.tinh");

        var issued = (await JsonAsync(viewer, url)).GetProperty("total");
        Assert.Equal(recipients.Count, issued.GetProperty("count").GetInt64());
        Assert.Equal(recipients.Sum(r => r.Amount), issued.GetProperty("money").GetDecimal());

        var revokedOne = recipients.OrderBy(r => r.Serial).First();
        var factsBefore = await PersonAwardsAsync(revokedOne.PersonId!.Value);
        var signer = await Http.SignedInAsync(_app, "lanhdao.tplc");
        var version = await _app.WithDbAsync(db => db.Dossiers.AsNoTracking().Where(d => d.Id == id).Select(d => d.Version).SingleAsync());
        Lookups.AssertRedirect(await Http.PostFormAsync(signer, $"{Url(id)}?handler=Revoke", new()
        {
            ["Input.Version"] = version.ToString(CultureInfo.InvariantCulture),
            ["Input.RecipientIds"] = revokedOne.Id.ToString(CultureInfo.InvariantCulture), ["Input.Grounds"] = "Khai man thành tích",
        }, Url(id)));

        // The person's facts (one statement, ADR-0043) leave the revoked award out: eligibility no longer counts it.
        var factsAfter = await PersonAwardsAsync(revokedOne.PersonId!.Value);
        var record = await _app.WithDbAsync(db => db.AwardRecords.AsNoTracking().SingleAsync(a => a.Id == revokedOne.AwardRecordId));
        Assert.Contains((record.Year, record.AwardCode, record.DecisionDate), factsBefore);
        Assert.Equal(factsBefore.Count - 1, factsAfter.Count);
        Assert.DoesNotContain((record.Year, record.AwardCode, record.DecisionDate), factsAfter);

        var after = (await JsonAsync(viewer, url)).GetProperty("total");
        Assert.Equal(recipients.Count - 1, after.GetProperty("count").GetInt64());
        Assert.Equal(recipients.Sum(r => r.Amount) - revokedOne.Amount, after.GetProperty("money").GetDecimal());
        Assert.Equal(0, after.GetProperty("revokedCount").GetInt64());
        var shown = (await JsonAsync(viewer, url + "&revoked=rieng")).GetProperty("total");
        Assert.Equal(recipients.Count - 1, shown.GetProperty("count").GetInt64());
        Assert.Equal(1, shown.GetProperty("revokedCount").GetInt64());

        // Drill-down: the records list, a decision page with the money and the revocation, the person page with names.
        var browser = await Http.SignedInAsync(_app, "xem.tinh");
        var list = WebUtility.HtmlDecode(await browser.GetStringAsync($"/Registry/Awards?from=2024-01-15&to=2024-01-15&decision={Uri.EscapeDataString(decision.Number)}"));
        Assert.Contains($"Có <strong>{recipients.Count - 1}</strong> khen thưởng", list);
        Assert.Contains($"/ThongKe/QuyetDinh/{decision.Id}", list);
        var page = WebUtility.HtmlDecode(await browser.GetStringAsync($"/ThongKe/QuyetDinh/{decision.Id}"));
        Assert.Contains(ViFormatMoney(recipients[0].Amount), page);
        Assert.Contains("data-testid=\"revocation\"", page);
        var person = WebUtility.HtmlDecode(await browser.GetStringAsync($"/Registry/Subject/{revokedOne.PersonId}"));
        Assert.Contains("Giấy khen", person);
        Assert.DoesNotContain("<code>GK</code>", person);
        Assert.Contains(ViFormatMoney(revokedOne.Amount), person);
        Assert.Contains($"/ThongKe/QuyetDinh/{decision.Id}", person);
    }

    private static string ViFormatMoney(decimal amount) => Domain.Common.ViFormat.Money(amount);

    private async Task<List<(int Year, string Code, DateOnly Date)>> PersonAwardsAsync(int personId)
    {
        using var scope = _app.Services.CreateScope();
        var facts = await scope.ServiceProvider.GetRequiredService<Tdkt.Web.Pages.Registry.RegistryFacts>().ForPersonAsync(personId, CancellationToken.None);
        return [.. facts.Awards.Select(a => (a.Year, a.AwardCode, a.DecisionDate))];
    }
}
