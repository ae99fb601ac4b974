namespace Tdkt.Web.Pages.Nominations;

/// <summary>The nomination feature's services: the workflow core and one handler per use case (ADR-0029).</summary>
public static class NominationFeatures
{
    public static IServiceCollection AddNominationFeatures(this IServiceCollection services) => services
        .AddScoped<CitizenIds>()
        .AddScoped<NominationChecks>()
        .AddScoped<CouncilVotingGate>()
        .AddScoped<DossierWorkflow>()
        .AddScoped<CreateDossierHandler>()
        .AddScoped<AddNomineeHandler>()
        .AddScoped<ImportNomineesHandler>()
        .AddScoped<RemoveNomineeHandler>()
        .AddScoped<EditDossierHeaderHandler>()
        .AddScoped<EditNomineeHandler>()
        .AddScoped<RemoveAttachmentHandler>()
        .AddScoped<DeleteDraftHandler>()
        .AddScoped<AttachFileHandler>()
        .AddScoped<SubmitDossierHandler>()
        .AddScoped<ReceiveDossierHandler>()
        .AddScoped<ReturnDossierHandler>()
        .AddScoped<ExtendDeadlineHandler>()
        .AddScoped<AcceptLateHandler>()
        .AddScoped<AppraiseNomineeHandler>()
        .AddScoped<ConsultAgencyHandler>()
        .AddScoped<AnswerConsultationHandler>()
        .AddScoped<CompleteAppraisalHandler>()
        .AddScoped<RecordCouncilResultHandler>()
        .AddScoped<CompleteCouncilHandler>()
        .AddScoped<EditDecisionWordingHandler>()
        .AddScoped<NotAwardHandler>()
        .AddScoped<IssueDecisionHandler>()
        .AddScoped<RevokeDecisionHandler>()
        .AddScoped<EscalationPlanner>()
        .AddScoped<EscalateDossierHandler>()
        .AddScoped<RecordCentralOutcomeHandler>()
        .AddScoped<DossierInbox>()
        .AddSingleton<InboxChoices>()
        .AddScoped<DeadlineReminders>()
        .AddHostedService<ReminderRunner>();
}
