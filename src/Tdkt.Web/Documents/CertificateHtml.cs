using System.Globalization;
using System.Net;
using System.Text;
using QRCoder;
using Tdkt.Domain.Certificates;

namespace Tdkt.Web.Documents;

/// <summary>One certificate page to print: its texts, where they go, and the verification URL for the QR code.</summary>
public sealed record CertificatePage(IReadOnlyDictionary<CertificateField, string> Texts, IReadOnlyList<FieldPosition> Layout, string VerifyUrl);

/// <summary>HTML/CSS of certificates for Chromium to print (ADR-0012): one A4 landscape page per certificate,
/// every field absolutely positioned in millimetres, Liberation Serif 2 (Vietnamese stacked marks), the QR code as
/// inline SVG. Everything is inline and a CSP forbids any fetch, so the page cannot reach the network or the disk.</summary>
public static class CertificateHtml
{
    private const string Style = """
        @page { size: A4 landscape; margin: 0 }
        html, body { margin: 0; padding: 0; background: #fff }
        .page { position: relative; width: 297mm; height: 210mm; overflow: hidden; break-after: page;
                font-family: "Liberation Serif", "Times New Roman", serif; color: #000 }
        .page:last-child { break-after: auto }
        .frame { position: absolute; left: 7mm; top: 7mm; right: 7mm; bottom: 7mm; border: 1.6mm double #b8860b }
        .f { position: absolute; line-height: 1.15; white-space: nowrap }
        .w { white-space: normal; width: 235mm }
        .c { transform: translateX(-50%); text-align: center }
        .r { transform: translateX(-100%); text-align: right }
        .red { color: #c00000 } .b { font-weight: bold } .i { font-style: italic }
        .img svg { display: block; width: 100%; height: 100% }
        """;

    public static string Render(IReadOnlyList<CertificatePage> pages, bool onBlank)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">")
          .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">")
          .Append("<title>Bằng, giấy khen</title><style>").Append(Style).Append("</style></head><body>");
        foreach (var p in pages)
        {
            sb.Append("<div class=\"page\">");
            if (!onBlank)
            {
                sb.Append("<div class=\"frame\"></div>");
            }

            foreach (var f in p.Layout.Where(f => !onBlank || f.OnBlank))
            {
                AppendField(sb, f, p);
            }

            sb.Append("</div>");
        }

        return sb.Append("</body></html>").ToString();
    }

    private static void AppendField(StringBuilder sb, FieldPosition f, CertificatePage p)
    {
        var align = f.Align switch { FieldAlign.Center => " c", FieldAlign.Right => " r", _ => string.Empty };
        if (CertificateLayout.IsImage(f.Field))
        {
            var svg = f.Field == CertificateField.QrCode ? QrSvg(p.VerifyUrl) : EmblemSvg;
            sb.Append(CultureInfo.InvariantCulture, $"<div class=\"f img{align}\" data-field=\"{f.Field}\" style=\"left:{Mm(f.XMm)}mm;top:{Mm(f.YMm)}mm;width:{Mm(f.Size)}mm;height:{Mm(f.Size)}mm\">")
              .Append(svg).Append("</div>");
            return;
        }

        if (!p.Texts.TryGetValue(f.Field, out var text) || string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var cls = "f" + align + (CertificateLayout.Wraps(f.Field) ? " w" : string.Empty) + f.Field switch
        {
            CertificateField.Issuer or CertificateField.FormName => " red b",
            CertificateField.NationalTitle or CertificateField.Motto or CertificateField.Present or CertificateField.Recipient
                or CertificateField.SignerCapacity or CertificateField.SignerTitle or CertificateField.SignerName => " b",
            CertificateField.PlaceDate or CertificateField.Achievement => " i",
            _ => string.Empty,
        };
        sb.Append(CultureInfo.InvariantCulture, $"<div class=\"{cls}\" data-field=\"{f.Field}\" style=\"left:{Mm(f.XMm)}mm;top:{Mm(f.YMm)}mm;font-size:{Mm(f.Size)}pt\">")
          .Append(WebUtility.HtmlEncode(text)).Append("</div>");
    }

    public static string QrSvg(string url)
    {
        using var data = QRCodeGenerator.GenerateQrCode(url, QRCodeGenerator.ECCLevel.M);
        using var svg = new SvgQRCode(data);
        return svg.GetGraphic(10, "#000000", "#ffffff", true, SvgQRCode.SizingMode.ViewBoxAttribute);
    }

    /// <summary>A neutral round seal (red disc, gold star) standing in for the emblem; real blanks carry the printed one.</summary>
    private const string EmblemSvg = """<svg viewBox="0 0 100 100" xmlns="http://www.w3.org/2000/svg"><circle cx="50" cy="50" r="48" fill="#c00000" stroke="#b8860b" stroke-width="3"/><polygon fill="#ffd700" points="50,14 58.8,38.2 84.2,38.9 64.2,54.6 71.2,79.1 50,64.8 28.8,79.1 35.8,54.6 15.8,38.9 41.2,38.2"/></svg>""";

    private static string Mm(decimal v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
