using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;
using Tdkt.Domain.Nominations;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Nominations;

public sealed record CreateDossierCommand(string? Title, int ProposingUnitId, CommendationKind Kind, DecidingLevel Level,
    int? MovementId, int? ConferenceId, int Year, DateOnly? SubmitBefore);

/// <summary>Tạo hồ sơ đề nghị (page Create and POST /api/v1/dossiers): the deadline belongs to whoever set it.</summary>
public sealed class CreateDossierHandler(TdktDbContext db, CurrentUser me, DossierWorkflow workflow)
{
    public async Task<Result<int>> HandleAsync(CreateDossierCommand cmd, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cmd);
        var u = await me.GetAsync(ct);
        if (u is null)
        {
            return new NotFoundError();
        }

        var unit = await db.OrgUnits.VisibleTo(u.Scope, NominationAccess.Proposers).AsNoTracking()
            .SingleOrDefaultAsync(x => x.Id == cmd.ProposingUnitId, ct);
        if (unit is null)
        {
            return new ValidationError("ProposingUnitId", "Hãy chọn đơn vị đề nghị trong phạm vi bạn được giao.");
        }

        var body = await NominationAccess.ReceivingUnitAsync(db, unit.Path, cmd.Level, ct);
        if (body is null)
        {
            return new ValidationError("Level", "Chưa có cơ quan thẩm định (chuyên viên thẩm định) ở cấp trên của đơn vị này cho cấp quyết định đã chọn.");
        }

        if (cmd.MovementId is { } mid && !await db.VisibleMovements(u.Scope).AnyAsync(m => m.Id == mid, ct))
        {
            return new ValidationError("MovementId", "Không tìm thấy phong trào thi đua đã chọn (trong phạm vi của bạn).");
        }

        Tdkt.Domain.Conferences.ConferenceEvent? conference = null;
        if (cmd.ConferenceId is { } cid)
        {
            conference = await db.VisibleEvents(u.Scope).AsNoTracking().SingleOrDefaultAsync(e => e.Id == cid, ct);
            if (conference is null)
            {
                return new ValidationError("ConferenceId", "Không tìm thấy hội nghị đã chọn (trong phạm vi của bạn).");
            }
        }

        // Deadlines belong to whoever set them: the unit's allotment, else the conference; the clerk may leave it blank
        // (inherits) or repeat it, never set another (Deadlines).
        var allotted = await db.QuotaAllotments
            .Where(q => q.OrgUnitId == unit.Id && ((cmd.MovementId != null && q.MovementId == cmd.MovementId) || (cmd.ConferenceId != null && q.ConferenceId == cmd.ConferenceId)))
            .Select(q => q.SubmitBefore).FirstOrDefaultAsync(ct);
        var bodyLabel = allotted is not null ? "cơ quan phân bổ chỉ tiêu" : "hội nghị";
        var deadline = Deadlines.ForNewDossier(cmd.SubmitBefore, allotted ?? conference?.DossierDeadline, bodyLabel);
        if (deadline.IsFailure)
        {
            return deadline.Error!;
        }

        var created = Dossier.Create(cmd.Title, unit.Id, body.Value, cmd.Kind, cmd.Level, cmd.MovementId, cmd.ConferenceId, cmd.Year,
            deadline.Value, 20, workflow.Now);
        if (created.IsFailure)
        {
            return created.Error!;
        }

        db.Dossiers.Add(created.Value!);
        var saved = await workflow.SaveAsync(new AuditNote("Tạo hồ sơ đề nghị khen thưởng"), ct);
        return saved.IsSuccess ? created.Value!.Id : saved.Error!;
    }
}
