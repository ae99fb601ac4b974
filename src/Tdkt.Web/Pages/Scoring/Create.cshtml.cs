using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Emulation;
using Tdkt.Domain.Organizations;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Clusters;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Scoring;

/// <summary>Thêm bảng chấm điểm for a cluster and a period (sơ kết 6 tháng / tổng kết năm): organiser only.</summary>
public sealed class CreateModel(TdktDbContext db, CurrentUser me) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public EmulationCluster Cluster { get; private set; } = null!;

    public sealed class InputModel
    {
        [Display(Name = "Năm")]
        public int? Year { get; set; }

        [Display(Name = "Kỳ chấm điểm")]
        public ScorePeriod Period { get; set; } = ScorePeriod.YearEnd;

        [Display(Name = "Tên bảng chấm điểm")]
        public string? Title { get; set; }

        [Display(Name = "Tổng điểm thưởng tối đa")]
        public string? BonusCap { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int clusterId, CancellationToken ct)
    {
        if (!await LoadAsync(clusterId, ct))
        {
            return NotFound();
        }

        Input.Year = DateTime.UtcNow.Year;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int clusterId, CancellationToken ct)
    {
        if (!await LoadAsync(clusterId, ct))
        {
            return NotFound();
        }

        var cap = ScoringAccess.ParsePoints(Input.BonusCap, "BonusCap", "Tổng điểm thưởng tối đa");
        if (cap.IsFailure)
        {
            return this.ToPageResult(cap.Error!);
        }

        var created = ScoreSheet.Create(clusterId, Input.Year ?? 0, Input.Period, Input.Title, cap.Value);
        if (created.IsFailure)
        {
            return this.ToPageResult(created.Error!);
        }

        var sheet = created.Value!;
        var duplicate = new ConflictError($"Cụm, khối đã có bảng chấm điểm {sheet.Period.Vietnamese().ToLowerInvariant()} năm {sheet.Year}.", "Period");
        if (await db.ScoreSheets.AnyAsync(s => s.ClusterId == clusterId && s.Year == sheet.Year && s.Period == sheet.Period, ct))
        {
            return this.ToPageResult(duplicate);
        }

        db.ScoreSheets.Add(sheet);
        db.AuditAction = "Thêm bảng chấm điểm thi đua";
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return this.ToPageResult(duplicate);
        }

        TempData["Success"] = "Đã thêm bảng chấm điểm. Hãy thêm các nhóm tiêu chí, điểm thưởng, điểm trừ rồi mở chấm.";
        return RedirectToPage("Template", new { id = sheet.Id });
    }

    private async Task<bool> LoadAsync(int clusterId, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var cluster = await db.OrganisedClusters(scope).AsNoTracking().SingleOrDefaultAsync(c => c.Id == clusterId, ct);
        Cluster = cluster!;
        return cluster is not null;
    }
}
