using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Nominations;
using Tdkt.Testing;
using static Tdkt.Web.Tests.Nominations.NominationScenario;

namespace Tdkt.Web.Tests.Nominations;

/// <summary>Issue 11: the movement's quota per kind holds in total and per unit allotment, on the pages and the API.</summary>
public sealed class MovementQuotaTests : IAsyncLifetime
{
    private readonly SettableClock _clock = new(new DateTimeOffset(2023, 11, 20, 2, 0, 0, TimeSpan.Zero));
    private TdktFactory _app = null!;

    public async Task InitializeAsync()
    {
        _app = await TestDatabases.NewFactoryAsync(nameof(MovementQuotaTests));
        _app.Clock = _clock;
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private static readonly NomineeSpec[] OneHousehold = [new("Household", "Giàng A Páo", Address: "Tổ dân phố 3, phường Tân Phong")];

    private static string S(int v) => v.ToString(CultureInfo.InvariantCulture);

    /// <summary>Households already proposed for the movement by dossiers that count (the reference seed has some).</summary>
    private Task<int> UsedHouseholdsAsync(int movement) => _app.WithDbAsync(db => (from n in db.Nominees
        join d in db.Dossiers on n.DossierId equals d.Id
        where d.MovementId == movement && Quotas.CountedStatuses.Contains(d.Status) && n.Kind == Domain.Awards.SubjectKind.Household
        select n.Id).CountAsync());

    private Task<int> MovementIdAsync() =>
        _app.WithDbAsync(db => db.Movements.Where(m => m.Name.Contains("vì người nghèo")).Select(m => m.Id).FirstAsync());

    /// <summary>The movement's edit form as the page fills it, with the three quota boxes set.</summary>
    private async Task<HttpResponseMessage> EditQuotaAsync(HttpClient admin, int movement, string collectives, string individuals, string households)
    {
        var m = await _app.WithDbAsync(db => db.Movements.AsNoTracking().SingleAsync(x => x.Id == movement));
        return await Http.PostFormAsync(admin, $"/Movements/Edit/{movement}", new()
        {
            ["Input.Name"] = m.Name, ["Input.LaunchingUnitId"] = S(m.LaunchingUnitId), ["Input.Level"] = m.Level.ToString(), ["Input.Form"] = m.Form.ToString(),
            ["Input.From"] = m.From.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), ["Input.To"] = m.To.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            ["Input.QuotaCollectives"] = collectives, ["Input.QuotaIndividuals"] = individuals, ["Input.QuotaHouseholds"] = households,
            ["Input.Version"] = m.Version.ToString(CultureInfo.InvariantCulture),
        }, $"/Movements/Edit/{movement}");
    }

