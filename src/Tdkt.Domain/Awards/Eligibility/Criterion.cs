namespace Tdkt.Domain.Awards.Eligibility;

/// <summary>One checked condition. <paramref name="Required"/> criteria must all be met; the others are the
/// alternative routes ("one of the following") whose summary is itself a required criterion.</summary>
/// <param name="Code">Stable code from <see cref="CriterionCodes"/>.</param>
/// <param name="Met">Whether the facts satisfy it.</param>
/// <param name="Message">Vietnamese explanation shown to the user, with the years and figures used.</param>
/// <param name="Reference">Article, e.g. "Điều 22 Luật TĐKT 2022".</param>
/// <param name="Required">False for one route among alternatives.</param>
public sealed record Criterion(string Code, bool Met, string Message, string Reference, bool Required = true);

/// <summary>The outcome of checking one award for one subject and year. Every criterion is reported.
/// <c>LegalBasis</c> is the display text, e.g. "Luật Thi đua, khen thưởng 2022; Nghị định 152/2025/NĐ-CP";
/// <c>Basis</c> the enum.</summary>
public sealed record EligibilityResult(string AwardCode, string AwardName, int Year, DateOnly DecisionDate,
    bool Eligible, LegalBasis Basis, string LegalBasis, IReadOnlyList<Criterion> Criteria)
{
    /// <summary>Codes of the required criteria that are not met, in evaluation order.</summary>
    /// <summary>See <see cref="EligibilityEngine.RuleSetVersion"/>.</summary>
    public string RuleSetVersion { get; init; } = EligibilityEngine.RuleSetVersion;

    /// <summary>The province's parameters the result was computed with (part of the snapshot).</summary>
    public JurisdictionSettings Settings { get; init; } = JurisdictionSettings.Default;

    public IReadOnlyList<string> UnmetCodes => [.. Criteria.Where(c => c.Required && !c.Met).Select(c => c.Code)];

    public Criterion? Find(string code) => Criteria.FirstOrDefault(c => c.Code == code);
}
