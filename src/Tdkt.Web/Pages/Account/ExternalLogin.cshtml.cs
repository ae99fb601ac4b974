using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Account;

/// <summary>
/// Single sign-on (ADR-0034): GET starts the OpenID Connect challenge; the callback maps the provider's identity to an
/// existing Tdkt user — first by a link made earlier (provider + subject), else by the user-name claim, which then
/// links the subject — and never creates a user or a grant. Anything else ends on this page with a Vietnamese message.
/// </summary>
[AllowAnonymous]
public sealed class ExternalLoginModel(TdktSignInManager signIn, UserManager<AppUser> users, SingleSignOnSettings sso,
    ILogger<ExternalLoginModel> logger) : PageModel
{
    public const string UnknownUserMessage =
        "Tài khoản đăng nhập một lần này chưa được gắn với người dùng nào của hệ thống Thi đua - Khen thưởng. Hãy liên hệ quản trị của đơn vị để được cấp tài khoản; hệ thống không tự tạo tài khoản.";

    public const string FailedMessage =
        "Không đăng nhập một lần được: nhà cung cấp định danh từ chối hoặc phiên đăng nhập đã hết hạn. Hãy thử lại, hoặc đăng nhập bằng tên và mật khẩu.";

    public const string NotAllowedMessage =
        "Tài khoản Thi đua - Khen thưởng tương ứng đang bị khóa hoặc ngừng sử dụng. Hãy liên hệ quản trị của đơn vị.";

    public string? Message { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet()
    {
        if (!sso.Enabled)
        {
            return NotFound();
        }

        var next = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
        var properties = signIn.ConfigureExternalAuthenticationProperties(SingleSignOnSettings.Scheme,
            Url.Page("ExternalLogin", "Callback", new { ReturnUrl = next }));
        return Challenge(properties, SingleSignOnSettings.Scheme);
    }

    public IActionResult OnGetFailed()
    {
        Message = FailedMessage;
        return Page();
    }

    public async Task<IActionResult> OnGetCallbackAsync()
    {
        if (!sso.Enabled)
        {
            return NotFound();
        }

        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme); // read once
        var subject = external.Principal?.FindFirst("sub")?.Value;
        var name = external.Principal?.FindFirst(sso.UserNameClaim)?.Value?.Trim();
        if (!external.Succeeded || string.IsNullOrEmpty(subject))
        {
            Message = FailedMessage;
            return Page();
        }

        var user = await users.FindByLoginAsync(SingleSignOnSettings.Scheme, subject);
        if (user is null && !string.IsNullOrEmpty(name) && await users.FindByNameAsync(name) is { } byName)
        {
            // The user name matches; link this subject unless the user is already linked to another one.
            var links = await users.GetLoginsAsync(byName);
            if (!links.Any(l => l.LoginProvider == SingleSignOnSettings.Scheme)
                && (await users.AddLoginAsync(byName, new UserLoginInfo(SingleSignOnSettings.Scheme, subject, sso.DisplayName))).Succeeded)
            {
                user = byName;
            }
        }

        if (user is null)
        {
            logger.LogWarning("Đăng nhập một lần bị từ chối: không có người dùng Tdkt cho tài khoản {Name}.", name);
            Message = UnknownUserMessage;
            return Page();
        }

        if (!await signIn.CanSignInAsync(user) || await users.IsLockedOutAsync(user))
        {
            Message = NotAllowedMessage;
            return Page();
        }

        var result = await signIn.SignInExternalAsync(user, SingleSignOnSettings.Scheme);
        var next = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("LoginWith2fa", new { ReturnUrl = next });
        }

        if (!result.Succeeded)
        {
            Message = NotAllowedMessage;
            return Page();
        }

        return LocalRedirect(next);
    }
}
