using Tdkt.Domain.Common;

namespace Tdkt.Domain.Awards.Eligibility.Rules;

/// <summary>Bằng khen của Chủ tịch UBND tỉnh — Law 2022 Art 74. Individual: law-abiding AND one of (a) movement,
/// (b) many or ad-hoc achievements, (c) socio-economic contribution, (d) 2 consecutive CSTĐCS or at least 2
/// consecutive HTXSNV years with 2 initiatives or scientific works in them. Collective: one of movement, ad-hoc,
/// contribution, 2 consecutive years HTXSNV or TTLĐXS. Household: large contributions of labour, land, property.</summary>
internal sealed class ProvincialCertificateOfMeritRule : IEligibilityRule
{
    public const int RequiredYears = 2;
    public const int RequiredInitiatives = 2;

    private const string Law = EligibilityContext.Law;

    public void Evaluate(EligibilityContext context, List<Criterion> criteria)
    {
        var routes = new List<Criterion>(5);
        switch (context.Facts.Kind)
        {
            case SubjectKind.Individual:
                criteria.Add(Checks.Conduct(context, "gương mẫu chấp hành tốt chủ trương, chính sách, pháp luật", "Khoản 1 Điều 74 " + Law));
                routes.Add(Checks.Achievement(context, CriterionCodes.BkRouteMovement, AchievementKind.MovementOutstanding,
                    "thành tích xuất sắc được bình xét trong phong trào thi đua do tỉnh phát động", "Điểm a khoản 1 Điều 74 " + Law));
                routes.Add(Checks.Achievement(context, CriterionCodes.BkRouteAdHoc, AchievementKind.AdHoc,
                    "nhiều thành tích hoặc thành tích đột xuất có phạm vi ảnh hưởng cấp tỉnh", "Điểm b khoản 1 Điều 74 " + Law));
                routes.Add(Checks.Achievement(context, CriterionCodes.BkRouteContribution, AchievementKind.SocioEconomicContribution,
                    "đóng góp vào phát triển kinh tế - xã hội, an sinh xã hội, từ thiện nhân đạo", "Điểm c khoản 1 Điều 74 " + Law));
                routes.Add(ConsecutiveCstdcs(context));
                routes.Add(ExcellentWithInitiatives(context));
                break;
            case SubjectKind.Collective:
                criteria.Add(Checks.Conduct(context,
                    "chấp hành tốt pháp luật, nội bộ đoàn kết, thực hiện tốt dân chủ cơ sở, chăm lo đời sống, thực hành tiết kiệm, phòng chống tham nhũng",
                    "Khoản 2 Điều 74 " + Law));
                routes.Add(Checks.Achievement(context, CriterionCodes.BkRouteMovement, AchievementKind.MovementOutstanding,
                    "thành tích xuất sắc được bình xét trong phong trào thi đua", "Khoản 2 Điều 74 " + Law));
                routes.Add(Checks.Achievement(context, CriterionCodes.BkRouteAdHoc, AchievementKind.AdHoc,
                    "thành tích đột xuất", "Khoản 2 Điều 74 " + Law));
                routes.Add(Checks.Achievement(context, CriterionCodes.BkRouteContribution, AchievementKind.SocioEconomicContribution,
                    "đóng góp vào phát triển kinh tế - xã hội, an sinh xã hội, từ thiện nhân đạo", "Khoản 2 Điều 74 " + Law));
                routes.Add(CollectiveExcellentYears(context));
                break;
            case SubjectKind.Household:
                criteria.Add(Checks.Conduct(context, "gương mẫu chấp hành tốt chủ trương, chính sách, pháp luật", "Khoản 3 Điều 74 " + Law));
                routes.Add(Checks.Achievement(context, CriterionCodes.BkRouteHouseholdContribution, AchievementKind.HouseholdContribution,
                    "đóng góp lớn về công sức, đất đai, tài sản", "Khoản 3 Điều 74 " + Law));
                break;
            case SubjectKind.Village:
                break;
        }

        criteria.AddRange(routes);
        criteria.Add(Checks.AnyRoute(CriterionCodes.BkTinhAchievement, routes, "Điều 74 " + Law));
    }

