using Tdkt.Domain.Common;

namespace Tdkt.Domain.Awards.Eligibility.Rules;

/// <summary>Cờ thi đua cấp tỉnh — Law 2022 Art 26: (1) the collective leading its cluster/bloc in the year, with
/// tasks exceeded (read as HTXSNV); or (2) the collective leading a thematic movement of at least 3 years at its
/// review. Plus solidarity, strong organisations, thrift and anti-corruption.</summary>
internal sealed class ProvincialFlagRule : IEligibilityRule
{
    public const int MinMovementYears = 3;

    public void Evaluate(EligibilityContext context, List<Criterion> criteria)
    {
        const string Law = EligibilityContext.Law;
        var year = context.Year.ToString(ViFormat.Culture);
        criteria.Add(Checks.Conduct(context,
            "nội bộ đoàn kết; tổ chức đảng, đoàn thể trong sạch, vững mạnh; thực hành tiết kiệm, chống lãng phí, tham nhũng",
            "Khoản 1 Điều 26 " + Law));

        var leader = context.Facts.ClusterLeaderYears.Contains(context.Year) && context.IsCountable(context.Year);
        var excellent = context.RatedAtLeast(context.Year, Rating.Excellent);
        var cluster = new Criterion(CriterionCodes.FlagRouteClusterLeader, leader && excellent,
            (leader, excellent) switch
            {
                (true, true) => $"Dẫn đầu cụm, khối thi đua năm {year}, hoàn thành xuất sắc, vượt mức chỉ tiêu.",
                (true, false) => $"Dẫn đầu cụm, khối thi đua năm {year} nhưng không xếp loại HTXSNV.",
                (false, _) => $"Không phải đơn vị dẫn đầu cụm, khối thi đua năm {year}.",
            },
            "Khoản 1 Điều 26 " + Law, Required: false);

        var lead = context.Facts.ThematicLeads.FirstOrDefault(t => t.ReviewYear == context.Year && t.DurationYears >= MinMovementYears);
        var movement = lead is not null && context.IsCountable(context.Year)
            ? new Criterion(CriterionCodes.FlagRouteThematicMovement, true,
                $"Dẫn đầu phong trào thi đua theo chuyên đề {lead.DurationYears} năm, tổng kết năm {year}.", "Khoản 2 Điều 26 " + Law, Required: false)
            : new Criterion(CriterionCodes.FlagRouteThematicMovement, false,
                $"Không dẫn đầu phong trào thi đua theo chuyên đề từ {MinMovementYears} năm trở lên được tổng kết năm {year}.",
                "Khoản 2 Điều 26 " + Law, Required: false);

        criteria.Add(cluster);
        criteria.Add(movement);
        criteria.Add(Checks.AnyRoute(CriterionCodes.FlagAchievement, [cluster, movement], "Điều 26 " + Law));
    }
}
