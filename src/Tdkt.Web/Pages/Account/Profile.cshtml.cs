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

namespace Tdkt.Web.Pages.Account;

/// <summary>The signed-in user's own account: info and grants, password change, personal access tokens.</summary>
public sealed class ProfileModel(
    TdktDbContext db, CurrentUser me, UserManager<AppUser> users, SignInManager<AppUser> signIn,
    TimeProvider clock, TdktSettings settings) : PageModel
{
    /// <summary>Tokens always expire (ADR-0019): at most a year, 90 days when the field is left empty.</summary>
    public const int MaxTokenDays = 365;

    public AppUser Self { get; private set; } = null!;
    public string HomeUnitName { get; private set; } = string.Empty;
    public IReadOnlyList<(Role Role, string UnitName)> Grants { get; private set; } = [];
    public IReadOnlyList<PersonalAccessToken> Tokens { get; private set; } = [];
    public TimeZoneInfo TimeZone => settings.TimeZone;
    public DateTimeOffset Now { get; private set; }

    /// <summary>The secret of the token just created; shown in this one response and never again.</summary>
    public string? CreatedToken { get; private set; }

    public ChangePasswordInput PasswordChange { get; set; } = new();
    public NewTokenInput NewToken { get; set; } = new();

    public sealed class ChangePasswordInput
    {
        [Display(Name = "Mật khẩu hiện tại")]
        [Required(ErrorMessage = "Hãy nhập mật khẩu hiện tại.")]
        [DataType(DataType.Password)]
        public string CurrentPassword { get; set; } = string.Empty;

        [Display(Name = "Mật khẩu mới")]
        [Required(ErrorMessage = "Hãy nhập mật khẩu mới.")]
        [DataType(DataType.Password)]
        public string NewPassword { get; set; } = string.Empty;

        [Display(Name = "Nhập lại mật khẩu mới")]
        [Required(ErrorMessage = "Hãy nhập lại mật khẩu mới.")]
        [Compare(nameof(NewPassword), ErrorMessage = "Hai lần nhập mật khẩu mới không khớp. Hãy nhập lại.")]
        [DataType(DataType.Password)]
        public string ConfirmPassword { get; set; } = string.Empty;
    }

    public sealed class NewTokenInput
    {
        [Display(Name = "Tên mã truy cập")]
        [Required(ErrorMessage = "Hãy đặt tên cho mã truy cập, ví dụ: \"Đồng bộ phần mềm QLCB\".")]
        [StringLength(100, ErrorMessage = "Tên mã truy cập tối đa {1} ký tự.")]
        public string Name { get; set; } = string.Empty;

        [Display(Name = "Hết hạn sau (ngày)")]
        [Range(1, MaxTokenDays, ErrorMessage = "Số ngày hết hạn phải từ {1} đến {2}; để trống thì mã hết hạn sau 90 ngày.")]
        public int? ExpiresInDays { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await LoadAsync(ct) ? Page() : Challenge();

    public async Task<IActionResult> OnPostChangePasswordAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Challenge();
        }

        if (!await TryUpdateModelAsync(PasswordChange, nameof(PasswordChange)))
        {
            return Page();
        }

        db.AuditAction = "Đổi mật khẩu";
        var result = await users.ChangePasswordAsync(Self, PasswordChange.CurrentPassword, PasswordChange.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                var key = e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "PasswordChange.CurrentPassword" : "PasswordChange.NewPassword";
                ModelState.AddModelError(key, e.Description);
            }

            return Page();
        }

        // The stamp changed: re-issue this browser's cookie; other sessions end on their next request.
        await signIn.RefreshSignInAsync(Self);
        TempData["Success"] = "Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc.";
        return Redirect("/Account/Profile");
    }

    public async Task<IActionResult> OnPostCreateTokenAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Challenge();
        }

        if (!await TryUpdateModelAsync(NewToken, nameof(NewToken)))
        {
            return Page();
        }

        var secret = AccessTokens.NewToken();
        var token = new PersonalAccessToken
        {
            UserId = Self.Id,
            Name = VietnameseText.Normalize(NewToken.Name),
            TokenHash = AccessTokens.Hash(secret),
            Prefix = AccessTokens.DisplayPrefix(secret),
            CreatedAt = Now,
            ExpiresAt = Now.AddDays(Math.Min(NewToken.ExpiresInDays ?? settings.TokenDefaultDays, MaxTokenDays)),
        };
        db.PersonalAccessTokens.Add(token);
        db.AuditAction = "Tạo mã truy cập";
        await db.SaveChangesAsync(ct);

        // Rendered in this response only (not redirected, not kept in TempData).
        CreatedToken = secret;
        NewToken = new NewTokenInput();
        ModelState.Clear();
        Tokens = await TokensAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeTokenAsync(int tokenId, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Challenge();
        }

        var token = await db.PersonalAccessTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == Self.Id, ct);
        if (token is null)
        {
            return NotFound();
        }

        if (token.RevokedAt is null)
        {
            token.RevokedAt = Now;
            db.AuditAction = "Thu hồi mã truy cập";
            await db.SaveChangesAsync(ct);
        }

        TempData["Success"] = $"Đã thu hồi mã truy cập \"{token.Name}\".";
        return Redirect("/Account/Profile");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var loaded = await me.GetAsync(ct);
        if (loaded is null)
        {
            return false;
        }

        var self = await users.FindByIdAsync(loaded.User.Id);
        if (self is null)
        {
            return false;
        }

        Self = self;
        Now = clock.GetUtcNow();
        HomeUnitName = await db.OrgUnits.AsNoTracking().Where(u => u.Id == self.OrgUnitId).Select(u => u.Name).SingleAsync(ct);
        var ids = loaded.Scope.Grants.Select(g => g.OrgUnitId).ToList();
        var names = await db.OrgUnits.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        Grants = loaded.Scope.Grants.OrderBy(g => g.Role).ThenBy(g => g.Path, StringComparer.Ordinal)
            .Select(g => (g.Role, names[g.OrgUnitId])).ToList();
        Tokens = await TokensAsync(ct);
        return true;
    }

    private async Task<List<PersonalAccessToken>> TokensAsync(CancellationToken ct) =>
        await db.PersonalAccessTokens.AsNoTracking().Where(t => t.UserId == Self.Id)
            .OrderBy(t => t.RevokedAt != null).ThenByDescending(t => t.CreatedAt).ToListAsync(ct);
}
