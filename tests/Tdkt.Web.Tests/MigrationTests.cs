using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Testing;
using Tdkt.Web.Data;
using Tdkt.Web.Data.Sql;

namespace Tdkt.Web.Tests;

public sealed class MigrationTests
{
    [Fact]
    public async Task EmptyDatabase_MigratesToHead_WithNoPendingModelChanges()
    {
        var name = "t_migrate_" + Guid.NewGuid().ToString("N")[..8];
        await PostgresCluster.Instance.ExecuteAsync($"CREATE DATABASE {name}");
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<TdktDbContext>(o => o.UseNpgsql(PostgresCluster.Instance.ConnectionString(name)));
        services.AddIdentityCore<AppUser>().AddEntityFrameworkStores<TdktDbContext>();
        await using var sp = services.BuildServiceProvider();
        using var scope = sp.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TdktDbContext>();

        var differ = db.GetService<IMigrationsModelDiffer>();
        var snapshot = db.GetService<IMigrationsAssembly>().ModelSnapshot!.Model;
        var finalized = db.GetService<IModelRuntimeInitializer>().Initialize(snapshot);
        var diffs = differ.GetDifferences(finalized.GetRelationalModel(), db.GetService<IDesignTimeModel>().Model.GetRelationalModel());
        Assert.True(diffs.Count == 0, string.Join("\n", diffs.Select(d => d.GetType().Name + " " + System.Text.Json.JsonSerializer.Serialize(d.GetType().GetProperties().Where(p => p.Name is "Name" or "Table" or "Schema").ToDictionary(p => p.Name, p => p.GetValue(d)?.ToString())))));

        await db.Database.MigrateAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges());
        // Every hand-written object of the baseline (Data/Sql) is in the database.
        var functions = await db.Database.SqlQueryRaw<string>("SELECT proname AS \"Value\" FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'").ToListAsync();
        Assert.All(BaselineSql.ExpectedFunctions, f => Assert.Contains(f, functions));
        var triggers = await db.Database.SqlQueryRaw<string>("SELECT c.relname || '.' || t.tgname AS \"Value\" FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal").ToListAsync();
        Assert.All(BaselineSql.ExpectedTriggers, t => Assert.Contains(t.Table + "." + t.Trigger, triggers));
        var indexes = await db.Database.SqlQueryRaw<string>("SELECT indexname AS \"Value\" FROM pg_indexes WHERE schemaname = 'public'").ToListAsync();
        Assert.All(BaselineSql.ExpectedIndexes, i => Assert.Contains(i, indexes));

        // The search's own SQL shape can use the trigram index (seqscan off: the table is tiny here).
        var conn = db.Database.GetDbConnection();
        await conn.OpenAsync();
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = "SET enable_seqscan = off; EXPLAIN SELECT 1 FROM org_units o WHERE public.f_unaccent(o.\"Name\") ILIKE public.f_unaccent('%doan ket%')";
        var lines = new List<string>();
        await using (var reader = await cmd.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(0));
            }
        }

        var plan = string.Join("\n", lines);
        Assert.Contains("ix_org_units_name_unaccent_trgm", plan);

        // People: the stored folded name (đ = d, lower case) and the registry search's shape on it use the index.
        Assert.Equal("dang thi ha", await db.Database.SqlQueryRaw<string>("SELECT lower(public.f_unaccent('Đặng Thị Hà')) AS \"Value\"").SingleAsync());
        cmd.CommandText = "SET enable_seqscan = off; EXPLAIN SELECT 1 FROM people p WHERE p.\"FullNameFolded\" LIKE lower(public.f_unaccent('%đặng thị%'))";
        lines.Clear();
        await using (var reader = await cmd.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(0));
            }
        }

        Assert.Contains("ix_people_fullname_folded_trgm", string.Join("\n", lines));
    }

    [Fact]
    public async Task DatabaseFromBeforeTheBaseline_IsRefusedWithAPlainMessage()
    {
        var name = "t_oldbase_" + Guid.NewGuid().ToString("N")[..8];
        await PostgresCluster.Instance.ExecuteAsync($"CREATE DATABASE {name}");
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<TdktDbContext>(o => o.UseNpgsql(PostgresCluster.Instance.ConnectionString(name)));
        services.AddIdentityCore<AppUser>().AddEntityFrameworkStores<TdktDbContext>();
        await using var sp = services.BuildServiceProvider();
        using var scope = sp.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TdktDbContext>();
        // What an early build left behind: a history naming migrations this build no longer has.
        await db.Database.ExecuteSqlRawAsync("""
            CREATE TABLE "__EFMigrationsHistory" ("MigrationId" varchar(150) PRIMARY KEY, "ProductVersion" varchar(32) NOT NULL);
            INSERT INTO "__EFMigrationsHistory" VALUES ('20261121085556_Initial', '10.0.14');
            """);

        var ex = await Assert.ThrowsAsync<DatabasePredatesBaselineException>(() => DatabaseSetup.RefuseDatabasePredatingBaselineAsync(db));
        Assert.Contains("20261121085556_Initial", ex.UnknownMigrations);
        Assert.Contains("bản cơ sở", ex.Message);
        // Nothing was migrated on top of it.
        Assert.Equal(1, await db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM \"__EFMigrationsHistory\"").SingleAsync());
    }
}
