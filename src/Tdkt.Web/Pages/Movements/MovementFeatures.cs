namespace Tdkt.Web.Pages.Movements;

public static class MovementFeatures
{
    public static IServiceCollection AddPlanningFeatures(this IServiceCollection services) => services
        .AddScoped<SaveMovementHandler>()
        .AddScoped<Plans.SavePlanHandler>()
        .AddScoped<Plans.ImportPlanHandler>()
        .AddScoped<Plans.SaveTaskHandler>()
        .AddScoped<Plans.ReportProgressHandler>()
        .AddScoped<Registrations.RegistrationHandler>()
        .AddScoped<Reports.CreateReportRequestHandler>()
        .AddScoped<Reports.SubmissionHandler>();
}
