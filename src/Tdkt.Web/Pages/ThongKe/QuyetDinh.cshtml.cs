using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.ThongKe;

/// <summary>Một quyết định khen thưởng, read-only, for anyone whose scope covers the issuing body or one of the
/// recipients' units (a viewer drilling down from the statistics): the list with award names and money, and every
/// revocation of it. Otherwise 404.</summary>
public sealed class QuyetDinhModel(TdktDbContext db, CurrentUser me) : PageModel
{
    public Decision Decision { get; private set; } = null!;
    public IReadOnlyList<DecisionRecipient> Recipients { get; private set; } = [];
    public IReadOnlyDictionary<int, Revocation> RevokedBy { get; private set; } = new Dictionary<int, Revocation>();
    public IReadOnlyList<Revocation> Revocations { get; private set; } = [];

    /// <summary>Whether the caller may open the dossier behind the decision (a viewer of the statistics may not).</summary>
    public bool CanSeeDossier { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var visible = db.OrgUnits.AsNoTracking().VisibleTo(scope).Select(u => u.Id);
        var decision = await db.Decisions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id
            && (visible.Contains(d.IssuingUnitId) || db.DecisionRecipients.Any(r => r.DecisionId == d.Id && visible.Contains(r.OrgUnitId))), ct);
        if (decision is null)
        {
            return NotFound();
        }

        Decision = decision;
        var dossier = await (from x in db.Dossiers.AsNoTracking()
                             join u in db.OrgUnits.AsNoTracking() on x.ProposingUnitId equals u.Id
                             where x.Id == decision.DossierId
                             select new { x.ReceivingUnitId, x.Status, u.Path }).SingleOrDefaultAsync(ct);
        CanSeeDossier = dossier is not null && Nominations.NominationAccess.CanSee(scope, dossier.Path, dossier.ReceivingUnitId, dossier.Status);
        Recipients = await db.DecisionRecipients.AsNoTracking().Where(r => r.DecisionId == id).OrderBy(r => r.Serial).ToListAsync(ct);
        Revocations = await db.Revocations.AsNoTracking().Where(r => r.DecisionId == id).OrderBy(r => r.RevokedOn).ToListAsync(ct);
        RevokedBy = (await (from r in db.RevokedAwards.AsNoTracking()
                            join act in db.Revocations.AsNoTracking() on r.RevocationId equals act.Id
                            where act.DecisionId == id
                            select new { r.DecisionRecipientId, act }).ToListAsync(ct)).ToDictionary(x => x.DecisionRecipientId, x => x.act);
        return Page();
    }
}
