using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Users;

/// <summary>An admin creates a user in a unit of their scope, optionally with a first grant, all or nothing.</summary>
public sealed class CreateModel(TdktDbContext db, CurrentUser me, UserManager<AppUser> users, TimeProvider clock) : PageModel
{
    [BindProperty]
    public CreateUserInput Input { get; set; } = new();

    public IReadOnlyList<UserAdmin.UnitOption> Units { get; private set; } = [];

    public sealed class CreateUserInput
    {
        [Display(Name = "Tên đăng nhập")]
        [Required(ErrorMessage = "Hãy nhập tên đăng nhập.")]
        [StringLength(100, ErrorMessage = "Tên đăng nhập tối đa {1} ký tự.")]
        public string UserName { get; set; } = string.Empty;

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

        [Display(Name = "Mật khẩu ban đầu")]
        [Required(ErrorMessage = "Hãy nhập mật khẩu ban đầu.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = string.Empty;

        [Display(Name = "Vai trò cấp ngay (không bắt buộc)")]
        public Role? GrantRole { get; set; }

        [Display(Name = "Trên đơn vị")]
        public int? GrantUnitId { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!scope.Has(Role.Admin))
        {
            return NotFound();
        }

        Units = await UserAdmin.UnitOptionsAsync(db, scope, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!scope.Has(Role.Admin))
        {
            return NotFound();
        }

        Units = await UserAdmin.UnitOptionsAsync(db, scope, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var adminUnits = db.AdminUnits(scope);
        if (!await adminUnits.AnyAsync(u => u.Id == Input.OrgUnitId, ct))
        {
            return NotFound();
        }

        if (Input.GrantRole is not null && Input.GrantUnitId is null)
        {
            ModelState.AddModelError("Input.GrantUnitId", "Hãy chọn đơn vị cho vai trò được cấp, hoặc bỏ chọn vai trò.");
            return Page();
        }

        if (Input.GrantRole is null && Input.GrantUnitId is not null)
        {
            ModelState.AddModelError("Input.GrantRole", "Hãy chọn vai trò cấp trên đơn vị đã chọn, hoặc bỏ chọn đơn vị.");
            return Page();
        }

        if (Input.GrantUnitId is { } grantUnit && !await adminUnits.AnyAsync(u => u.Id == grantUnit, ct))
        {
            return NotFound();
        }

        var now = clock.GetUtcNow();
        var user = new AppUser
        {
            UserName = Input.UserName.Trim(),
            FullName = VietnameseText.Normalize(Input.FullName),
            Position = string.IsNullOrWhiteSpace(Input.Position) ? null : VietnameseText.Normalize(Input.Position),
            OrgUnitId = Input.OrgUnitId!.Value,
            CreatedAt = now,
        };

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.AuditAction = "Tạo người dùng";
        var created = await users.CreateAsync(user, Input.Password);
        if (!created.Succeeded)
        {
            ModelState.AddIdentityErrors(created, "Input.UserName", "Input.Password");
            return Page();
        }

        if (Input.GrantRole is { } role)
        {
            db.RoleGrants.Add(new RoleGrant
            {
                UserId = user.Id,
                Role = role,
                OrgUnitId = Input.GrantUnitId!.Value,
                GrantedAt = now,
                GrantedByUserId = me.UserId,
            });
            db.AuditAction = "Cấp vai trò";
            await db.SaveChangesAsync(ct);
        }

        await tx.CommitAsync(ct);
        TempData["Success"] = $"Đã tạo người dùng {user.UserName}.";
        return Redirect($"/Users/Edit/{user.Id}");
    }
}
