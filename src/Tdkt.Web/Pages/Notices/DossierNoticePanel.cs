using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Nominations;
using Tdkt.Domain.Notices;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Nominations;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Notices;

/// <summary>The public-notice state of a dossier's nominees on the dossier page (which has already checked that the
/// caller may see the dossier). Objections, which name their sender, only for the receiving body's staff.</summary>
public sealed class DossierNoticePanel(TdktDbContext db, CurrentUser me, NoticeService service, NominationChecks checks) : ViewComponent
{
    public sealed record Line(Nominee Nominee, string AwardName, bool Required, PublicNotice? Notice, IReadOnlyList<NoticeObjection> Objections);

    public sealed record Panel(int DossierId, IReadOnlyList<Line> Lines, bool IsStaff, bool CanVerify, bool CanPublish, DateOnly Today);

    /// <param name="d">The dossier as the page loaded it (after its access check): not read again.</param>
    /// <param name="all">Every nominee of the dossier when the page already holds them all (one page of nominees).</param>
    public async Task<IViewComponentResult> InvokeAsync(Dossier d, IReadOnlyList<Nominee>? all = null)
    {
        ArgumentNullException.ThrowIfNull(d);
        var ct = HttpContext.RequestAborted;
        var dossierId = d.Id;
        var scope = await me.ScopeAsync(ct);
        var isStaff = NominationAccess.AtBody(scope, d.ReceivingUnitId, NominationAccess.BodyRoles);
        var canVerify = NominationAccess.CanAppraise(scope, d.ReceivingUnitId);
        var today = service.Today;
        var policy = await db.PolicyForUnitAsync(d.ReceivingUnitId, ct);
        var nominees = all ?? await db.Nominees.AsNoTracking().Where(n => n.DossierId == dossierId).OrderBy(n => n.Id).ToListAsync(ct);
        var published = await (from e in db.NoticeEntries().AsNoTracking()
                               join p in db.Notices().AsNoTracking() on e.NoticeId equals p.Id
                               where e.DossierId == dossierId
                               select new { e.NomineeId, Notice = p }).ToDictionaryAsync(x => x.NomineeId, x => x.Notice, ct);
        var objections = isStaff
            ? await db.Objections().AsNoTracking().Where(o => nominees.Select(n => n.Id).Contains(o.NomineeId)).OrderBy(o => o.SubmittedAt).ToListAsync(ct)
            : [];
        var lines = new List<Line>();
        foreach (var n in nominees)
        {
            var def = await checks.DefinitionAsync(n.AwardCode, today, ct);
            var required = policy.Requires(def);
            var notice = published.GetValueOrDefault(n.Id);
            if (required || notice is not null)
            {
                lines.Add(new Line(n, def.Name, required, notice, [.. objections.Where(o => o.NomineeId == n.Id)]));
            }
        }

        if (lines.Count == 0)
        {
            return Content(string.Empty);
        }

        var canPublish = canVerify && d.Status is DossierStatus.UnderAppraisal or DossierStatus.Appraised
            && lines.Any(l => l.Notice is null && l.Nominee.Verdict == NomineeVerdict.Accepted);
        return View("~/Pages/Notices/_DossierNoticePanel.cshtml", new Panel(dossierId, lines, isStaff, canVerify, canPublish, today));
    }
}
