using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Nominations;
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
        var nominees = await db.Nominees.AsNoTracking().Where(n => nomineeIds.Contains(n.Id)).ToListAsync(ct);
        var steps = await StepsAsync(nominees, today, ct);
        foreach (var n in nominees)
        {
            if (steps[n.Id].NoticeBlocker(n.Name, today) is { } why)
            {
                blocked[n.Id] = why;
            }
        }

        return blocked;
    }

    /// <summary>The facts the domain needs to say whether each nominee may be voted on or decided
    /// (<see cref="RequiredSteps"/>): ballot rule and notice policy of its form at its dossier's receiving body, the
    /// notice's last day and the objections still open.</summary>
    public async Task<IReadOnlyDictionary<int, RequiredSteps>> StepsAsync(IReadOnlyCollection<Nominee> nominees, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(nominees);
        var result = new Dictionary<int, RequiredSteps>();
        if (nominees.Count == 0)
        {
            return result;
        }

        var ids = nominees.Select(n => n.Id).Distinct().ToList();
        var dossierIds = nominees.Select(n => n.DossierId).Distinct().ToList();
        var bodies = await db.Dossiers.AsNoTracking().Where(d => dossierIds.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, d => d.ReceivingUnitId, ct);
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
            var body = bodies[n.DossierId];
            if (!policies.TryGetValue(body, out var policy))
            {
                policies[body] = policy = await db.PolicyForUnitAsync(body, ct);
            }

            var award = await checks.DefinitionAsync(n.AwardCode, today, ct);
            result[n.Id] = new RequiredSteps(award.Name, award.Council.BallotRequired, policy.Requires(award), policy.WorkingDays,
                published.TryGetValue(n.Id, out var end) ? end : null, open.GetValueOrDefault(n.Id));
        }

        return result;
    }
}
