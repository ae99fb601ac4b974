using Tdkt.Domain.Common;
using Tdkt.Web.Documents;

namespace Tdkt.Web.Pages.Certificates;

/// <summary>A printed certificate file (PDF).</summary>
public sealed record CertificateFile(byte[] Content, string FileName);

/// <summary>Printing is impossible on this server right now (no Chromium, or it failed): 503 with this Vietnamese text.</summary>
public sealed record PrintUnavailableError(string Message) : Error(Message);

/// <summary>One certificate (a recipient) or all of a decision as a PDF, for the download page and the API alike
/// (ADR-0012): whoever may see the dossier, else not found; printing failures are a typed error, never an exception.</summary>
public sealed class CertificateDownloads(CertificateService certificates, CertificateSettings settings, ILogger<CertificateDownloads> log)
{
    public async Task<Result<CertificateFile>> PdfAsync(int? decisionId, int? recipientId, bool blank, string requestBaseUrl, CancellationToken ct)
    {
        if (decisionId is null)
        {
            var of = await certificates.DecisionOfRecipientAsync(recipientId ?? 0, ct);
            if (of.IsFailure)
            {
                return of.Error!;
            }

            decisionId = of.Value;
        }

        if (!certificates.CanPrint)
        {
            return new PrintUnavailableError($"Máy chủ chưa cài trình duyệt Chromium (không tìm thấy “{settings.ChromiumPath}”) nên chưa in được bằng, giấy khen ra PDF. "
                + "Quản trị hệ thống hãy cài gói chromium (scripts/install-prereqs.sh) hoặc đặt đường dẫn trong cấu hình Tdkt:ChromiumPath.");
        }

        var pages = await certificates.PagesAsync(decisionId.Value, recipientId, settings.PublicBaseUrl ?? requestBaseUrl, ct);
        if (pages.IsFailure)
        {
            return pages.Error!;
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
            return new PrintUnavailableError("Chưa in được bằng, giấy khen: trình duyệt Chromium trên máy chủ không tạo được tệp PDF (lỗi hoặc quá thời gian). "
                + "Hãy thử lại sau ít phút; nếu vẫn lỗi, báo quản trị hệ thống kiểm tra Chromium.");
        }

        var name = recipientId is null
            ? $"bang-khen-qd-{decision.SequenceNumber}-{decision.Year}{(blank ? "-in-phoi" : "")}.pdf"
            : $"bang-khen-qd-{decision.SequenceNumber}-{decision.Year}-so-{recipientId}{(blank ? "-in-phoi" : "")}.pdf";
        return new CertificateFile(bytes, name);
    }
}
