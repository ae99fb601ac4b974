using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Organizations;
using Tdkt.Domain.Planning;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Plans;

/// <summary>A task row as pages show it: names resolved, overdue/due-soon computed for today.</summary>
public sealed record TaskRow(PlanTask Task, string? LeadUnitName, IReadOnlyList<string> CoordinatingNames, bool Overdue, bool DueSoon, bool CanReport);

public static class PlanQueries
{
    public static async Task<List<TaskRow>> TaskRowsAsync(TdktDbContext db, OrgScope scope, IQueryable<PlanTask> tasks, DateOnly today, CancellationToken ct)
    {
        var list = await tasks.AsNoTracking().OrderBy(t => t.Order).ThenBy(t => t.Id).ToListAsync(ct);
        var ids = list.SelectMany(t => t.CoordinatingUnitIds.Append(t.LeadUnitId ?? 0)).Distinct().ToList();
        var units = await db.OrgUnits.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        return list.Select(t =>
        {
            OrgUnit? lead = t.LeadUnitId is { } l ? units[l] : null;
            return new TaskRow(t, lead?.Name,
                t.CoordinatingUnitIds.Where(units.ContainsKey).Select(i => units[i].Name).ToList(),
                TaskProgress.IsOverdue(t.DueDate, t.Status, today),
                TaskProgress.IsDueSoon(t.DueDate, t.Status, today),
                lead is not null && scope.CanReport(lead.Path));
        }).ToList();
    }
}
