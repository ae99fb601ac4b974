using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tdkt.Domain.Common;

namespace Tdkt.Web.Infrastructure;

/// <summary>Minimal .xlsx writing (one sheet, text and numbers) and reading (first sheet as text cells) with OpenXml.</summary>
public static class Xlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>One sheet; strings are inline, numbers (int, decimal) are numeric cells.</summary>
    public static byte[] Write(string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = doc.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(1, headers.Cast<object?>().ToList()));
            var index = 1u;
            foreach (var r in rows)
            {
                data.Append(Row(++index, r));
            }

            sheetPart.Worksheet = new Worksheet(data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName });
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Row Row(uint index, IReadOnlyList<object?> values)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < values.Count; i++)
        {
            var reference = ColumnName(i) + index.ToString(CultureInfo.InvariantCulture);
            row.Append(values[i] switch
            {
                int n => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(n.ToString(CultureInfo.InvariantCulture)) },
                decimal d => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(d.ToString(CultureInfo.InvariantCulture)) },
                var v => new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(Convert.ToString(v, CultureInfo.InvariantCulture) ?? string.Empty) { Space = SpaceProcessingModeValues.Preserve }),
                },
            });
        }

        return row;
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
