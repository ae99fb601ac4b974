using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tdkt.Web.Data;

namespace Tdkt.Web.Pages.Account;

/// <summary>Second step of sign-in: the 6-digit code of the authenticator app, or one recovery code.</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class LoginWith2faModel(SignInManager<AppUser> signIn) : PageModel
{
    public const string WrongCodeMessage = "Mã xác thực không đúng hoặc đã hết hạn. Hãy nhập mã 6 chữ số đang hiện trên ứng dụng xác thực, hoặc một mã khôi phục.";

    [BindProperty]
    public CodeInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class CodeInput
    {
        [Display(Name = "Mã xác thực (6 chữ số) hoặc mã khôi phục")]
        [Required(ErrorMessage = "Hãy nhập mã xác thực.")]
        [StringLength(32, ErrorMessage = "Mã xác thực tối đa {1} ký tự.")]
        public string Code { get; set; } = string.Empty;
    }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("Login");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var code = Input.Code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(Input.Code.Trim());
        if (!result.Succeeded)
        {
            ModelState.AddModelError("Input.Code", WrongCodeMessage);
            return Page();
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
