namespace Tdkt.Domain.Awards.Eligibility.Rules;

/// <summary>Tập thể lao động tiên tiến — Law 2022 Art 28: HTTNV; regular effective emulation; a share of members
/// with LĐTT (per province, default 70%, UNVERIFIED); no member disciplined with warning or heavier.</summary>
internal sealed class AdvancedCollectiveRule : IEligibilityRule
{
    private const string Reference = "Điều 28 " + EligibilityContext.Law;

    public void Evaluate(EligibilityContext context, List<Criterion> criteria)
    {
        criteria.Add(Checks.RatingAtLeast(context, Rating.Good, Reference));
        criteria.Add(Checks.Conduct(context, "phong trào thi đua thường xuyên, thiết thực, hiệu quả; nội bộ đoàn kết, chấp hành tốt pháp luật", Reference));
        var m = context.MembersIn(context.Year);
        criteria.Add(Checks.LdttShare(context, m, context.Settings.TtldttMinLdttPercent,
            Reference + " (tỷ lệ theo quy định của tỉnh)"));
        criteria.Add(m is null
            ? Checks.NoMemberData(context, CriterionCodes.NoMemberWarningOrAbove, Reference)
            : m.DisciplinedWarningOrAbove == 0
                ? new Criterion(CriterionCodes.NoMemberWarningOrAbove, true, "Không có thành viên bị kỷ luật từ hình thức cảnh cáo trở lên.", Reference)
                : new Criterion(CriterionCodes.NoMemberWarningOrAbove, false,
                    $"Có {m.DisciplinedWarningOrAbove} thành viên bị kỷ luật từ hình thức cảnh cáo trở lên.", Reference));
    }
}
