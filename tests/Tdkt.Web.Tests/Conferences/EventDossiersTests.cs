using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Tdkt.Testing;

namespace Tdkt.Web.Tests.Conferences;

/// <summary>Seed 000: a ward sends its proposals against the city conference's quota; the event page shows them.</summary>
public sealed partial class EventDossiersTests : IAsyncLifetime
{
    private readonly SettableClock _clock = new(new DateTimeOffset(2023, 11, 20, 2, 0, 0, TimeSpan.Zero));
    private TdktFactory _app = null!;

    public async Task InitializeAsync()
    {
        _app = await TestDatabases.NewFactoryAsync(nameof(EventDossiersTests));
        _app.Clock = _clock;
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task WardDossierAgainstCityConference_ShowsOnEventPage_AndCountsOnceSubmitted()
    {
        var eventId = await _app.WithDbAsync(db => db.ConferenceEvents.Where(e => e.Title.StartsWith("Hội nghị sơ kết")).Select(e => e.Id).FirstAsync());
        var clerk = await Http.SignedInAsync(_app, "canbo.tanphong");
        var ward = await Lookups.UnitIdAsync(_app, "LCH-TP-TANPHONG");
        var created = await Http.PostFormAsync(clerk, "/Nominations/Create", new()
        {
            ["Input.Title"] = "Đề nghị khen thưởng tại Hội nghị sơ kết phong trào Vì người nghèo",
            ["Input.ProposingUnitId"] = ward.ToString(CultureInfo.InvariantCulture),
            ["Input.ConferenceId"] = eventId.ToString(CultureInfo.InvariantCulture),
            ["Input.Kind"] = "AdHoc", ["Input.Level"] = "Grassroots", ["Input.Year"] = "2023", ["Input.SubmitBefore"] = "24/11/2023",
        });
        Lookups.AssertRedirect(created);
        var id = int.Parse(IdPattern().Match(created.Headers.Location!.ToString()).Groups[1].Value, CultureInfo.InvariantCulture);
        foreach (var (kind, name, year, address) in new[]
                 {
                     ("Individual", "Lò Văn Minh", "1982", ""), ("Individual", "Tòng Thị Lan", "1990", ""),
                     ("Household", "Giàng A Páo", "", "Tổ dân phố 3, phường Tân Phong"),
                 })
        {
            var r = await Http.PostFormAsync(clerk, $"/Nominations/Details/{id}?handler=AddNominee", new()
            {
                ["Input.Kind"] = kind, ["Input.Name"] = name, ["Input.BirthYear"] = year, ["Input.Address"] = address, ["Input.CitizenId"] = "",
                ["Input.Gender"] = kind == "Individual" ? "Nam" : "", ["Input.AwardCode"] = "GK", ["Input.Achievement"] = "Giúp hộ nghèo thoát nghèo",
            }, $"/Nominations/Details/{id}");
            Lookups.AssertRedirect(r);
        }

        var organiser = await Http.SignedInAsync(_app, "thamdinh.tplc");
        var draftPage = WebUtility.HtmlDecode(await clerk.GetStringAsync($"/Events/Details/{eventId}"));
        Assert.Contains("Đề nghị khen thưởng tại Hội nghị sơ kết phong trào Vì người nghèo", draftPage);
        Assert.Contains($"href=\"/Nominations/Details/{id}\"", draftPage);
        var before = WebUtility.HtmlDecode(await organiser.GetStringAsync($"/Events/Details/{eventId}"));

        // The clerk attaches the required parts and submits through the app's own handlers (the builders' DemoActs).
        var acts = await Tdkt.Web.Data.DemoActs.ForAsync(_app.Services);
        await acts.AttachMissingAsync("canbo.tanphong", new DateOnly(2023, 11, 20), id);
        await acts.SubmitAsync("canbo.tanphong", new DateOnly(2023, 11, 20), id);
        var after = WebUtility.HtmlDecode(await organiser.GetStringAsync($"/Events/Details/{eventId}"));
        Assert.NotEqual(QuotaRows(before), QuotaRows(after));
        // The demo's decided sơ kết dossier (2 individuals, 1 household) already counts; this one adds 2 and 1.
        Assert.Matches(QuotaRow("Cá nhân", 10, 4, 6), after);
        Assert.Matches(QuotaRow("Hộ gia đình", 7, 2, 5), after);

        // Once decided, the event page names the decision (arranged directly; issuing is covered by NominationFlowTests).
        var city = await Lookups.UnitIdAsync(_app, "LCH-TP");
        await _app.WithDbAsync(async db =>
        {
            db.Decisions.Add(new Tdkt.Web.Data.Decision
            {
                DossierId = id, IssuingUnitId = city, Year = 2023, SequenceNumber = 12, Number = "12/QĐ-UBND",
                DecisionDate = new DateOnly(2023, 12, 15), IssuingBodyName = "UBND thành phố Lai Châu", SignerUserId = "x",
                SignerName = "Trần Đình Tiến", SignerTitle = "Phó Chủ tịch", Wording = "Tặng Giấy khen", IssuedAt = DateTimeOffset.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        var decided = WebUtility.HtmlDecode(await organiser.GetStringAsync($"/Events/Details/{eventId}"));
        Assert.Contains("Số 12/QĐ-UBND ngày 15/12/2023", decided);
    }

    [Fact]
    public async Task EventUnitQuota_AppliesToTheWardsDossier()
    {
        var organiser = await Http.SignedInAsync(_app, "thamdinh.tplc");
        var city = await Lookups.UnitIdAsync(_app, "LCH-TP");
        Lookups.AssertRedirect(await Http.PostFormAsync(organiser, "/Events/Create", new()
        {
            ["Input.Kind"] = "MidTermReview", ["Input.Title"] = "Hội nghị có chỉ tiêu theo đơn vị", ["Input.OrganiserUnitId"] = city.ToString(CultureInfo.InvariantCulture),
            ["Input.Year"] = "2023", ["Input.TimeText"] = "Dự kiến trong tháng 12", ["Input.Venue"] = "Hội trường UBND thành phố",
            ["Input.DelegateGroups"] = "Đại biểu | Các đơn vị | 10", ["Input.ExpectedDelegates"] = "10",
            ["Input.BudgetAmount"] = "", ["Input.QuotaCollectives"] = "0", ["Input.QuotaIndividuals"] = "3", ["Input.QuotaHouseholds"] = "1",
            ["Input.UnitQuotas"] = "LCH-TP-TANPHONG | 0 | 2 | 1", ["Input.DossierDeadline"] = "24/11/2023", ["Input.Assignments"] = "",
        }), "/Events/Details/");
        var eventId = await _app.WithDbAsync(db => db.ConferenceEvents.Where(e => e.Title == "Hội nghị có chỉ tiêu theo đơn vị").Select(e => e.Id).SingleAsync());

        var clerk = await Http.SignedInAsync(_app, "canbo.tanphong");
        var form = WebUtility.HtmlDecode(await clerk.GetStringAsync($"/Nominations/Create?conferenceId={eventId}"));
        Assert.Contains("value=\"24/11/2023\"", form);
        var created = await Http.PostFormAsync(clerk, "/Nominations/Create", new()
        {
            ["Input.Title"] = "Đề nghị theo chỉ tiêu đơn vị",
            ["Input.ProposingUnitId"] = (await Lookups.UnitIdAsync(_app, "LCH-TP-TANPHONG")).ToString(CultureInfo.InvariantCulture),
            ["Input.ConferenceId"] = eventId.ToString(CultureInfo.InvariantCulture),
            ["Input.Kind"] = "AdHoc", ["Input.Level"] = "Grassroots", ["Input.Year"] = "2023", ["Input.SubmitBefore"] = "",
        }, $"/Nominations/Create?conferenceId={eventId}");
        Lookups.AssertRedirect(created);
        var id = int.Parse(IdPattern().Match(created.Headers.Location!.ToString()).Groups[1].Value, CultureInfo.InvariantCulture);
        var page = WebUtility.HtmlDecode(await clerk.GetStringAsync($"/Nominations/Details/{id}"));
        Assert.Contains("Cá nhân 2 (còn lại 2)", page);
        Assert.Contains("Hộ gia đình 1 (còn lại 1)", page);
        Assert.Contains("24/11/2023", page); // the event's deadline applies when the clerk gives none
    }

    private static string QuotaRows(string html) => string.Join("|", QuotaRowPattern().Matches(html).Select(m => m.Value));

    private static Regex QuotaRow(string kind, int allotted, int used, int left) =>
        new($@"<td>{kind}</td>\s*<td[^>]*>{allotted}</td>\s*<td[^>]*>{used}</td>\s*<td[^>]*>{left}</td>");

    [GeneratedRegex(@"/Nominations/Details/(\d+)")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"<td>(Tập thể|Cá nhân|Hộ gia đình)</td>\s*<td[^>]*>\d+</td>\s*<td[^>]*>\d+</td>")]
    private static partial Regex QuotaRowPattern();
}
