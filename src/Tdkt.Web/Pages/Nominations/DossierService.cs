using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;
using Tdkt.Domain.Nominations;
using Tdkt.Domain.Organizations;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Nominations;

public sealed record CreateDossierCommand(string? Title, int ProposingUnitId, CommendationKind Kind, DecidingLevel Level,
    int? MovementId, int? ConferenceId, int Year, DateOnly? SubmitBefore);

public sealed record IssueCommand(SignerCapacity Capacity, string? SignerTitle, string? Wording);

/// <summary>A revocation act: the decision recipients (ids of decision_recipients) it revokes, and its grounds.</summary>
public sealed record RevokeCommand(IReadOnlyCollection<int> RecipientIds, string? Grounds);

/// <summary>
/// Dossier use cases for pages and API alike: load scoped → authorize → decide (domain) → save once. Transitions run
/// in a transaction that first locks the dossier row (SELECT … FOR UPDATE) and also check the caller's row version,
/// so concurrent requests produce one transition and the others a Vietnamese conflict message.
/// </summary>
public sealed partial class DossierService(TdktDbContext db, CurrentUser me, TimeProvider clock, TdktSettings settings,
    CitizenIds citizenIds, NominationChecks checks, CouncilVotingGate votingGate)
{
    public const string ChangedMessage = "Hồ sơ vừa được người khác thay đổi. Hãy tải lại trang rồi thực hiện lại.";

    private sealed record Ctx(Dossier Dossier, string ProposingPath, OrgScope Scope, CurrentUser.Loaded User);

    public DateOnly Today => clock.Today(settings);

    private Actor Actor(CurrentUser.Loaded u) => new(u.User.Id, PlanningAccess.Actor(u), clock.GetUtcNow());

    public async Task<Result<int>> CreateAsync(CreateDossierCommand cmd, CancellationToken ct)
    {
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
            deadline.Value, 20, clock.GetUtcNow());
        if (created.IsFailure)
        {
            return created.Error!;
        }

        db.Dossiers.Add(created.Value!);
        db.AuditAction = "Tạo hồ sơ đề nghị khen thưởng";
        await db.SaveChangesAsync(ct);
        return created.Value!.Id;
    }

    private async Task<Result<Ctx>> LoadAsync(int id, CancellationToken ct, bool forUpdate = false, bool bodyMayActOnDraft = false)
    {
        var u = await me.GetAsync(ct);
        if (u is null)
        {
            return new NotFoundError();
        }

        if (forUpdate)
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM dossiers WHERE \"Id\" = {id} FOR UPDATE", ct);
        }

        var d = await db.Dossiers.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (d is null)
        {
            return new NotFoundError();
        }

        var path = await db.OrgUnits.Where(x => x.Id == d.ProposingUnitId).Select(x => x.Path).SingleAsync(ct);
        if (!NominationAccess.CanSee(u.Scope, path, d)
            && !(bodyMayActOnDraft && NominationAccess.CanAppraise(u.Scope, d.ReceivingUnitId)))
        {
            return new NotFoundError();
        }

        return new Ctx(d, path, u.Scope, u);
    }

    public async Task<Result<int>> AddNomineeAsync(int dossierId, NomineeData data, CancellationToken ct)
    {
        var loaded = await LoadAsync(dossierId, ct);
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

        var check = await CheckNomineeAsync(c, data, "", ct);
        if (check.IsFailure)
        {
            return check.Error!;
        }

        var n = Nominee.Create(dossierId, data, citizenIds.Protect);
        if (n.IsFailure)
        {
            return n.Error!;
        }

        db.Nominees.Add(n.Value!);
        db.AuditAction = "Thêm đối tượng đề nghị khen thưởng";
        await db.SaveChangesAsync(ct);
        return n.Value!.Id;
    }

    private async Task<Result> CheckNomineeAsync(Ctx c, NomineeData data, string field, CancellationToken ct)
    {
        if (data.Kind == SubjectKind.Collective && data.OrgUnitId is { } unitId
            && !await db.OrgUnits.AnyAsync(x => x.Id == unitId && x.Path.StartsWith(c.ProposingPath), ct))
        {
            return new ValidationError(field.Length == 0 ? "OrgUnitId" : field, "Tập thể phải là đơn vị thuộc đơn vị đề nghị.");
        }

        if (AwardCodes.TryNormalize(data.AwardCode, out var code))
        {
            var def = await checks.DefinitionAsync(code, Today, ct);
            if (!def.Accepts(data.Kind))
            {
                return new ValidationError(field.Length == 0 ? "AwardCode" : field,
                    $"\"{def.Name}\" không xét tặng cho đối tượng {data.Kind.Vietnamese().ToLowerInvariant()}.");
            }
        }

        return Result.Success();
    }

    /// <summary>All-or-nothing: every row is checked first; one bad row and nothing is added.</summary>
    public async Task<Result<int>> ImportNomineesAsync(int dossierId, IReadOnlyList<(int Row, NomineeData Data)> rows, CancellationToken ct)
    {
        var loaded = await LoadAsync(dossierId, ct);
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
            var check = await CheckNomineeAsync(c, data, "", ct);
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
        db.AuditAction = "Nhập danh sách đối tượng từ Excel";
        await db.SaveChangesAsync(ct);
        return created.Count;
    }

    public async Task<Result> RemoveNomineeAsync(int dossierId, int nomineeId, CancellationToken ct)
    {
        var loaded = await LoadAsync(dossierId, ct);
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
        db.AuditAction = "Xóa đối tượng đề nghị khen thưởng";
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    /// <summary>The proposing side's editable dossier (draft or returned), loaded for a change.</summary>
    private async Task<Result<Ctx>> EditableAsync(int dossierId, CancellationToken ct)
    {
        var loaded = await LoadAsync(dossierId, ct);
        if (loaded.Value is not { } c)
        {
            return loaded.Error!;
        }

        if (!NominationAccess.IsProposerOf(c.Scope, c.ProposingPath, c.Dossier))
        {
            return new NotFoundError();
        }

        return c.Dossier.IsEditableByUnit ? c : new ConflictError("Hồ sơ đã gửi, không sửa được. Hãy đợi cơ quan tiếp nhận trả lại nếu cần bổ sung.");
    }

    /// <summary>Edits the header (title, kind, movement or conference) of a draft or returned dossier; the deadline follows
    /// the new conference's or allotment's and is never the clerk's (<see cref="Deadlines"/>).</summary>
    public async Task<Result> EditHeaderAsync(int dossierId, uint version, string? title, CommendationKind kind, int? movementId, int? conferenceId,
        CancellationToken ct)
    {
        var loaded = await EditableAsync(dossierId, ct);
        if (loaded.Value is not { } c)
        {
            return loaded.Error!;
        }

        var u = c.User;
        if (movementId is { } mid && !await db.VisibleMovements(u.Scope).AnyAsync(m => m.Id == mid, ct))
        {
            return new ValidationError("MovementId", "Không tìm thấy phong trào thi đua đã chọn (trong phạm vi của bạn).");
        }

        DateOnly? deadline = c.Dossier.SubmitBefore;
        if (conferenceId != c.Dossier.ConferenceId || movementId != c.Dossier.MovementId)
        {
            var conference = conferenceId is { } cid ? await db.VisibleEvents(u.Scope).AsNoTracking().SingleOrDefaultAsync(e => e.Id == cid, ct) : null;
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
        if (r.IsFailure)
        {
            return r;
        }

        db.Entry(c.Dossier).Property(x => x.Version).OriginalValue = version;
        db.AuditAction = "Sửa thông tin chung của hồ sơ";
        return await SaveAsync(ct);
    }

    /// <summary>Edits one nominee of a draft or returned dossier (same checks as adding one).</summary>
    public async Task<Result> EditNomineeAsync(int dossierId, int nomineeId, NomineeData data, CancellationToken ct)
    {
        var loaded = await EditableAsync(dossierId, ct);
        if (loaded.Value is not { } c)
        {
            return loaded.Error!;
        }

        var n = await db.Nominees.SingleOrDefaultAsync(x => x.Id == nomineeId && x.DossierId == dossierId, ct);
        if (n is null)
        {
            return new NotFoundError();
        }

        var check = await CheckNomineeAsync(c, data, "", ct);
        var r = check.IsSuccess ? n.Edit(data, citizenIds.Protect) : check;
        if (r.IsFailure)
        {
            db.ChangeTracker.Clear();
            return r;
        }

        db.AuditAction = "Sửa đối tượng đề nghị khen thưởng";
        return await SaveAsync(ct);
    }

    /// <summary>Removes a wrongly attached file from a draft or returned dossier (the stored file stays for the audit).</summary>
    public async Task<Result> RemoveAttachmentAsync(int dossierId, int attachmentId, CancellationToken ct)
    {
        var loaded = await EditableAsync(dossierId, ct);
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
        db.AuditAction = "Gỡ tệp đính kèm khỏi hồ sơ";
        return await SaveAsync(ct);
    }

    /// <summary>Deletes a draft (never sent): its nominees and attachments go with it; the audit keeps every row as it was,
    /// and it no longer appears in lists or duplicate checks.</summary>
    public async Task<Result> DeleteDraftAsync(int dossierId, uint version, CancellationToken ct)
    {
        var loaded = await EditableAsync(dossierId, ct);
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
        db.AuditAction = "Xóa hồ sơ đang soạn";
        return await SaveAsync(ct);
    }

    public async Task<Result<int>> AttachAsync(int dossierId, int? nomineeId, string? partCode, string? fileName, byte[] content, CancellationToken ct)
    {
        var loaded = await LoadAsync(dossierId, ct);
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

        var file = FileResults.NewFile(fileName, kind.Value!, content, d.ProposingUnitId, c.User.User.Id, clock.GetUtcNow());
        db.StoredFiles.Add(file);
        var a = new DossierAttachment
        {
            DossierId = dossierId, NomineeId = nomineeId, PartCode = partCode.Trim(), Round = d.Round + 1,
            UploadedAt = clock.GetUtcNow(), StoredFileId = file.Id, // HiLo: the id exists before the save
        };
        db.DossierAttachments.Add(a);
        db.AuditAction = "Đính kèm tệp hồ sơ";
        await db.SaveChangesAsync(ct);
        return a.Id;
    }

    public Task<Result> SubmitAsync(int id, uint version, CancellationToken ct) => TransitionAsync(id, version, async (c, actor) =>
    {
        if (!NominationAccess.IsProposerOf(c.Scope, c.ProposingPath, c.Dossier))
        {
            return new ForbiddenError();
        }

        await checks.QuotaLockAsync(c.Dossier, ct);
        var check = await checks.SubmissionCheckAsync(c.Dossier, ct);
        var moved = c.Dossier.Submit(check, Today, actor);
        if (moved.IsSuccess)
        {
            await SnapshotAsync(c.Dossier, ct);
            await NotifyBodyAsync(c.Dossier, [Role.Appraiser], $"Hồ sơ \"{c.Dossier.Title}\" vừa được gửi, chờ tiếp nhận.", ct);
        }

        return moved;
    }, "Gửi hồ sơ đề nghị khen thưởng", ct);

    public Task<Result> ReceiveAsync(int id, uint version, CancellationToken ct) => TransitionAsync(id, version, async (c, actor) =>
    {
        if (!NominationAccess.CanAppraise(c.Scope, c.Dossier.ReceivingUnitId))
        {
            return new ForbiddenError();
        }

        var moved = c.Dossier.Receive(Today, actor);
        if (moved.IsSuccess)
        {
            await NotifyProposerAsync(c.Dossier, $"Hồ sơ \"{c.Dossier.Title}\" đã được tiếp nhận.", ct);
        }

        return moved;
    }, "Tiếp nhận hồ sơ", ct);

    public Task<Result> ReturnAsync(int id, uint version, string? reason, CancellationToken ct) => ReturnAsync(id, version, reason, null, ct);

    /// <summary>Trả lại để bổ sung with a supplement deadline (default: <see cref="Dossier.DefaultSupplementWorkingDays"/>
    /// working days from today), independent of the original deadline.</summary>
    public Task<Result> ReturnAsync(int id, uint version, string? reason, DateOnly? supplementBefore, CancellationToken ct) => TransitionAsync(id, version, async (c, actor) =>
    {
        if (!NominationAccess.CanAppraise(c.Scope, c.Dossier.ReceivingUnitId))
        {
            return new ForbiddenError();
        }

        var due = supplementBefore ?? (await checks.CalendarAsync(ct)).AddWorkingDays(Today, Dossier.DefaultSupplementWorkingDays).AddDays(1);
        var moved = c.Dossier.Return(reason, due, Today, actor);
        if (moved.IsSuccess)
        {
            await NotifyProposerAsync(c.Dossier, $"Hồ sơ \"{c.Dossier.Title}\" bị trả lại: {reason}", ct);
        }

        return moved;
    }, "Trả lại hồ sơ", ct);

    /// <summary>Gia hạn nộp for one dossier, by the receiving body's appraiser (also on a draft addressed to it).</summary>
    public Task<Result> ExtendDeadlineAsync(int id, uint version, DateOnly? newDeadline, string? reason, CancellationToken ct) =>
        TransitionAsync(id, version, (c, actor) => Task.FromResult(NominationAccess.CanAppraise(c.Scope, c.Dossier.ReceivingUnitId)
            ? c.Dossier.ExtendDeadline(newDeadline, reason, Today, actor)
            : (Result<DossierTransition>)new ForbiddenError()), "Gia hạn nộp hồ sơ", ct, bodyMayActOnDraft: true);

    /// <summary>Chấp nhận nộp muộn for one dossier, by the receiving body's appraiser.</summary>
    public Task<Result> AcceptLateAsync(int id, uint version, string? reason, CancellationToken ct) =>
        TransitionAsync(id, version, (c, actor) => Task.FromResult(NominationAccess.CanAppraise(c.Scope, c.Dossier.ReceivingUnitId)
            ? c.Dossier.AcceptLate(reason, actor)
            : (Result<DossierTransition>)new ForbiddenError()), "Chấp nhận nộp muộn", ct, bodyMayActOnDraft: true);

    public async Task<Result> AppraiseAsync(int id, int nomineeId, bool accept, string? reason, CancellationToken ct)
    {
        var loaded = await LoadAsync(id, ct);
        if (loaded.Value is not { } c)
        {
            return loaded.Error!;
        }

        if (!NominationAccess.CanAppraise(c.Scope, c.Dossier.ReceivingUnitId))
        {
            return new ForbiddenError();
        }

        var n = await db.Nominees.SingleOrDefaultAsync(x => x.Id == nomineeId && x.DossierId == id, ct);
        if (n is null)
        {
            return new NotFoundError();
        }

        if (c.Dossier.Status == DossierStatus.Received)
        {
            db.DossierTransitions.Add(c.Dossier.StartAppraisal(Actor(c.User)).Value!);
        }
        else if (c.Dossier.Status != DossierStatus.UnderAppraisal)
        {
            return new ConflictError("Chỉ ghi kết quả thẩm định khi hồ sơ đã tiếp nhận và đang thẩm định.");
        }

        if (await ClosedUnitAsync(c.Dossier, DossierAction.StartAppraisal, ct) is { } closed)
        {
            db.ChangeTracker.Clear();
            return closed;
        }

        var r = n.Appraise(accept, reason);
        if (r.IsFailure)
        {
            return r.Error!;
        }

        db.AuditAction = accept ? "Thẩm định: đề nghị khen thưởng" : "Thẩm định: không đề nghị";
        db.AuditReason = reason;
        return await SaveAsync(ct);
    }

    public async Task<Result<int>> ConsultAsync(int id, string? agency, string? question, DateOnly? askedOn, CancellationToken ct)
    {
        var loaded = await LoadAsync(id, ct);
        if (loaded.Value is not { } c)
        {
            return loaded.Error!;
        }

        if (!NominationAccess.CanAppraise(c.Scope, c.Dossier.ReceivingUnitId))
        {
            return new ForbiddenError();
        }

        if (c.Dossier.Status is not (DossierStatus.Received or DossierStatus.UnderAppraisal))
        {
            return new ConflictError("Chỉ xin ý kiến trong thời gian thẩm định.");
        }

        if (string.IsNullOrWhiteSpace(agency) || string.IsNullOrWhiteSpace(question))
        {
            return new ValidationError("Agency", "Hãy nhập cơ quan được xin ý kiến (Công an, Thuế, Thanh tra…) và nội dung.");
        }

        var q = new ConsultationRequest { DossierId = id, Agency = agency.Trim(), Question = question.Trim(), AskedOn = askedOn ?? Today };
        db.ConsultationRequests.Add(q);
        db.AuditAction = "Xin ý kiến cơ quan";
        await db.SaveChangesAsync(ct);
        return q.Id;
    }

    public async Task<Result> AnswerConsultationAsync(int id, int requestId, string? answer, DateOnly? answeredOn, CancellationToken ct)
    {
        var loaded = await LoadAsync(id, ct);
        if (loaded.Value is not { } c)
        {
            return loaded.Error!;
        }

        if (!NominationAccess.CanAppraise(c.Scope, c.Dossier.ReceivingUnitId))
        {
            return new ForbiddenError();
        }

        var q = await db.ConsultationRequests.SingleOrDefaultAsync(x => x.Id == requestId && x.DossierId == id, ct);
        if (q is null)
        {
            return new NotFoundError();
        }

        if (string.IsNullOrWhiteSpace(answer))
        {
            return new ValidationError("Answer", "Hãy nhập ý kiến trả lời.");
        }

        q.Answer = answer.Trim();
        q.AnsweredOn = answeredOn ?? Today;
        db.AuditAction = "Ghi ý kiến trả lời";
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    public Task<Result> CompleteAppraisalAsync(int id, uint version, CancellationToken ct) => TransitionAsync(id, version, async (c, actor) =>
    {
        if (!NominationAccess.CanAppraise(c.Scope, c.Dossier.ReceivingUnitId))
        {
            return new ForbiddenError();
        }

        var nominees = await db.Nominees.Where(n => n.DossierId == id).ToListAsync(ct);
        var moved = c.Dossier.CompleteAppraisal(nominees, actor);
        if (moved.IsSuccess)
        {
            await NotifyBodyAsync(c.Dossier, [Role.Signer, Role.CouncilSecretary], $"Hồ sơ \"{c.Dossier.Title}\" đã thẩm định xong.", ct);
        }

        return moved;
    }, "Hoàn thành thẩm định", ct);

    /// <summary>Council result for one nominee, typed in from the minutes (in-app ballots will call the same with
    /// <see cref="CouncilSource.Ballot"/>).</summary>
    public async Task<Result> RecordCouncilVoteAsync(int id, int nomineeId, int votesFor, int totalMembers, CouncilSource source, CancellationToken ct)
    {
        var loaded = await LoadAsync(id, ct);
        if (loaded.Value is not { } c)
        {
            return loaded.Error!;
        }

        if (!NominationAccess.CanRecordCouncil(c.Scope, c.Dossier.ReceivingUnitId))
        {
            return new ForbiddenError();
        }

        if (c.Dossier.Status != DossierStatus.Appraised)
        {
            return new ConflictError("Chỉ ghi kết quả Hội đồng khi hồ sơ đã thẩm định xong và chưa chốt kết quả Hội đồng.");
        }

        var n = await db.Nominees.SingleOrDefaultAsync(x => x.Id == nomineeId && x.DossierId == id, ct);
        if (n is null)
        {
            return new NotFoundError();
        }

        var blocked = await votingGate.BlockedAsync([n.Id], Today, ct);
        if (blocked.TryGetValue(n.Id, out var why))
        {
            return new ConflictError(why);
        }

        var def = await checks.DefinitionAsync(n.AwardCode, Today, ct);
        var r = n.RecordCouncil(votesFor, totalMembers, def.Council, source);
        if (r.IsFailure)
        {
            return r.Error!;
        }

        db.AuditAction = "Ghi kết quả Hội đồng";
        return await SaveAsync(ct);
    }

    public Task<Result> CompleteCouncilAsync(int id, uint version, CancellationToken ct) => TransitionAsync(id, version, async (c, actor) =>
    {
        if (!NominationAccess.CanRecordCouncil(c.Scope, c.Dossier.ReceivingUnitId))
        {
            return new ForbiddenError();
        }

        if (!await db.DossierAttachments.AnyAsync(a => a.DossierId == id && a.PartCode == NominationChecks.CouncilMinutes, ct)
            && c.Dossier.Status == DossierStatus.Appraised)
        {
            return new ValidationError(string.Empty, "Hãy đính kèm biên bản họp Hội đồng trước khi chốt kết quả.");
        }

        var nominees = await db.Nominees.Where(n => n.DossierId == id).ToListAsync(ct);
        var moved = c.Dossier.RecordCouncil(nominees, actor);
        if (moved.IsSuccess)
        {
            await NotifyBodyAsync(c.Dossier, [Role.Signer], $"Hồ sơ \"{c.Dossier.Title}\" đã có kết quả Hội đồng, chờ ký quyết định.", ct);
        }

        return moved;
    }, "Ghi kết quả Hội đồng", ct);

    public async Task<Result> EditWordingAsync(int id, uint version, string? wording, CancellationToken ct)
    {
        var loaded = await LoadAsync(id, ct);
        if (loaded.Value is not { } c)
        {
            return loaded.Error!;
        }

        if (!NominationAccess.CanSign(c.Scope, c.Dossier.ReceivingUnitId) && !NominationAccess.CanAppraise(c.Scope, c.Dossier.ReceivingUnitId))
        {
            return new ForbiddenError();
        }

        var r = c.Dossier.EditDecisionWording(wording);
        if (r.IsFailure)
        {
            return r.Error!;
        }

        db.Entry(c.Dossier).Property(x => x.Version).OriginalValue = version;
        db.AuditAction = "Sửa dự thảo quyết định";
        return await SaveAsync(ct);
    }

    public Task<Result> NotAwardAsync(int id, uint version, string? reason, CancellationToken ct) => TransitionAsync(id, version, async (c, actor) =>
    {
        if (!NominationAccess.CanSign(c.Scope, c.Dossier.ReceivingUnitId))
        {
            return new ForbiddenError();
        }

        var moved = c.Dossier.NotAward(reason, actor);
        if (moved.IsSuccess)
        {
            await NotifyProposerAsync(c.Dossier, $"Hồ sơ \"{c.Dossier.Title}\": không khen thưởng. {reason}", ct);
        }

        return moved;
    }, "Không khen thưởng", ct);

    /// <summary>Issues the decision: number from the counter row (same transaction), award money, registry records.</summary>
    public async Task<Result<int>> IssueAsync(int id, uint version, IssueCommand cmd, CancellationToken ct)
    {
        Decision? decision = null;
        var r = await TransitionAsync(id, version, async (c, actor) =>
        {
            if (!NominationAccess.CanSign(c.Scope, c.Dossier.ReceivingUnitId))
            {
                return new ForbiddenError();
            }

            if (!Dossier.CanMove(c.Dossier.Status, DossierAction.Issue))
            {
                return new IllegalTransitionError(c.Dossier.Status, DossierAction.Issue);
            }

            var issued = await DecisionIssuer.IssueAsync(db, c.Dossier, c.User, cmd, Today, clock.GetUtcNow(), checks, citizenIds, votingGate, ct);
            if (issued.Value is not { } dec)
            {
                return issued.Error!;
            }

            decision = dec.Decision;
            var moved = c.Dossier.Issue(dec.Recipients, dec.Decision.Number, actor);
            if (moved.IsSuccess)
            {
                await NotifyProposerAsync(c.Dossier, $"Đã ban hành Quyết định số {dec.Decision.Number} cho hồ sơ \"{c.Dossier.Title}\".", ct);
            }

            return moved;
        }, "Ban hành quyết định khen thưởng", ct);
        return r.IsSuccess ? decision!.Id : r.Error!;
    }

    /// <summary>Revocation (hủy bỏ, thu hồi — Law Art. 93) by the signer of the issuing body: a new act with its own
    /// number from the same gap-free sequence, linked to the decision, revoking some or all recipients. The decision,
    /// its list and the award records stay as they were; revoked_awards marks which no longer count.</summary>
    public async Task<Result<int>> RevokeAsync(int id, uint version, RevokeCommand cmd, CancellationToken ct)
    {
        Revocation? act = null;
        var r = await TransitionAsync(id, version, async (c, actor) =>
        {
            if (!NominationAccess.CanSign(c.Scope, c.Dossier.ReceivingUnitId))
            {
                return new ForbiddenError();
            }

            var decision = await db.Decisions.AsNoTracking().SingleOrDefaultAsync(x => x.DossierId == id, ct);
            if (decision is null || c.Dossier.Status != DossierStatus.Decided)
            {
                return new IllegalTransitionError(c.Dossier.Status, DossierAction.Revoke);
            }

            var recipients = await db.DecisionRecipients.AsNoTracking().Where(x => x.DecisionId == decision.Id).ToListAsync(ct);
            var revokedBefore = (await db.RevokedAwards.AsNoTracking().Where(x => recipients.Select(y => y.Id).Contains(x.DecisionRecipientId))
                .Select(x => x.DecisionRecipientId).ToListAsync(ct)).ToHashSet();
            var chosen = cmd.RecipientIds.Distinct().ToList();
            if (chosen.Count == 0)
            {
                return new ValidationError("RecipientIds", "Hãy chọn ít nhất một người, tập thể, hộ gia đình bị hủy bỏ, thu hồi khen thưởng.");
            }

            if (chosen.FirstOrDefault(x => recipients.All(y => y.Id != x)) is var unknown and not 0)
            {
                return new ValidationError("RecipientIds", $"Đối tượng {unknown} không có trong danh sách kèm theo quyết định {decision.Number}.");
            }

            var again = recipients.Where(x => chosen.Contains(x.Id) && revokedBefore.Contains(x.Id)).Select(x => x.Name).ToList();
            if (again.Count > 0)
            {
                return new ConflictError("Khen thưởng đã bị hủy bỏ, thu hồi trước đó: " + string.Join(", ", again) + ".");
            }

            if (cmd.Grounds?.Trim().Length > 1000)
            {
                return new ValidationError("Grounds", "Căn cứ, lý do hủy bỏ tối đa 1000 ký tự.");
            }

            var revokesAll = recipients.All(x => revokedBefore.Contains(x.Id) || chosen.Contains(x.Id));
            var moved = c.Dossier.Revoke(cmd.Grounds, revokesAll, actor);
            if (moved.IsFailure)
            {
                return moved;
            }

            var today = Today;
            var seq = await DecisionIssuer.TakeNumberAsync(db, decision.IssuingUnitId, today.Year, ct);
            act = new Revocation
            {
                DecisionId = decision.Id, Grounds = cmd.Grounds!.Trim(), RevokedOn = today,
                ActNumber = $"{seq:00}/{DecisionIssuer.Symbol(decision.IssuingBodyName)}",
                UserId = c.User.User.Id, UserName = c.User.User.FullName, At = clock.GetUtcNow(),
            };
            db.Revocations.Add(act); // HiLo: the act's id exists before the save, so its lines go in the one save
            db.RevokedAwards.AddRange(recipients.Where(x => chosen.Contains(x.Id))
                .Select(x => new RevokedAward { RevocationId = act.Id, DecisionRecipientId = x.Id, AwardRecordId = x.AwardRecordId }));
            await NotifyProposerAsync(c.Dossier, $"Quyết định số {act.ActNumber} hủy bỏ, thu hồi khen thưởng theo Quyết định số {decision.Number} (hồ sơ \"{c.Dossier.Title}\").", ct);
            var names = string.Join(", ", recipients.Where(x => chosen.Contains(x.Id)).Select(x => x.Name));
            var reason = $"Quyết định số {act.ActNumber} hủy bỏ, thu hồi khen thưởng của {names}. Căn cứ: {act.Grounds}";
            return new DossierTransition(id, moved.Value!.From, moved.Value.To, DossierAction.Revoke, reason.Length > 2000 ? reason[..2000] : reason, actor);
        }, "Hủy bỏ, thu hồi khen thưởng", ct);
        return r.IsSuccess ? act!.Id : r.Error!;
    }

    private async Task SnapshotAsync(Dossier d, CancellationToken ct)
    {
        var nominees = await db.Nominees.AsNoTracking().Where(n => n.DossierId == d.Id)
            .Select(n => new { n.Id, n.Kind, n.Name, n.BirthYear, n.AwardCode, n.Achievement, HasCitizenId = n.CitizenIdProtected != null }).ToListAsync(ct);
        var files = await (from a in db.DossierAttachments.AsNoTracking()
                           join f in db.StoredFiles.AsNoTracking() on a.StoredFileId equals f.Id
                           where a.DossierId == d.Id
                           select new { a.PartCode, a.NomineeId, f.FileName, f.Sha256 }).ToListAsync(ct);
        db.DossierSnapshots.Add(new DossierSnapshot
        {
            DossierId = d.Id, Round = d.Round, At = clock.GetUtcNow(),
            Content = JsonSerializer.Serialize(new { d.Title, nominees, files }, SnapshotJson),
        });
    }

    private static readonly JsonSerializerOptions SnapshotJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private DossierSteps Steps => new(db, clock);

    /// <summary>The unit acting in <paramref name="action"/> closed before today (<see cref="ClosedUnits"/>): its refusal.</summary>
    private async Task<ConflictError?> ClosedUnitAsync(Dossier d, DossierAction action, CancellationToken ct)
    {
        if (ClosedUnits.ByProposer(action) is not { } byProposer)
        {
            return null;
        }

        var unitId = byProposer ? d.ProposingUnitId : d.ReceivingUnitId;
        var unit = await db.OrgUnits.AsNoTracking().Where(u => u.Id == unitId).Select(u => new { u.Name, u.ValidTo }).SingleAsync(ct);
        return ClosedUnits.Refuse(unit.Name, unit.ValidTo, Today, ClosedUnits.What(action));
    }

    private Task NotifyBodyAsync(Dossier d, Role[] roles, string text, CancellationToken ct) => Steps.NotifyBodyAsync(d, roles, text, ct);

    private Task NotifyProposerAsync(Dossier d, string text, CancellationToken ct) => Steps.NotifyProposerAsync(d, text, ct);

    private async Task<Result> SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new ConflictError(ChangedMessage);
        }
    }

    /// <summary>One transition: lock the row, check the caller's version, decide, add the history row, save, commit.</summary>
    private async Task<Result> TransitionAsync(int id, uint version, Func<Ctx, Actor, Task<Result<DossierTransition>>> decide, string audit,
        CancellationToken ct, bool bodyMayActOnDraft = false)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var loaded = await LoadAsync(id, ct, forUpdate: true, bodyMayActOnDraft);
            if (loaded.Value is not { } c)
            {
                return Result.Failure(loaded.Error!);
            }

            if (c.Dossier.Version != version)
            {
                // Someone moved it first: say what happened if the step is now impossible, else "changed".
                return Result.Failure(new ConflictError(ChangedMessage));
            }

            var moved = await decide(c, Actor(c.User));
            if (moved.IsSuccess && await ClosedUnitAsync(c.Dossier, moved.Value!.Action, ct) is { } closed)
            {
                moved = closed;
            }

            if (moved.IsFailure)
            {
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return Result.Failure(moved.Error!);
            }

            await Steps.RecordAsync(c.Dossier, moved.Value!, ct);
            try
            {
                await db.SaveChangesAsync(new AuditNote(audit, moved.Value!.Reason), ct);
                await tx.CommitAsync(ct);
                return Result.Success();
            }
            catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || OrgUnits.OrgUnitAdmin.IsUniqueViolation(e))
            {
                db.ChangeTracker.Clear();
                return Result.Failure(new ConflictError(ChangedMessage));
            }
        });
    }
}
