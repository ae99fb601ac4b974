using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Tdkt.Domain.Common;
using Tdkt.Domain.Planning;

namespace Tdkt.Web.Documents;

/// <summary>What the exporter needs of a plan, already loaded and scoped.</summary>
public sealed record PlanDocxModel(Plan Plan, string OwnerName, string? OwnerParentName,
    IReadOnlyList<PlanDocxTask> Tasks, DateOnly Today);

public sealed record PlanDocxTask(int Order, string Content, string Lead, string Coordinating, string Timeframe);

/// <summary>
/// A plan as a .docx laid out per Decree 30/2020/NĐ-CP (Phụ lục I): A4, margins 20/20/30/15 mm, Times New Roman,
/// header block (issuing body and number left, national motto right, place and date in italics), title "KẾ HOẠCH",
/// body, signature and "Nơi nhận", and the task table as an annex on its own page.
/// </summary>
public static partial class PlanDocx
{
    private const string Font = "Times New Roman";

    public static byte[] Build(PlanDocxModel m)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            AddStyles(main);
            var body = new Body();
            var p = m.Plan;

            body.Append(HeaderBlock(m));
            body.Append(Para(string.Empty));
            body.Append(Para("KẾ HOẠCH", bold: true, size: 28, center: true));
            body.Append(Para(p.Title, bold: true, size: 28, center: true));
            body.Append(Para(string.Empty));

            foreach (var basis in p.LegalBases)
            {
                body.Append(Para(basis, indent: true, justify: true, italic: false));
            }

            foreach (var section in p.Sections)
            {
                body.Append(Para(section.Heading.ToUpper(ViFormat.Culture), bold: true, justify: true));
                foreach (var line in section.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    body.Append(Para(line, indent: true, justify: true));
                }
            }

            if (m.Tasks.Count > 0)
            {
                body.Append(Para("(Có nội dung nhiệm vụ kèm theo)", italic: true, indent: true));
            }

            body.Append(SignatureBlock(m));

            if (m.Tasks.Count > 0)
            {
                body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
                body.Append(Para("Phụ lục", bold: true, center: true));
                body.Append(Para("NỘI DUNG NHIỆM VỤ VÀ THỜI GIAN THỰC HIỆN", bold: true, center: true));
                body.Append(Para($"(Kèm theo Kế hoạch {NumberText(p.Number)} của {m.OwnerName})", italic: true, center: true));
                body.Append(TaskTable(m.Tasks));
            }

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

    private static string NumberText(string? number) =>
        string.IsNullOrWhiteSpace(number) ? "số     /KH-UBND" : (number.StartsWith("Số", StringComparison.OrdinalIgnoreCase) ? number : "số " + number);

    private static Table HeaderBlock(PlanDocxModel m)
    {
        var left = new TableCell(
            CellWidth(3600),
            Para((m.OwnerParentName ?? string.Empty).ToUpper(ViFormat.Culture), size: 26, center: true),
            Para(m.OwnerName.ToUpper(ViFormat.Culture), bold: true, size: 26, center: true),
            Para("Số: " + (string.IsNullOrWhiteSpace(m.Plan.Number) ? "     /KH-UBND" : m.Plan.Number.Replace("Số:", string.Empty, StringComparison.OrdinalIgnoreCase).Trim()), size: 26, center: true));
        var issued = m.Plan.IssuedOn;
        var dateLine = issued is { } d
            ? string.Create(CultureInfo.InvariantCulture, $"{PlaceOf(m.OwnerName)}, ngày {d.Day:00} tháng {d.Month:00} năm {d.Year}")
            : string.Create(CultureInfo.InvariantCulture, $"{PlaceOf(m.OwnerName)}, ngày     tháng     năm {m.Plan.Year}");
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

    private static Table SignatureBlock(PlanDocxModel m)
    {
        var left = new TableCell(CellWidth(4700),
            Para("Nơi nhận:", bold: true, italic: true, size: 24),
            Para("- Như trên;", size: 22),
            Para("- Lưu: VT.", size: 22));
        var right = new TableCell(CellWidth(4700),
            Para("TM. " + Authority(m.OwnerName), bold: true, size: 26, center: true),
            Para("CHỦ TỊCH", bold: true, size: 26, center: true),
            Para(string.Empty), Para(string.Empty), Para(string.Empty));
        var table = new Table(new TableProperties(new TableWidth { Width = "9400", Type = TableWidthUnitValues.Dxa }));
        table.Append(new TableRow(left, right));
        return table;
    }

    private static string Authority(string ownerName) =>
        ownerName.StartsWith("UBND", StringComparison.OrdinalIgnoreCase) || ownerName.StartsWith("Ủy ban nhân dân", StringComparison.OrdinalIgnoreCase)
            ? "ỦY BAN NHÂN DÂN"
            : ownerName.ToUpper(ViFormat.Culture);

    private static Table TaskTable(IReadOnlyList<PlanDocxTask> tasks)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(new TableWidth { Width = "9400", Type = TableWidthUnitValues.Dxa }, border));
        int[] widths = [700, 3900, 1600, 1800, 1400];
        string[] headers = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"];
        table.Append(new TableRow(headers.Select((h, i) => new TableCell(CellWidth(widths[i]), Para(h, bold: true, size: 24, center: true)))));
        foreach (var t in tasks)
        {
            string[] cells = [t.Order.ToString(CultureInfo.InvariantCulture), t.Content, t.Lead, t.Coordinating, t.Timeframe];
            table.Append(new TableRow(cells.Select((c, i) => new TableCell(CellWidth(widths[i]), Para(c, size: 24, center: i == 0)))));
        }

        return table;
    }

    private static TableCellProperties CellWidth(int dxa) =>
        new(new TableCellWidth { Width = dxa.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });

    private static Paragraph Para(string text, bool bold = false, bool italic = false, int size = 28, bool center = false,
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
