using System.Globalization;
using System.Net;
using System.Text;
using QRCoder;
using Tdkt.Domain.Certificates;

namespace Tdkt.Web.Documents;

/// <summary>One certificate page to print: its texts, where they go, and the verification URL for the QR code.</summary>
/// <paramref name="EmblemUri"/>: the State emblem the province uploaded (a data: URI), printed on plain paper; null = none.
public sealed record CertificatePage(IReadOnlyDictionary<CertificateField, string> Texts, IReadOnlyList<FieldPosition> Layout, string VerifyUrl,
    string? EmblemUri = null);

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
        if (f.Field == CertificateField.Emblem)
        {
            // The emblem the province uploaded; none by default (pre-printed blanks carry it; no drawn stand-in).
            if (p.EmblemUri is { } uri && uri.StartsWith("data:image/", StringComparison.Ordinal))
            {
                sb.Append(CultureInfo.InvariantCulture, $"<div class=\"f img{align}\" data-field=\"{f.Field}\" style=\"left:{Mm(f.XMm)}mm;top:{Mm(f.YMm)}mm;width:{Mm(f.Size)}mm;height:{Mm(f.Size)}mm\">")
                  .Append("<img alt=\"Quốc huy\" style=\"width:100%;height:100%;object-fit:contain\" src=\"").Append(WebUtility.HtmlEncode(uri)).Append("\"></div>");
            }

            return;
        }

        if (CertificateLayout.IsImage(f.Field))
        {
            var svg = QrSvg(p.VerifyUrl);
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
        var size = f.Field is CertificateField.FormName or CertificateField.Issuer ? FitOneLine(text, f.Size, LineWidthMm) : f.Size;
        sb.Append(CultureInfo.InvariantCulture, $"<div class=\"{cls}\" data-field=\"{f.Field}\" style=\"left:{Mm(f.XMm)}mm;top:{Mm(f.YMm)}mm;font-size:{Mm(size)}pt\">")
          .Append(WebUtility.HtmlEncode(text)).Append("</div>");
    }

    /// <summary>The width a centred one-line field may take on the 297 mm page (the border and margins left free).</summary>
    public const decimal LineWidthMm = 265m;

    /// <summary>The layout's size, or smaller when the text would not fit <paramref name="widthMm"/> on one line: the
    /// form name "BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH" (43 capitals) ran off both edges at the default 34 pt.
    /// Estimated from the length (bold serif capitals average about 0.72 em; 1 pt = 0.3528 mm), in half points, so
    /// the printer needs no measuring pass.</summary>
    public static decimal FitOneLine(string text, decimal size, decimal widthMm)
    {
        ArgumentNullException.ThrowIfNull(text);
        var fits = widthMm / (Math.Max(1, text.Length) * 0.3528m * 0.72m);
        return fits >= size ? size : Math.Floor(fits * 2) / 2;
    }

    public static string QrSvg(string url)
    {
        using var data = QRCodeGenerator.GenerateQrCode(url, QRCodeGenerator.ECCLevel.M);
        using var svg = new SvgQRCode(data);
        return svg.GetGraphic(10, "#000000", "#ffffff", true, SvgQRCode.SizingMode.ViewBoxAttribute);
    }

    private static string Mm(decimal v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
