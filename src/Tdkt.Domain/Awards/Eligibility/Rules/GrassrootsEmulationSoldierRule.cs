using Tdkt.Domain.Common;

namespace Tdkt.Domain.Awards.Eligibility.Rules;

/// <summary>Chiến sĩ thi đua cơ sở — Law 2022 Art 23: meets the LĐTT criteria AND (HTXSNV OR an initiative
/// recognised at the base OR an accepted scientific work OR combat ingenuity). No percentage cap.</summary>
internal sealed class GrassrootsEmulationSoldierRule : IEligibilityRule
{
    private const string Reference = "Khoản 2 Điều 23 " + EligibilityContext.Law;

    public void Evaluate(EligibilityContext context, List<Criterion> criteria)
    {
        const string Prerequisite = "Khoản 1 Điều 23 " + EligibilityContext.Law + " (đạt tiêu chuẩn Lao động tiên tiến)";
        criteria.Add(Checks.RatingAtLeast(context, Rating.Good, Prerequisite));
        criteria.Add(Checks.Conduct(context, "tinh thần tự lực, tự cường, đoàn kết, tích cực tham gia phong trào thi đua", Prerequisite));

        var year = context.Year.ToString(ViFormat.Culture);
        var excellent = context.RatedAtLeast(context.Year, Rating.Excellent)
            ? new Criterion(CriterionCodes.CstdcsRouteExcellent, true, $"Năm {year} hoàn thành xuất sắc nhiệm vụ.", Reference, Required: false)
            : new Criterion(CriterionCodes.CstdcsRouteExcellent, false, $"Năm {year} không xếp loại HTXSNV.", Reference, Required: false);

        var unused = context.UnusedInitiatives(context.Year, context.Year, InitiativeScope.Grassroots);
        var used = context.UsedInitiatives(context.Year, context.Year, InitiativeScope.Grassroots);
        var initiative = unused > 0
            ? new Criterion(CriterionCodes.CstdcsRouteInitiative, true,
                $"Có {unused} sáng kiến, đề tài khoa học được công nhận năm {year}.", Reference, Required: false)
            : new Criterion(CriterionCodes.CstdcsRouteInitiative, false, used > 0
                ? $"Sáng kiến, đề tài năm {year} đã được dùng để khen thưởng, không tính lại."
                : $"Không có sáng kiến, đề tài khoa học được công nhận năm {year}.", Reference, Required: false);

        criteria.Add(excellent);
        criteria.Add(initiative);
        criteria.Add(Checks.AnyRoute(CriterionCodes.CstdcsAchievement, [excellent, initiative], Reference));
    }
}
