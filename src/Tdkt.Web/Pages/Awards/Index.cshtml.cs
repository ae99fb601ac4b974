using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Awards;

/// <summary>Danh mục danh hiệu, hình thức khen thưởng by legal basis, with accent-insensitive search.</summary>
public sealed class IndexModel(TdktDbContext db, CurrentUser me, AwardData data) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "basis")]
    public LegalBasis? Basis { get; set; }

    public IReadOnlyList<AwardCatalogueEntry> Entries { get; private set; } = [];
    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        CanEdit = await AwardPages.IsCatalogueAdminAsync(data, await me.ScopeAsync(ct), ct);
        var q = db.AwardCatalogue.AsNoTracking();
        if (Basis is { } b)
        {
            q = q.Where(e => e.Basis == b);
        }

        if (!string.IsNullOrWhiteSpace(Query))
        {
            var pattern = "%" + Query.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            q = q.Where(e => EF.Functions.ILike(TdktDbContext.Unaccent(e.Name), TdktDbContext.Unaccent(pattern))
                || EF.Functions.ILike(e.Code, pattern));
        }

        Entries = await q.OrderByDescending(e => e.ValidFrom).ThenBy(e => e.Rank).ThenBy(e => e.Code).ToListAsync(ct);
        return Page();
    }
}
