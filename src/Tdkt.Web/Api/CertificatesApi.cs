using Tdkt.Web.Pages.Certificates;
using Tdkt.Web.Pages.Shared;

namespace Tdkt.Web.Api;

/// <summary>Certificates under /api/v1 (ADR-0012): the same <see cref="CertificateDownloads"/> as the download page —
/// whoever may see the dossier gets the PDF, anyone else 404; no Chromium on the server: 503 with a Vietnamese text.</summary>
public static class CertificatesApi
{
    public static IEndpointRouteBuilder MapCertificatesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization().WithTags("Tdkt API v1 — bằng, giấy khen");

        api.MapGet("/certificates/{recipientId:int}.pdf", (int recipientId, bool? blank, HttpRequest http, CertificateDownloads downloads, CancellationToken ct) =>
            SendAsync(downloads, null, recipientId, blank ?? false, http, ct))
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .WithName("GetCertificatePdf")
            .WithSummary("Bằng, giấy khen của một người nhận trong quyết định (PDF A4 ngang, mã QR xác minh); blank=true: chỉ in trên phôi");

        api.MapGet("/decisions/{decisionId:int}/certificates", (int decisionId, bool? blank, HttpRequest http, CertificateDownloads downloads, CancellationToken ct) =>
            SendAsync(downloads, decisionId, null, blank ?? false, http, ct))
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .WithName("GetDecisionCertificatesPdf")
            .WithSummary("Bằng, giấy khen của mọi người nhận trong một quyết định, mỗi người một trang (PDF)");

        return app;
    }

    private static async Task<IResult> SendAsync(CertificateDownloads downloads, int? decisionId, int? recipientId, bool blank, HttpRequest http, CancellationToken ct)
    {
        var r = await downloads.PdfAsync(decisionId, recipientId, blank, $"{http.Scheme}://{http.Host}{http.PathBase}", ct);
        if (r.Value is { } file)
        {
            return Results.File(file.Content, "application/pdf", file.FileName);
        }

        return r.Error is PrintUnavailableError u
            ? Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Chưa in được", detail: u.Message)
            : r.Error!.ToApiResult();
    }
}
