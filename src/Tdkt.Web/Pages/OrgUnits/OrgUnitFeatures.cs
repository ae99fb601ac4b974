namespace Tdkt.Web.Pages.OrgUnits;

public static class OrgUnitFeatures
{
    public static IServiceCollection AddOrgUnitFeatures(this IServiceCollection services) => services
        .AddScoped<CreateOrgUnitHandler>()
        .AddScoped<EditOrgUnitHandler>()
        .AddScoped<MoveOrgUnitHandler>()
        .AddScoped<CloseOrgUnitHandler>()
        .AddScoped<HandoverOrgUnitHandler>()
        .AddScoped<ImportOrgUnitsHandler>();
}
