namespace Tdkt.Domain.Awards.Eligibility;

/// <summary>One small pure rule: appends its criteria, met or not, to the list.
/// See README.md, "How to add a rule".</summary>
internal interface IEligibilityRule
{
    void Evaluate(EligibilityContext context, List<Criterion> criteria);
}
