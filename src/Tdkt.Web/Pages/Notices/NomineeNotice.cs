using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Notices;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Nominations;

namespace Tdkt.Web.Pages.Notices;

/// <summary>Where a nominee's public notice stands (code for the API, Vietnamese for the page).</summary>
public enum NoticeState
{
    /// <summary>The form does not require a notice and none was published.</summary>
    NotRequired,

    /// <summary>Required but not published: the council gate blocks it.</summary>
    NotPublished,

    /// <summary>Published, the period has not started.</summary>
    Upcoming,

    /// <summary>Open for comment today.</summary>
    Open,

    /// <summary>The period has ended.</summary>
    Ended,
}

public static class NoticeStates
{
    public static NoticeState Of(PublicNotice p, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(p);
        return today < p.StartDate ? NoticeState.Upcoming : p.IsOpen(today) ? NoticeState.Open : NoticeState.Ended;
    }

    public static string Vietnamese(this NoticeState s) => s switch
    {
        NoticeState.NotRequired => "Không bắt buộc công khai",
        NoticeState.NotPublished => "Phải công khai nhưng chưa công khai",
        NoticeState.Upcoming => "Sắp công khai",
        NoticeState.Open => "Đang lấy ý kiến",
        NoticeState.Ended => "Đã hết thời gian lấy ý kiến",
        _ => s.ToString(),
    };
}

/// <summary>An objection as shown to staff: the sender's name and contact are null unless the viewer is staff of the
/// receiving body (ADR-0011).</summary>
public sealed record NomineeObjection(int Id, int NoticeId, int NomineeId, DateTimeOffset SubmittedAt, string Content, ObjectionOutcome Outcome,
    string? Verification, string? ResolvedByName, DateTimeOffset? ResolvedAt, bool NomineeRejected, string? SenderName, string? Contact, uint Version)
{
    public static NomineeObjection From(NoticeObjection o, bool withSender)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new(o.Id, o.NoticeId, o.NomineeId, o.SubmittedAt, o.Content, o.Outcome, o.Verification, o.ResolvedByName, o.ResolvedAt,
            o.NomineeRejected, withSender ? o.SenderName : null, withSender ? o.Contact : null, o.Version);
    }
}

/// <summary>The public-notice state of one nominee: whether its form requires a notice, the notice (period and end
/// date) and every objection against it, open or verified.</summary>
public sealed record NomineeNotice(bool Required, NoticeState State, int? NoticeId, string? Title, DateOnly? StartDate, DateOnly? EndDate,
    int? WorkingDays, IReadOnlyList<NomineeObjection> Objections)
{
    public int OpenObjections => Objections.Count(o => o.Outcome == ObjectionOutcome.Open);

    public string StateText => State.Vietnamese();

    /// <summary>Notice state of the given nominees of one receiving body, for the council agenda (and the API).</summary>
    public static async Task<IReadOnlyDictionary<int, NomineeNotice>> ForAsync(TdktDbContext db, NominationChecks checks, int bodyUnitId,
        IReadOnlyCollection<(int NomineeId, string AwardCode)> nominees, DateOnly today, bool withSender, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentNullException.ThrowIfNull(nominees);
        var result = new Dictionary<int, NomineeNotice>();
        if (nominees.Count == 0)
        {
            return result;
        }

        var ids = nominees.Select(n => n.NomineeId).Distinct().ToList();
        var published = await (from e in db.NoticeEntries().AsNoTracking()
                               join p in db.Notices().AsNoTracking() on e.NoticeId equals p.Id
                               where ids.Contains(e.NomineeId)
                               select new { e.NomineeId, Notice = p }).ToDictionaryAsync(x => x.NomineeId, x => x.Notice, ct);
        var objections = await db.Objections().AsNoTracking().Where(o => ids.Contains(o.NomineeId))
            .OrderBy(o => o.SubmittedAt).ThenBy(o => o.Id).ToListAsync(ct);
        var policy = await db.PolicyForUnitAsync(bodyUnitId, ct);
        foreach (var (id, award) in nominees)
        {
            var required = policy.Requires(await checks.DefinitionAsync(award, today, ct));
            var list = objections.Where(o => o.NomineeId == id).Select(o => NomineeObjection.From(o, withSender)).ToList();
            if (published.GetValueOrDefault(id) is { } p)
            {
                result[id] = new NomineeNotice(required, NoticeStates.Of(p, today), p.Id, p.Title, p.StartDate, p.EndDate, p.WorkingDays, list);
            }
            else
            {
                result[id] = new NomineeNotice(required, required ? NoticeState.NotPublished : NoticeState.NotRequired, null, null, null, null, null, list);
            }
        }

        return result;
    }
}
