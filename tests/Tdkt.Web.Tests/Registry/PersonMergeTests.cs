using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Domain.Awards;
using Tdkt.Testing;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Registry;

namespace Tdkt.Web.Tests.Registry;

/// <summary>Gộp hồ sơ cá nhân trùng: an Admin of the subtree merges B into A; award records stay as issued, the
/// loaders count B's history for A, lists show one person; audited once; 404 outside the Admin's subtree.</summary>
public sealed class PersonMergeTests : IAsyncLifetime
{
    private const string Reason = "Cùng một người, nhập trùng khi chuyển đơn vị năm 2025";
    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewFactoryAsync(nameof(PersonMergeTests));

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Two entries for one person in a unit of huyện Phong Thổ: "Vàng A Trùng" (CSTDCS 2023, 2024) and
    /// "Vang A Trung" typed without accents (CSTDCS 2025), both born 1980.</summary>
    private async Task<(int A, int B)> SeedDuplicatesAsync(string suffix)
    {
        var unit = await Lookups.UnitIdAsync(_app, "LCH-PT-PNV");
        return await _app.WithDbAsync(async db =>
        {
            var a = new Person { FullName = "Vàng A Trùng " + suffix, BirthYear = 1980, OrgUnitId = unit };
            var b = new Person { FullName = "Vang A Trung " + suffix, BirthYear = 1980, OrgUnitId = unit };
            db.People.AddRange(a, b);
            foreach (var (person, year) in new[] { (a, 2023), (a, 2024), (b, 2025) })
            {
                var date = new DateOnly(year, 12, 20);
                db.AwardRecords.Add(new AwardRecordEntry
                {
                    OrgUnitId = unit, PersonId = person.Id, AwardCode = AwardCodes.Cstdcs, Year = year,
                    DecisionNumber = $"{year - 2000}{suffix.Length}/QĐ-UBND", DecisionDate = date, Kind = CommendationKind.Merit,
                    Basis = LegalBases.ForDecisionDate(date) is { IsSuccess: true } basis ? basis.Value : null,
                });
            }

            await db.SaveChangesAsync();
            return (a.Id, b.Id);
        });
    }

    private Task<HttpResponseMessage> MergeAsync(HttpClient client, int a, int b, string reason) =>
        Http.PostFormAsync(client, $"/Registry/Merge?a={a}&b={b}", new() { ["Input.Reason"] = reason });

    [Fact]
    public async Task Merge_SurvivorCountsBothHistories_SearchShowsOnePerson_AuditedOnce()
    {
        var (a, b) = await SeedDuplicatesAsync("Một");
        var client = await Http.SignedInAsync(_app, "quantri.phongtho");

        var candidates = WebUtility.HtmlDecode(await client.GetStringAsync("/Registry/Duplicates"));
        Assert.Contains("Vàng A Trùng Một", candidates);
        Assert.Contains("Vang A Trung Một", candidates);
        Assert.Contains($"/Registry/Merge?a={a}&b={b}", candidates);

        var response = await MergeAsync(client, a, b, Reason);

        Lookups.AssertRedirect(response, $"/Registry/Subject/{a}");
        using (var scope = _app.Services.CreateScope())
        {
            var registry = scope.ServiceProvider.GetRequiredService<RegistryFacts>();
            var facts = await registry.ForPersonAsync(a, CancellationToken.None);
            Assert.Equal([2023, 2024, 2025], facts.Awards.Where(x => x.AwardCode == AwardCodes.Cstdcs).Select(x => x.Year).Order());
            Assert.Equal(3, (await registry.ForPersonAsync(b, CancellationToken.None)).Awards.Count);
        }

        // The award records themselves are untouched: B's record still names B.
        Assert.Equal(1, await _app.WithDbAsync(db => db.AwardRecords.CountAsync(r => r.PersonId == b)));
        var search = WebUtility.HtmlDecode(await client.GetStringAsync("/Registry?q=trung mot"));
        Assert.Contains($"/Registry/Subject/{a}", search);
        Assert.DoesNotContain($"/Registry/Subject/{b}\"", search);
        var subject = WebUtility.HtmlDecode(await client.GetStringAsync($"/Registry/Subject/{a}"));
        Assert.Contains("253/QĐ-UBND", subject);
        Assert.Contains("Đã gộp 1 hồ sơ trùng", subject);
        var merged = await client.GetAsync($"/Registry/Subject/{b}");
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.EndsWith($"/Registry/Subject/{a}", merged.Headers.Location!.OriginalString);
        Assert.DoesNotContain("Vang A Trung Một", WebUtility.HtmlDecode(await client.GetStringAsync("/Registry/Duplicates")));

        var audit = await _app.WithDbAsync(db => db.AuditEntries.Where(x => x.Action == PeopleMerger.AuditActionText).ToListAsync());
        var row = Assert.Single(audit);
        Assert.Equal(Reason, row.Reason);

        // The same merge again: refused, nothing written twice.
        var again = WebUtility.HtmlDecode(await (await MergeAsync(client, a, b, Reason)).Content.ReadAsStringAsync());
        Assert.Contains("đã được gộp vào người khác", again);
        Assert.Equal(1, await _app.WithDbAsync(db => db.PersonMerges.CountAsync(m => m.MergedPersonId == b)));
        Assert.Single(await _app.WithDbAsync(db => db.AuditEntries.Where(x => x.Action == PeopleMerger.AuditActionText).ToListAsync()));
    }

