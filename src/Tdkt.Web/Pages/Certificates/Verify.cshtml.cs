using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Tdkt.Web.Pages.Certificates;

/// <summary>Public verification of a certificate (the target of its QR code), no login: only the recipient's name, the
/// form, the decision number and date, the issuing body and whether the award stands or was revoked. The token is
/// random per recipient; an unknown token answers the Vietnamese 404 page.</summary>
[AllowAnonymous]
public sealed class VerifyModel(CertificateService certificates) : PageModel
{
    public VerifiedAward Award { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        var award = await certificates.VerifyAsync(token, ct);
        if (award is null)
        {
            return NotFound();
        }

        Response.Headers["X-Robots-Tag"] = "noindex";
        Award = award;
        return Page();
    }
}
