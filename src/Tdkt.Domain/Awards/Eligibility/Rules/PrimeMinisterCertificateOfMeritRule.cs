using Tdkt.Domain.Common;

namespace Tdkt.Domain.Awards.Eligibility.Rules;

/// <summary>Bằng khen của Thủ tướng — Law 2022 Art 73(1)(b) (PV): already holds a Bằng khen tỉnh AND at least 5
/// consecutive years to date rated HTTNV or above, with 3 CSTĐCS in that period. Other points and the collective
/// and household criteria are UNVERIFIED and left to manual appraisal.</summary>
internal sealed class PrimeMinisterCertificateOfMeritRule : IEligibilityRule
{
    public const int RequiredYears = 5;
    public const int RequiredCstdcs = 3;

    private const string Reference = "Điểm b khoản 1 Điều 73 " + EligibilityContext.Law;

    public void Evaluate(EligibilityContext context, List<Criterion> criteria)
    {
        if (context.Facts.Kind != SubjectKind.Individual)
        {
            ManualReviewRule.Instance.Evaluate(context, criteria);
            return;
        }

        criteria.Add(Checks.Conduct(context, "gương mẫu chấp hành tốt chủ trương, chính sách, pháp luật", "Khoản 1 Điều 73 " + EligibilityContext.Law));

        var bkYears = context.MeritAwardYears(AwardCodes.BkTinh);
        criteria.Add(bkYears.Count > 0
            ? new Criterion(CriterionCodes.HoldsBkTinh, true,
                $"Đã được tặng Bằng khen của Chủ tịch UBND tỉnh (năm {bkYears.Max().ToString(ViFormat.Culture)}).", Reference)
            : new Criterion(CriterionCodes.HoldsBkTinh, false,
                "Chưa được tặng Bằng khen cấp bộ, tỉnh theo công trạng (khen đột xuất, chuyên đề không được tính).", Reference));

        var floor = context.RunFloor(AwardCodes.BkTtg);
        if (context.Settings.BkTtgYearsAfterBkTinhOnly && bkYears.Count > 0)
        {
            floor = Math.Max(floor, bkYears.Max() + 1);
        }

        var run = ConsecutiveRun.EndingIn(context.Year, y => context.RatedAtLeast(y, Rating.Good), floor);
        var year = context.Year.ToString(ViFormat.Culture);
        criteria.Add(run >= RequiredYears
            ? new Criterion(CriterionCodes.ConsecutiveYearsGood, true,
                $"{run} năm liên tục hoàn thành tốt nhiệm vụ trở lên ({EligibilityContext.Years(context.Year - run + 1, context.Year)}).", Reference)
            : new Criterion(CriterionCodes.ConsecutiveYearsGood, false,
                $"Có {run} năm liên tục HTTNV trở lên tính đến năm {year}; cần từ {RequiredYears} năm.", Reference));

        var from = context.Year - Math.Max(run, RequiredYears) + 1;
        var cstdcs = 0;
        for (var y = Math.Max(from, floor); y <= context.Year; y++)
        {
            if (context.HasMeritAward(AwardCodes.Cstdcs, y))
            {
                cstdcs++;
            }
        }

        criteria.Add(cstdcs >= RequiredCstdcs
            ? new Criterion(CriterionCodes.CstdcsInPeriod, true,
                $"Có {cstdcs} lần Chiến sĩ thi đua cơ sở trong giai đoạn {EligibilityContext.Years(from, context.Year)}.", Reference)
            : new Criterion(CriterionCodes.CstdcsInPeriod, false,
                $"Có {cstdcs} lần Chiến sĩ thi đua cơ sở trong giai đoạn {EligibilityContext.Years(from, context.Year)}; cần {RequiredCstdcs}.", Reference));
    }
}
