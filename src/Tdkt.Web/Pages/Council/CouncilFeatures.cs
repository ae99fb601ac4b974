namespace Tdkt.Web.Pages.Council;

/// <summary>The council feature's services: the session workflow core, the queries and one handler per use case (ADR-0029).</summary>
public static class CouncilFeatures
{
    public static IServiceCollection AddCouncilFeatures(this IServiceCollection services) => services
        .AddScoped<CouncilSessionWorkflow>()
        .AddScoped<CouncilQueries>()
        .AddScoped<AddCouncilMemberHandler>()
        .AddScoped<EndCouncilMemberHandler>()
        .AddScoped<ScheduleSessionHandler>()
        .AddScoped<RefreshAgendaHandler>()
        .AddScoped<RecordAttendanceHandler>()
        .AddScoped<OpenVotingHandler>()
        .AddScoped<CastVoteHandler>()
        .AddScoped<RecordWrittenOpinionHandler>()
        .AddScoped<ElectCountingCommitteeHandler>()
        .AddScoped<CloseVotingHandler>()
        .AddScoped<FinaliseSessionHandler>();
}
