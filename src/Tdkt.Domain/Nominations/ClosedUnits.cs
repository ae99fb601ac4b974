using Tdkt.Domain.Common;

namespace Tdkt.Domain.Nominations;

/// <summary>
/// The 2025 reform carried through: a unit closed on a date (its last day open is <c>OrgUnit.ValidTo</c>) cannot
/// submit, receive, appraise, vote or issue after that date. Which unit acts is <see cref="ByProposer"/>.
/// </summary>
public static class ClosedUnits
{
    /// <summary>Null when the unit is open on <paramref name="today"/>, else the Vietnamese refusal.</summary>
    public static ConflictError? Refuse(string unitName, DateOnly? lastDayOpen, DateOnly today, string what) =>
        lastDayOpen is { } last && today > last
            ? new ConflictError($"{unitName} đã ngừng hoạt động từ ngày {ViFormat.Date(last.AddDays(1))}, không thể {what} sau ngày {ViFormat.Date(last)}. "
                + "Hồ sơ cần được bàn giao cho đơn vị kế thừa.")
            : null;

    /// <summary>Who acts in a dossier step: the proposing unit submits; the receiving body receives, returns, appraises,
    /// records the council and issues. Null for steps the rule does not cover (the higher level's news, revocation).</summary>
    public static bool? ByProposer(DossierAction action) => action switch
    {
        DossierAction.Submit => true,
        DossierAction.Receive or DossierAction.Return or DossierAction.StartAppraisal or DossierAction.CompleteAppraisal
            or DossierAction.RecordCouncil or DossierAction.Issue or DossierAction.NotAward or DossierAction.Escalate
            or DossierAction.ExtendDeadline or DossierAction.AcceptLate => false,
        DossierAction.Revoke or DossierAction.HigherProgress or DossierAction.HigherDecided or DossierAction.HigherNotAwarded
            or DossierAction.HigherRevoked => null,
    };

    /// <summary>Vietnamese verb of a step, for the refusal.</summary>
    public static string What(DossierAction action) => action switch
    {
        DossierAction.Submit => "gửi hồ sơ",
        DossierAction.Receive => "tiếp nhận hồ sơ",
        DossierAction.Issue => "ban hành quyết định",
        DossierAction.RecordCouncil => "ghi kết quả Hội đồng",
        _ => "xử lý hồ sơ (" + action.Vietnamese().ToLower(ViFormat.Culture) + ")",
    };
}
