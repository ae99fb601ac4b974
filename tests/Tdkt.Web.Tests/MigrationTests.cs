using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Testing;
using Tdkt.Web.Data;

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
        // The expression index and the function the search relies on exist.
        Assert.Equal(2, await db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM pg_indexes WHERE indexname IN ('ix_org_units_name_unaccent_trgm', 'ix_people_fullname_folded_trgm')").SingleAsync());
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
}
