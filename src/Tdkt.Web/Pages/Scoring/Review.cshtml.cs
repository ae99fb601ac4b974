using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Emulation;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Clusters;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Scoring;

/// <summary>Xem xét, điều chỉnh: the leader unit of the year (not on its own card) or the organiser changes a
/// submitted score; the reason is required and before/after are kept as a row.</summary>
public sealed class ReviewModel(TdktDbContext db, CurrentUser me, TimeProvider clock) : PageModel
{
    [BindProperty]
    public int CriterionId { get; set; }

    [BindProperty]
    public string? Points { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public LoadedSheet Loaded { get; private set; } = null!;
    public UnitScoreCard Card { get; private set; } = null!;
    public int UnitId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int sheetId, int unitId, CancellationToken ct) =>
        await LoadAsync(sheetId, unitId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int sheetId, int unitId, CancellationToken ct)
    {
        if (!await LoadAsync(sheetId, unitId, ct))
        {
            return NotFound();
        }

        var criterion = Loaded.Sheet.Criteria.FirstOrDefault(c => c.Id == CriterionId);
        if (criterion is null)
        {
            return this.ToPageResult(new ValidationError("CriterionId", "Hãy chọn tiêu chí cần điều chỉnh."), string.Empty);
        }

        var points = ScoringAccess.ParsePoints(Points, "Points", criterion.Title);
        if (points.IsFailure)
        {
            return this.ToPageResult(points.Error!, string.Empty);
        }

        var user = await me.GetAsync(ct);
        var adjusted = Card.Adjust(Loaded.Sheet, criterion, points.Value, Reason, user!.User.Id, user.User.FullName, clock.GetUtcNow());
        if (adjusted.IsFailure)
        {
            return this.ToPageResult(adjusted.Error!, string.Empty);
        }

        // Both rows are checked on xmin: a concurrent adjustment of this card or a concurrent "Chốt kết quả" loses.
        db.Entry(Card).State = EntityState.Modified;
        db.Entry(Loaded.Sheet).State = EntityState.Modified;
        db.AuditAction = "Điều chỉnh điểm thi đua";
        db.AuditReason = adjusted.Value!.Reason;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return this.ToPageResult(ClusterAccess.ChangedByOthers(), string.Empty);
        }

        TempData["Success"] = $"Đã điều chỉnh điểm \"{criterion.Title}\" từ {ScoreCalculator.Format(adjusted.Value.Before)} thành {ScoreCalculator.Format(adjusted.Value.After)}.";
        return RedirectToPage(new { sheetId, unitId });
    }

    private async Task<bool> LoadAsync(int sheetId, int unitId, CancellationToken ct)
    {
        var loaded = await ScoringAccess.LoadAsync(db, me, sheetId, ct);
        if (loaded is null || !loaded.Rights.CanReview(unitId))
        {
            return false;
        }

        var card = await ScoringAccess.CardAsync(db, sheetId, unitId, ct);
        if (card is null || !card.IsSubmitted)
        {
            return false;
        }

        Loaded = loaded;
        Card = card;
        UnitId = unitId;
        return true;
    }
}
