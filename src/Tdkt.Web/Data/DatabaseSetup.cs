using Microsoft.EntityFrameworkCore;
using Tdkt.Web.Infrastructure;

namespace Tdkt.Web.Data;

public static class DatabaseSetup
{
    /// <summary>Applies migrations, then loads the demo data once when demo mode is on.</summary>
    public static async Task MigrateAndSeedAsync(IServiceProvider services, TdktSettings settings, ILogger logger)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TdktDbContext>();
        logger.LogInformation("Kiểm tra và cập nhật cấu trúc cơ sở dữ liệu…");
        await db.Database.MigrateAsync();
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
}
