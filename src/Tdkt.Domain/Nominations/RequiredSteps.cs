using Tdkt.Domain.Common;

namespace Tdkt.Domain.Nominations;

/// <summary>
/// The steps the law requires before a nominee's form may be decided, as facts the caller gathers: whether the form
/// needs a council ballot (<c>CouncilRule.BallotRequired</c>) and a public notice (<c>PublicNoticePolicy.Requires</c>),
/// and, for the notice, its last day and the objections still open. Web supplies the facts; this type decides.
/// </summary>
public sealed record RequiredSteps(string AwardName, bool BallotRequired, bool NoticeRequired, int NoticeWorkingDays,
    DateOnly? NoticeEnd, int OpenObjections)
{
    /// <summary>A form that needs neither a ballot nor a notice (e.g. Giấy khen).</summary>
    public static RequiredSteps None(string awardName) => new(awardName, false, false, 0, null, 0);

    /// <summary>Why the council may not vote on the nominee yet because of the public notice, or null.</summary>
    public string? NoticeBlocker(string name, DateOnly today)
    {
        // A notice the law does not require still binds once published: the council waits for its end (issue 11).
        if (NoticeEnd is not { } end)
        {
            return !NoticeRequired ? null : $"{name}: {AwardName} phải công khai lấy ý kiến nhân dân ít nhất {NoticeWorkingDays} ngày làm việc trước khi Hội đồng xét, nhưng chưa được công khai.";
        }

        if (today <= end)
        {
            return $"{name}: đang công khai lấy ý kiến đến hết ngày {ViFormat.Date(end)}; Hội đồng chỉ xét từ ngày {ViFormat.Date(end.AddDays(1))}.";
        }

        return OpenObjections > 0
            ? $"{name}: còn {OpenObjections} phản ánh, góp ý chưa xác minh xong; Hội đồng chỉ xét sau khi cơ quan thẩm định ghi kết quả xác minh."
            : null;
    }
}

/// <summary>Where a nominee stands when a decision is issued (or the nominee is carried up by escalation).</summary>
public enum RecipientStanding
{
    /// <summary>Accepted, and every step its form requires is done and passed.</summary>
    Recipient,

    /// <summary>Not accepted by the appraisal (or still pending).</summary>
    NotProposed,

    /// <summary>The council voted and the nominee did not pass.</summary>
    CouncilFailed,

    /// <summary>A step the law requires is missing: no passed ballot yet, notice not published / still running, or an
    /// objection not verified. Issuing must be refused, never silently skipped or counted as passed.</summary>
    MissingStep,
}

/// <summary>
/// "No decision without the steps the law requires" (issue 15 item 1): a nominee whose form needs a council ballot is a
/// recipient only with a passed ballot (no result is NOT passed), and one whose form needs a public notice only after
/// the notice has ended with no open objection.
/// </summary>
public static class IssueGate
{
    public static (RecipientStanding Standing, string? Reason) Standing(Nominee nominee, RequiredSteps steps, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(nominee);
        ArgumentNullException.ThrowIfNull(steps);
        if (nominee.Verdict != NomineeVerdict.Accepted)
        {
            return (RecipientStanding.NotProposed, null);
        }

        if (nominee.CouncilPassed == false)
        {
            return (RecipientStanding.CouncilFailed, null);
        }

        if (steps.NoticeBlocker(nominee.Name, today) is { } notice)
        {
            return (RecipientStanding.MissingStep, notice);
        }

        if (steps.BallotRequired && nominee.CouncilPassed != true)
        {
            return (RecipientStanding.MissingStep,
                $"{nominee.Name}: {steps.AwardName} phải được Hội đồng Thi đua - Khen thưởng bỏ phiếu thông qua trước khi ra quyết định, nhưng chưa có kết quả bỏ phiếu.");
        }

        return (RecipientStanding.Recipient, null);
    }

    /// <summary>The refusal when some nominees lack a required step (null when none does).</summary>
    public static string? Refusal(IEnumerable<string> reasons, string what = "ban hành quyết định")
    {
        var list = reasons.ToList();
        return list.Count == 0 ? null : $"Chưa {what} được vì còn đối tượng chưa đủ các bước luật định: " + string.Join(" ", list);
    }
}
