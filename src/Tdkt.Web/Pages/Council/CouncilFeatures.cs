namespace Tdkt.Web.Pages.Council;

public static class CouncilFeatures
{
    public static IServiceCollection AddCouncilFeatures(this IServiceCollection services) => services.AddScoped<CouncilService>();
}
