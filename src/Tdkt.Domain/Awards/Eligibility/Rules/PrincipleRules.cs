using Tdkt.Domain.Common;

namespace Tdkt.Domain.Awards.Eligibility.Rules;

/// <summary>P4: no award or proposal while a hold (discipline review, investigation, inspection, complaint) is
/// open on the decision date.</summary>
internal sealed class PendingHoldRule : IEligibilityRule
{
    public void Evaluate(EligibilityContext context, List<Criterion> criteria)
    {
        var open = new List<Hold>(0);
        foreach (var h in context.Facts.Holds)
        {
            if (h.From <= context.DecisionDate && (h.To is null || h.To >= context.DecisionDate))
            {
                open.Add(h);
            }
        }

        criteria.Add(open.Count == 0
            ? new Criterion(CriterionCodes.NoPendingHold, true,
                "Không đang bị xem xét kỷ luật, điều tra, thanh tra hoặc giải quyết khiếu nại, tố cáo.", context.PrinciplesReference)
            : new Criterion(CriterionCodes.NoPendingHold, false,
                "Chưa xét khen thưởng: " + string.Join("; ", open.Select(h => $"{Name(h.Kind)} từ ngày {ViFormat.Date(h.From)}")) + ".",
                context.PrinciplesReference));
    }

    private static string Name(HoldKind kind) => kind switch
    {
        HoldKind.DisciplineReview => "đang xem xét kỷ luật",
        HoldKind.Investigation => "đang bị điều tra",
        HoldKind.Inspection => "đang thanh tra, kiểm tra có dấu hiệu vi phạm",
        HoldKind.Complaint => "đang xác minh khiếu nại, tố cáo",
    };
}

/// <summary>P4: achievements count only from the end of a disciplinary term; nothing while a term runs.</summary>
internal sealed class DisciplineTermRule : IEligibilityRule
{
    public void Evaluate(EligibilityContext context, List<Criterion> criteria)
    {
        var reference = context.PrinciplesReference;
        if (context.ActiveDiscipline is { } active)
        {
            criteria.Add(new Criterion(CriterionCodes.DisciplineTermEnded, false,
                $"Đang trong thời hạn kỷ luật ({ViFormat.Date(active.From)} – {ViFormat.Date(active.To)}); chưa xét khen thưởng.",
                reference));
            return;
        }

        if (context.LastDiscipline is not { } last)
        {
            criteria.Add(new Criterion(CriterionCodes.DisciplineTermEnded, true,
                "Không có kỷ luật ảnh hưởng đến thời gian tính thành tích.", reference));
            return;
        }

        var first = context.FirstCountableYear.ToString(ViFormat.Culture);
        criteria.Add(context.IsCountable(context.Year)
            ? new Criterion(CriterionCodes.DisciplineTermEnded, true,
                $"Thời hạn kỷ luật kết thúc ngày {ViFormat.Date(last.To)}; thành tích được tính từ năm {first}.", reference)
            : new Criterion(CriterionCodes.DisciplineTermEnded, false,
                $"Năm {context.Year.ToString(ViFormat.Culture)} chưa hết thời hạn kỷ luật (kết thúc ngày {ViFormat.Date(last.To)}); thành tích chỉ được tính từ năm {first}.",
                reference));
    }
}

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

/// <summary>Forms whose criteria domain.md could not verify: always reported for manual appraisal.</summary>
internal sealed class ManualReviewRule : IEligibilityRule
{
    public static readonly ManualReviewRule Instance = new();

    public void Evaluate(EligibilityContext context, List<Criterion> criteria) =>
        criteria.Add(new Criterion(CriterionCodes.ManualReviewRequired, false,
            $"Tiêu chuẩn của \"{context.Definition.Name}\" chưa được kiểm tra tự động; cần thẩm định thủ công.",
            context.Definition.CriteriaReference));
}
