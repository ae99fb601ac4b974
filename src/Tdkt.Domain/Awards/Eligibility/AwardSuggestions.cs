using Tdkt.Domain.Common;

namespace Tdkt.Domain.Awards.Eligibility;

/// <summary>A form the subject now meets, with the reason in Vietnamese.</summary>
public sealed record DueAward(string AwardCode, string AwardName, string Reason, EligibilityResult Result);

/// <summary>"Due for award": which forms the subject meets for a year, by running the engine over the catalogue.</summary>
public static class AwardSuggestions
{
    /// <summary>Eligible, automatically checked awards for the subject's kind, highest form first. Forms the
    /// subject already holds for that year are left out by the engine's own "not already awarded" check.</summary>
    public static Result<IReadOnlyList<DueAward>> Due(SubjectFacts facts, int year, DateOnly decisionDate,
        JurisdictionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(settings);
        var basis = LegalBases.ForDecisionDate(decisionDate);
        if (basis.IsFailure)
        {
            return basis.Error!;
        }

        var due = new List<DueAward>();
        foreach (var definition in DefaultCatalogue.All)
        {
            if (definition.Basis != basis.Value || !definition.Accepts(facts.Kind)
                || !EligibilityEngine.AutomatedCodes.Contains(definition.Code)
                || definition.Code == (facts.ArmedForces ? AwardCodes.Ldtt : AwardCodes.Cstt))
            {
                continue;
            }

            var result = EligibilityEngine.Evaluate(definition.Code, year, decisionDate, facts, settings);
            if (result.IsFailure)
            {
                return result.Error!;
            }

            if (result.Value!.Eligible)
            {
                var reasons = result.Value.Criteria
                    .Where(c => c.Required && c.Met && !CriterionCodes.Principles.Contains(c.Code))
                    .Select(c => c.Message);
                due.Add(new DueAward(definition.Code, definition.Name, string.Join(" ", reasons), result.Value));
            }
        }

        return due;
    }
}
