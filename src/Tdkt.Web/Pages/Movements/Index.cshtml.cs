using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Planning;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Movements;

/// <summary>Movements the caller may see (ADR-0006), newest first.</summary>
public sealed class IndexModel(TdktDbContext db, CurrentUser me) : PageModel
{
    public sealed record Row(int Id, string Name, string Unit, MovementForm Form, DateOnly From, DateOnly To, int? ParentId);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool CanCreate { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        CanCreate = scope.Has(Domain.Security.Role.Admin) || scope.Has(Domain.Security.Role.UnitClerk) || scope.Has(Domain.Security.Role.Appraiser);
        Rows = await (from m in db.VisibleMovements(scope).AsNoTracking()
                      join u in db.OrgUnits on m.LaunchingUnitId equals u.Id
                      orderby m.From descending, m.Name
                      select new Row(m.Id, m.Name, u.Name, m.Form, m.From, m.To, m.ParentMovementId)).ToListAsync(ct);
        return Page();
    }
}
