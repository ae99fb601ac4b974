using Tdkt.Web.Pages.Movements;
using Tdkt.Web.Pages.Awards;
using Tdkt.Web.Pages.Certificates;
using Tdkt.Web.Pages.Events;
using Tdkt.Web.Pages.Council;
using Tdkt.Web.Pages.Nominations;
using Tdkt.Web.Pages.Notices;
using Tdkt.Web.Pages.OrgUnits;

namespace Tdkt.Web.Infrastructure;

/// <summary>Handlers are plain classes registered here, one line per use case (no mediator).</summary>
public static class FeatureRegistration
{
    public static IServiceCollection AddTdktFeatures(this IServiceCollection services)
    {
        services.AddOrgUnitFeatures();
        services.AddPlanningFeatures();
        services.AddAwardFeatures();
        services.AddConferenceFeatures();
        services.AddScoped<Pages.Congress.SaveDelegateRuleSetHandler>();
        services.AddNominationFeatures();
        services.AddNoticeFeatures();
        services.AddCouncilFeatures();
        services.AddCertificateFeatures();
        services.AddScoped<Documents.DocumentSources>();
        services.AddScoped<Documents.SubmissionLetters>();
        return services;
    }
}
