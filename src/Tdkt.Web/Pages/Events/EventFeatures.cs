namespace Tdkt.Web.Pages.Events;

public static class EventFeatures
{
    public static IServiceCollection AddConferenceFeatures(this IServiceCollection services) => services
        .AddScoped<SaveEventHandler>();
}
