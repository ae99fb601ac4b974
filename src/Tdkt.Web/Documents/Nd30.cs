using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Tdkt.Domain.Common;

namespace Tdkt.Web.Documents;

/// <summary>
/// Shared pieces of Decree 30/2020/NĐ-CP (Phụ lục I) documents: A4 with margins 20/20/30/15 mm, Times New Roman,
/// the header block (issuing body and number left, national motto and place/date right), paragraphs, bordered tables.
/// </summary>
public static partial class Nd30
{
    public const string Font = "Times New Roman";

    /// <summary>A .docx with the default styles and A4 page set; <paramref name="fill"/> appends the content.</summary>
    public static byte[] Document(Action<Body> fill)
    {
        ArgumentNullException.ThrowIfNull(fill);
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            AddStyles(main);
            var body = new Body();
            fill(body);
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1701U, Right = 850U, Header = 720U, Footer = 720U, Gutter = 0U }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>"Phong Thổ" from "UBND huyện Phong Thổ": the place line of the header.</summary>
    public static string PlaceOf(string ownerName)
    {
        var s = PlacePrefix().Replace(ownerName.Trim(), string.Empty);
        return s.Length == 0 ? ownerName : s;
    }

    /// <summary>"Lai Châu, ngày 15 tháng 01 năm 2024" (blank day and month when not dated yet).</summary>
    public static string PlaceDate(string ownerName, DateOnly? date, int year) => date is { } d
        ? string.Create(CultureInfo.InvariantCulture, $"{PlaceOf(ownerName)}, ngày {d.Day:00} tháng {d.Month:00} năm {d.Year}")
        : string.Create(CultureInfo.InvariantCulture, $"{PlaceOf(ownerName)}, ngày     tháng     năm {year}");

    /// <summary>"ỦY BAN NHÂN DÂN" for a people's committee, else the body's name in capitals.</summary>
    public static string Authority(string ownerName) =>
        ownerName.StartsWith("UBND", StringComparison.OrdinalIgnoreCase) || ownerName.StartsWith("Ủy ban nhân dân", StringComparison.OrdinalIgnoreCase)
            ? "ỦY BAN NHÂN DÂN"
            : ownerName.ToUpper(ViFormat.Culture);

    /// <summary>Issuing body as printed in the header: "UBND thành phố Lai Châu" → "ỦY BAN NHÂN DÂN THÀNH PHỐ LAI CHÂU".</summary>
    public static string BodyHeading(string ownerName) =>
        (ownerName.StartsWith("UBND ", StringComparison.OrdinalIgnoreCase) ? "Ủy ban nhân dân " + ownerName[5..] : ownerName).ToUpper(ViFormat.Culture);

    public static Table HeaderBlock(string? parentName, string ownerName, string numberLine, string placeDate)
    {
        var left = new TableCell(
            CellWidth(3600),
            Para((parentName ?? string.Empty).ToUpper(ViFormat.Culture), size: 26, center: true),
            Para(ownerName.ToUpper(ViFormat.Culture), bold: true, size: 26, center: true),
            Para(numberLine, size: 26, center: true));
        var right = new TableCell(
            CellWidth(5800),
            Para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, size: 24, center: true),
            Para("Độc lập - Tự do - Hạnh phúc", bold: true, size: 26, center: true),
            Para(placeDate, italic: true, size: 26, center: true));
        var table = new Table(new TableProperties(
            new TableWidth { Width = "9400", Type = TableWidthUnitValues.Dxa },
            new TableBorders(new TopBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None },
                new LeftBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
                new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None })));
        table.Append(new TableRow(left, right));
        return table;
    }

    /// <summary>"Nơi nhận" on the left, signing capacity, title and name on the right.</summary>
    public static Table SignatureBlock(IReadOnlyList<string> recipients, IReadOnlyList<string> capacityLines, string? signerName)
    {
        var left = new TableCell(CellWidth(4700), Para("Nơi nhận:", bold: true, italic: true, size: 24));
        foreach (var r in recipients)
        {
            left.Append(Para(r, size: 22));
        }

        var right = new TableCell(CellWidth(4700));
        foreach (var line in capacityLines)
        {
            right.Append(Para(line, bold: true, size: 26, center: true));
        }

        right.Append(Para(string.Empty), Para(string.Empty), Para(string.Empty));
        right.Append(Para(signerName ?? string.Empty, bold: true, size: 28, center: true));
        var table = new Table(new TableProperties(new TableWidth { Width = "9400", Type = TableWidthUnitValues.Dxa }));
        table.Append(new TableRow(left, right));
        return table;
    }

    /// <summary>A bordered table with a bold header row (annex lists).</summary>
    public static Table Grid(IReadOnlyList<string> headers, IReadOnlyList<int> widths, IEnumerable<IReadOnlyList<string>> rows, int centeredColumn = 0)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(widths);
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(new TableWidth { Width = "9400", Type = TableWidthUnitValues.Dxa }, border));
        table.Append(new TableRow(headers.Select((h, i) => new TableCell(CellWidth(widths[i]), Para(h, bold: true, size: 24, center: true)))));
        foreach (var cells in rows)
        {
            table.Append(new TableRow(cells.Select((c, i) => new TableCell(CellWidth(widths[i]), Para(c, size: 24, center: i == centeredColumn)))));
        }

        return table;
    }

    public static Paragraph PageBreak() => new(new Run(new Break { Type = BreakValues.Page }));

    public static TableCellProperties CellWidth(int dxa) =>
        new(new TableCellWidth { Width = dxa.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });

    public static Paragraph Para(string text, bool bold = false, bool italic = false, int size = 28, bool center = false,
        bool indent = false, bool justify = false)
    {
        var runProps = new RunProperties(
            new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
            new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) });
        if (bold)
        {
            runProps.Append(new Bold());
        }

        if (italic)
        {
            runProps.Append(new Italic());
        }

        var pp = new ParagraphProperties(new SpacingBetweenLines { Before = "60", After = "60" });
        if (center)
        {
            pp.Append(new Justification { Val = JustificationValues.Center });
        }
        else if (justify)
        {
            pp.Append(new Justification { Val = JustificationValues.Both });
        }

        if (indent)
        {
            pp.Append(new Indentation { FirstLine = "567" });
        }

        return new Paragraph(pp, new Run(runProps, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                new FontSize { Val = "28" },
                new Languages { Val = "vi-VN" })),
            new ParagraphPropertiesDefault()));
        styles.Styles.Save();
    }

    [GeneratedRegex(@"^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(tỉnh|thành phố|huyện|thị xã|xã|phường|thị trấn|đặc khu)?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex PlacePrefix();
}
