using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages;

public sealed class IndexModel(TdktDbContext db, CurrentUser me, TimeProvider clock, TdktSettings settings) : PageModel
{
    public string FullName { get; private set; } = string.Empty;
    public string? Position { get; private set; }
    public string HomeUnit { get; private set; } = string.Empty;
    public IReadOnlyList<GrantView> Grants { get; private set; } = [];
    public IReadOnlySet<Role> Roles { get; private set; } = new HashSet<Role>();
    public IReadOnlyList<Plans.TaskRow> DueSoon { get; private set; } = [];
    public IReadOnlyDictionary<int, string> PlanTitles { get; private set; } = new Dictionary<int, string>();

    public sealed record GrantView(Role Role, int UnitId, string UnitName, bool UnitClosed, int OpenUnitsInScope);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var loaded = await me.GetAsync(ct);
        if (loaded is null)
        {
            return Challenge();
        }

        FullName = loaded.User.FullName;
        Position = loaded.User.Position;
        HomeUnit = await db.OrgUnits.Where(u => u.Id == loaded.User.OrgUnitId).Select(u => u.Name).SingleAsync(ct);
        var today = clock.Today(settings);
        var list = new List<GrantView>();
        foreach (var g in loaded.Scope.Grants.OrderBy(g => g.Role))
        {
            var unit = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Id == g.OrgUnitId, ct);
            var open = await db.OrgUnits.CountAsync(u => u.Path.StartsWith(g.Path) && (u.ValidTo == null || u.ValidTo >= today), ct);
            list.Add(new GrantView(g.Role, unit.Id, unit.Name, unit.IsClosed, open));
        }

        Grants = list;
        Roles = loaded.Scope.Grants.Select(g => g.Role).ToHashSet();

        // Reminders (shown here only; no e-mail is sent): tasks led by the user's units, due within 7 days, not done.
        var soon = today.AddDays(Domain.Planning.TaskProgress.DefaultReminderDays);
        var myUnits = db.OrgUnits.VisibleTo(loaded.Scope).Select(u => u.Id);
        var tasks = db.PlanTasks.Where(t => t.LeadUnitId != null && myUnits.Contains(t.LeadUnitId.Value) && t.End != null
            && t.End >= today && t.End <= soon && t.Status != Domain.Planning.TaskProgressStatus.Done);
        DueSoon = await Plans.PlanQueries.TaskRowsAsync(db, loaded.Scope, tasks, today, ct);
        var planIds = DueSoon.Select(t => t.Task.PlanId).Distinct().ToList();
        PlanTitles = await db.Plans.Where(p => planIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Title, ct);
        return Page();
    }
}
