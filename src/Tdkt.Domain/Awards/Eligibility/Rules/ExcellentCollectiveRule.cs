namespace Tdkt.Domain.Awards.Eligibility.Rules;

/// <summary>Tập thể lao động xuất sắc — Law 2022 Art 27: HTXSNV; effective emulation; 100% of members HTNV with
/// at least 70% LĐTT; at least one member CSTĐCS; solidarity, law-abiding.</summary>
internal sealed class ExcellentCollectiveRule : IEligibilityRule
{
    /// <summary>Fixed by the law (Art 27(c)), unlike TTLĐTT's share.</summary>
    public const decimal MinLdttPercent = 70m;

    private const string Law = EligibilityContext.Law;

    public void Evaluate(EligibilityContext context, List<Criterion> criteria)
    {
        criteria.Add(Checks.RatingAtLeast(context, Rating.Excellent, "Điểm a Điều 27 " + Law));
        criteria.Add(Checks.Conduct(context, "phong trào thi đua thường xuyên, hiệu quả; nội bộ đoàn kết, chấp hành tốt pháp luật",
            "Điểm b, đ Điều 27 " + Law));
        var m = context.MembersIn(context.Year);
        if (m is null || m.Total <= 0)
        {
            criteria.Add(Checks.NoMemberData(context, CriterionCodes.AllMembersCompleted, "Điểm c Điều 27 " + Law));
            criteria.Add(Checks.NoMemberData(context, CriterionCodes.MembersLdttShare, "Điểm c Điều 27 " + Law));
            criteria.Add(Checks.NoMemberData(context, CriterionCodes.MemberCstdcs, "Điểm d Điều 27 " + Law));
            return;
        }

        criteria.Add(m.CompletedTasks >= m.Total
            ? new Criterion(CriterionCodes.AllMembersCompleted, true, $"100% thành viên ({m.Total}) hoàn thành nhiệm vụ.", "Điểm c Điều 27 " + Law)
            : new Criterion(CriterionCodes.AllMembersCompleted, false,
                $"Chỉ {m.CompletedTasks}/{m.Total} thành viên hoàn thành nhiệm vụ; cần 100%.", "Điểm c Điều 27 " + Law));
        criteria.Add(Checks.LdttShare(context, m, MinLdttPercent, "Điểm c Điều 27 " + Law));
        criteria.Add(m.Cstdcs >= 1
            ? new Criterion(CriterionCodes.MemberCstdcs, true, $"Có {m.Cstdcs} thành viên đạt Chiến sĩ thi đua cơ sở.", "Điểm d Điều 27 " + Law)
            : new Criterion(CriterionCodes.MemberCstdcs, false, "Không có thành viên đạt Chiến sĩ thi đua cơ sở.", "Điểm d Điều 27 " + Law));
    }
}
