using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Tdkt.Web.Data;

namespace Tdkt.Web.Security;

/// <summary>Refuses disabled users at sign-in and on every request's security-stamp check.</summary>
public sealed class TdktSignInManager(
    UserManager<AppUser> userManager, IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory, IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<AppUser>> logger, IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation)
    : SignInManager<AppUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(AppUser user) =>
        !user.IsDisabled && await base.CanSignInAsync(user);

    public override async Task<AppUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is { IsDisabled: false } ? user : null;
    }

    /// <summary>Signs a user in who was identified by the single sign-on provider: the cookie, or the second-factor
    /// step when the user has an authenticator (the provider's own MFA is not taken for ours, ADR-0034).</summary>
    public Task<SignInResult> SignInExternalAsync(AppUser user, string provider) =>
        SignInOrTwoFactorAsync(user, isPersistent: false, loginProvider: provider, bypassTwoFactor: false);
}