    private static Criterion ConsecutiveCstdcs(EligibilityContext c)
    {
        const string Reference = "Điểm d khoản 1 Điều 74 " + Law;
        var run = ConsecutiveRun.EndingIn(c.Year, y => c.HasMeritAward(AwardCodes.Cstdcs, y), c.RunFloor(AwardCodes.BkTinh));
        return run >= RequiredYears
            ? new Criterion(CriterionCodes.BkRouteConsecutiveCstdcs, true,
                $"Đạt {run} năm liên tục Chiến sĩ thi đua cơ sở ({EligibilityContext.Years(c.Year - run + 1, c.Year)}).", Reference, Required: false)
            : new Criterion(CriterionCodes.BkRouteConsecutiveCstdcs, false,
                $"Có {run} năm liên tục Chiến sĩ thi đua cơ sở tính đến năm {c.Year.ToString(ViFormat.Culture)}; cần {RequiredYears} năm.",
                Reference, Required: false);
    }

    private static Criterion ExcellentWithInitiatives(EligibilityContext c)
    {
        const string Reference = "Điểm d khoản 1 Điều 74 " + Law;
        var run = ConsecutiveRun.EndingIn(c.Year, y => c.RatedAtLeast(y, Rating.Excellent), c.RunFloor(AwardCodes.BkTinh));
        if (run < RequiredYears)
        {
            return new Criterion(CriterionCodes.BkRouteExcellentWithInitiatives, false,
                $"Có {run} năm liên tục HTXSNV tính đến năm {c.Year.ToString(ViFormat.Culture)}; cần từ {RequiredYears} năm liên tục, trong đó có {RequiredInitiatives} sáng kiến.",
                Reference, Required: false);
        }

        var from = c.Year - run + 1;
        var initiatives = c.UnusedInitiatives(from, c.Year, InitiativeScope.Grassroots);
        var period = EligibilityContext.Years(from, c.Year);
        return initiatives >= RequiredInitiatives
            ? new Criterion(CriterionCodes.BkRouteExcellentWithInitiatives, true,
                $"{run} năm liên tục HTXSNV ({period}), có {initiatives} sáng kiến, đề tài được công nhận và áp dụng.", Reference, Required: false)
            : new Criterion(CriterionCodes.BkRouteExcellentWithInitiatives, false,
                $"{run} năm liên tục HTXSNV ({period}) nhưng chỉ có {initiatives} sáng kiến, đề tài chưa sử dụng; cần {RequiredInitiatives}.",
                Reference, Required: false);
    }

    private static Criterion CollectiveExcellentYears(EligibilityContext c)
    {
        const string Reference = "Khoản 2 Điều 74 " + Law;
        var run = ConsecutiveRun.EndingIn(c.Year,
            y => c.RatedAtLeast(y, Rating.Excellent) || c.HasMeritAward(AwardCodes.Ttldxs, y), c.RunFloor(AwardCodes.BkTinh));
        return run >= RequiredYears
            ? new Criterion(CriterionCodes.BkRouteCollectiveExcellentYears, true,
                $"{run} năm liên tục hoàn thành xuất sắc nhiệm vụ hoặc Tập thể lao động xuất sắc ({EligibilityContext.Years(c.Year - run + 1, c.Year)}).",
                Reference, Required: false)
            : new Criterion(CriterionCodes.BkRouteCollectiveExcellentYears, false,
                $"Có {run} năm liên tục HTXSNV hoặc Tập thể lao động xuất sắc tính đến năm {c.Year.ToString(ViFormat.Culture)}; cần {RequiredYears} năm.",
                Reference, Required: false);
    }
}
