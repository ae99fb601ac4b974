using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Audit;

/// <summary>Kiểm tra chuỗi nhật ký: verifies the audit log's hash chain and names the first broken link (ADR-0020).
/// For administrators whose scope covers every root unit (the chain spans all units).</summary>
public sealed class ChainModel(TdktDbContext db, CurrentUser me) : PageModel
{
    public AuditChainReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var roots = await db.OrgUnits.AsNoTracking().Where(u => u.ParentId == null).Select(u => u.Path).ToListAsync(ct);
        if (!scope.Has(Role.Admin) || !roots.All(p => scope.Covers(p, Role.Admin)))
        {
            return NotFound();
        }

        Report = await AuditChainReport.VerifyAsync(db, ct);
        return Page();
    }
}
