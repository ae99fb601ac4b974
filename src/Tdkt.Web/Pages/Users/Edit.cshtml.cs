using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Users;

/// <summary>
/// One user, administered by an admin whose scope holds the user's home unit: details, grants,
/// disable/enable, unlock, password reset. Each POST: load scoped → authorize → decide → save once.
/// </summary>
public sealed class EditModel(TdktDbContext db, CurrentUser me, UserManager<AppUser> users, TimeProvider clock, TdktSettings settings) : PageModel
{
    public TimeZoneInfo TimeZone => settings.TimeZone;

    public AppUser Target { get; private set; } = null!;
    public string HomeUnitName { get; private set; } = string.Empty;
    public IReadOnlyList<UserAdmin.GrantRow> Grants { get; private set; } = [];
    public IReadOnlyList<UserAdmin.UnitOption> Units { get; private set; } = [];
    public bool IsLockedOut { get; private set; }
    public bool IsSelf { get; private set; }

    /// <summary>The target holds a grant outside the caller's Admin scope: the caller may not take over the
    /// account (password, status, lock), or a sub-tree admin could gain the target's wider powers.</summary>
    public bool OutranksCaller { get; private set; }

    private const string OutranksMessage =
        "Người dùng này có vai trò ngoài phạm vi quản trị của bạn, nên bạn không thể đặt lại mật khẩu, khóa/mở khóa hay vô hiệu hóa tài khoản. Hãy nhờ quản trị cấp trên.";

    public DetailsInput Details { get; set; } = new();
    public AddGrantInput Grant { get; set; } = new();
    public RemoveGrantInput Remove { get; set; } = new();
    public StatusInput Status { get; set; } = new();
    public PasswordInput Password { get; set; } = new();

    public sealed class DetailsInput
    {
        [Display(Name = "Họ và tên")]
        [Required(ErrorMessage = "Hãy nhập họ và tên.")]
        [StringLength(200, ErrorMessage = "Họ và tên tối đa {1} ký tự.")]
        public string FullName { get; set; } = string.Empty;

        [Display(Name = "Chức vụ")]
        [StringLength(200, ErrorMessage = "Chức vụ tối đa {1} ký tự.")]
        public string? Position { get; set; }

        [Display(Name = "Đơn vị công tác")]
        [Required(ErrorMessage = "Hãy chọn đơn vị công tác.")]
        public int? OrgUnitId { get; set; }
    }

    public sealed class AddGrantInput
    {
        [Display(Name = "Vai trò")]
        [Required(ErrorMessage = "Hãy chọn vai trò.")]
        public Role? Role { get; set; }

        [Display(Name = "Trên đơn vị (và các đơn vị trực thuộc)")]
        [Required(ErrorMessage = "Hãy chọn đơn vị được cấp vai trò.")]
        public int? OrgUnitId { get; set; }
    }

    public sealed class RemoveGrantInput
    {
        [Required(ErrorMessage = "Hãy chọn vai trò cần thu hồi.")]
        public int? GrantId { get; set; }

        [Display(Name = "Lý do thu hồi")]
        [Required(ErrorMessage = "Hãy nhập lý do thu hồi vai trò.")]
        [StringLength(1000, ErrorMessage = "Lý do tối đa {1} ký tự.")]
        public string? Reason { get; set; }
    }

    public sealed class StatusInput
    {
        [Display(Name = "Lý do")]
        [Required(ErrorMessage = "Hãy nhập lý do vô hiệu hóa hoặc kích hoạt lại tài khoản.")]
        [StringLength(1000, ErrorMessage = "Lý do tối đa {1} ký tự.")]
        public string? Reason { get; set; }
    }

    public sealed class PasswordInput
    {
        [Display(Name = "Mật khẩu mới")]
        [Required(ErrorMessage = "Hãy nhập mật khẩu mới.")]
        [DataType(DataType.Password)]
        public string NewPassword { get; set; } = string.Empty;

