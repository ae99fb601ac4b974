using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tdkt.Domain.Common;

namespace Tdkt.Web.Infrastructure;

/// <summary>A sheet to write: Vietnamese name, headers, rows (text, int, decimal, <see cref="XlsxMoney"/>,
/// <see cref="DateOnly"/>); with a <see cref="Title"/> it is a finished document (styles, frozen header, A4 landscape).</summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    public string? Title { get; init; }
    public string? Subtitle { get; init; }

    /// <summary>Column widths in characters.</summary>
    public IReadOnlyList<double>? Widths { get; init; }

    /// <summary>Label of the totals row (in column B); null: no totals row.</summary>
    public string? TotalLabel { get; init; }

    /// <summary>0-based column of <see cref="TotalLabel"/> (B by default).</summary>
    public int TotalLabelColumn { get; init; } = 1;

    /// <summary>0-based columns summed in the totals row.</summary>
    public IReadOnlyList<int> TotalColumns { get; init; } = [];
}

/// <summary>An amount of money in đồng: a number cell formatted #,##0.</summary>
public readonly record struct XlsxMoney(decimal Amount);

/// <summary>Minimal .xlsx writing (one sheet, text and numbers) and reading (first sheet as text cells) with OpenXml.</summary>
public static class Xlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>One plain sheet (header on row 1, as the import templates need it); see <see cref="Write(XlsxSheet)"/>.</summary>
    public static byte[] Write(string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows) =>
        Write(new XlsxSheet(sheetName, headers, rows.ToList()));

    // Style indexes of the stylesheet below.
    private const uint StyleText = 1, StyleHeader = 2, StyleMoney = 3, StyleDate = 4, StyleTitle = 5, StyleNumber = 6,
        StyleTotalText = 7, StyleTotalMoney = 8, StyleSubtitle = 9, StyleDecimal = 10;

    /// <summary>
    /// A finished sheet: optional title rows, a bold header with borders frozen below the title, column widths,
    /// money (<see cref="XlsxMoney"/>) as numbers formatted #,##0 (shown 1.250.000 with Vietnamese separators), dates
    /// (<see cref="DateOnly"/>) as real dates shown dd/MM/yyyy, a totals row with SUM formulas, A4 landscape fitted to
    /// the page width. Strings are inline. Elements are written in schema order (OpenXmlValidator: no errors).
    /// </summary>
    public static byte[] Write(XlsxSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = doc.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            styles.Stylesheet.Save();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var columns = sheet.Headers.Count;
            var index = 0u;
            var merges = new List<string>();
            foreach (var (text, style) in new[] { (sheet.Title, StyleTitle), (sheet.Subtitle, StyleSubtitle) })
            {
                if (!string.IsNullOrWhiteSpace(text))
                {
                    index++;
                    data.Append(new Row(TextCell(0, index, text, style)) { RowIndex = index });
                    if (columns > 1)
                    {
                        merges.Add($"A{index}:{ColumnName(columns - 1)}{index}");
                    }
                }
            }

            if (index > 0)
            {
                index++;
                data.Append(new Row { RowIndex = index });
            }

            var headerRow = ++index;
            data.Append(new Row(sheet.Headers.Select((h, i) => TextCell(i, headerRow, h, sheet.Title is null ? 0 : StyleHeader))) { RowIndex = headerRow });
            var styled = sheet.Title is not null;
            foreach (var r in sheet.Rows)
            {
                data.Append(Row(++index, r, styled));
            }

            if (sheet.TotalLabel is { } label && sheet.Rows.Count > 0)
            {
                var totalRow = ++index;
                var row = new Row { RowIndex = totalRow };
                for (var i = 0; i < columns; i++)
                {
                    if (sheet.TotalColumns.Contains(i))
                    {
                        var col = ColumnName(i);
                        var sum = sheet.Rows.Sum(r => i < r.Count ? r[i] switch { XlsxMoney m => m.Amount, decimal d => d, int n => n, _ => 0m } : 0m);
                        row.Append(new Cell
                        {
                            CellReference = col + totalRow.ToString(CultureInfo.InvariantCulture), StyleIndex = StyleTotalMoney,
                            CellFormula = new CellFormula($"SUM({col}{headerRow + 1}:{col}{totalRow - 1})"),
                            CellValue = new CellValue(sum.ToString(CultureInfo.InvariantCulture)),
                        });
                    }
                    else
                    {
                        row.Append(TextCell(i, totalRow, i == sheet.TotalLabelColumn ? label : string.Empty, StyleTotalText));
                    }
                }

                data.Append(row);
            }

            var worksheet = new Worksheet();
            if (styled)
            {
                worksheet.Append(new SheetProperties(new PageSetupProperties { FitToPage = true }));
                worksheet.Append(new SheetViews(new SheetView(new Pane
                {
                    VerticalSplit = headerRow, TopLeftCell = $"A{headerRow + 1}",
                    ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
                })
                { WorkbookViewId = 0U }));
            }

            if (sheet.Widths is { Count: > 0 } widths)
            {
                worksheet.Append(new Columns(widths.Select((w, i) => new Column
                {
                    Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true,
                })));
            }

            worksheet.Append(data);
            if (merges.Count > 0)
            {
                worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
            }

            if (styled)
            {
                worksheet.Append(new PageMargins { Left = 0.5, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
                worksheet.Append(new PageSetup { PaperSize = 9U, Orientation = OrientationValues.Landscape, FitToWidth = 1U, FitToHeight = 0U });
            }

            sheetPart.Worksheet = worksheet;
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = SheetName(sheet.Name) });
            if (styled)
            {
                workbook.Workbook.Append(new DefinedNames(new DefinedName($"'{SheetName(sheet.Name)}'!${headerRow}:${headerRow}")
                {
                    Name = "_xlnm.Print_Titles", LocalSheetId = 0U,
                }));
            }

            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>At most 31 characters, none of []:*?/\ (Excel's rule for sheet names).</summary>
    private static string SheetName(string name)
    {
        var s = new string([.. name.Where(c => "[]:*?/\\".IndexOf(c, StringComparison.Ordinal) < 0)]).Trim();
        return s.Length == 0 ? "Danh sách" : s.Length > 31 ? s[..31] : s;
    }

    private static Cell TextCell(int column, uint row, string text, uint style)
    {
        var cell = new Cell
        {
            CellReference = ColumnName(column) + row.ToString(CultureInfo.InvariantCulture),
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
        };
        if (style != 0)
        {
            cell.StyleIndex = style;
        }

        return cell;
    }

    private static Row Row(uint index, IReadOnlyList<object?> values, bool styled = false)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < values.Count; i++)
        {
            var reference = ColumnName(i) + index.ToString(CultureInfo.InvariantCulture);
            Cell cell = values[i] switch
            {
                int n => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(n.ToString(CultureInfo.InvariantCulture)), StyleIndex = styled ? StyleNumber : null },
                decimal d => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(d.ToString(CultureInfo.InvariantCulture)), StyleIndex = styled ? StyleDecimal : null },
                XlsxMoney m => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(m.Amount.ToString(CultureInfo.InvariantCulture)), StyleIndex = StyleMoney },
                DateOnly day => new Cell
                {
                    CellReference = reference, StyleIndex = StyleDate,
                    CellValue = new CellValue((day.DayNumber - new DateOnly(1899, 12, 30).DayNumber).ToString(CultureInfo.InvariantCulture)),
                },
                var v => TextCell(i, index, Convert.ToString(v, CultureInfo.InvariantCulture) ?? string.Empty, styled ? StyleText : 0),
            };
            row.Append(cell);
        }

        return row;
    }

    private static Stylesheet Stylesheet()
    {
        static Font Font(bool bold, double size)
        {
            var f = new Font();
            if (bold)
            {
                f.Append(new Bold());
            }

            f.Append(new FontSize { Val = size }, new FontName { Val = "Times New Roman" });
            return f;
        }

        static CellFormat Xf(uint font, uint border, uint numFmt, HorizontalAlignmentValues? align, bool wrap)
        {
            var xf = new CellFormat { FontId = font, FillId = 0U, BorderId = border, NumberFormatId = numFmt, FormatId = 0U, ApplyFont = true, ApplyBorder = border != 0, ApplyNumberFormat = numFmt != 0 };
            if (align is not null || wrap)
            {
                xf.ApplyAlignment = true;
                var alignment = new Alignment { Vertical = VerticalAlignmentValues.Center, WrapText = wrap };
                if (align is { } a)
                {
                    alignment.Horizontal = a;
                }

                xf.Append(alignment);
            }

            return xf;
        }

        var thin = new Border(
            new LeftBorder(new Color { Indexed = 64U }) { Style = BorderStyleValues.Thin },
            new RightBorder(new Color { Indexed = 64U }) { Style = BorderStyleValues.Thin },
            new TopBorder(new Color { Indexed = 64U }) { Style = BorderStyleValues.Thin },
            new BottomBorder(new Color { Indexed = 64U }) { Style = BorderStyleValues.Thin },
            new DiagonalBorder());
        return new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = 164U, FormatCode = "#,##0" },
                new NumberingFormat { NumberFormatId = 165U, FormatCode = "dd/mm/yyyy" }) { Count = 2U },
            new Fonts(Font(false, 12), Font(true, 12), Font(true, 14), Font(false, 12)) { Count = 4U },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2U },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin) { Count = 2U },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
            new CellFormats(
                Xf(0, 0, 0, null, false),                                // 0 default
                Xf(0, 1, 0, HorizontalAlignmentValues.Left, true),       // 1 text
                Xf(1, 1, 0, HorizontalAlignmentValues.Center, true),     // 2 header
                Xf(0, 1, 164, HorizontalAlignmentValues.Right, false),   // 3 money
                Xf(0, 1, 165, HorizontalAlignmentValues.Center, false),  // 4 date
                Xf(2, 0, 0, HorizontalAlignmentValues.Center, false),    // 5 title
                Xf(0, 1, 0, HorizontalAlignmentValues.Center, false),    // 6 integer
                Xf(1, 1, 0, HorizontalAlignmentValues.Left, false),      // 7 total text
                Xf(1, 1, 164, HorizontalAlignmentValues.Right, false),   // 8 total money
                Xf(3, 0, 0, HorizontalAlignmentValues.Center, false),    // 9 subtitle
                Xf(0, 1, 0, HorizontalAlignmentValues.Right, false)) { Count = 11U }, // 10 decimal
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });
    }

    public static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>The first sheet as rows of trimmed text (numbers as invariant text), keyed by the 1-based row number.
    /// Null when the bytes are not an .xlsx workbook or pass a limit of <see cref="UploadLimits"/>.</summary>
    public static IReadOnlyList<(int Line, string[] Cells)>? Read(byte[] content) =>
        Read(content, "unreadable") is { IsSuccess: true } read ? read.Value : null;

    /// <summary>The first sheet as rows of trimmed text; <paramref name="unreadableMessage"/> (field "Upload") when the
    /// bytes are not a workbook, the Vietnamese limit message when the package or sheet passes a limit of
    /// <see cref="UploadLimits"/> (zip bombs, millions of cells, over-long cells). The package is opened with OpenXml,
    /// the sheet and shared strings parts are streamed (SAX) with an XmlReader: no element tree is built
    /// (docs/benchmarks.md), text is read in chunks so a huge text node never becomes one string.</summary>
    public static Result<IReadOnlyList<(int Line, string[] Cells)>> Read(byte[] content, string unreadableMessage)
    {
        if (UploadLimits.CheckZip(content) is { } tooLarge)
        {
            return new ValidationError("Upload", tooLarge);
        }

        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var doc = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = 10_000_000 });
            var workbook = doc.WorkbookPart;
            var sheet = workbook?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (workbook is null || sheet?.Id?.Value is not { } id)
            {
                return new ValidationError("Upload", unreadableMessage);
            }

            var budget = new TextBudget();
            var shared = workbook.SharedStringTablePart is { } sst ? SharedStrings(sst, budget) : [];
            return Rows((WorksheetPart)workbook.GetPartById(id), shared, budget);
        }
        catch (UploadLimits.ExceededException e)
        {
            return new ValidationError("Upload", e.Message);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or InvalidOperationException
            or System.Xml.XmlException or IOException or ArgumentException)
        {
            return new ValidationError("Upload", unreadableMessage);
        }
    }

    /// <summary>Counts the characters kept from one file against <see cref="UploadLimits.MaxTextChars"/>.</summary>
    private sealed class TextBudget
    {
        private readonly char[] _chunk = new char[4096];
        private long _chars;

        /// <summary>Appends the current text node to <paramref name="to"/> chunk by chunk, within the limits.</summary>
        public void Append(System.Xml.XmlReader xml, StringBuilder to)
        {
            int n;
            while ((n = xml.ReadValueChunk(_chunk, 0, _chunk.Length)) > 0)
            {
                _chars += n;
                if (to.Length + n > UploadLimits.MaxCellChars)
                {
                    throw new UploadLimits.ExceededException(UploadLimits.CellTooLongMessage);
                }

                if (_chars > UploadLimits.MaxTextChars)
                {
                    throw new UploadLimits.ExceededException(UploadLimits.TooLargeMessage);
                }

                to.Append(_chunk, 0, n);
            }
        }
    }

    private static System.Xml.XmlReader OpenPart(OpenXmlPart part) =>
        System.Xml.XmlReader.Create(
            new UploadLimits.LimitedStream(part.GetStream(FileMode.Open, FileAccess.Read), UploadLimits.MaxUnpackedBytes),
            new System.Xml.XmlReaderSettings { IgnoreWhitespace = false, DtdProcessing = System.Xml.DtdProcessing.Prohibit, XmlResolver = null });

    private static string[] SharedStrings(SharedStringTablePart part, TextBudget budget)
    {
        var items = new List<string>();
        var text = new StringBuilder();
        var inText = false;
        var phonetic = 0;
        using var xml = OpenPart(part);
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case System.Xml.XmlNodeType.Element when xml.LocalName == "si":
                    text.Clear();
                    if (items.Count >= UploadLimits.MaxCells)
                    {
                        throw new UploadLimits.ExceededException(UploadLimits.TooManyRowsMessage);
                    }

                    if (xml.IsEmptyElement)
                    {
                        items.Add(string.Empty);
                    }

                    break;
                case System.Xml.XmlNodeType.Element when xml.LocalName == "rPh" && !xml.IsEmptyElement:
                    phonetic++;
                    break;
                case System.Xml.XmlNodeType.Element when xml.LocalName == "t":
                    inText = phonetic == 0 && !xml.IsEmptyElement;
                    break;
                case System.Xml.XmlNodeType.Text or System.Xml.XmlNodeType.SignificantWhitespace or System.Xml.XmlNodeType.Whitespace or System.Xml.XmlNodeType.CDATA when inText:
                    budget.Append(xml, text);
                    break;
                case System.Xml.XmlNodeType.EndElement when xml.LocalName == "t":
                    inText = false;
                    break;
                case System.Xml.XmlNodeType.EndElement when xml.LocalName == "rPh":
                    phonetic--;
                    break;
                case System.Xml.XmlNodeType.EndElement when xml.LocalName == "si":
                    items.Add(text.ToString());
                    break;
                default:
                    break;
            }
        }

        return [.. items];
    }

    /// <summary>The sheet's rows read with <see cref="System.Xml.XmlReader"/> straight from the part stream: the
    /// OpenXmlReader loop costs about as much as the DOM here (an element object per node), plain XML reading a
    /// fraction of it.</summary>
    private static List<(int Line, string[] Cells)> Rows(WorksheetPart part, string[] shared, TextBudget budget)
    {
        var rows = new List<(int, string[])>();
        var cells = new List<string>();
        var value = new StringBuilder();
        var line = 0;
        long cellCount = 0;
        int? column = null;
        string? type = null;
        var inValue = false;
        using var xml = OpenPart(part);
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case System.Xml.XmlNodeType.Element:
                    switch (xml.LocalName)
                    {
                        case "row":
                            cells.Clear();
                            if (rows.Count >= UploadLimits.MaxRows)
                            {
                                throw new UploadLimits.ExceededException(UploadLimits.TooManyRowsMessage);
                            }

                            line = uint.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= int.MaxValue ? (int)n : rows.Count + 1;
                            if (xml.IsEmptyElement)
                            {
                                rows.Add((line, []));
                            }

                            break;
                        case "c":
                            value.Clear();
                            column = ColumnIndex(xml.GetAttribute("r"));
                            type = xml.GetAttribute("t");
                            if (xml.IsEmptyElement)
                            {
                                AddCell();
                            }

                            break;
                        case "v" or "t":
                            inValue = !xml.IsEmptyElement;
                            break;
                    }

                    break;
                case System.Xml.XmlNodeType.Text or System.Xml.XmlNodeType.SignificantWhitespace or System.Xml.XmlNodeType.Whitespace or System.Xml.XmlNodeType.CDATA when inValue:
                    budget.Append(xml, value);
                    break;
                case System.Xml.XmlNodeType.EndElement:
                    switch (xml.LocalName)
                    {
                        case "row":
                            rows.Add((line, cells.ToArray()));
                            break;
                        case "c":
                            AddCell();
                            break;
                        case "v" or "t":
                            inValue = false;
                            break;
                    }

                    break;
                default:
                    break;
            }
        }

        return rows;

        void AddCell()
        {
            var at = column ?? cells.Count;
            if (at >= UploadLimits.MaxCellsPerRow || ++cellCount > UploadLimits.MaxCells)
            {
                throw new UploadLimits.ExceededException(UploadLimits.TooManyRowsMessage);
            }

            while (cells.Count < at)
            {
                cells.Add(string.Empty);
            }

            var text = value.ToString();
            cells.Add((type == "s" && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Length ? shared[i] : text).Trim());
        }
    }

    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var n = 0;
        foreach (var ch in reference)
        {
            if (!char.IsAsciiLetterUpper(ch))
            {
                break;
            }

            n = n * 26 + (ch - 'A' + 1);
            if (n > 1_000_000)
            {
                return n;
            }
        }

        return n - 1;
    }
}
