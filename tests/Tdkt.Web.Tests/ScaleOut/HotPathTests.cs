using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Domain.Security;
using Tdkt.Testing;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Nominations;
using Tdkt.Web.Pages.Registry;
using Tdkt.Web.Security;

namespace Tdkt.Web.Tests.ScaleOut;

/// <summary>The registry-derived results cached per registry generation (ADR-0039) follow every registry write.</summary>
public sealed partial class HotPathTests : IAsyncLifetime
{
    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewFactoryAsync(nameof(HotPathTests));

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task RegistryWrite_MovesTheGeneration_AndTheCacheComputesAgain()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TdktDbContext>();
        var cache = scope.ServiceProvider.GetRequiredService<RegistryCache>();
        var before = await RegistryCache.GenerationAsync(db, CancellationToken.None);
        var first = await cache.GetOrAddAsync("test", before, () => Task.FromResult("computed at first"), _ => 1);
        var again = await cache.GetOrAddAsync("test", before, () => Task.FromResult("computed twice"), _ => 1);

        await db.Database.ExecuteSqlRawAsync("""UPDATE people SET "Position" = "Position" WHERE "Id" = (SELECT min("Id") FROM people)""");
        var after = await RegistryCache.GenerationAsync(db, CancellationToken.None);
        var next = await cache.GetOrAddAsync("test", after, () => Task.FromResult("computed after the write"), _ => 1);

