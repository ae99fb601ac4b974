using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Organizations;
using Tdkt.Domain.Planning;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Reports;

public sealed record CreateReportRequestCommand(int RequesterUnitId, string? Title, string? Instructions, string? Fields, string? DueDate,
    bool RecursYearly, IReadOnlyList<int> RecipientUnitIds, int? MovementId);

/// <summary>A manager of the requester unit sends a request to units of the same province tree.</summary>
public sealed class CreateReportRequestHandler(TdktDbContext db, CurrentUser me)
{
    public async Task<Result<int>> HandleAsync(CreateReportRequestCommand cmd, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!await db.OrgUnits.VisibleTo(scope, PlanningAccess.Managers).AnyAsync(u => u.Id == cmd.RequesterUnitId, ct))
        {
            return new ValidationError("RequesterUnitId", "Hãy chọn đơn vị yêu cầu báo cáo trong phạm vi bạn được giao.");
        }

        var fields = ReportRequest.ParseFields(cmd.Fields);
        if (fields.IsFailure)
        {
            return fields.Error!;
        }

        var due = OrgUnits.OrgUnitAdmin.ParseDate(cmd.DueDate, "DueDate", "Hạn nộp", required: true);
        if (due.IsFailure)
        {
            return due.Error!;
        }

        var recipients = cmd.RecipientUnitIds.Distinct().ToList();
        if (recipients.Count > 0 && await db.SameTrees(scope).CountAsync(u => recipients.Contains(u.Id), ct) != recipients.Count)
        {
            return new ValidationError("RecipientUnitIds", "Có đơn vị nhận không có trong danh sách đơn vị.");
        }

        // Only units open on the due date are asked (ADR-0030): an abolished unit cannot be asked to report after its closure.
        var closed = await db.OrgUnits.AsNoTracking().Where(u => recipients.Contains(u.Id) && u.ValidTo != null && u.ValidTo < due.Value!.Value)
            .OrderBy(u => u.Name).Select(u => new { u.Name, u.ValidTo }).ToListAsync(ct);
        if (closed.Count > 0)
        {
            return new ValidationError("RecipientUnitIds", "Đơn vị đã ngừng hoạt động trước hạn nộp, không thể yêu cầu báo cáo: "
                + string.Join("; ", closed.Select(c => $"{c.Name} (đến {ViFormat.Date(c.ValidTo!.Value)})"))
                + ". Hãy chọn đơn vị kế thừa.");
        }

        if (cmd.MovementId is { } mid && !await db.VisibleMovements(scope).AnyAsync(m => m.Id == mid, ct))
        {
            return new ValidationError("MovementId", "Phong trào không tồn tại hoặc ngoài phạm vi của bạn.");
        }

        var request = ReportRequest.Create(cmd.RequesterUnitId, cmd.Title, cmd.Instructions, fields.Value!, due.Value, cmd.RecursYearly, recipients, cmd.MovementId);
        if (request.IsFailure)
        {
            return request.Error!;
        }

        db.ReportRequests.Add(request.Value!);
        db.AuditAction = "Tạo yêu cầu báo cáo";
        await db.SaveChangesAsync(ct);
        return request.Value!.Id;
    }
}

public enum SubmissionAction
{
    Save,
    Submit,
}

public sealed record SubmissionCommand(int RequestId, int UnitId, int Period, SubmissionAction Action, IReadOnlyDictionary<string, string?> Values);