    [Fact]
    public async Task Submit_TwentyInParallelAgainstMovementQuotaOfThree_NeverOverAndRefusalGivesCounts()
    {
        var movement = await MovementIdAsync();
        var quota = await UsedHouseholdsAsync(movement) + 3; // room for three more
        await _app.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE movements SET \"QuotaHouseholds\" = {quota}, \"QuotaIndividuals\" = 100, \"QuotaCollectives\" = 100 WHERE \"Id\" = {movement}"));
        var ids = await CopiesAsync(_app, await ReadyDraftAsync(_app, movement, OneHousehold), 19);
        var clerk = Bearer(_app, "canbo.tanphong");
        var versions = await _app.WithDbAsync(db => db.Dossiers.Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Version));

        var results = await Task.WhenAll(ids.Select(id =>
            clerk.PostAsJsonAsync($"/api/v1/dossiers/{id}/transitions", new { action = "submit", version = versions[id] })));

        Assert.Equal(3, results.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(3, await _app.WithDbAsync(db => db.Dossiers.CountAsync(d => ids.Contains(d.Id) && d.Status == DossierStatus.Submitted)));
        var refused = results.First(r => r.StatusCode != HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains($"vượt chỉ tiêu hộ gia đình của phong trào (chỉ tiêu {quota}, các hồ sơ đã gửi {quota}, hồ sơ này 1)",
            await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MovementQuota_SetOnEditPage_SubmitOverItRefusedOnPageAndReturnedDossiersNotCounted()
    {
        var movement = await MovementIdAsync();
        var admin = await Http.SignedInAsync(_app, "admin");

        var negative = WebUtility.HtmlDecode(await (await EditQuotaAsync(admin, movement, "0", "0", "-1")).Content.ReadAsStringAsync());
        Assert.Contains("Chỉ tiêu hộ gia đình của phong trào không được âm.", negative, StringComparison.Ordinal);
        Assert.Equal(0, await _app.WithDbAsync(db => db.Movements.Where(m => m.Id == movement).Select(m => m.QuotaHouseholds).SingleAsync()));

        var quota = await UsedHouseholdsAsync(movement) + 1; // room for one more household
        Lookups.AssertRedirect(await EditQuotaAsync(admin, movement, "0", "50", S(quota)), "/Movements/Details/");
        Assert.Contains($"0 tập thể, 50 cá nhân, {quota} hộ gia đình", WebUtility.HtmlDecode(await admin.GetStringAsync($"/Movements/Details/{movement}")),
            StringComparison.Ordinal);

        // The first household dossier goes; the second is refused on the page with the counts.
        var first = await ReadyDraftAsync(_app, movement, OneHousehold);
        var firstSubmit = await TransitionAsync(_app, "canbo.tanphong", first, "submit");
        Assert.True(firstSubmit.StatusCode == HttpStatusCode.OK, await firstSubmit.Content.ReadAsStringAsync());
        var second = await ReadyDraftAsync(_app, movement, OneHousehold);
        var clerk = await Http.SignedInAsync(_app, "canbo.tanphong");
        var version = await _app.WithDbAsync(db => db.Dossiers.Where(d => d.Id == second).Select(d => d.Version).SingleAsync());
        var page = WebUtility.HtmlDecode(await (await Http.PostFormAsync(clerk, $"{Url(second)}?handler=Submit",
            new() { ["Input.Version"] = version.ToString(CultureInfo.InvariantCulture) }, Url(second))).Content.ReadAsStringAsync());
        Assert.Contains($"vượt chỉ tiêu hộ gia đình của phong trào (chỉ tiêu {quota}, các hồ sơ đã gửi {quota}, hồ sơ này 1)", page, StringComparison.Ordinal);
        Assert.Equal(DossierStatus.Draft, await _app.WithDbAsync(db => db.Dossiers.Where(d => d.Id == second).Select(d => d.Status).SingleAsync()));

        // Once the first is returned it no longer counts, and the second goes.
        Assert.Equal(HttpStatusCode.OK, (await TransitionAsync(_app, "thamdinh.tplc", first, "return", new { reason = "Thiếu xác nhận của tổ dân phố" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TransitionAsync(_app, "canbo.tanphong", second, "submit")).StatusCode);
    }

    [Fact]
    public async Task UnitAllotments_OverMovementTotal_RefusedOnQuotasPage()
    {
        var movement = await MovementIdAsync();
        await _app.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE movements SET \"QuotaIndividuals\" = 2 WHERE \"Id\" = {movement}"));
        var appraiser = await Http.SignedInAsync(_app, "thamdinh.tplc");
        Dictionary<string, string> Form(string unit, string count) => new()
        {
            ["Input.OrgUnitId"] = unit, ["Input.MovementId"] = S(movement), ["Input.ConferenceId"] = "",
            ["Input.Kind"] = "Individual", ["Input.Count"] = count, ["Input.SubmitBefore"] = "",
        };

        Lookups.AssertRedirect(await Http.PostFormAsync(appraiser, "/Nominations/Quotas?handler=Add",
            Form(S(await Lookups.UnitIdAsync(_app, "LCH-TP-TANPHONG")), "2"), "/Nominations/Quotas"));
        var over = WebUtility.HtmlDecode(await (await Http.PostFormAsync(appraiser, "/Nominations/Quotas?handler=Add",
            Form(S(await Lookups.UnitIdAsync(_app, "LCH-TP-DOANKET")), "1"), "/Nominations/Quotas")).Content.ReadAsStringAsync());

        Assert.Contains("Tổng phân bổ cho các đơn vị (3 cá nhân) vượt chỉ tiêu của phong trào (2).", over, StringComparison.Ordinal);
        Assert.Equal(1, await _app.WithDbAsync(db => db.QuotaAllotments.CountAsync(q => q.MovementId == movement)));
    }
}
