namespace Tdkt.Domain.Awards.Eligibility.Rules;

/// <summary>Giấy khen — Law 2022 Art 75 (Bắc Ninh Art 4(3)). Individual and collective: law-abiding, HTTNV, and an
/// achievement in a movement or many/ad-hoc achievements. Household: contributions or a movement achievement.</summary>
internal sealed class CertificateOfCommendationRule : IEligibilityRule
{
    private const string Reference = "Điều 75 " + EligibilityContext.Law;

    public void Evaluate(EligibilityContext context, List<Criterion> criteria)
    {
        var routes = new List<Criterion>(2);
        switch (context.Facts.Kind)
        {
            case SubjectKind.Individual:
            case SubjectKind.Collective:
                criteria.Add(Checks.Conduct(context, context.Facts.Kind == SubjectKind.Collective
                    ? "chấp hành tốt pháp luật, nội bộ đoàn kết"
                    : "chấp hành tốt chủ trương, chính sách, pháp luật", Reference));
                criteria.Add(Checks.RatingAtLeast(context, Rating.Good, Reference));
                routes.Add(Checks.Achievement(context, CriterionCodes.GkRouteMovement, AchievementKind.MovementOutstanding,
                    "thành tích được bình xét trong phong trào thi đua", Reference));
                routes.Add(Checks.Achievement(context, CriterionCodes.GkRouteAdHoc, AchievementKind.AdHoc,
                    "nhiều thành tích hoặc thành tích đột xuất có phạm vi ảnh hưởng trong đơn vị", Reference));
                break;
            case SubjectKind.Household:
                criteria.Add(Checks.Conduct(context, "gương mẫu chấp hành tốt chủ trương, chính sách, pháp luật", Reference));
                routes.Add(Checks.Achievement(context, CriterionCodes.GkRouteHouseholdContribution, AchievementKind.HouseholdContribution,
                    "đóng góp công sức, đất đai, tài sản", Reference));
                routes.Add(Checks.Achievement(context, CriterionCodes.GkRouteMovement, AchievementKind.MovementOutstanding,
                    "thành tích trong phong trào thi đua", Reference));
                break;
            case SubjectKind.Village:
                break;
        }

        criteria.AddRange(routes);
        criteria.Add(Checks.AnyRoute(CriterionCodes.GkAchievement, routes, Reference));
    }
}
