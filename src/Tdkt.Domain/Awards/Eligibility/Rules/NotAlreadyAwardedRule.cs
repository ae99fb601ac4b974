using Tdkt.Domain.Common;

namespace Tdkt.Domain.Awards.Eligibility.Rules;

/// <summary>P8: one achievement, one award — an annual title is received once per year.</summary>
internal sealed class NotAlreadyAwardedRule : IEligibilityRule
{
    public void Evaluate(EligibilityContext context, List<Criterion> criteria)
    {
        if (!context.Definition.Annual)
        {
            return;
        }

        const string Reference = "Điểm c khoản 2 Điều 5 " + EligibilityContext.Law;
        var year = context.Year.ToString(ViFormat.Culture);
        var already = false;
        foreach (var a in context.Facts.Awards)
        {
            already |= a.Year == context.Year && a.AwardCode == context.AwardCode;
        }

        criteria.Add(already
            ? new Criterion(CriterionCodes.NotAlreadyAwarded, false,
                $"Đã được tặng \"{context.Definition.Name}\" năm {year}; một thành tích không khen hai lần.", Reference)
            : new Criterion(CriterionCodes.NotAlreadyAwarded, true,
                $"Chưa được tặng \"{context.Definition.Name}\" năm {year}.", Reference));
    }
}
