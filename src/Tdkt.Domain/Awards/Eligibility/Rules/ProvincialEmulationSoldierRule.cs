using Tdkt.Domain.Common;

namespace Tdkt.Domain.Awards.Eligibility.Rules;

/// <summary>Chiến sĩ thi đua cấp tỉnh — Law 2022 Art 22: 3 consecutive CSTĐCS ending in the assessed year, and an
/// initiative or scientific work with effect within the province recognised during that run.</summary>
internal sealed class ProvincialEmulationSoldierRule : IEligibilityRule
{
    public const int RequiredRun = 3;

    public void Evaluate(EligibilityContext context, List<Criterion> criteria)
    {
        const string RunReference = "Điểm a Điều 22 " + EligibilityContext.Law;
        const string InitiativeReference = "Điểm b Điều 22 " + EligibilityContext.Law;
        var floor = context.RunFloor(AwardCodes.CstdTinh);
        var run = ConsecutiveRun.EndingIn(context.Year, y => context.HasMeritAward(AwardCodes.Cstdcs, y), floor);
        var start = context.Year - RequiredRun + 1;
        criteria.Add(run >= RequiredRun
            ? new Criterion(CriterionCodes.ConsecutiveCstdcs, true,
                $"Đạt {run} năm liên tục Chiến sĩ thi đua cơ sở ({EligibilityContext.Years(context.Year - run + 1, context.Year)}).", RunReference)
            : new Criterion(CriterionCodes.ConsecutiveCstdcs, false,
                $"Chỉ có {run} năm liên tục Chiến sĩ thi đua cơ sở tính đến năm {context.Year.ToString(ViFormat.Culture)}; cần {RequiredRun} năm liên tục ({EligibilityContext.Years(start, context.Year)}).",
                RunReference));

        var unused = context.UnusedInitiatives(Math.Max(start, floor), context.Year, InitiativeScope.Provincial);
        var used = context.UsedInitiatives(start, context.Year, InitiativeScope.Provincial);
        criteria.Add(unused > 0
            ? new Criterion(CriterionCodes.InitiativeProvincialScope, true,
                $"Có {unused} sáng kiến, đề tài có hiệu quả, phạm vi ảnh hưởng cấp tỉnh ({EligibilityContext.Years(start, context.Year)}).", InitiativeReference)
            : new Criterion(CriterionCodes.InitiativeProvincialScope, false, used > 0
                ? $"Sáng kiến, đề tài cấp tỉnh giai đoạn {EligibilityContext.Years(start, context.Year)} đã được dùng để khen thưởng, không tính lại."
                : $"Không có sáng kiến, đề tài được Chủ tịch UBND tỉnh công nhận hiệu quả, phạm vi cấp tỉnh giai đoạn {EligibilityContext.Years(start, context.Year)}.",
                InitiativeReference));
    }
}
