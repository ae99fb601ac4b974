using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Tdkt.Web.Data;

/// <summary>Lets dotnet-ef build the model without starting the app (and its embedded PostgreSQL).
/// Identity is registered as at run time: its store options shape the model.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<TdktDbContext>
{
    public TdktDbContext CreateDbContext(string[] args)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<TdktDbContext>(o => o.UseNpgsql("Host=127.0.0.1;Database=design"));
        services.AddIdentityCore<AppUser>().AddEntityFrameworkStores<TdktDbContext>();
        return services.BuildServiceProvider().CreateScope().ServiceProvider.GetRequiredService<TdktDbContext>();
    }
}