/// <summary>
/// A recipient's clerk (or admin) fills and submits; the requester's managers return a submission. Submitting twice
/// (double click, two tabs) yields one submission: the row is unique per request, unit and period, and its xmin
/// makes the second concurrent save fail.
/// </summary>
public sealed class SubmissionHandler(TdktDbContext db, CurrentUser me, TimeProvider clock)
{
    public async Task<Result<int>> HandleAsync(SubmissionCommand cmd, CancellationToken ct)
    {
        var loaded = await me.GetAsync(ct);
        var scope = loaded?.Scope ?? OrgScope.None;
        var request = await db.VisibleReportRequests(scope).AsNoTracking().SingleOrDefaultAsync(r => r.Id == cmd.RequestId, ct);
        if (request is null || !(await ReportQueries.RecipientsForAsync(db, request, cmd.Period, ct)).Contains(cmd.UnitId))
        {
            return new NotFoundError();
        }

        var unitPath = await db.OrgUnits.Where(u => u.Id == cmd.UnitId).Select(u => u.Path).SingleAsync(ct);
        if (!scope.CanReport(unitPath))
        {
            return new NotFoundError();
        }

        var submission = await db.ReportSubmissions.SingleOrDefaultAsync(s => s.RequestId == request.Id && s.OrgUnitId == cmd.UnitId && s.Period == cmd.Period, ct);
        if (submission is null)
        {
            submission = ReportSubmission.Start(request.Id, cmd.UnitId, cmd.Period);
            db.ReportSubmissions.Add(submission);
        }

        if (cmd.Action == SubmissionAction.Submit && !submission.IsEditable)
        {
            return submission.Submit(clock.GetUtcNow(), PlanningAccess.Actor(loaded)).Error!;
        }

        var filled = submission.Fill(request.Fields, cmd.Values);
        if (filled.IsFailure)
        {
            return filled.Error!;
        }

        if (cmd.Action == SubmissionAction.Submit)
        {
            var submitted = submission.Submit(clock.GetUtcNow(), PlanningAccess.Actor(loaded));
            if (submitted.IsFailure)
            {
                return submitted.Error!;
            }
        }

        db.AuditAction = cmd.Action == SubmissionAction.Submit ? "Nộp báo cáo" : "Lưu nháp báo cáo";
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new ConflictError("Báo cáo vừa được nộp hoặc sửa ở nơi khác. Hãy tải lại trang.");
        }
        catch (DbUpdateException e) when (OrgUnits.OrgUnitAdmin.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            return new ConflictError("Báo cáo kỳ này vừa được tạo ở nơi khác. Hãy tải lại trang.");
        }

        return submission.Id;
    }

    public async Task<Result> ReturnAsync(int submissionId, uint version, string? reason, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var submission = await db.ReportSubmissions.SingleOrDefaultAsync(s => s.Id == submissionId, ct);
        if (submission is null)
        {
            return new NotFoundError();
        }

        var requesterPath = await (from r in db.ReportRequests join u in db.OrgUnits on r.RequesterUnitId equals u.Id
                                   where r.Id == submission.RequestId select u.Path).SingleAsync(ct);
        if (!scope.CanManage(requesterPath))
        {
            return new NotFoundError();
        }

        var returned = submission.Return(reason);
        if (returned.IsFailure)
        {
            return returned;
        }

        db.Entry(submission).Property(s => s.Version).OriginalValue = version;
        db.AuditAction = "Trả lại báo cáo";
        db.AuditReason = reason;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new ConflictError("Báo cáo vừa được thay đổi ở nơi khác. Hãy tải lại trang.");
        }

        return Result.Success();
    }
}

/// <summary>What the requester sees for one period: every recipient with its status, lateness and values; sums.</summary>
public static class ReportQueries
{
    public static async Task<Aggregate> AggregateAsync(TdktDbContext db, ReportRequest request, int period, DateOnly today, CancellationToken ct)
    {
        var ids = await RecipientsForAsync(db, request, period, ct);
        var recipients = await db.OrgUnits.AsNoTracking().Where(u => ids.Contains(u.Id)).OrderBy(u => u.Name)
            .Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        var submissions = await db.ReportSubmissions.AsNoTracking().Where(s => s.RequestId == request.Id && s.Period == period).ToListAsync(ct);
        return ReportSchedule.Aggregate(request.Fields, recipients.Select(r => (r.Id, r.Name)), submissions, request.DueFor(period), today);
    }

    /// <summary>The units that must report for <paramref name="period"/> (ADR-0030): the recipients open on its due date,
    /// a closed one replaced by its successors; an abolished unit with no successor is not asked.</summary>
    public static async Task<IReadOnlyList<int>> RecipientsForAsync(TdktDbContext db, ReportRequest request, int period, CancellationToken ct)
    {
        if (request.DueFor(period) is not { } due)
        {
            return [];
        }

        var links = await db.OrgUnitSuccessions.AsNoTracking().Where(s => s.EffectiveOn <= due)
            .Select(s => new SuccessionLink(s.PredecessorId, s.SuccessorId, s.EffectiveOn)).ToListAsync(ct);
        var ids = request.RecipientUnitIds.Concat(links.Select(l => l.SuccessorId)).Distinct().ToList();
        var units = await db.OrgUnits.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new UnitSpan(u.Id, u.ValidFrom, u.ValidTo)).ToDictionaryAsync(u => u.Id, ct);
        return ReportRecipients.ForDay(request.RecipientUnitIds, due, units, links);
    }

    public static async Task<bool> IsRequesterAsync(TdktDbContext db, OrgScope scope, ReportRequest request, CancellationToken ct)
    {
        var path = await db.OrgUnits.Where(u => u.Id == request.RequesterUnitId).Select(u => u.Path).SingleAsync(ct);
        return scope.Covers(path);
    }

    public static string UnitPathOf(OrgUnit u) => u.Path;
}
