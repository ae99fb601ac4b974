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

/// <summary>Tự chấm điểm: the clerk (UnitClerk or Admin) of a member unit scores it with evidence, then submits
/// once. Another unit's card answers 404.</summary>
public sealed class SelfModel(TdktDbContext db, CurrentUser me, TimeProvider clock) : PageModel
{
    public LoadedSheet Loaded { get; private set; } = null!;
    public UnitScoreCard? Card { get; private set; }
    public int UnitId { get; private set; }

    /// <summary>Form values by criterion id as typed (kept when the page re-renders with an error).</summary>
    public Dictionary<int, (string? Points, string? Evidence)> Values { get; } = [];

    public async Task<IActionResult> OnGetAsync(int sheetId, int unitId, CancellationToken ct)
    {
        if (!await LoadAsync(sheetId, unitId, ct))
        {
            return NotFound();
        }

        foreach (var c in Loaded.Sheet.Criteria)
        {
            var e = Card?.EntryFor(c);
            Values[c.Id] = (ScoringAccess.Points(e?.SelfPoints), e?.Evidence);
        }

        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int sheetId, int unitId, CancellationToken ct) => SaveAsync(sheetId, unitId, submit: false, ct);

    public Task<IActionResult> OnPostSubmitAsync(int sheetId, int unitId, CancellationToken ct) => SaveAsync(sheetId, unitId, submit: true, ct);

    private async Task<IActionResult> SaveAsync(int sheetId, int unitId, bool submit, CancellationToken ct)
    {
        if (!await LoadAsync(sheetId, unitId, ct))
        {
            return NotFound();
        }

        var sheet = Loaded.Sheet;
        var card = Card;
        if (card is null)
        {
            card = UnitScoreCard.Create(sheet, unitId);
            db.UnitScoreCards.Add(card);
        }
        else
        {
            db.Entry(card).State = EntityState.Modified; // the xmin check makes a concurrent submit lose
        }

        foreach (var c in sheet.Criteria)
        {
            Values[c.Id] = (Request.Form[$"Points_{c.Id}"].ToString(), Request.Form[$"Evidence_{c.Id}"].ToString());
        }

        if (!card.IsSubmitted)
        {
            foreach (var c in sheet.Criteria.OrderBy(c => c.Order))
            {
                var points = ScoringAccess.ParsePoints(Values[c.Id].Points, $"Points_{c.Id}", c.Title);
                if (points.IsFailure)
                {
                    return this.ToPageResult(points.Error!, string.Empty);
                }

                var recorded = card.Record(sheet, c, points.Value, Values[c.Id].Evidence);
                if (recorded.IsFailure)
                {
                    return this.ToPageResult(recorded.Error!, string.Empty);
                }
            }
        }

        if (submit)
        {
            var loaded = await me.GetAsync(ct);
            var submitted = card.Submit(sheet, loaded?.User.FullName ?? "?", clock.GetUtcNow());
            if (submitted.IsFailure)
            {
                return this.ToPageResult(submitted.Error!, string.Empty);
            }
        }
        else if (card.IsSubmitted)
        {
            return this.ToPageResult(new ConflictError("Đơn vị đã nộp bảng tự chấm; không sửa điểm tự chấm được nữa."), string.Empty);
        }

        db.AuditAction = submit ? "Nộp bảng tự chấm điểm thi đua" : "Lưu điểm tự chấm";
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return this.ToPageResult(new ConflictError(submit
                ? "Bảng tự chấm vừa được nộp hoặc sửa ở nơi khác; mỗi đơn vị chỉ nộp một lần. Hãy tải lại trang để xem."
                : ClusterAccess.ChangedByOthers().Message), string.Empty);
        }

        TempData["Success"] = submit ? "Đã nộp bảng tự chấm điểm." : "Đã lưu điểm tự chấm (chưa nộp).";
        return RedirectToPage(new { sheetId, unitId });
    }

    private async Task<bool> LoadAsync(int sheetId, int unitId, CancellationToken ct)
    {
        var loaded = await ScoringAccess.LoadAsync(db, me, sheetId, ct);
        if (loaded is null || !loaded.Rights.CanScore(unitId) || loaded.Sheet.Status == SheetStatus.Draft)
        {
            return false;
        }

        Loaded = loaded;
        UnitId = unitId;
        Card = await ScoringAccess.CardAsync(db, sheetId, unitId, ct);
        return true;
    }
}