    [Fact]
    public async Task Merge_TwoAdminsAtOnceInOppositeDirections_ExactlyOneMergeAndOneAuditRow()
    {
        var (a, b) = await SeedDuplicatesAsync("Hai");
        var one = await Http.SignedInAsync(_app, "quantri.phongtho");
        var two = await Http.SignedInAsync(_app, "admin");

        var responses = await Task.WhenAll(MergeAsync(one, a, b, Reason), MergeAsync(two, b, a, Reason));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.Equal(1, await _app.WithDbAsync(db => db.PersonMerges.CountAsync(m => m.MergedPersonId == a || m.MergedPersonId == b)));
        Assert.Single(await _app.WithDbAsync(db => db.AuditEntries.Where(x => x.Action == PeopleMerger.AuditActionText).ToListAsync()));
    }

    [Fact]
    public async Task Merge_WithoutReason_NamesTheField()
    {
        var (a, b) = await SeedDuplicatesAsync("Ba");
        var client = await Http.SignedInAsync(_app, "quantri.phongtho");

        var response = await MergeAsync(client, a, b, "  ");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hãy ghi lý do gộp", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.False(await _app.WithDbAsync(db => db.PersonMerges.AnyAsync(m => m.MergedPersonId == b)));
    }

    [Fact]
    public async Task Merge_PersonOutsideAdminSubtreeOrNotAdmin_Is404()
    {
        var (a, _) = await SeedDuplicatesAsync("Bốn");
        var outside = await _app.WithDbAsync(db => db.People.Where(p => p.FullName == "Lò Thị Hoa").Select(p => p.Id).SingleAsync());
        var phongTho = await Http.SignedInAsync(_app, "quantri.phongtho");

        Assert.Equal(HttpStatusCode.NotFound, (await phongTho.GetAsync($"/Registry/Merge?a={a}&b={outside}")).StatusCode);
        var page = await phongTho.GetAsync($"/Registry/Merge?a={a}&b={a}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var post = await Http.PostFormAsync(phongTho, $"/Registry/Merge?a={a}&b={outside}", new() { ["Input.Reason"] = Reason }, $"/Registry/Merge?a={a}&b={a}");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.False(await _app.WithDbAsync(db => db.PersonMerges.AnyAsync(m => m.MergedPersonId == outside)));

        var clerk = await Http.SignedInAsync(_app, "canbo.tanphong");
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync("/Registry/Duplicates")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/Registry/Merge?a={a}&b={outside}")).StatusCode);
    }
}