        Assert.Equal("computed at first", first);
        Assert.Equal("computed at first", again);
        Assert.True(after > before);
        Assert.Equal("computed after the write", next);
    }

    [Fact]
    public async Task RegistryWriteInFlight_NoGeneration_UntilItCommits()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TdktDbContext>();
        await using var writerScope = _app.Services.CreateAsyncScope();
        var writer = writerScope.ServiceProvider.GetRequiredService<TdktDbContext>();
        var before = await RegistryCache.GenerationAsync(db, CancellationToken.None);

        await using (var tx = await writer.Database.BeginTransactionAsync())
        {
            await writer.Database.ExecuteSqlRawAsync("""UPDATE people SET "Position" = "Position" WHERE "Id" = (SELECT min("Id") FROM people)""");
            // The writer moved the sequence but has not committed: a result computed now could miss its rows.
            var during = await RegistryCache.GenerationAsync(db, CancellationToken.None);
            var cache = scope.ServiceProvider.GetRequiredService<RegistryCache>();
            var computed = 0;
            await cache.GetOrAddAsync("in-flight", during, () => Task.FromResult(++computed), _ => 1);
            await cache.GetOrAddAsync("in-flight", during, () => Task.FromResult(++computed), _ => 1);
            Assert.Null(during);
            Assert.Equal(2, computed); // not kept while a write is in flight
            await tx.CommitAsync();
        }

        var after = await RegistryCache.GenerationAsync(db, CancellationToken.None);
        Assert.NotNull(before);
        Assert.True(after > before);
    }

    [Fact]
    public async Task ScopeQuery_PathIsAParameter_NotCompiledIntoTheSql()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TdktDbContext>();
        var unit = await db.OrgUnits.OrderBy(u => u.Id).Skip(3).FirstAsync();
        var sql = db.OrgUnits.VisibleTo(new OrgScope([new ScopeGrant(Role.UnitClerk, unit.Id, unit.Path)])).ToQueryString();
        var visible = await db.OrgUnits.VisibleTo(new OrgScope([new ScopeGrant(Role.UnitClerk, unit.Id, unit.Path)])).Select(u => u.Id).ToListAsync();

        // One cached query for every user's scope: the path is bound as a parameter (declared above the SQL), not
        // written into it.
        var statement = sql[sql.IndexOf("SELECT", StringComparison.Ordinal)..];
        Assert.Contains("LIKE @", statement, StringComparison.Ordinal);
        Assert.DoesNotContain(unit.Path, statement, StringComparison.Ordinal);
        Assert.Contains(unit.Id, visible);
        Assert.Equal(await db.OrgUnits.CountAsync(u => u.Path.StartsWith(unit.Path)), visible.Count);
    }

    [Theory]
    [InlineData("xem.tinh", "")]
    [InlineData("xem.tinh", "&sap=nam")]
    [InlineData("thamdinh.tplc", "")]
    public async Task InboxPagedInSql_SameRowsAndTotalAsTheFullList(string user, string sort)
    {
        var client = await Http.SignedInAsync(_app, user);
        var export = await client.GetAsync("/Nominations?handler=Xlsx" + sort);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TdktDbContext>();
        var inbox = scope.ServiceProvider.GetRequiredService<DossierInbox>();
        var userId = await db.Users.Where(u => u.UserName == user).Select(u => u.Id).SingleAsync();
        var grants = await (from g in db.RoleGrants join u in db.OrgUnits on g.OrgUnitId equals u.Id where g.UserId == userId
                            select new ScopeGrant(g.Role, g.OrgUnitId, u.Path)).ToListAsync();
        var orgScope = new OrgScope(grants);
        var filter = new DossierFilter(Sort: sort.Length == 0 ? null : "nam");
        var all = await inbox.ListAsync(orgScope, filter, CancellationToken.None);
        var first = await inbox.PageAsync(orgScope, filter, 3, CancellationToken.None);
        var second = await inbox.PageAsync(orgScope, filter with { Page = 2 }, 3, CancellationToken.None);

        Assert.True(all.Count > 3, $"{user} should see more than one page of demo dossiers");
        Assert.Equal(all.Count, first.Total);
        Assert.Equal(all.Take(3).Select(r => r.Dossier.Id), first.Rows.Select(r => r.Dossier.Id));
        Assert.Equal(all.Skip(3).Take(3).Select(r => r.Dossier.Id), second.Rows.Select(r => r.Dossier.Id));
        Assert.Equal(all.Where(r => r.WorkingDaysLeft < 0).Take(20).Select(r => r.Dossier.Id), first.Overdue.Select(r => r.Dossier.Id));
        Assert.Equal(all.Count(r => r.WorkingDaysLeft < 0), await inbox.CountAsync(orgScope, filter with { Deadline = DossierFilter.Overdue }, CancellationToken.None));
        var page = await client.GetStringAsync("/Nominations" + (sort.Length == 0 ? "" : "?" + sort[1..]));
        Assert.Contains($"<strong>{all.Count}</strong> hồ sơ", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InboxChoices_NewDossier_AppearsAtOnce()
    {
        var client = await Http.SignedInAsync(_app, "canbo.phuongtanphong"); // the open ward of the demo
        var before = await client.GetStringAsync("/Nominations");
        var year = (DateTime.UtcNow.Year + 1).ToString(CultureInfo.InvariantCulture);
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TdktDbContext>();
        var user = await db.Users.SingleAsync(u => u.UserName == "canbo.phuongtanphong");
        // Next year: no demo dossier has it, so the year choice shows whether the choices were read again.
        var created = await Http.PostFormAsync(client, "/Nominations/Create", new()
        {
            ["Input.Title"] = "Hồ sơ kiểm tra lựa chọn bộ lọc",
            ["Input.ProposingUnitId"] = user.OrgUnitId.ToString(CultureInfo.InvariantCulture),
            ["Input.Kind"] = "AdHoc", ["Input.Level"] = "Grassroots", ["Input.Year"] = year, ["Input.MovementId"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var after = await client.GetStringAsync("/Nominations");
        Assert.DoesNotContain($"<option value=\"{year}\"", before, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{year}\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DueList_ProvinceOfficer_DefaultsToOwnUnit_AndPagesTheWholeProvince()
    {
        var client = await Http.SignedInAsync(_app, "xem.tinh");
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TdktDbContext>();
        var user = await db.Users.SingleAsync(u => u.UserName == "xem.tinh");
        var home = await db.OrgUnits.SingleAsync(u => u.Id == user.OrgUnitId);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/Awards/Due"));
        Assert.Contains($"Đến hạn đề nghị khen thưởng: {home.Name}", page, StringComparison.Ordinal);

        var root = await db.OrgUnits.SingleAsync(u => u.Id == Domain.Organizations.OrgPath.Ids(home.Path)[0]);
        var year = DateTime.Now.Year;
        var date = new DateOnly(year, 12, 31);
        var settings = await scope.ServiceProvider.GetRequiredService<Pages.Awards.AwardData>().SettingsForPathAsync(root.Path, CancellationToken.None);
        var expected = await scope.ServiceProvider.GetRequiredService<RegistryFacts>().DueAsync(root.Path, year, date, settings, CancellationToken.None);
        var size = Pages.Awards.DueModel.PageSize;
        var whole = WebUtility.HtmlDecode(await client.GetStringAsync($"/Awards/Due?unit={root.Id}&year={year}&ngay=31/12/{year}"));
        Assert.Equal(Math.Min(expected.Count, size), Rows(whole));
        if (expected.Count > size)
        {
            var last = (expected.Count + size - 1) / size;
            Assert.Contains($"Có <strong>{expected.Count}</strong> đối tượng đến hạn", whole, StringComparison.Ordinal);
            var lastPage = WebUtility.HtmlDecode(await client.GetStringAsync($"/Awards/Due?unit={root.Id}&year={year}&ngay=31/12/{year}&trang={last}"));
            Assert.Equal(expected.Count - ((last - 1) * size), Rows(lastPage));
        }
    }

    private static int Rows(string page) =>
        page.Contains("data-testid=\"due\"", StringComparison.Ordinal)
            ? RowCount().Matches(page[page.IndexOf("data-testid=\"due\"", StringComparison.Ordinal)..]).Count
            : 0;

    [GeneratedRegex("<tr>\\s*<td>\\d+</td>")]
    private static partial Regex RowCount();
}
