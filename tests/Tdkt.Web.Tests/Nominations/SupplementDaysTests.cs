using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Nominations;
using Tdkt.Testing;
using static Tdkt.Web.Tests.Nominations.NominationScenario;

namespace Tdkt.Web.Tests.Nominations;

/// <summary>Issue 11: the default supplement deadline of a returned dossier comes from the province's settings.</summary>
public sealed class SupplementDaysTests : IAsyncLifetime
{
    // Monday 20/11/2023: no holiday in the following two weeks.
    private readonly SettableClock _clock = new(new DateTimeOffset(2023, 11, 20, 2, 0, 0, TimeSpan.Zero));
    private TdktFactory _app = null!;

    public async Task InitializeAsync()
    {
        _app = await TestDatabases.NewFactoryAsync(nameof(SupplementDaysTests));
        _app.Clock = _clock;
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private static Dictionary<string, string> Settings(string supplementDays) => new()
    {
        ["Input.TtldttMinLdttPercent"] = "70", ["Input.ProvincialProcessingWorkingDays"] = "20", ["Input.SupplementWorkingDays"] = supplementDays,
        ["Input.RestartRunAfterAward"] = "true", ["Input.BkTtgYearsAfterBkTinhOnly"] = "false", ["Input.CstdTinhCycleYears"] = "3",
        ["Input.HtxsnvQuotaPercent"] = "20", ["Input.HtxsnvQuotaOutstandingPercent"] = "25", ["Input.CstdTq"] = "90", ["Input.CstdTinh"] = "90",
        ["Input.Cstdcs"] = "80", ["Input.CoTinh"] = "80", ["Input.CoCp"] = "80", ["Input.Reason"] = "Quy chế thẩm định hồ sơ của tỉnh",
    };

    private Task<Dossier> DossierAsync(int id) => _app.WithDbAsync(db => db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == id));

    [Fact]
    public async Task SupplementDays_OutOfRange_RefusedNamingTheFieldAndNothingStored()
    {
        var admin = await Http.SignedInAsync(_app, "admin");
        var lch = await Lookups.UnitIdAsync(_app, "LCH");

        var html = WebUtility.HtmlDecode(await (await Http.PostFormAsync(admin, $"/Awards/Settings?unit={lch}", Settings("0"))).Content.ReadAsStringAsync());

        Assert.Contains("Thời hạn bổ sung hồ sơ phải từ 1 đến 60 ngày làm việc.", html, StringComparison.Ordinal);
        Assert.False(await _app.WithDbAsync(db => db.JurisdictionSettings.AnyAsync(s => s.OrgUnitId == lch)));
    }

    [Fact]
    public async Task Return_WithoutDate_DeadlineIsTheProvinceSettingInWorkingDays_OnApiAndPage()
    {
        var admin = await Http.SignedInAsync(_app, "admin");
        var lch = await Lookups.UnitIdAsync(_app, "LCH");
        Lookups.AssertRedirect(await Http.PostFormAsync(admin, $"/Awards/Settings?unit={lch}", Settings("3")), "/Awards/Settings");
        Assert.Equal(3, await _app.WithDbAsync(db => db.JurisdictionSettings.Where(s => s.OrgUnitId == lch).Select(s => s.SupplementWorkingDays).SingleAsync()));

        // API: 3 working days from Monday 20/11 is Thursday 23/11, so "before 24/11".
        var viaApi = await ReadyDraftAsync(_app);
        Assert.Equal(HttpStatusCode.OK, (await TransitionAsync(_app, "canbo.tanphong", viaApi, "submit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TransitionAsync(_app, "thamdinh.tplc", viaApi, "return", new { reason = "Thiếu xác nhận" })).StatusCode);
        Assert.Equal((DossierStatus.Returned, new DateOnly(2023, 11, 24)), ((await DossierAsync(viaApi)).Status, (await DossierAsync(viaApi)).SupplementBefore!.Value));

        // Page: the form names the province's default, and a blank date takes it.
        var viaPage = await ReadyDraftAsync(_app);
        Assert.Equal(HttpStatusCode.OK, (await TransitionAsync(_app, "canbo.tanphong", viaPage, "submit")).StatusCode);
        var appraiser = await Http.SignedInAsync(_app, "thamdinh.tplc");
        Assert.Contains("Hạn bổ sung (để trống: 3 ngày làm việc)", WebUtility.HtmlDecode(await appraiser.GetStringAsync(Url(viaPage))), StringComparison.Ordinal);
        var version = (await DossierAsync(viaPage)).Version;
        Lookups.AssertRedirect(await Http.PostFormAsync(appraiser, $"{Url(viaPage)}?handler=Return", new()
        {
            ["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Reason"] = "Thiếu xác nhận", ["Input.SupplementBefore"] = "",
        }, Url(viaPage)));
        Assert.Equal(new DateOnly(2023, 11, 24), (await DossierAsync(viaPage)).SupplementBefore);
    }

    [Fact]
    public async Task Return_SupplementDateBeforeToday_RefusedNamingSupplementBeforeAndAppraiserDateKept()
    {
        var id = await ReadyDraftAsync(_app);
        Assert.Equal(HttpStatusCode.OK, (await TransitionAsync(_app, "canbo.tanphong", id, "submit")).StatusCode);

        var past = await TransitionAsync(_app, "thamdinh.tplc", id, "return", new { reason = "Thiếu xác nhận", supplementBefore = "2023-11-17" });

        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        var errors = (await past.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.StartsWith("Hạn bổ sung phải sau ngày hôm nay", errors.GetProperty("SupplementBefore")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(DossierStatus.Submitted, (await DossierAsync(id)).Status);

        // The appraiser's own date wins over the province default.
        Assert.Equal(HttpStatusCode.OK, (await TransitionAsync(_app, "thamdinh.tplc", id, "return", new { reason = "Thiếu xác nhận", supplementBefore = "2023-12-15" })).StatusCode);
        Assert.Equal(new DateOnly(2023, 12, 15), (await DossierAsync(id)).SupplementBefore);
    }
}
