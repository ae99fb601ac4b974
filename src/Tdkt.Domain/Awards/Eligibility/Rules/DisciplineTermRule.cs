using Tdkt.Domain.Common;

namespace Tdkt.Domain.Awards.Eligibility.Rules;

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
