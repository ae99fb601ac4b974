using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tdkt.Testing;
using static Tdkt.Web.Tests.Nominations.NominationScenario;

namespace Tdkt.Web.Tests.Nominations;

/// <summary>Issue 11: the dossier's duplicate guard asks the domain's same-person rule, through the API and the page.</summary>
public sealed class SamePersonHttpTests : IAsyncLifetime
{
    private readonly SettableClock _clock = new(new DateTimeOffset(2023, 11, 20, 2, 0, 0, TimeSpan.Zero));
    private TdktFactory _app = null!;

    public async Task InitializeAsync()
    {
        _app = await TestDatabases.NewFactoryAsync(nameof(SamePersonHttpTests));
        _app.Clock = _clock;
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private static object Individual(string name, int year, string? citizenId) => new
    {
        kind = "individual", name, gender = "Nam", birthYear = year, citizenId, awardCode = "GK", achievement = "Vận động hộ nghèo thoát nghèo",
    };

    [Fact]
    public async Task AddNominee_CitizenIdDecidesElseFoldedNameAndYear_OnApiAndPage()
    {
        var id = await ReadyDraftAsync(_app, people: [new NomineeSpec("Individual", "Lò Văn Minh", "1982", Gender: "Nam", CitizenId: "001082000123")]);
        var clerk = Bearer(_app, "canbo.tanphong");
        var url = $"/api/v1/dossiers/{id}/nominees";

        // Same name and year, another citizen id: another person.
        var other = await clerk.PostAsJsonAsync(url, Individual("LÒ  văn minh", 1982, "001082000999"));
        Assert.True(other.StatusCode == HttpStatusCode.Created, await other.Content.ReadAsStringAsync());

        // The same citizen id under another name and year: the same person, refused naming the field.
        var sameId = await clerk.PostAsJsonAsync(url, Individual("Lò Minh", 1985, "001082000123"));
        Assert.Equal(HttpStatusCode.BadRequest, sameId.StatusCode);
        var messages = (await sameId.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject()
            .SelectMany(e => e.Value.EnumerateArray()).Select(v => v.GetString()).ToList();
        Assert.Contains("\"Lò Minh\" (sinh năm 1985) đã có trong hồ sơ.", messages);

        // No citizen id: the folded name and the year decide.
        var byName = await clerk.PostAsJsonAsync(url, Individual("lo van minh", 1982, null));
        Assert.Equal(HttpStatusCode.BadRequest, byName.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await clerk.PostAsJsonAsync(url, Individual("Lò Văn Minh", 1979, null))).StatusCode);

        var page = await Http.SignedInAsync(_app, "canbo.tanphong");
        var html = WebUtility.HtmlDecode(await (await Http.PostFormAsync(page, $"{Url(id)}?handler=AddNominee", new()
        {
            ["Input.Kind"] = "Individual", ["Input.Name"] = "  LÒ VĂN MINH ", ["Input.BirthYear"] = "1979", ["Input.Gender"] = "Nam",
            ["Input.AwardCode"] = "GK", ["Input.Achievement"] = "Giúp hộ nghèo thoát nghèo",
        }, Url(id))).Content.ReadAsStringAsync());
        Assert.Contains("\"LÒ VĂN MINH\" (sinh năm 1979) đã có trong hồ sơ.", html, StringComparison.Ordinal);
        Assert.Equal(3, await _app.WithDbAsync(db => db.Nominees.CountAsync(n => n.DossierId == id)));
    }
}
