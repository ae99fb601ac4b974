using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Plans;

public sealed class IndexModel(TdktDbContext db, CurrentUser me) : PageModel
{
    public sealed record Row(int Id, string Title, string Unit, int Year, string? Number, int? MovementId);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Rows = await (from p in db.VisiblePlans(scope).AsNoTracking()
                      join u in db.OrgUnits on p.OwnerUnitId equals u.Id
                      orderby p.Year descending, p.Title
                      select new Row(p.Id, p.Title, u.Name, p.Year, p.Number, p.MovementId)).ToListAsync(ct);
        return Page();
    }
}
