namespace Tdkt.Domain.Nominations;

/// <summary>
/// Escalation (ADR-0013): what a step of a dossier made by escalation reports on the original dossier's timeline. Pure;
/// the dossier workflow applies it to the original in the same transaction.
/// </summary>
public static class EscalationReport
{
    /// <summary>What the original's timeline says about a step of the higher dossier made at <paramref name="body"/>
    /// (null: not reported).</summary>
    public static (HigherOutcome Outcome, string Text)? Of(DossierTransition step, string body)
    {
        ArgumentNullException.ThrowIfNull(step);
        var why = string.IsNullOrWhiteSpace(step.Reason) ? string.Empty : ": " + step.Reason;
        return step.Action switch
        {
            DossierAction.Submit => (HigherOutcome.Progress, $"Đã gửi lại hồ sơ trình {body}."),
            DossierAction.Receive => (HigherOutcome.Progress, $"Cấp trên ({body}) đã tiếp nhận hồ sơ trình."),
            DossierAction.Return => (HigherOutcome.Progress, $"Cấp trên ({body}) trả lại hồ sơ trình để bổ sung{why}"),
            DossierAction.CompleteAppraisal => (HigherOutcome.Progress, $"Cấp trên ({body}) đã thẩm định xong."),
            DossierAction.RecordCouncil => (HigherOutcome.Progress, $"Hội đồng Thi đua - Khen thưởng cấp trên ({body}) đã có kết quả."),
            DossierAction.Issue => (HigherOutcome.Decided, $"Cấp trên ({body}) đã ban hành {step.Reason}"),
            DossierAction.NotAward => (HigherOutcome.NotAwarded, $"Cấp trên ({body}) không khen thưởng{why}"),
            DossierAction.Revoke => (step.To == DossierStatus.Revoked ? HigherOutcome.Revoked : HigherOutcome.Progress, $"Cấp trên ({body}){why}"),
            DossierAction.Escalate => (HigherOutcome.Progress, $"Cấp trên ({body}) đã trình tiếp{why}"),
            DossierAction.HigherDecided when step.From != step.To => (HigherOutcome.Decided, $"Cấp trên{why}"),
            DossierAction.HigherNotAwarded when step.From != step.To => (HigherOutcome.NotAwarded, $"Cấp trên{why}"),
            DossierAction.HigherRevoked => (step.To == DossierStatus.Revoked ? HigherOutcome.Revoked : HigherOutcome.Progress, $"Cấp trên{why}"),
            DossierAction.HigherDecided or DossierAction.HigherNotAwarded or DossierAction.HigherProgress => (HigherOutcome.Progress, $"Cấp trên{why}"),
            DossierAction.StartAppraisal or DossierAction.ExtendDeadline or DossierAction.AcceptLate => null,
        };
    }
}
