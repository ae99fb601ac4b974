using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;
using Tdkt.Domain.Nominations;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Nominations;

// The proposing unit's use cases on the Details page (and /api/v1/dossiers/{id}/…): one handler each, all through
// DossierWorkflow (ADR-0029).

/// <summary>Checks of a nominee shared by adding, importing and editing one.</summary>
internal static class NomineeInput
{
    public static async Task<Result> CheckAsync(TdktDbContext db, NominationChecks checks, DossierContext c, NomineeData data, DateOnly today,
        CancellationToken ct)
    {
        if (data.Kind == SubjectKind.Collective && data.OrgUnitId is { } unitId
            && !await db.OrgUnits.AnyAsync(x => x.Id == unitId && x.Path.StartsWith(c.ProposingPath), ct))
        {
            return new ValidationError("OrgUnitId", "Tập thể phải là đơn vị thuộc đơn vị đề nghị.");
        }

        if (AwardCodes.TryNormalize(data.AwardCode, out var code))
        {
            var def = await checks.DefinitionAsync(code, today, ct);
            if (!def.Accepts(data.Kind))
            {
                return new ValidationError("AwardCode", $"\"{def.Name}\" không xét tặng cho đối tượng {data.Kind.Vietnamese().ToLowerInvariant()}.");
            }
        }

        return Result.Success();
    }
}

public sealed class AddNomineeHandler(TdktDbContext db, DossierWorkflow workflow, NominationChecks checks, CitizenIds citizenIds)
{
    public async Task<Result<int>> HandleAsync(int dossierId, NomineeData data, CancellationToken ct)
    {
        var loaded = await workflow.LoadAsync(dossierId, ct);
        if (loaded.Value is not { } c)
        {
            return loaded.Error!;
        }

        if (!NominationAccess.IsProposer(c.Scope, c.ProposingPath))
        {
            return new ForbiddenError();
        }

        if (!c.Dossier.IsEditableByUnit)
        {
            return new ConflictError("Hồ sơ đã gửi, không thêm đối tượng được nữa.");
        }

        // Age and same-person rules after scope and state: every entry path (page, API) gets them here.
        if (await NomineeGuard.CheckAsync(db, citizenIds, dossierId, data, null, ct) is { } refused)
        {
            return refused;
        }

        var check = await NomineeInput.CheckAsync(db, checks, c, data, workflow.Today, ct);
        var n = check.IsSuccess ? Nominee.Create(dossierId, data, citizenIds.Protect) : check.Error!;
        if (n.IsFailure)
        {
            return n.Error!;
        }

        db.Nominees.Add(n.Value!);
        var saved = await workflow.SaveAsync(new AuditNote("Thêm đối tượng đề nghị khen thưởng"), ct);
        return saved.IsSuccess ? n.Value!.Id : saved.Error!;
    }
}

/// <summary>All-or-nothing: every row is checked first; one bad row and nothing is added.</summary>
public sealed class ImportNomineesHandler(TdktDbContext db, DossierWorkflow workflow, NominationChecks checks, CitizenIds citizenIds)
{
    public async Task<Result<int>> HandleAsync(int dossierId, IReadOnlyList<(int Row, NomineeData Data)> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var loaded = await workflow.LoadAsync(dossierId, ct);
        if (loaded.Value is not { } c)
        {
            return loaded.Error!;
        }

        if (!NominationAccess.IsProposer(c.Scope, c.ProposingPath))
        {
            return new ForbiddenError();
        }

        if (!c.Dossier.IsEditableByUnit)
        {
            return new ConflictError("Hồ sơ đã gửi, không thêm đối tượng được nữa.");
        }

        var errors = new List<string>();
        var created = new List<Nominee>();
        foreach (var (row, data) in rows)
        {
            var check = await NomineeInput.CheckAsync(db, checks, c, data, workflow.Today, ct);
            var n = check.IsSuccess ? Nominee.Create(dossierId, data, citizenIds.Protect) : check.Error!;
            if (n.Error is ValidationError v)
            {
                errors.Add($"Dòng {row}, cột {NomineeImport.ColumnOf(v.Field)}: {v.Message}");
            }
            else if (n.Value is { } ok)
            {
                created.Add(ok);
            }
        }

        if (rows.Count == 0)
        {
            errors.Add("Tệp không có dòng dữ liệu nào.");
        }

        if (errors.Count > 0)
        {
            return new ValidationError("Upload", "Chưa nhập đối tượng nào vì tệp có lỗi: " + string.Join(" ", errors));
        }

        db.Nominees.AddRange(created);
        var saved = await workflow.SaveAsync(new AuditNote("Nhập danh sách đối tượng từ Excel"), ct);
        return saved.IsSuccess ? created.Count : saved.Error!;
    }
}

