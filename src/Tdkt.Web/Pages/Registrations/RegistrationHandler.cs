using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Planning;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Registrations;

public enum RegistrationAction
{
    Save,
    Submit,
    Approve,
    Return,
}

public sealed record CreateRegistrationCommand(int OrgUnitId, int Year, string? Targets, string? Entries);

public sealed record RegistrationCommand(int Id, uint Version, RegistrationAction Action, string? Targets, string? Entries, string? Reason);

/// <summary>
/// Registration use cases. The unit's clerk (or admin) writes and submits; an admin or appraiser on an ancestor
/// approves or returns with a reason. Every status change adds a history row in the same save; xmin guards races.
/// </summary>
public sealed class RegistrationHandler(TdktDbContext db, CurrentUser me, TimeProvider clock)
{
    public async Task<Result<int>> CreateAsync(CreateRegistrationCommand cmd, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!await db.OrgUnits.VisibleTo(scope, PlanningAccess.Reporters).AnyAsync(u => u.Id == cmd.OrgUnitId, ct))
        {
            return new ValidationError("OrgUnitId", "Hãy chọn đơn vị trong phạm vi bạn được giao.");
        }

        if (await db.Registrations.AnyAsync(r => r.OrgUnitId == cmd.OrgUnitId && r.Year == cmd.Year, ct))
        {
            return new ConflictError($"Đơn vị đã có bản đăng ký thi đua năm {cmd.Year}. Hãy mở bản đó để sửa.", "Year");
        }

        var entries = RegistrationNames.ParseEntries(cmd.Entries);
        if (entries.IsFailure)
        {
            return entries.Error!;
        }

        var reg = Registration.Create(cmd.OrgUnitId, cmd.Year, cmd.Targets, entries.Value!);
        if (reg.IsFailure)
        {
            return reg.Error!;
        }

        db.Registrations.Add(reg.Value!);
        db.AuditAction = "Tạo đăng ký thi đua";
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (OrgUnits.OrgUnitAdmin.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            return new ConflictError($"Đơn vị đã có bản đăng ký thi đua năm {cmd.Year}.", "Year");
        }

        return reg.Value!.Id;
    }

    public async Task<Result<int>> HandleAsync(RegistrationCommand cmd, CancellationToken ct)
    {
        var loaded = await me.GetAsync(ct);
        var scope = loaded?.Scope ?? Domain.Security.OrgScope.None;
        var reg = await db.Registrations.SingleOrDefaultAsync(r => r.Id == cmd.Id, ct);
        if (reg is null)
        {
            return new NotFoundError();
        }

        var path = await db.OrgUnits.Where(u => u.Id == reg.OrgUnitId).Select(u => u.Path).SingleAsync(ct);
        if (!scope.Covers(path) && !scope.CanReview(path))
        {
            return new NotFoundError();
        }

        var now = clock.GetUtcNow();
        var actor = PlanningAccess.Actor(loaded);
        Result<RegistrationStatusChange>? change = null;
        switch (cmd.Action)
        {
            case RegistrationAction.Save or RegistrationAction.Submit:
                if (!scope.CanReport(path))
                {
                    return new ForbiddenError();
                }

                var entries = RegistrationNames.ParseEntries(cmd.Entries);
                if (entries.IsFailure)
                {
                    return entries.Error!;
                }

                var edited = reg.Edit(cmd.Targets, entries.Value!);
                if (edited.IsFailure)
                {
                    return edited.Error!;
                }

                if (cmd.Action == RegistrationAction.Submit)
                {
                    change = reg.Submit(now, loaded!.User.Id, actor);
                }

                break;
            case RegistrationAction.Approve:
                if (!scope.CanReview(path))
                {
                    return new ForbiddenError();
                }

                change = reg.Approve(now, loaded!.User.Id, actor);
                break;
            case RegistrationAction.Return:
                if (!scope.CanReview(path))
                {
                    return new ForbiddenError();
                }

                change = reg.Return(cmd.Reason, now, loaded!.User.Id, actor);
                break;
        }

        if (change is { } c)
        {
            if (c.IsFailure)
            {
                return c.Error!;
            }

            db.RegistrationStatusChanges.Add(c.Value!);
        }

        db.Entry(reg).Property(r => r.Version).OriginalValue = cmd.Version;
        db.AuditAction = cmd.Action switch
        {
            RegistrationAction.Save => "Sửa đăng ký thi đua",
            RegistrationAction.Submit => "Gửi đăng ký thi đua",
            RegistrationAction.Approve => "Duyệt đăng ký thi đua",
            RegistrationAction.Return => "Trả lại đăng ký thi đua",
        };
        db.AuditReason = cmd.Action == RegistrationAction.Return ? cmd.Reason : null;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new ConflictError("Bản đăng ký vừa được người khác thay đổi. Hãy tải lại trang rồi thực hiện lại.");
        }

        return reg.Id;
    }
}
