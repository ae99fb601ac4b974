namespace Tdkt.Web.Pages.Nominations;

public static class NominationFeatures
{
    public static IServiceCollection AddNominationFeatures(this IServiceCollection services) => services
        .AddScoped<CitizenIds>()
        .AddScoped<NominationChecks>()
        .AddScoped<CouncilVotingGate>()
        .AddScoped<DossierService>()
        .AddScoped<DossierInbox>()
        .AddScoped<DeadlineReminders>()
        .AddHostedService<ReminderRunner>();
}
