using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Council;
using Tdkt.Testing;
using Tdkt.Web.Data;
using static Tdkt.Web.Tests.Council.CouncilScenario;

namespace Tdkt.Web.Tests.Council;

/// <summary>The province Admin sets the default council session settings (80 % quorum, members of the nominee's unit do
/// not vote); scheduling offers and applies them; a session may still choose otherwise. Audited with the reason.</summary>
public sealed class CouncilDefaultsTests : IAsyncLifetime
{
    private readonly SettableClock _clock = new(new DateTimeOffset(2025, 12, 1, 2, 0, 0, TimeSpan.Zero));
    private TdktFactory _app = null!;

    public async Task InitializeAsync()
    {
        _app = await TestDatabases.NewFactoryAsync(nameof(CouncilDefaultsTests));
        _app.Clock = _clock;
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private static string S(int i) => i.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task ProvinceDefaults_AppliedWhenScheduling_SessionMayOverride_Audited()
    {
        var province = await Lookups.UnitIdAsync(_app, "LCH");
        var settingsUrl = $"/Council/Settings?unit={S(province)}";
        var admin = await Http.SignedInAsync(_app, "admin");
        var secretary = await Http.SignedInAsync(_app, "thuky.hdtdkt");

        // Only the province Admin: the secretary and a district admin get 404.
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(settingsUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await secretary.GetAsync(settingsUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await Http.SignedInAsync(_app, "quantri.phongtho")).GetAsync(settingsUrl)).StatusCode);
        Assert.Contains("/Council/Settings", await admin.GetStringAsync("/Council"));

        // Without a reason: refused, naming the field; nothing stored.
        var noReason = await Http.PostFormAsync(admin, settingsUrl, new()
        {
            ["unit"] = S(province), ["Input.Quorum"] = "EightyPercent", ["Input.ExcludeSameUnit"] = "true", ["Input.Reason"] = "",
        });
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("Hãy ghi lý do thay đổi", WebUtility.HtmlDecode(await noReason.Content.ReadAsStringAsync()));
        Assert.False(await _app.WithDbAsync(db => db.Set<CouncilSetting>().AnyAsync()));

        Lookups.AssertRedirect(await Http.PostFormAsync(admin, settingsUrl, new()
        {
            ["unit"] = S(province), ["Input.Quorum"] = "EightyPercent", ["Input.ExcludeSameUnit"] = "true",
            ["Input.Reason"] = "Quy chế hoạt động của Hội đồng TĐKT tỉnh năm 2025",
        }), "/Council/Settings");
        var row = await _app.WithDbAsync(db => db.Set<CouncilSetting>().AsNoTracking().SingleAsync(s => s.OrgUnitId == province));
        Assert.Equal(QuorumRule.EightyPercent, row.Quorum);
        Assert.True(row.ExcludeSameUnit);
        var audit = await _app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.EntityType == nameof(CouncilSetting)));
        Assert.Equal("Sửa tham số mặc định phiên họp Hội đồng TĐKT", audit.Action);
        Assert.Equal("Quy chế hoạt động của Hội đồng TĐKT tỉnh năm 2025", audit.Reason);

        // A stale form (version of before the change) is refused.
        var stale = await Http.PostFormAsync(admin, settingsUrl, new()
        {
            ["unit"] = S(province), ["Input.Quorum"] = "TwoThirds", ["Input.Version"] = S(1), ["Input.Reason"] = "Bản cũ",
        });
        Assert.Contains("Tham số vừa được người khác thay đổi", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()));

        // The schedule form offers the defaults.
        var form = WebUtility.HtmlDecode(await secretary.GetStringAsync($"/Council/Schedule?unitId={S(province)}"));
        Assert.Matches("<option value=\"EightyPercent\" selected", form);
        Assert.Matches("id=\"sx\"[^>]*checked", form);

        // A session scheduled without choosing takes them; another overrides them.
        var r = await Http.PostFormAsync(secretary, $"/Council/Schedule?unitId={S(province)}", new()
        {
            ["Input.Title"] = "Phiên họp theo tham số mặc định", ["Input.MeetingDate"] = "10/12/2025", ["Input.Place"] = "Phòng họp số 1",
            ["Input.SecretBallot"] = "true",
        });
        Lookups.AssertRedirect(r, "/Council/Session/");
        var byDefault = int.Parse(r.Headers.Location!.ToString().Split('/').Last(), CultureInfo.InvariantCulture);
        var overridden = await ScheduleAsync(_app, secretary, "Phiên họp chọn 2/3", secret: true, date: "11/12/2025", excludeSameUnit: false);
        var sessions = await _app.WithDbAsync(db => db.CouncilSessions.AsNoTracking().Where(s => s.Id == byDefault || s.Id == overridden).ToDictionaryAsync(s => s.Id));
        Assert.Equal(QuorumRule.EightyPercent, sessions[byDefault].Quorum);
        Assert.True(sessions[byDefault].ExcludeSameUnit);
        Assert.Equal(QuorumRule.TwoThirds, sessions[overridden].Quorum);
        Assert.False(sessions[overridden].ExcludeSameUnit);

        // The session page states its own rule: 80 % of 11 members is 9.
        var page = WebUtility.HtmlDecode(await secretary.GetStringAsync(Url(byDefault)));
        Assert.Contains("cần ít nhất 9 (80% tổng số thành viên)", page);
        Assert.Contains("thành viên không bỏ phiếu cho đối tượng thuộc đơn vị mình", page);
    }
}
