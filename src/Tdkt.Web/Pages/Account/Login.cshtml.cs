using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Account;

/// <summary>
/// Sign-in (ADR-0019): one message whatever went wrong (no such user, wrong password, disabled, locked by an
/// administrator), and the same work in each case (the password is hashed once, against a dummy hash when the user
/// does not exist). Failures are counted per user name and client address (<see cref="LoginThrottle"/>), so a
/// stranger cannot lock the account for its owner.
/// </summary>
public sealed class LoginModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, LoginThrottle throttle) : PageModel
{
    public const string FailedMessage =
        "Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang bị khóa. Hãy kiểm tra lại (chú ý chữ hoa, chữ thường) hoặc liên hệ quản trị của đơn vị.";

    public const string ThrottledMessage =
        "Đã nhập sai 5 lần với tên đăng nhập này từ máy này. Hãy đợi 15 phút rồi thử lại, hoặc liên hệ quản trị của đơn vị.";

    private static readonly AppUser DummyUser = new() { UserName = "khong-ton-tai" };
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<AppUser>().HashPassword(DummyUser, Guid.NewGuid().ToString()));

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class LoginInput
    {
        [Display(Name = "Tên đăng nhập")]
        [Required(ErrorMessage = "Hãy nhập tên đăng nhập.")]
        [StringLength(256, ErrorMessage = "Tên đăng nhập tối đa {1} ký tự.")]
        public string UserName { get; set; } = string.Empty;

        [Display(Name = "Mật khẩu")]
        [Required(ErrorMessage = "Hãy nhập mật khẩu.")]
        [StringLength(512, ErrorMessage = "Mật khẩu tối đa {1} ký tự.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = string.Empty;
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var name = Input.UserName.Trim();
        var ip = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "?";
        if (throttle.IsBlocked(name, ip))
        {
            users.PasswordHasher.VerifyHashedPassword(DummyUser, DummyHash.Value, Input.Password);
            ModelState.AddModelError(string.Empty, ThrottledMessage);
            return Page();
        }

        var user = name.Contains('\0', StringComparison.Ordinal) ? null : await users.FindByNameAsync(name);
        bool passwordOk;
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(DummyUser, DummyHash.Value, Input.Password);
            passwordOk = false;
        }
        else
        {
            passwordOk = await users.CheckPasswordAsync(user, Input.Password);
        }

        if (user is null || !passwordOk || !await signIn.CanSignInAsync(user) || await users.IsLockedOutAsync(user))
        {
            throttle.Fail(name, ip);
            ModelState.AddModelError(string.Empty, FailedMessage);
            return Page();
        }

        throttle.Succeeded(name, ip);
        // Checked above; this call issues the cookie, or the second-factor step when the user has one.
        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: false);
        var next = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("LoginWith2fa", new { ReturnUrl = next });
        }

        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, FailedMessage);
            return Page();
        }

        return LocalRedirect(next);
    }
}
