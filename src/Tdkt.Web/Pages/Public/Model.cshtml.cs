using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Emulation;
using Tdkt.Web.Data;

namespace Tdkt.Web.Pages.Public;

/// <summary>Trang công khai của một điển hình (opt-in): no login; only name, kind, unit, year, description.
/// An unpublished or unknown slug answers 404.</summary>
[AllowAnonymous]
public sealed class ModelModel(TdktDbContext db) : PageModel
{
    public sealed record PublicView(string Name, ExemplaryKind Kind, string Unit, int Year, string Description);

    public PublicView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var view = await (from m in db.ExemplaryModels.AsNoTracking()
                          join u in db.OrgUnits on m.OrgUnitId equals u.Id
                          where m.Slug == slug && m.IsPublic
                          select new PublicView(m.Name, m.Kind, u.Name, m.Year, m.Description)).SingleOrDefaultAsync(ct);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }
}
