namespace Tdkt.Domain.Awards.Eligibility.Rules;

/// <summary>Forms whose criteria domain.md could not verify: always reported for manual appraisal.</summary>
internal sealed class ManualReviewRule : IEligibilityRule
{
    public static readonly ManualReviewRule Instance = new();

    public void Evaluate(EligibilityContext context, List<Criterion> criteria) =>
        criteria.Add(new Criterion(CriterionCodes.ManualReviewRequired, false,
            $"Tiêu chuẩn của \"{context.Definition.Name}\" chưa được kiểm tra tự động; cần thẩm định thủ công.",
            context.Definition.CriteriaReference));
}
