using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Planning;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Plans;

/// <summary>The plan owner's board: tasks by status, overdue ones highlighted.</summary>
public sealed class BoardModel(TdktDbContext db, CurrentUser me, TimeProvider clock, TdktSettings settings) : PageModel
{
    public Plan Plan { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public IReadOnlyList<TaskRow> Tasks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var plan = await db.VisiblePlans(scope).AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null)
        {
            return NotFound();
        }

        Plan = plan;
        Today = clock.Today(settings);
        Tasks = await PlanQueries.TaskRowsAsync(db, scope, db.PlanTasks.Where(t => t.PlanId == id), Today, ct);
        return Page();
    }
}
