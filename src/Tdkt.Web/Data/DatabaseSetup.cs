using Microsoft.EntityFrameworkCore;
using Tdkt.Web.Infrastructure;

namespace Tdkt.Web.Data;

public static class DatabaseSetup
{
    /// <summary>A migration on national data builds indexes and fills the statistics cells over tens of millions of
    /// rows; the 30-second default of a command stopped it half-way (measured on the national set, 2026-12-02).</summary>
    public static readonly TimeSpan MigrationTimeout = TimeSpan.FromHours(2);

    /// <summary>Applies migrations, then loads the demo data once when demo mode is on. With a migration login
    /// (<paramref name="migrationConnectionString"/>) the schema is migrated as that role and the runtime role of
    /// <paramref name="runtimeConnectionString"/> is granted what serving needs (ADR-0034); without one, the app's own login migrates.</summary>
    public static async Task MigrateAndSeedAsync(IServiceProvider services, TdktSettings settings, ILogger logger,
        string? migrationConnectionString = null, string? runtimeConnectionString = null)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TdktDbContext>();
        logger.LogInformation("Kiểm tra và cập nhật cấu trúc cơ sở dữ liệu…");
        if (migrationConnectionString is not null && runtimeConnectionString is not null)
        {
            await using (var owner = new TdktDbContext(new DbContextOptionsBuilder<TdktDbContext>().UseNpgsql(migrationConnectionString).Options))
            {
                await RefuseDatabasePredatingBaselineAsync(owner);
                owner.Database.SetCommandTimeout(MigrationTimeout);
                await owner.Database.MigrateAsync();
            }

            await DatabaseRoles.GrantRuntimeRoleAsync(migrationConnectionString, runtimeConnectionString, logger);
        }
        else
        {
            await RefuseDatabasePredatingBaselineAsync(db);
            db.Database.SetCommandTimeout(MigrationTimeout);
            await db.Database.MigrateAsync();
            db.Database.SetCommandTimeout(null);
        }

        await ReferenceDataSeeder.SeedAsync(db, logger);
        if (settings.DemoData == true)
        {
            var seeder = ActivatorUtilities.CreateInstance<DemoSeeder>(scope.ServiceProvider);
            await seeder.SeedAsync(settings, logger);
        }
        else
        {
            await BootstrapAdmin.CreateIfConfiguredAsync(scope.ServiceProvider, logger);
        }
    }

    /// <summary>
    /// The schema history was squashed into one baseline before the first release (ADR-0028). A database made by an
    /// earlier build has migrations this build does not know; migrating it would fail half-way, so refuse plainly.
    /// </summary>
    public static async Task RefuseDatabasePredatingBaselineAsync(TdktDbContext db)
    {
        var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
        if (applied.Count == 0)
        {
            return;
        }

        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = applied.Where(m => !known.Contains(m)).ToList();
        if (unknown.Count > 0)
        {
            throw new DatabasePredatesBaselineException(unknown);
        }
    }
}

/// <summary>The database was created by a build older than the schema baseline of 01/12/2026.</summary>
public sealed class DatabasePredatesBaselineException(IReadOnlyList<string> unknownMigrations)
    : Exception("Cơ sở dữ liệu được tạo bởi một bản Tdkt cũ hơn bản cơ sở ngày 01/12/2026 ("
        + string.Join(", ", unknownMigrations.Take(3)) + (unknownMigrations.Count > 3 ? ", …" : "") + ").")
{
    public IReadOnlyList<string> UnknownMigrations { get; } = unknownMigrations;
}
