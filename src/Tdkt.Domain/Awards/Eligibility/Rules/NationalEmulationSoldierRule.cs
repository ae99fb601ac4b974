using Tdkt.Domain.Common;

namespace Tdkt.Domain.Awards.Eligibility.Rules;

/// <summary>Chiến sĩ thi đua toàn quốc — Law 2022 Art 21: 2 consecutive CSTĐ tỉnh (the later one in the assessed
/// year) and an initiative or scientific work with nationwide effect during that period.</summary>
internal sealed class NationalEmulationSoldierRule : IEligibilityRule
{
    public const int RequiredChain = 2;

    public void Evaluate(EligibilityContext context, List<Criterion> criteria)
    {
        const string ChainReference = "Điểm a Điều 21 " + EligibilityContext.Law;
        const string InitiativeReference = "Điểm b Điều 21 " + EligibilityContext.Law;
        var cycle = context.Settings.CstdTinhCycleYears;
        var floor = context.RunFloor(AwardCodes.CstdTq);
        var (count, first) = ConsecutiveRun.ChainEndingIn(context.MeritAwardYears(AwardCodes.CstdTinh), context.Year, cycle, floor);
        var year = context.Year.ToString(ViFormat.Culture);
        criteria.Add(count >= RequiredChain
            ? new Criterion(CriterionCodes.ConsecutiveCstdTinh, true,
                $"Đạt {count} lần liên tục Chiến sĩ thi đua cấp tỉnh ({EligibilityContext.Years(first, context.Year)}).", ChainReference)
            : new Criterion(CriterionCodes.ConsecutiveCstdTinh, false, count == 0
                ? $"Chưa được tặng Chiến sĩ thi đua cấp tỉnh năm {year}; cần 2 lần liên tục, lần sau vào năm {year}."
                : $"Chỉ có 1 lần Chiến sĩ thi đua cấp tỉnh liên tục tính đến năm {year}; cần 2 lần liên tục.", ChainReference));

        var from = (count >= RequiredChain ? first : context.Year) - cycle + 1;
        var unused = context.UnusedInitiatives(Math.Max(from, floor), context.Year, InitiativeScope.National);
        criteria.Add(unused > 0
            ? new Criterion(CriterionCodes.InitiativeNationalScope, true,
                $"Có {unused} sáng kiến, đề tài có phạm vi ảnh hưởng toàn quốc ({EligibilityContext.Years(from, context.Year)}).", InitiativeReference)
            : new Criterion(CriterionCodes.InitiativeNationalScope, false,
                $"Không có sáng kiến, đề tài chưa sử dụng có phạm vi ảnh hưởng toàn quốc giai đoạn {EligibilityContext.Years(from, context.Year)}.",
                InitiativeReference));
    }
}
