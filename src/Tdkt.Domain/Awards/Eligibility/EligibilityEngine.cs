using Tdkt.Domain.Awards.Eligibility.Rules;
using Tdkt.Domain.Common;

namespace Tdkt.Domain.Awards.Eligibility;

/// <summary>Checks one award for one subject and year. Pure: the facts are the only input, the rules never do I/O.
/// Every criterion is evaluated and reported, not only the first failure.</summary>
public static class EligibilityEngine
{
    /// <summary>Version of the rule set, stored with each result so a dossier shows which rules judged it.
    /// Bump it whenever a rule's meaning changes.</summary>
    public const string RuleSetVersion = "2026.11.1";

    /// <summary>Earliest assessed year accepted; older history may still be in the facts.</summary>
    public const int FirstYear = 2000;

    private static readonly IEligibilityRule[] Principles =
        [new PendingHoldRule(), new DisciplineTermRule(), new NotAlreadyAwardedRule()];

    private static readonly Dictionary<string, IEligibilityRule> Rules = new(StringComparer.Ordinal)
    {
        [AwardCodes.Ldtt] = new AdvancedWorkerRule(),
        [AwardCodes.Cstt] = new AdvancedWorkerRule(),
        [AwardCodes.Cstdcs] = new GrassrootsEmulationSoldierRule(),
        [AwardCodes.CstdTinh] = new ProvincialEmulationSoldierRule(),
        [AwardCodes.CstdTq] = new NationalEmulationSoldierRule(),
        [AwardCodes.Ttldtt] = new AdvancedCollectiveRule(),
        [AwardCodes.Ttldxs] = new ExcellentCollectiveRule(),
        [AwardCodes.CoTinh] = new ProvincialFlagRule(),
        [AwardCodes.BkTinh] = new ProvincialCertificateOfMeritRule(),
        [AwardCodes.BkTtg] = new PrimeMinisterCertificateOfMeritRule(),
        [AwardCodes.Gk] = new CertificateOfCommendationRule(),
    };

    /// <summary>Award codes whose criteria are checked automatically; the others always need manual appraisal.</summary>
    public static IReadOnlyCollection<string> AutomatedCodes => Rules.Keys;

    /// <param name="awardCode">One of <see cref="AwardCodes"/>; unknown → <see cref="ValidationError"/> on "award".</param>
    /// <param name="year">The assessed year (năm đánh giá); runs end in this year.</param>
    /// <param name="decisionDate">Chooses the legal basis; before 01/01/2024 → error on "decisionDate".</param>
    /// <param name="facts">The subject's history.</param>
    /// <param name="settings">The province's parameters.</param>
    public static Result<EligibilityResult> Evaluate(string? awardCode, int year, DateOnly decisionDate,
        SubjectFacts facts, JurisdictionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(settings);
        if (!AwardCodes.TryNormalize(awardCode, out var code))
        {
            return DefaultCatalogue.UnknownAward(awardCode);
        }

        var basis = LegalBases.ForDecisionDate(decisionDate);
        if (basis.IsFailure)
        {
            return basis.Error!;
        }

        if (year < FirstYear || year > decisionDate.Year)
        {
            return new ValidationError("year",
                $"Năm xét khen thưởng phải từ {FirstYear.ToString(ViFormat.Culture)} đến năm của ngày quyết định ({decisionDate.Year.ToString(ViFormat.Culture)}).");
        }

        var definition = DefaultCatalogue.For(code, basis.Value, settings).Value!;
        if (!definition.Accepts(facts.Kind))
        {
            return new ValidationError("subjectKind",
                $"\"{definition.Name}\" không xét tặng cho đối tượng {facts.Kind.Vietnamese().ToLowerInvariant()}; chỉ xét cho: {string.Join(", ", definition.SubjectKinds.Select(k => k.Vietnamese().ToLowerInvariant()))}.");
        }

        var context = new EligibilityContext(definition, year, decisionDate, facts, settings);
        var criteria = new List<Criterion>(12);
        foreach (var principle in Principles)
        {
            principle.Evaluate(context, criteria);
        }

        (Rules.GetValueOrDefault(code) ?? ManualReviewRule.Instance).Evaluate(context, criteria);

        var eligible = true;
        foreach (var c in criteria)
        {
            if (c.Required && !c.Met)
            {
                eligible = false;
                break;
            }
        }

        return new EligibilityResult(code, definition.Name, year, decisionDate, eligible, basis.Value,
            basis.Value.DisplayText(), criteria)
        {
            RuleSetVersion = RuleSetVersion,
            Settings = settings,
        };
    }
}