        [Display(Name = "Nhập lại mật khẩu mới")]
        [Required(ErrorMessage = "Hãy nhập lại mật khẩu mới.")]
        [Compare(nameof(NewPassword), ErrorMessage = "Hai lần nhập mật khẩu mới không khớp.")]
        [DataType(DataType.Password)]
        public string ConfirmPassword { get; set; } = string.Empty;
    }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!await LoadAsync(id, scope, ct))
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostDetailsAsync(string id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!await LoadAsync(id, scope, ct))
        {
            return NotFound();
        }

        if (!await TryUpdateModelAsync(Details, nameof(Details)))
        {
            return Page();
        }

        if (!await db.AdminUnits(scope).AnyAsync(u => u.Id == Details.OrgUnitId, ct))
        {
            return NotFound();
        }

        Target.FullName = VietnameseText.Normalize(Details.FullName);
        Target.Position = string.IsNullOrWhiteSpace(Details.Position) ? null : VietnameseText.Normalize(Details.Position);
        Target.OrgUnitId = Details.OrgUnitId!.Value;
        db.AuditAction = "Sửa thông tin người dùng";
        await db.SaveChangesAsync(ct);
        return Done("Đã lưu thông tin người dùng.");
    }

    public async Task<IActionResult> OnPostAddGrantAsync(string id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!await LoadAsync(id, scope, ct))
        {
            return NotFound();
        }

        if (!await TryUpdateModelAsync(Grant, nameof(Grant)))
        {
            return Page();
        }

        if (!await db.AdminUnits(scope).AnyAsync(u => u.Id == Grant.OrgUnitId, ct))
        {
            return NotFound();
        }

        if (Grants.Any(g => g.Role == Grant.Role && g.OrgUnitId == Grant.OrgUnitId))
        {
            ModelState.AddModelError("Grant.Role", "Người dùng đã có vai trò này trên đơn vị đã chọn.");
            return Page();
        }

        db.RoleGrants.Add(new RoleGrant
        {
            UserId = Target.Id,
            Role = Grant.Role!.Value,
            OrgUnitId = Grant.OrgUnitId!.Value,
            GrantedAt = clock.GetUtcNow(),
            GrantedByUserId = me.UserId,
        });
        db.AuditAction = "Cấp vai trò";
        await db.SaveChangesAsync(ct);
        return Done($"Đã cấp vai trò {Grant.Role.Value.Vietnamese()}.");
    }

    public async Task<IActionResult> OnPostRemoveGrantAsync(string id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!await LoadAsync(id, scope, ct))
        {
            return NotFound();
        }

        if (!await TryUpdateModelAsync(Remove, nameof(Remove)))
        {
            return Page();
        }

        // The grant must belong to this user and sit on a unit the caller administers.
        var row = Grants.SingleOrDefault(g => g.Id == Remove.GrantId);
        if (row is null || !row.InCallerScope)
        {
            return NotFound();
        }

        var grant = await db.RoleGrants.SingleAsync(g => g.Id == row.Id, ct);
        db.RoleGrants.Remove(grant);
        db.AuditAction = "Thu hồi vai trò";
        db.AuditReason = Remove.Reason!.Trim();
        await db.SaveChangesAsync(ct);
        return Done($"Đã thu hồi vai trò {row.Role.Vietnamese()} trên {row.UnitName}.");
    }

    public Task<IActionResult> OnPostDisableAsync(string id, CancellationToken ct) => SetDisabledAsync(id, true, ct);

    public Task<IActionResult> OnPostEnableAsync(string id, CancellationToken ct) => SetDisabledAsync(id, false, ct);

    public async Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!await LoadAsync(id, scope, ct))
        {
            return NotFound();
        }

        if (OutranksCaller)
        {
            ModelState.AddModelError(string.Empty, OutranksMessage);
            return Page();
        }

        Target.LockoutEnd = null;
        Target.AccessFailedCount = 0;
        db.AuditAction = "Mở khóa tài khoản";
        var result = await users.UpdateAsync(Target);
        if (!result.Succeeded)
        {
            ModelState.AddIdentityErrors(result, string.Empty, string.Empty);
            return Page();
        }

        HttpContext.RequestServices.GetRequiredService<LoginThrottle>().Clear(Target.UserName ?? string.Empty);
        return Done("Đã mở khóa tài khoản.");
    }

    public async Task<IActionResult> OnPostResetPasswordAsync(string id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!await LoadAsync(id, scope, ct))
        {
            return NotFound();
        }

        if (!await TryUpdateModelAsync(Password, nameof(Password)))
        {
            return Page();
        }

        if (OutranksCaller)
        {
            ModelState.AddModelError(string.Empty, OutranksMessage);
            return Page();
        }

        // Reset goes through Identity so the password rules apply and the security stamp changes
        // (the user's existing sessions end); one save writes the hash, the stamp and the audit row.
        var token = await users.GeneratePasswordResetTokenAsync(Target);
        db.AuditAction = "Đặt lại mật khẩu";
        var result = await users.ResetPasswordAsync(Target, token, Password.NewPassword);
        if (!result.Succeeded)
        {
            ModelState.AddIdentityErrors(result, string.Empty, "Password.NewPassword");
            return Page();
        }

        return Done("Đã đặt lại mật khẩu. Hãy báo mật khẩu mới cho người dùng qua kênh an toàn.");
    }

    private async Task<IActionResult> SetDisabledAsync(string id, bool disable, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!await LoadAsync(id, scope, ct))
        {
            return NotFound();
        }

        if (!await TryUpdateModelAsync(Status, nameof(Status)))
        {
            return Page();
        }

        if (OutranksCaller)
        {
            ModelState.AddModelError(string.Empty, OutranksMessage);
            return Page();
        }

        if (disable && IsSelf)
        {
            ModelState.AddModelError("Status.Reason", "Bạn không thể tự vô hiệu hóa tài khoản của mình. Hãy nhờ một quản trị khác.");
            return Page();
        }

        if (Target.IsDisabled == disable)
        {
            return Done(disable ? "Tài khoản đã bị vô hiệu hóa từ trước." : "Tài khoản đang hoạt động.");
        }

        Target.IsDisabled = disable;
        db.AuditAction = disable ? "Vô hiệu hóa tài khoản" : "Kích hoạt lại tài khoản";
        db.AuditReason = Status.Reason!.Trim();
        // A new stamp makes the user's cookie fail its next per-request check; one save with the flag.
        var result = await users.UpdateSecurityStampAsync(Target);
        if (!result.Succeeded)
        {
            ModelState.AddIdentityErrors(result, string.Empty, string.Empty);
            return Page();
        }

        return Done(disable ? "Đã vô hiệu hóa tài khoản; phiên đăng nhập của người dùng đã kết thúc." : "Đã kích hoạt lại tài khoản.");
    }

    /// <summary>Loads the target (tracked) only if their home unit is in the caller's Admin scope.</summary>
    private async Task<bool> LoadAsync(string id, OrgScope scope, CancellationToken ct)
    {
        if (!scope.Has(Role.Admin))
        {
            return false;
        }

        var user = await db.AdminUsers(scope).SingleOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
        {
            return false;
        }

        Target = user;
        Details = new DetailsInput { FullName = user.FullName, Position = user.Position, OrgUnitId = user.OrgUnitId };
        IsSelf = user.Id == me.UserId;
        IsLockedOut = UserAdmin.IsLockedOut(user, clock.GetUtcNow());
        HomeUnitName = await db.OrgUnits.AsNoTracking().Where(u => u.Id == user.OrgUnitId).Select(u => u.Name).SingleAsync(ct);
        Grants = await UserAdmin.GrantsOfAsync(db, scope, [user.Id], ct);
        OutranksCaller = Grants.Any(g => !g.InCallerScope);
        Units = await UserAdmin.UnitOptionsAsync(db, scope, ct);
        return true;
    }

    private RedirectResult Done(string message)
    {
        TempData["Success"] = message;
        return Redirect($"/Users/Edit/{Target.Id}");
    }
}
