using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tdkt.Web.Documents;
using Tdkt.Web.Pages.Shared;

namespace Tdkt.Web.Pages.Certificates;

/// <summary>The certificate of one recipient (<c>/Certificates/Download/{recipientId}</c>) or of every recipient of a
/// decision (<c>?handler=Decision</c> with the decision id), as an A4 landscape PDF; <c>blank=true</c> prints only the
/// fields set for pre-printed blanks. Whoever may see the dossier may print; anything else is 404. The page itself is
/// only shown when printing is impossible (no Chromium on the server), with a Vietnamese explanation.</summary>
public sealed class DownloadModel(CertificateService certificates, CertificateSettings settings, ILogger<DownloadModel> log) : PageModel
{
    public string Problem { get; private set; } = string.Empty;

    public Task<IActionResult> OnGetAsync(int id, bool blank, CancellationToken ct) => SendAsync(null, id, blank, ct);

    public Task<IActionResult> OnGetDecisionAsync(int id, bool blank, CancellationToken ct) => SendAsync(id, null, blank, ct);

    private async Task<IActionResult> SendAsync(int? decisionId, int? recipientId, bool blank, CancellationToken ct)
    {
        if (decisionId is null)
        {
            var of = await certificates.DecisionOfRecipientAsync(recipientId!.Value, ct);
            if (of.IsFailure)
            {
                return this.ToPageResult(of.Error!);
            }

            decisionId = of.Value;
        }

        if (!certificates.CanPrint)
        {
            return Unavailable($"Máy chủ chưa cài trình duyệt Chromium (không tìm thấy “{settings.ChromiumPath}”) nên chưa in được bằng, giấy khen ra PDF. "
                + "Quản trị hệ thống hãy cài gói chromium (scripts/install-prereqs.sh) hoặc đặt đường dẫn trong cấu hình Tdkt:ChromiumPath.");
        }

        var pages = await certificates.PagesAsync(decisionId.Value, recipientId, settings.PublicBaseUrl ?? $"{Request.Scheme}://{Request.Host}{Request.PathBase}", ct);
        if (pages.IsFailure)
        {
            return this.ToPageResult(pages.Error!);
        }

        var (list, decision) = pages.Value;
        byte[] bytes;
        try
        {
            bytes = await certificates.PrintAsync(list, blank, ct);
        }
        catch (Exception e) when (e is ChromiumMissingException or TimeoutException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            log.LogError(e, "Certificate printing failed for decision {Decision}", decision.Id);
            return Unavailable("Chưa in được bằng, giấy khen: trình duyệt Chromium trên máy chủ không tạo được tệp PDF (lỗi hoặc quá thời gian). "
                + "Hãy thử lại sau ít phút; nếu vẫn lỗi, báo quản trị hệ thống kiểm tra Chromium.");
        }

        var name = recipientId is null
            ? $"bang-khen-qd-{decision.SequenceNumber}-{decision.Year}{(blank ? "-in-phoi" : "")}.pdf"
            : $"bang-khen-qd-{decision.SequenceNumber}-{decision.Year}-so-{recipientId}{(blank ? "-in-phoi" : "")}.pdf";
        return File(bytes, "application/pdf", name);
    }

    private PageResult Unavailable(string message)
    {
        Problem = message;
        Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return Page();
    }
}
