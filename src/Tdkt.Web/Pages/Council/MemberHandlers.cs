using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Council;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Nominations;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Council;

// Members page use cases (ADR-0029).

public sealed class AddCouncilMemberHandler(TdktDbContext db, CurrentUser me, CouncilSessionWorkflow workflow, CitizenIds citizenIds)
{
    public async Task<Result<int>> HandleAsync(int unitId, MemberInput input, CancellationToken ct)
    {
        var u = await me.GetAsync(ct);
        if (u is null || !CouncilAccess.CanManageMembers(u.Scope, unitId))
        {
            return new NotFoundError();
        }

        var userName = input.UserName?.Trim();
        var user = string.IsNullOrEmpty(userName) ? null : await db.Users.AsNoTracking().SingleOrDefaultAsync(x => x.UserName == userName, ct);
        if (user is null)
        {
            return new ValidationError("UserName", $"Không có tài khoản \"{userName}\". Hãy nhập đúng tên đăng nhập của thành viên.");
        }

        var from = input.ValidFrom ?? workflow.Today;
        if (await db.CouncilMembers.AnyAsync(m => m.OrgUnitId == unitId && m.UserId == user.Id && (m.ValidTo == null || m.ValidTo >= from), ct))
        {
            return new ConflictError($"{user.FullName} đang là thành viên Hội đồng; hãy ghi ngày thôi của nhiệm kỳ cũ trước khi đổi chức danh.", "UserName");
        }

        string? hash = null;
        if (!string.IsNullOrWhiteSpace(input.CitizenId))
        {
            var id = input.CitizenId.Trim();
            if (id.Length != 12 || !id.All(char.IsAsciiDigit))
            {
                return new ValidationError("CitizenId", "Số định danh cá nhân (CCCD) gồm đúng 12 chữ số.");
            }

            hash = citizenIds.Index(id);
        }

        var created = CouncilMember.Create(unitId, user.Id, string.IsNullOrWhiteSpace(input.DisplayName) ? user.FullName : input.DisplayName,
            string.IsNullOrWhiteSpace(input.Position) ? user.Position : input.Position, input.Office, from, input.BirthYear, hash,
            input.HomeUnitId ?? user.OrgUnitId);
        if (created.Value is not { } m)
        {
            return created.Error!;
        }

        db.CouncilMembers.Add(m);
        await db.SaveChangesAsync(new AuditNote("Thêm thành viên Hội đồng TĐKT"), ct);
        return m.Id;
    }
}

public sealed class EndCouncilMemberHandler(TdktDbContext db, CurrentUser me)
{
    public async Task<Result> HandleAsync(int unitId, int memberId, DateOnly? lastDay, CancellationToken ct)
    {
        var u = await me.GetAsync(ct);
        if (u is null || !CouncilAccess.CanManageMembers(u.Scope, unitId))
        {
            return new NotFoundError();
        }

        var m = await db.CouncilMembers.SingleOrDefaultAsync(x => x.Id == memberId && x.OrgUnitId == unitId, ct);
        if (m is null)
        {
            return new NotFoundError();
        }

        if (lastDay is null)
        {
            return new ValidationError("ValidTo", "Hãy nhập ngày thôi làm thành viên (dd/MM/yyyy).");
        }

        var r = m.End(lastDay.Value);
        if (r.IsFailure)
        {
            return r;
        }

        await db.SaveChangesAsync(new AuditNote("Thành viên thôi tham gia Hội đồng TĐKT"), ct);
        return Result.Success();
    }
}
