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
