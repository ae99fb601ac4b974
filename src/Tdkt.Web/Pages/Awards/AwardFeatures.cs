using Tdkt.Web.Pages.Registry;

namespace Tdkt.Web.Pages.Awards;

public static class AwardFeatures
{
    public static IServiceCollection AddAwardFeatures(this IServiceCollection services) => services
        .AddScoped<AwardData>()
        .AddScoped<RegistryFacts>()
        .AddSingleton<RegistryCache>()
        .AddScoped<ImportAwardHistoryHandler>()
        .AddScoped<PeopleMerger>();
}
