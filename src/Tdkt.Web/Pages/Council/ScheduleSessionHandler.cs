using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Council;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Council;

/// <summary>Triệu tập phiên họp (Schedule page, POST /api/v1/council/sessions): roster on the meeting date, agenda,
/// invitations, one save.</summary>
public sealed class ScheduleSessionHandler(TdktDbContext db, CurrentUser me, CouncilSessionWorkflow workflow)
{
    public async Task<Result<int>> HandleAsync(int unitId, ScheduleCommand cmd, CancellationToken ct)
    {
        var u = await me.GetAsync(ct);
        if (u is null || !CouncilAccess.CanRun(u.Scope, unitId))
        {
            return new NotFoundError();
        }

        var defaults = await db.CouncilDefaultsForUnitAsync(unitId, ct);
        var created = CouncilSession.Create(unitId, cmd.Title, cmd.MeetingDate, cmd.Place, cmd.SecretBallot, cmd.Quorum ?? defaults.Quorum,
            cmd.ExcludeSameUnit ?? defaults.ExcludeSameUnit, workflow.Now, workflow.Today);
        if (created.Value is not { } s)
        {
            return created.Error!;
        }

        var day = s.MeetingDate;
        var roster = await db.CouncilMembers.AsNoTracking()
            .Where(m => m.OrgUnitId == unitId && m.ValidFrom <= day && (m.ValidTo == null || m.ValidTo >= day)).ToListAsync(ct);
        if (roster.Count == 0)
        {
            return new ValidationError("MeetingDate", $"Hội đồng chưa có thành viên đương nhiệm vào ngày {ViFormat.Date(day)}. Hãy cập nhật danh sách thành viên trước.");
        }

        db.CouncilSessions.Add(s);
        db.CouncilAttendance.AddRange(roster.Select(m => new CouncilAttendance { SessionId = s.Id, MemberId = m.Id }));
        await workflow.AddAgendaAsync(s, ct);
        foreach (var m in roster.Where(m => m.UserId is not null))
        {
            db.Notifications.Add(new Notification
            {
                UserId = m.UserId!, At = workflow.Now, Url = $"/Council/Session/{s.Id}",
                Text = $"Mời dự phiên họp Hội đồng Thi đua - Khen thưởng \"{s.Title}\" ngày {ViFormat.Date(day)} tại {s.Place}.",
            });
        }

        await db.SaveChangesAsync(new AuditNote("Triệu tập phiên họp Hội đồng TĐKT"), ct);
        return s.Id;
    }
}
