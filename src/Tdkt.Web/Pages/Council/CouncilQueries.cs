using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Council;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Council;

/// <summary>What the Council pages and API read: the caller's councils and sessions, one session, its minutes, a
/// council's members. No state change here (those are the handlers beside the pages, ADR-0029).</summary>
public sealed class CouncilQueries(TdktDbContext db, CurrentUser me, CouncilSessionWorkflow workflow)
{
    public async Task<Result<IReadOnlyList<CouncilMember>>> MembersAsync(int unitId, CancellationToken ct)
    {
        var u = await me.GetAsync(ct);
        if (u is null || !CouncilAccess.CanManageMembers(u.Scope, unitId))
        {
            return new NotFoundError();
        }

        return await db.CouncilMembers.AsNoTracking().Where(m => m.OrgUnitId == unitId)
            .OrderBy(m => m.ValidTo != null).ThenBy(m => m.Office).ThenBy(m => m.ValidFrom).ThenBy(m => m.Id).ToListAsync(ct);
    }

    /// <summary>Units whose council the caller runs or sits on, with their sessions (newest first).</summary>
    public async Task<IReadOnlyList<(int UnitId, string UnitName, bool CanRun, bool CanManage, IReadOnlyList<CouncilSession> Sessions)>> OverviewAsync(CancellationToken ct)
    {
        var u = await me.GetAsync(ct);
        if (u is null)
        {
            return [];
        }

        var byGrant = u.Scope.Grants.Where(g => g.Role is Role.CouncilSecretary or Role.CouncilMember or Role.Admin).Select(g => g.OrgUnitId);
        var byMembership = await db.CouncilMembers.AsNoTracking().Where(m => m.UserId == u.User.Id).Select(m => m.OrgUnitId).ToListAsync(ct);
        var unitIds = byGrant.Concat(byMembership).Distinct().ToList();
        var units = await db.OrgUnits.AsNoTracking().Where(x => unitIds.Contains(x.Id)).OrderBy(x => x.Path).Select(x => new { x.Id, x.Name }).ToListAsync(ct);
        var myMemberIds = await db.CouncilMembers.AsNoTracking().Where(m => m.UserId == u.User.Id).Select(m => m.Id).ToListAsync(ct);
        var mySessions = await db.CouncilAttendance.AsNoTracking().Where(a => myMemberIds.Contains(a.MemberId)).Select(a => a.SessionId).ToListAsync(ct);
        var sessions = await db.CouncilSessions.AsNoTracking().Where(s => unitIds.Contains(s.OrgUnitId))
            .OrderByDescending(s => s.MeetingDate).ThenByDescending(s => s.Id).ToListAsync(ct);
        return [.. units.Select(x => (x.Id, x.Name, CouncilAccess.CanRun(u.Scope, x.Id), CouncilAccess.CanManageMembers(u.Scope, x.Id),
            (IReadOnlyList<CouncilSession>)[.. sessions.Where(s => s.OrgUnitId == x.Id && CouncilAccess.CanSee(u.Scope, x.Id, mySessions.Contains(s.Id)))]))];
    }

    public async Task<Result<SessionView>> GetAsync(int id, CancellationToken ct)
    {
        var loaded = await workflow.LoadAsync(id, ct);
        if (loaded.Value is not { } c)
        {
            return loaded.Error!;
        }

        return await workflow.ViewAsync(c, ct);
    }

    public async Task<Result<StoredFile>> MinutesAsync(int id, CancellationToken ct)
    {
        var loaded = await workflow.LoadAsync(id, ct);
        if (loaded.Value is not { } c)
        {
            return loaded.Error!;
        }

        return c.Session.MinutesFileId is { } f
            ? await db.StoredFiles.AsNoTracking().SingleAsync(x => x.Id == f, ct)
            : new NotFoundError("Chưa có biên bản: biên bản được lập khi kết thúc bỏ phiếu.");
    }
}
