using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Notices;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Notices;

namespace Tdkt.Web.Pages.Nominations;

/// <summary>
/// Says which nominees the council may not vote on yet, and why in Vietnamese (e.g. the public notice period is still
/// running). The public-notice feature fills this in; the council-session ballots and the minutes path both ask it,
/// so no path records a council result for a blocked nominee.
/// </summary>
/// <remarks>A nominee whose form needs a public notice (<see cref="PublicNoticePolicy.Requires"/>, by law or by the
/// province) is blocked while it was not published, until the day after the notice's last day, and while an
/// objection against it is not verified (ADR-0011).</remarks>
public sealed class CouncilVotingGate(TdktDbContext db, NominationChecks checks)
{
    public async Task<IReadOnlyDictionary<int, string>> BlockedAsync(IReadOnlyCollection<int> nomineeIds, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(nomineeIds);
        var blocked = new Dictionary<int, string>();
        if (nomineeIds.Count == 0)
        {
            return blocked;
        }

        var ids = nomineeIds.Distinct().ToList();
        var nominees = await (from n in db.Nominees.AsNoTracking()
                              join d in db.Dossiers.AsNoTracking() on n.DossierId equals d.Id
                              where ids.Contains(n.Id)
                              select new { n.Id, n.Name, n.AwardCode, d.ReceivingUnitId }).ToListAsync(ct);
        var published = await (from e in db.NoticeEntries().AsNoTracking()
                               join p in db.Notices().AsNoTracking() on e.NoticeId equals p.Id
                               where ids.Contains(e.NomineeId)
                               select new { e.NomineeId, p.EndDate }).ToDictionaryAsync(x => x.NomineeId, x => x.EndDate, ct);
        var open = await db.Objections().AsNoTracking()
            .Where(o => ids.Contains(o.NomineeId) && o.Outcome == ObjectionOutcome.Open)
            .GroupBy(o => o.NomineeId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var policies = new Dictionary<int, PublicNoticePolicy>();
        foreach (var n in nominees)
        {
            if (!policies.TryGetValue(n.ReceivingUnitId, out var policy))
            {
                policies[n.ReceivingUnitId] = policy = await db.PolicyForUnitAsync(n.ReceivingUnitId, ct);
            }

            var award = await checks.DefinitionAsync(n.AwardCode, today, ct);
            if (!policy.Requires(award))
            {
                continue;
            }

            if (!published.TryGetValue(n.Id, out var end))
            {
                blocked[n.Id] = $"{n.Name}: {award.Name} phải công khai lấy ý kiến nhân dân ít nhất {policy.WorkingDays} ngày làm việc trước khi Hội đồng xét, nhưng chưa được công khai.";
            }
            else if (today <= end)
            {
                blocked[n.Id] = $"{n.Name}: đang công khai lấy ý kiến đến hết ngày {ViFormat.Date(end)}; Hội đồng chỉ xét từ ngày {ViFormat.Date(end.AddDays(1))}.";
            }
            else if (open.TryGetValue(n.Id, out var count))
            {
                blocked[n.Id] = $"{n.Name}: còn {count} phản ánh, góp ý chưa xác minh xong; Hội đồng chỉ xét sau khi cơ quan thẩm định ghi kết quả xác minh.";
            }
        }

        return blocked;
    }
}
