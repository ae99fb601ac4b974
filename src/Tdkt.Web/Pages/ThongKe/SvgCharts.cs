using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Tdkt.Web.Pages.ThongKe;

/// <summary>Server-side SVG charts (no script, no CDN; they print). Each chart has a title for screen readers and the
/// page puts the same figures in a table beside it.</summary>
public static class SvgCharts
{
    private static readonly string[] Palette = ["#1f5fa8", "#c0392b", "#2e8b57", "#d68910", "#7d3c98", "#17a589", "#7f8c8d", "#a04000", "#2874a6", "#b7950b"];

    public sealed record Point(string Label, decimal Value);

    /// <summary>Horizontal bars, one per item (awards by unit).</summary>
    public static IHtmlContent Bars(string title, IReadOnlyList<Point> points)
    {
        const int width = 560, rowHeight = 22, labelWidth = 200, valueWidth = 60;
        var height = Math.Max(1, points.Count) * rowHeight + 10;
        var max = points.Count == 0 ? 1m : Math.Max(1m, points.Max(p => p.Value));
        var svg = Open(title, width, height, "bars");
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            var y = 5 + i * rowHeight;
            var w = (double)(p.Value / max) * (width - labelWidth - valueWidth);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth - 6}\" y=\"{y + 15}\" text-anchor=\"end\" font-size=\"12\">{Short(p.Label, 32)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y + 3}\" width=\"{w:0.#}\" height=\"{rowHeight - 6}\" fill=\"{Palette[0]}\"><title>{E(p.Label)}: {Number(p.Value)}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + w + 4:0.#}\" y=\"{y + 15}\" font-size=\"12\">{Number(p.Value)}</text>");
        }

        return Close(svg);
    }

    /// <summary>A line through the points in order (awards by year).</summary>
    public static IHtmlContent Line(string title, IReadOnlyList<Point> points)
    {
        const int width = 560, height = 220, left = 50, right = 20, top = 15, bottom = 30;
        var max = points.Count == 0 ? 1m : Math.Max(1m, points.Max(p => p.Value));
        var svg = Open(title, width, height, "line");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{height - bottom}\" x2=\"{width - right}\" y2=\"{height - bottom}\" stroke=\"#888\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{height - bottom}\" stroke=\"#888\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 4}\" y=\"{top + 4}\" text-anchor=\"end\" font-size=\"11\">{Number(max)}</text>");
        var step = points.Count > 1 ? (width - left - right) / (double)(points.Count - 1) : 0;
        var coords = points.Select((p, i) => (X: left + (points.Count > 1 ? i * step : (width - left - right) / 2.0),
            Y: height - bottom - (double)(p.Value / max) * (height - top - bottom), p)).ToList();
        if (coords.Count > 1)
        {
            svg.Append("<polyline fill=\"none\" stroke=\"").Append(Palette[0]).Append("\" stroke-width=\"2\" points=\"")
                .Append(string.Join(' ', coords.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.X:0.#},{c.Y:0.#}")))).Append("\"/>");
        }

        foreach (var c in coords)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{c.X:0.#}\" cy=\"{c.Y:0.#}\" r=\"3.5\" fill=\"{Palette[0]}\"><title>{E(c.p.Label)}: {Number(c.p.Value)}</title></circle>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{c.X:0.#}\" y=\"{height - bottom + 16}\" text-anchor=\"middle\" font-size=\"11\">{Short(c.p.Label, 8)}</text>");
        }

        return Close(svg);
    }

    /// <summary>Shares of a whole as a pie with a legend (awards by form).</summary>
    public static IHtmlContent Shares(string title, IReadOnlyList<Point> points)
    {
        const int width = 560, radius = 90, cx = 110, cy = 105;
        var height = Math.Max(220, points.Count * 20 + 20);
        var total = points.Sum(p => p.Value);
        var svg = Open(title, width, height, "shares");
        double angle = -Math.PI / 2;
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            var colour = Palette[i % Palette.Length];
            var share = total == 0 ? 0 : (double)(p.Value / total);
            var tip = $"<title>{E(p.Label)}: {Number(p.Value)} ({share.ToString("P1", Domain.Common.ViFormat.Culture)})</title>";
            if (share >= 0.9999)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{cx}\" cy=\"{cy}\" r=\"{radius}\" fill=\"{colour}\">{tip}</circle>");
            }
            else if (share > 0)
            {
                var end = angle + share * 2 * Math.PI;
                var large = share > 0.5 ? 1 : 0;
                svg.Append(CultureInfo.InvariantCulture,
                    $"<path d=\"M{cx},{cy} L{cx + radius * Math.Cos(angle):0.##},{cy + radius * Math.Sin(angle):0.##} A{radius},{radius} 0 {large} 1 {cx + radius * Math.Cos(end):0.##},{cy + radius * Math.Sin(end):0.##} Z\" fill=\"{colour}\">{tip}</path>");
                angle = end;
            }

            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"230\" y=\"{10 + i * 20}\" width=\"12\" height=\"12\" fill=\"{colour}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"248\" y=\"{20 + i * 20}\" font-size=\"12\">{Short(p.Label, 40)} — {share.ToString("P1", Domain.Common.ViFormat.Culture)}</text>");
        }

        return Close(svg);
    }

    private static StringBuilder Open(string title, int width, int height, string kind) =>
        new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" data-chart=\"{kind}\" viewBox=\"0 0 {width} {height}\" width=\"100%\" style=\"max-width:{width}px\" aria-label=\"{E(title)}\"><title>{E(title)}</title>");

    private static HtmlString Close(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Short(string text, int max) => E(text.Length <= max ? text : text[..(max - 1)] + "…");

    private static string Number(decimal value) => value.ToString("#,##0", Domain.Common.ViFormat.Culture);
}
