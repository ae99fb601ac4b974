using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Emulation;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Clusters;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Scoring;

/// <summary>Bảng chấm điểm: each member's status and total, the ranking (ties shown as ties), the award
/// proposals once finalised; "Chốt kết quả" for the leader unit of the year or the organiser.</summary>
public sealed class SheetModel(TdktDbContext db, CurrentUser me, TimeProvider clock) : PageModel
{
    public LoadedSheet Loaded { get; private set; } = null!;
    public IReadOnlyList<UnitScoreCard> Cards { get; private set; } = [];
    public IReadOnlyList<RankedUnit> Ranking { get; private set; } = [];
    public IReadOnlyList<ClusterAwardProposal> Proposals { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostFinaliseAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || !Loaded.Rights.CanReviewAny)
        {
            return NotFound();
        }

        var now = clock.GetUtcNow();
        var ranking = Loaded.Sheet.Finalise(Cards, now);
        if (ranking.IsFailure)
        {
            return this.ToPageResult(ranking.Error!, string.Empty);
        }

        db.ClusterAwardProposals.AddRange(ClusterAwardProposal.From(Loaded.Sheet, ranking.Value!, now));
        db.AuditAction = "Chốt kết quả chấm điểm thi đua";
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            return this.ToPageResult(ClusterAccess.ChangedByOthers(), string.Empty);
        }

        TempData["Success"] = "Đã chốt kết quả chấm điểm và lập đề nghị khen thưởng cho đơn vị dẫn đầu.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var loaded = await ScoringAccess.LoadAsync(db, me, id, ct);
        if (loaded is null)
        {
            return false;
        }

        Loaded = loaded;
        Cards = await db.UnitScoreCards.Include(c => c.Entries).Where(c => c.SheetId == id).ToListAsync(ct);
        Ranking = loaded.Sheet.Ranking(Cards);
        Proposals = await db.ClusterAwardProposals.AsNoTracking().Where(p => p.SheetId == id).OrderBy(p => p.Rank).ToListAsync(ct);
        return true;
    }

    public UnitScoreCard? CardOf(int unitId) => Cards.FirstOrDefault(c => c.OrgUnitId == unitId);
}
