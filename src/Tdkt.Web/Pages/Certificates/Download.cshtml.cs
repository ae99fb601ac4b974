using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tdkt.Web.Pages.Shared;

namespace Tdkt.Web.Pages.Certificates;

/// <summary>The certificate of one recipient (<c>/Certificates/Download/{recipientId}</c>) or of every recipient of a
/// decision (<c>?handler=Decision</c> with the decision id), as an A4 landscape PDF; <c>blank=true</c> prints only the
/// fields set for pre-printed blanks. Whoever may see the dossier may print; anything else is 404. The page itself is
/// only shown when printing is impossible (no Chromium on the server), with a Vietnamese explanation.</summary>
public sealed class DownloadModel(CertificateDownloads downloads) : PageModel
{
    public string Problem { get; private set; } = string.Empty;

    public Task<IActionResult> OnGetAsync(int id, bool blank, CancellationToken ct) => SendAsync(null, id, blank, ct);

    public Task<IActionResult> OnGetDecisionAsync(int id, bool blank, CancellationToken ct) => SendAsync(id, null, blank, ct);

    private async Task<IActionResult> SendAsync(int? decisionId, int? recipientId, bool blank, CancellationToken ct)
    {
        var r = await downloads.PdfAsync(decisionId, recipientId, blank, $"{Request.Scheme}://{Request.Host}{Request.PathBase}", ct);
        if (r.Value is { } file)
        {
            return File(file.Content, "application/pdf", file.FileName);
        }

        if (r.Error is PrintUnavailableError u)
        {
            Problem = u.Message;
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Page();
        }

        return this.ToPageResult(r.Error!);
    }
}
