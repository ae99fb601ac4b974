using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Account;

/// <summary>
/// Xác thực hai lớp: set up an authenticator app (TOTP, RFC 6238, 30 s, 6 digits) by scanning the QR code or typing
/// the key, confirm with one code, receive 10 one-time recovery codes (shown once). Required for Admin, Signer and
/// CouncilSecretary (<see cref="AccountSecurity"/>), optional for everyone else, who may also turn it off.
/// </summary>
public sealed class MfaModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, CurrentUser me, TdktDbContext db) : PageModel
{
    public const int RecoveryCodeCount = 10;

    public bool Enabled { get; private set; }
    public bool Required { get; private set; }
    public string SharedKey { get; private set; } = string.Empty;
    public string AuthenticatorUri { get; private set; } = string.Empty;
    public string QrSvg { get; private set; } = string.Empty;
    public int RecoveryCodesLeft { get; private set; }

    /// <summary>Shown in this one response only.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    [BindProperty]
    public ConfirmInput Input { get; set; } = new();

    public sealed class ConfirmInput
    {
        [Display(Name = "Mã 6 chữ số trên ứng dụng")]
        [Required(ErrorMessage = "Hãy nhập mã 6 chữ số đang hiện trên ứng dụng xác thực.")]
        [StringLength(10, ErrorMessage = "Mã xác thực có 6 chữ số.")]
        public string Code { get; set; } = string.Empty;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await LoadAsync(ct) is null ? Challenge() : Page();

    public async Task<IActionResult> OnPostEnableAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is not { } user)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var code = Input.Code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError("Input.Code", "Mã không đúng. Hãy kiểm tra giờ trên điện thoại và nhập mã đang hiện (mã đổi sau mỗi 30 giây).");
            return Page();
        }

        db.AuditAction = "Bật xác thực hai lớp";
        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        await signIn.RefreshSignInAsync(user);
        Enabled = true;
        RecoveryCodesLeft = RecoveryCodes.Count;
        TempData["Success"] = "Đã bật xác thực hai lớp. Hãy lưu các mã khôi phục dưới đây ở nơi an toàn: mỗi mã dùng được một lần.";
        ModelState.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is not { } user)
        {
            return Challenge();
        }

        if (!Enabled)
        {
            return RedirectToPage();
        }

        db.AuditAction = "Tạo lại mã khôi phục";
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        RecoveryCodesLeft = RecoveryCodes.Count;
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is not { } user)
        {
            return Challenge();
        }

        if (Required)
        {
            ModelState.AddModelError(string.Empty, "Vai trò của bạn (quản trị, lãnh đạo ký, thư ký Hội đồng) bắt buộc xác thực hai lớp nên không tắt được.");
            return Page();
        }

        db.AuditAction = "Tắt xác thực hai lớp";
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        TempData["Success"] = "Đã tắt xác thực hai lớp.";
        return RedirectToPage();
    }

    private async Task<AppUser?> LoadAsync(CancellationToken ct)
    {
        var loaded = await me.GetAsync(ct);
        if (loaded is null || await users.FindByIdAsync(loaded.User.Id) is not { } user)
        {
            return null;
        }

        Enabled = user.TwoFactorEnabled;
        Required = AccountSecurity.MfaRoles.Any(loaded.Scope.Has);
        if (Enabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
            return user;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user); // the reset changed the security stamp: keep this session
            key = await users.GetAuthenticatorKeyAsync(user) ?? string.Empty;
        }

        SharedKey = FormatKey(key);
        AuthenticatorUri = $"otpauth://totp/{Uri.EscapeDataString("Tdkt:" + user.UserName)}?secret={key}&issuer=Tdkt&digits=6&period=30";
        using var data = QRCodeGenerator.GenerateQrCode(AuthenticatorUri, QRCodeGenerator.ECCLevel.M);
        using var svg = new SvgQRCode(data);
        QrSvg = svg.GetGraphic(6, "#000000", "#ffffff", true, SvgQRCode.SizingMode.ViewBoxAttribute);
        return user;
    }

    private static string FormatKey(string key)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            sb.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return sb.ToString().TrimEnd().ToLowerInvariant();
    }
}