public sealed class RemoveNomineeHandler(TdktDbContext db, DossierWorkflow workflow)
{
    public async Task<Result> HandleAsync(int dossierId, int nomineeId, CancellationToken ct)
    {
        var loaded = await workflow.LoadAsync(dossierId, ct);
        if (loaded.Value is not { } c)
        {
            return loaded.Error!;
        }

        if (!NominationAccess.IsProposer(c.Scope, c.ProposingPath) || !c.Dossier.IsEditableByUnit)
        {
            return new ForbiddenError();
        }

        var n = await db.Nominees.SingleOrDefaultAsync(x => x.Id == nomineeId && x.DossierId == dossierId, ct);
        if (n is null)
        {
            return new NotFoundError();
        }

        db.DossierAttachments.RemoveRange(db.DossierAttachments.Where(a => a.NomineeId == nomineeId));
        db.Nominees.Remove(n);
        return await workflow.SaveAsync(new AuditNote("Xóa đối tượng đề nghị khen thưởng"), ct);
    }
}

/// <summary>Edits the header (title, kind, movement or conference) of a draft or returned dossier; the deadline follows
/// the new conference's or allotment's and is never the clerk's (<see cref="Deadlines"/>).</summary>
public sealed class EditDossierHeaderHandler(TdktDbContext db, DossierWorkflow workflow)
{
    public async Task<Result> HandleAsync(int dossierId, uint version, string? title, CommendationKind kind, int? movementId, int? conferenceId,
        CancellationToken ct)
    {
        var loaded = await workflow.EditableAsync(dossierId, ct);
        if (loaded.Value is not { } c)
        {
            return loaded.Error!;
        }

        if (movementId is { } mid && !await db.VisibleMovements(c.Scope).AnyAsync(m => m.Id == mid, ct))
        {
            return new ValidationError("MovementId", "Không tìm thấy phong trào thi đua đã chọn (trong phạm vi của bạn).");
        }

        DateOnly? deadline = c.Dossier.SubmitBefore;
        if (conferenceId != c.Dossier.ConferenceId || movementId != c.Dossier.MovementId)
        {
            var conference = conferenceId is { } cid ? await db.VisibleEvents(c.Scope).AsNoTracking().SingleOrDefaultAsync(e => e.Id == cid, ct) : null;
            if (conferenceId is not null && conference is null)
            {
                return new ValidationError("ConferenceId", "Không tìm thấy hội nghị đã chọn (trong phạm vi của bạn).");
            }

            var allotted = await db.QuotaAllotments
                .Where(q => q.OrgUnitId == c.Dossier.ProposingUnitId && ((movementId != null && q.MovementId == movementId) || (conferenceId != null && q.ConferenceId == conferenceId)))
                .Select(q => q.SubmitBefore).FirstOrDefaultAsync(ct);
            deadline = allotted ?? conference?.DossierDeadline ?? (c.Dossier.ConferenceId is null && c.Dossier.MovementId is null ? c.Dossier.SubmitBefore : null);
        }

        var r = c.Dossier.EditHeader(title, kind, movementId, conferenceId, deadline);
        return r.IsFailure ? r : await workflow.SaveAsync(new AuditNote("Sửa thông tin chung của hồ sơ"), ct, c, version);
    }
}

/// <summary>Edits one nominee of a draft or returned dossier (same checks as adding one).</summary>
public sealed class EditNomineeHandler(TdktDbContext db, DossierWorkflow workflow, NominationChecks checks, CitizenIds citizenIds)
{
    public async Task<Result> HandleAsync(int dossierId, int nomineeId, NomineeData data, CancellationToken ct)
    {
        var loaded = await workflow.EditableAsync(dossierId, ct);
        if (loaded.Value is not { } c)
        {
            return loaded.Error!;
        }

        var n = await db.Nominees.SingleOrDefaultAsync(x => x.Id == nomineeId && x.DossierId == dossierId, ct);
        if (n is null)
        {
            return new NotFoundError();
        }

        if (await NomineeGuard.CheckAsync(db, citizenIds, dossierId, data, nomineeId, ct) is { } refused)
        {
            return refused;
        }

        var check = await NomineeInput.CheckAsync(db, checks, c, data, workflow.Today, ct);
        var r = check.IsSuccess ? n.Edit(data, citizenIds.Protect) : check;
        if (r.IsFailure)
        {
            db.ChangeTracker.Clear();
            return r;
        }

        return await workflow.SaveAsync(new AuditNote("Sửa đối tượng đề nghị khen thưởng"), ct);
    }
}

/// <summary>Removes a wrongly attached file from a draft or returned dossier (the stored file stays for the audit).</summary>
public sealed class RemoveAttachmentHandler(TdktDbContext db, DossierWorkflow workflow)
{
    public async Task<Result> HandleAsync(int dossierId, int attachmentId, CancellationToken ct)
    {
        var loaded = await workflow.EditableAsync(dossierId, ct);
        if (loaded.Value is not { } c)
        {
            return loaded.Error!;
        }

        var a = await db.DossierAttachments.SingleOrDefaultAsync(x => x.Id == attachmentId && x.DossierId == dossierId, ct);
        if (a is null)
        {
            return new NotFoundError();
        }

        if (a.Round <= c.Dossier.Round)
        {
            return new ConflictError("Tệp này đã gửi cùng hồ sơ ở lần trước, không gỡ được; hãy đính kèm tệp bổ sung.");
        }

        db.DossierAttachments.Remove(a);
        return await workflow.SaveAsync(new AuditNote("Gỡ tệp đính kèm khỏi hồ sơ"), ct);
    }
}

