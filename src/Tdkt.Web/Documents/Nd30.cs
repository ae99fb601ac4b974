using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Tdkt.Domain.Documents;

namespace Tdkt.Web.Documents;

/// <summary>
/// Shared pieces of Decree 30/2020/NĐ-CP (Phụ lục I) documents: A4 portrait, margins top/bottom 20 mm, left 30 mm,
/// right 15 mm; Times New Roman 13–14 pt; page numbers centred in the top margin from page 2; the header block
/// (issuing body with its line, number; motto with its line, place and date in italics); the title with the line under
/// the trích yếu; căn cứ in italics; "Điều N." bold; "Nơi nhận" and the signature block; bordered tables.
/// Elements are written in schema order and every table has its w:tblGrid, so <c>OpenXmlValidator</c> reports
/// nothing (Word is not available here; the validator is the proxy, ADR-0016).
/// </summary>
public static class Nd30
{
    public const string Font = "Times New Roman";

    /// <summary>Width of the text area in twentieths of a point: 210 mm − 30 mm − 15 mm.</summary>
    public const int TextWidth = 9355;

    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>A .docx with the default styles, A4 page set and page numbers from page 2; <paramref name="fill"/> appends the content.</summary>
    public static byte[] Document(Action<Body> fill)
    {
        ArgumentNullException.ThrowIfNull(fill);
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            AddStyles(main);
            var numbered = main.AddNewPart<HeaderPart>();
            numbered.Header = new Header(new Paragraph(
                new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                new SimpleField(new Run(RunProps(false, false, 26), new Text("2"))) { Instruction = " PAGE " }));
            numbered.Header.Save();
            var first = main.AddNewPart<HeaderPart>();
            first.Header = new Header(new Paragraph());
            first.Header.Save();

            var body = new Body();
            fill(body);
            body.Append(new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(numbered) },
                new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(first) },
                new PageSize { Width = 11906U, Height = 16838U, Orient = PageOrientationValues.Portrait },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1701U, Right = 850U, Header = 567U, Footer = 567U, Gutter = 0U },
                new TitlePage()));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>"Lai Châu, ngày 05 tháng 01 năm 2024" (blank day and month when not dated yet).</summary>
    public static string PlaceDate(IssuingBody body, DateOnly? date, int year)
    {
        ArgumentNullException.ThrowIfNull(body);
        return date is { } d
            ? string.Create(CultureInfo.InvariantCulture, $"{body.Place}, ngày {d.Day:00} tháng {d.Month:00} năm {d.Year}")
            : string.Create(CultureInfo.InvariantCulture, $"{body.Place}, ngày     tháng     năm {year}");
    }

    /// <summary>By name only (the kind inferred from the name): kept for callers that know no more.</summary>
    public static string PlaceDate(string ownerName, DateOnly? date, int year) => PlaceDate(IssuingBody.Of(ownerName, null, null), date, year);

    /// <summary>By name only (the kind inferred from the name): kept for callers that know no more.</summary>
    public static Table HeaderBlock(string? parentName, string ownerName, string numberLine, string placeDate) =>
        HeaderBlock(IssuingBody.Of(ownerName, null, parentName), numberLine, placeDate);

    /// <summary>Left: the directly governing body (where one exists), the body in bold, its line, "Số: …"; right: the
    /// national motto with its line and the place and date in italics.</summary>
    public static Table HeaderBlock(IssuingBody body, string numberLine, string placeDate, IReadOnlyList<string>? nameLines = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        const int leftWidth = 3700, rightWidth = TextWidth - leftWidth;
        var left = new TableCell(CellProps(leftWidth));
        if (body.ParentLine is { } parent)
        {
            left.Append(Para(parent, size: 26, center: true, after: 0));
        }

        foreach (var line in nameLines ?? body.NameLines)
        {
            left.Append(Para(line, bold: true, size: 26, center: true, after: 0));
        }

        left.Append(Line(leftWidth, 1200));
        if (numberLine.Length > 0)
        {
            left.Append(Para(numberLine, size: 26, center: true, before: 60));
        }

        var right = new TableCell(CellProps(rightWidth),
            Para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, size: 26, center: true, after: 0),
            Para("Độc lập - Tự do - Hạnh phúc", bold: true, size: 28, center: true, after: 0),
            Line(rightWidth, 3200),
            Para(placeDate, italic: true, size: 28, center: true, before: 60));
        return Table([leftWidth, rightWidth], borders: false, new TableRow(left, right));
    }

    /// <summary>Kind of document and trích yếu, centred bold, with the line under the trích yếu.</summary>
    public static void Title(Body body, string kind, string? summary)
    {
        ArgumentNullException.ThrowIfNull(body);
        body.Append(Para(string.Empty, after: 0));
        body.Append(Para(kind, bold: true, center: true, after: 0));
        if (!string.IsNullOrWhiteSpace(summary))
        {
            body.Append(Para(summary, bold: true, center: true, after: 0));
        }

        body.Append(Line(TextWidth, 1800));
    }

    /// <summary>A short centred horizontal line (a top border on an empty paragraph narrowed by indentation), as the
    /// decree draws under the issuing body, the motto and the trích yếu.</summary>
    public static Paragraph Line(int containerWidth, int lineWidth)
    {
        var side = Math.Max(0, (containerWidth - lineWidth) / 2 - 110).ToString(CultureInfo.InvariantCulture);
        return new Paragraph(new ParagraphProperties(
            new ParagraphBorders(new TopBorder { Val = BorderValues.Single, Size = 6U, Space = 1U, Color = "000000" }),
            new SpacingBetweenLines { Before = "0", After = "0", Line = "120", LineRule = LineSpacingRuleValues.Exact },
            new Indentation { Left = side, Right = side },
            new Justification { Val = JustificationValues.Center }));
    }

    /// <summary>A căn cứ line: italic, justified, first-line indent.</summary>
    public static Paragraph Ground(string text) => Para(text, italic: true, indent: true, justify: true);

    /// <summary>"Điều 1." in bold followed by the text.</summary>
    public static Paragraph Article(int number, string text) => new(
        ParaProps(center: false, indent: true, justify: true, before: 60, after: 60),
        TextRun(string.Create(CultureInfo.InvariantCulture, $"Điều {number}. "), bold: true, italic: false, size: 28),
        TextRun(text, bold: false, italic: false, size: 28));

    /// <summary>Appends the signature block so that it is never alone on a page: the last paragraph of text before it
    /// keeps with it (w:keepNext) and its row never splits (w:cantSplit) — when the text fills page 1, the last
    /// paragraph moves to page 2 together with the signature.</summary>
    public static void Sign(Body body, IReadOnlyList<string> recipients, IReadOnlyList<string> capacityLines, string? signerName)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Elements().LastOrDefault() is Paragraph last)
        {
            KeepWithNext(last);
        }

        body.Append(SignatureBlock(recipients, capacityLines, signerName));
    }

    /// <summary>w:keepNext first in the paragraph's properties (schema order: keepNext before spacing, pageBreakBefore…).</summary>
    public static Paragraph KeepWithNext(Paragraph p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var pp = p.ParagraphProperties ?? p.PrependChild(new ParagraphProperties());
        if (pp.KeepNext is null)
        {
            pp.PrependChild(new KeepNext());
        }

        return p;
    }

    /// <summary>"Nơi nhận" on the left, capacity, blank space for the signature and the name on the right.</summary>
    public static Table SignatureBlock(IReadOnlyList<string> recipients, IReadOnlyList<string> capacityLines, string? signerName)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(capacityLines);
        const int leftWidth = 4300, rightWidth = TextWidth - leftWidth;
        var left = new TableCell(CellProps(leftWidth), Para("Nơi nhận:", bold: true, italic: true, size: 24, after: 0, before: 120));
        foreach (var r in recipients)
        {
            left.Append(Para(r, size: 22, after: 0));
        }

        var right = new TableCell(CellProps(rightWidth));
        foreach (var line in capacityLines)
        {
            right.Append(Para(line, bold: true, size: 28, center: true, after: 0, before: line == capacityLines[0] ? 120 : 0));
        }

        right.Append(Para(string.Empty), Para(string.Empty), Para(string.Empty));
        right.Append(Para(signerName ?? string.Empty, bold: true, size: 28, center: true));
        return Table([leftWidth, rightWidth], borders: false, new TableRow(new TableRowProperties(new CantSplit()), left, right)); // never split from its name
    }

    /// <summary>A bordered table with a bold header row (annex lists).</summary>
    public static Table Grid(IReadOnlyList<string> headers, IReadOnlyList<int> widths, IEnumerable<IReadOnlyList<string>> rows, int centeredColumn = 0)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(widths);
        ArgumentNullException.ThrowIfNull(rows);
        var head = new TableRow(new TableRowProperties(new TableHeader()));
        head.Append(headers.Select((h, i) => new TableCell(CellProps(widths[i]), Para(h, bold: true, size: 26, center: true, before: 40, after: 40))));
        var table = Table(widths, borders: true, head);
        foreach (var cells in rows)
        {
            table.Append(Row(widths, cells, centeredColumn, bold: false));
        }

        return table;
    }

    /// <summary>A row of <see cref="Grid"/> (group headings and totals in bold).</summary>
    public static TableRow Row(IReadOnlyList<int> widths, IReadOnlyList<string> cells, int centeredColumn, bool bold)
    {
        ArgumentNullException.ThrowIfNull(widths);
        ArgumentNullException.ThrowIfNull(cells);
        var row = new TableRow(new TableRowProperties(new CantSplit()));
        row.Append(cells.Select((c, i) => new TableCell(CellProps(widths[i]), Para(c, bold: bold, size: 26, center: i == centeredColumn, before: 40, after: 40))));
        return row;
    }

    /// <summary>A table with its grid (w:tblGrid) and fixed layout.</summary>
    public static Table Table(IReadOnlyList<int> widths, bool borders, params TableRow[] rows)
    {
        ArgumentNullException.ThrowIfNull(widths);
        var val = borders ? BorderValues.Single : BorderValues.None;
        var size = borders ? 4U : 0U;
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new TopBorder { Val = val, Size = size }, new LeftBorder { Val = val, Size = size },
                    new BottomBorder { Val = val, Size = size }, new RightBorder { Val = val, Size = size },
                    new InsideHorizontalBorder { Val = val, Size = size }, new InsideVerticalBorder { Val = val, Size = size }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        table.Append(rows);
        return table;
    }

    /// <summary>Starts the next paragraph on a new page without an empty paragraph of its own (no blank page when
    /// the previous content ends exactly at the bottom).</summary>
    public static Paragraph NewPage(Paragraph first)
    {
        ArgumentNullException.ThrowIfNull(first);
        var pp = first.ParagraphProperties ?? first.PrependChild(new ParagraphProperties());
        pp.PrependChild(new PageBreakBefore());
        return first;
    }

    public static TableCellProperties CellProps(int dxa) =>
        new(new TableCellWidth { Width = dxa.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });

    public static Paragraph Para(string text, bool bold = false, bool italic = false, int size = 28, bool center = false,
        bool indent = false, bool justify = false, int before = 60, int after = 60) =>
        new(ParaProps(center, indent, justify, before, after), TextRun(text, bold, italic, size));

    private static ParagraphProperties ParaProps(bool center, bool indent, bool justify, int before, int after)
    {
        var pp = new ParagraphProperties(new SpacingBetweenLines
        {
            Before = before.ToString(CultureInfo.InvariantCulture), After = after.ToString(CultureInfo.InvariantCulture),
            Line = "276", LineRule = LineSpacingRuleValues.Auto,
        });
        if (indent)
        {
            pp.Append(new Indentation { FirstLine = "567" });
        }

        if (center)
        {
            pp.Append(new Justification { Val = JustificationValues.Center });
        }
        else if (justify)
        {
            pp.Append(new Justification { Val = JustificationValues.Both });
        }

        return pp;
    }

    private static Run TextRun(string text, bool bold, bool italic, int size) =>
        new(RunProps(bold, italic, size), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    /// <summary>Run properties in schema order: rFonts, b, i, sz, szCs.</summary>
    private static RunProperties RunProps(bool bold, bool italic, int size)
    {
        var rp = new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font });
        if (bold)
        {
            rp.Append(new Bold());
        }

        if (italic)
        {
            rp.Append(new Italic());
        }

        var s = size.ToString(CultureInfo.InvariantCulture);
        rp.Append(new FontSize { Val = s }, new FontSizeComplexScript { Val = s });
        return rp;
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                    new Color { Val = "000000" },
                    new FontSize { Val = "28" },
                    new FontSizeComplexScript { Val = "28" },
                    new Languages { Val = "vi-VN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0" }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
        styles.Styles.Save();
    }
}
