using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Tdkt.Domain.Common;

namespace Tdkt.Web.Documents;

/// <summary>
/// Shared pieces of an administrative document per Decree 30/2020/NĐ-CP (Phụ lục I): A4, margins 20/20/30/15 mm,
/// Times New Roman, header block (issuing body and number left, national motto right, place and date in italics),
/// signature block with "Nơi nhận". Used by the plan export and the invitation letters.
/// </summary>
public static partial class Nd30
{
    public const string Font = "Times New Roman";

    /// <summary>Creates the document, lets <paramref name="fill"/> write the body, adds A4 page setup.</summary>
    public static byte[] Build(Action<Body> fill)
    {
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

    /// <summary>"Lai Châu, ngày 05 tháng 12 năm 2023" or with blanks when the date is not known yet.</summary>
    public static string DateLine(string ownerName, DateOnly? date, int year) => date is { } d
        ? string.Create(CultureInfo.InvariantCulture, $"{PlaceOf(ownerName)}, ngày {d.Day:00} tháng {d.Month:00} năm {d.Year}")
        : string.Create(CultureInfo.InvariantCulture, $"{PlaceOf(ownerName)}, ngày     tháng     năm {year}");

    /// <summary>The two-column header: parent body, issuing body, number | motto, place and date.</summary>
    public static Table HeaderBlock(string? parentName, string ownerName, string numberLine, string dateLine)
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
            Para(dateLine, italic: true, size: 26, center: true));
        var table = new Table(new TableProperties(
            new TableWidth { Width = "9400", Type = TableWidthUnitValues.Dxa },
            new TableBorders(new TopBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None },
                new LeftBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
                new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None })));
        table.Append(new TableRow(left, right));
        return table;
    }

    /// <summary>"Nơi nhận" left, "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" right.</summary>
    public static Table SignatureBlock(string ownerName, IReadOnlyList<string>? recipients = null)
    {
        var left = new TableCell(CellWidth(4700), Para("Nơi nhận:", bold: true, italic: true, size: 24));
        foreach (var r in recipients ?? ["- Như trên;", "- Lưu: VT."])
        {
            left.Append(Para(r, size: 22));
        }

        var right = new TableCell(CellWidth(4700),
            Para("TM. " + Authority(ownerName), bold: true, size: 26, center: true),
            Para("CHỦ TỊCH", bold: true, size: 26, center: true),
            Para(string.Empty), Para(string.Empty), Para(string.Empty));
        var table = new Table(new TableProperties(new TableWidth { Width = "9400", Type = TableWidthUnitValues.Dxa }));
        table.Append(new TableRow(left, right));
        return table;
    }

    public static string Authority(string ownerName) =>
        ownerName.StartsWith("UBND", StringComparison.OrdinalIgnoreCase) || ownerName.StartsWith("Ủy ban nhân dân", StringComparison.OrdinalIgnoreCase)
            ? "ỦY BAN NHÂN DÂN"
            : ownerName.ToUpper(ViFormat.Culture);

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