/// <summary>Deletes a draft (never sent): its nominees and attachments go with it; the audit keeps every row as it was,
/// and it no longer appears in lists or duplicate checks.</summary>
public sealed class DeleteDraftHandler(TdktDbContext db, DossierWorkflow workflow)
{
    public async Task<Result> HandleAsync(int dossierId, uint version, CancellationToken ct)
    {
        var loaded = await workflow.EditableAsync(dossierId, ct);
        if (loaded.Value is not { } c)
        {
            return loaded.Error!;
        }

        var r = c.Dossier.CanDelete();
        if (r.IsFailure)
        {
            return r;
        }

        if (await db.DossierTransitions.AnyAsync(t => t.DossierId == dossierId, ct))
        {
            return new ConflictError("Hồ sơ đã có quá trình xử lý (gia hạn, chấp nhận nộp muộn), không xóa được.");
        }

        db.DossierAttachments.RemoveRange(await db.DossierAttachments.Where(a => a.DossierId == dossierId).ToListAsync(ct));
        db.Nominees.RemoveRange(await db.Nominees.Where(n => n.DossierId == dossierId).ToListAsync(ct));
        db.Entry(c.Dossier).Property(x => x.Version).OriginalValue = version;
        db.Dossiers.Remove(c.Dossier);
        return await workflow.SaveAsync(new AuditNote("Xóa hồ sơ đang soạn"), ct);
    }
}

/// <summary>Attaches a file: the proposing unit's parts while it may edit, the council minutes by the receiving body.</summary>
public sealed class AttachFileHandler(TdktDbContext db, DossierWorkflow workflow)
{
    public async Task<Result<int>> HandleAsync(int dossierId, int? nomineeId, string? partCode, string? fileName, byte[] content, CancellationToken ct)
    {
        var loaded = await workflow.LoadAsync(dossierId, ct);
        if (loaded.Value is not { } c)
        {
            return loaded.Error!;
        }

        var d = c.Dossier;
        var isCouncilMinutes = partCode == NominationChecks.CouncilMinutes;
        var allowed = isCouncilMinutes
            ? NominationAccess.CanRecordCouncil(c.Scope, d.ReceivingUnitId) && d.Status is DossierStatus.Appraised or DossierStatus.CouncilRecorded
            : NominationAccess.IsProposerOf(c.Scope, c.ProposingPath, d) && d.IsEditableByUnit;
        if (!allowed)
        {
            return new ForbiddenError();
        }

        if (string.IsNullOrWhiteSpace(partCode) || partCode.Length > 50)
        {
            return new ValidationError("PartCode", "Hãy chọn thành phần hồ sơ của tệp.");
        }

        if (nomineeId is { } nid && !await db.Nominees.AnyAsync(n => n.Id == nid && n.DossierId == dossierId, ct))
        {
            return new ValidationError("NomineeId", "Đối tượng không thuộc hồ sơ này.");
        }

        var kind = Uploads.CheckAttachment("Upload", fileName, content);
        if (kind.IsFailure)
        {
            return kind.Error!;
        }

        var file = FileResults.NewFile(fileName, kind.Value!, content, d.ProposingUnitId, c.User.User.Id, workflow.Now);
        db.StoredFiles.Add(file);
        var a = new DossierAttachment
        {
            DossierId = dossierId, NomineeId = nomineeId, PartCode = partCode.Trim(), Round = d.Round + 1,
            UploadedAt = workflow.Now, StoredFileId = file.Id, // HiLo: the id exists before the save
        };
        db.DossierAttachments.Add(a);
        var saved = await workflow.SaveAsync(new AuditNote("Đính kèm tệp hồ sơ"), ct);
        return saved.IsSuccess ? a.Id : saved.Error!;
    }
}

/// <summary>Gửi hồ sơ: quotas checked under the advisory lock, the round frozen in a snapshot.</summary>
public sealed class SubmitDossierHandler(DossierWorkflow workflow, NominationChecks checks)
{
    public Task<Result> HandleAsync(int id, uint version, CancellationToken ct) => workflow.TransitionAsync(id, version, async (c, actor) =>
    {
        if (!NominationAccess.IsProposerOf(c.Scope, c.ProposingPath, c.Dossier))
        {
            return new ForbiddenError();
        }

        await checks.QuotaLockAsync(c.Dossier, ct);
        var check = await checks.SubmissionCheckAsync(c.Dossier, ct);
        var moved = c.Dossier.Submit(check, workflow.Today, actor);
        if (moved.IsSuccess)
        {
            await workflow.SnapshotAsync(c.Dossier, ct);
            await workflow.NotifyBodyAsync(c.Dossier, [Role.Appraiser], $"Hồ sơ \"{c.Dossier.Title}\" vừa được gửi, chờ tiếp nhận.", ct);
        }

        return moved;
    }, "Gửi hồ sơ đề nghị khen thưởng", ct);
}
