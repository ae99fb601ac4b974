namespace Tdkt.Domain.Awards.Eligibility.Rules;

/// <summary>Lao động tiên tiến / Chiến sĩ tiên tiến — Law 2022 Art 24(1), (2): rating HTTNV or above, and
/// self-reliance, solidarity, active in the movements.</summary>
internal sealed class AdvancedWorkerRule : IEligibilityRule
{
    public void Evaluate(EligibilityContext context, List<Criterion> criteria)
    {
        var clause = context.AwardCode == AwardCodes.Cstt ? "khoản 2" : "khoản 1";
        criteria.Add(Checks.RatingAtLeast(context, Rating.Good, $"Điểm a {clause} Điều 24 {EligibilityContext.Law}"));
        criteria.Add(Checks.Conduct(context, "tinh thần tự lực, tự cường, đoàn kết, tích cực tham gia phong trào thi đua",
            $"Điểm b {clause} Điều 24 {EligibilityContext.Law}"));
    }
}
