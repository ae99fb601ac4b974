using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Testing;
using Tdkt.Web.Data;

namespace Tdkt.Web.Tests.ScaleOut;

/// <summary>Units, catalogue, settings and holidays kept in memory per <c>reference_version()</c> (ADR-0042) follow
/// every write: another node's (a plain SQL write here), the request's own, and not one that is still in flight.</summary>
public sealed class ReferenceCacheTests : IAsyncLifetime
{
    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewFactoryAsync(nameof(ReferenceCacheTests));

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private async Task<long?> VersionAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TdktDbContext>();
        return await db.Database.SqlQueryRaw<long?>("SELECT public.reference_version() AS \"Value\"").SingleAsync();
    }

    [Fact]
    public async Task UnitRenamedElsewhere_NextDossierPageShowsTheNewName()
    {
        var client = await Http.SignedInAsync(_app, "canbo.phuongtanphong");
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TdktDbContext>();
        var unitId = await db.Users.Where(u => u.UserName == "canbo.phuongtanphong").Select(u => u.OrgUnitId).SingleAsync();
        var dossierId = await db.Dossiers.Where(d => d.ProposingUnitId == unitId).OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
        var name = await db.OrgUnits.Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync();
        var before = await client.GetStringAsync($"/Nominations/Details/{dossierId}");

        // Another node's write: plain SQL, nothing in this process hears of it but the version.
        await db.Database.ExecuteSqlInterpolatedAsync($"""UPDATE org_units SET "Name" = {name + " (tên mới)"} WHERE "Id" = {unitId}""");
        var after = await client.GetStringAsync($"/Nominations/Details/{dossierId}");
        var home = await client.GetStringAsync("/");

        Assert.Contains($"<strong>{name}</strong>", before, StringComparison.Ordinal);
        Assert.Contains($"<strong>{name} (tên mới)</strong>", after, StringComparison.Ordinal);
        Assert.Contains($"{name} (tên mới)", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteInFlight_VersionMovesOnlyWithItsCommit()
    {
        var before = await VersionAsync();
        await using var writerScope = _app.Services.CreateAsyncScope();
        var writer = writerScope.ServiceProvider.GetRequiredService<TdktDbContext>();
        long? during;
        await using (var tx = await writer.Database.BeginTransactionAsync())
        {
            await writer.Database.ExecuteSqlRawAsync("""UPDATE public_holidays SET "Name" = "Name" """);
            during = await VersionAsync();
            await tx.RollbackAsync();
        }

        var afterRollback = await VersionAsync();
        await writer.Database.ExecuteSqlRawAsync("""UPDATE award_catalogue SET "Name" = "Name" WHERE "Id" = (SELECT min("Id") FROM award_catalogue)""");
        var afterCommit = await VersionAsync();

        Assert.NotNull(before);
        Assert.Equal(before, during); // a reader never sees the number before the rows
        Assert.Equal(before, afterRollback);
        Assert.True(afterCommit > before);
    }

    public static TheoryData<string> ReferenceTables() => [.. Tdkt.Web.Data.Sql.Wave6ReferenceSql.Tables];

    [Theory]
    [MemberData(nameof(ReferenceTables))]
    public async Task AnyWriteToAReferenceTable_MovesTheVersion(string table)
    {
        var before = await VersionAsync();
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            // A statement trigger fires even when no row matches: every cached table has its trigger.
            var db = scope.ServiceProvider.GetRequiredService<TdktDbContext>();
            var sql = string.Concat("DELETE FROM public.", table, " WHERE false"); // table: one of the migration's own names
            await db.Database.ExecuteSqlRawAsync(sql);
        }

        Assert.True(await VersionAsync() > before, $"{table} did not move reference_version()");
    }

    [Fact]
    public async Task OwnSave_SameRequestReadsItsOwnChange()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TdktDbContext>();
        var entry = await db.AwardCatalogue.OrderBy(e => e.Id).FirstAsync();
        var day = entry.ValidFrom;
        var cached = await db.CatalogueEntryOnAsync(entry.Code, day, CancellationToken.None);
        Assert.NotNull(db.KnownReferenceVersion); // read once, then kept for the unit of work

        var oldName = entry.Name;
        entry.Name = oldName + " (sửa)";
        await db.SaveChangesAsync(new AuditNote("Sửa", "kiểm thử bộ nhớ đệm"), CancellationToken.None);
        var fresh = await db.CatalogueEntryOnAsync(entry.Code, day, CancellationToken.None);

        Assert.Equal(oldName, cached?.Name);
        Assert.Equal(oldName + " (sửa)", fresh?.Name);
    }

    [Fact]
    public async Task HolidayAddedElsewhere_DossierDeadlinesCountIt()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TdktDbContext>();
        var first = await db.HolidaysAsync(CancellationToken.None);
        var day = new DateOnly(2031, 3, 4);
        await using (var other = _app.Services.CreateAsyncScope())
        {
            var otherDb = other.ServiceProvider.GetRequiredService<TdktDbContext>();
            await otherDb.Database.ExecuteSqlInterpolatedAsync($"""INSERT INTO public_holidays ("Date", "Name") VALUES ({day}, 'Nghỉ bù kiểm thử')""");
        }

        await using var next = _app.Services.CreateAsyncScope();
        var nextDb = next.ServiceProvider.GetRequiredService<TdktDbContext>();
        var second = await nextDb.HolidaysAsync(CancellationToken.None);

        Assert.DoesNotContain(day, first);
        Assert.Contains(day, second);
        Assert.Same(second, await nextDb.HolidaysAsync(CancellationToken.None)); // kept, not read again
    }

    [Fact]
    public async Task UnknownUnit_IsNull_AndThePageAnswers404()
    {
        var client = await Http.SignedInAsync(_app, "canbo.phuongtanphong");
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TdktDbContext>();

        Assert.Null(await db.UnitAsync(int.MaxValue, CancellationToken.None));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Nominations/Details/{int.MaxValue}")).StatusCode);
    }
}
