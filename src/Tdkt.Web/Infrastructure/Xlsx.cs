using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

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
    /// Null when the bytes are not an .xlsx workbook. Streams the parts with <see cref="OpenXmlReader"/> (SAX): no
    /// element tree is built, so 100,000 rows parse in about a second rather than eight.</summary>
    public static IReadOnlyList<(int Line, string[] Cells)>? Read(byte[] content)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var doc = SpreadsheetDocument.Open(stream, false);
            var workbook = doc.WorkbookPart;
            var sheet = workbook?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (workbook is null || sheet?.Id?.Value is not { } id)
            {
                return null;
            }

            var shared = workbook.SharedStringTablePart is { } sst ? SharedStrings(sst) : [];
            return Rows((WorksheetPart)workbook.GetPartById(id), shared);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or InvalidOperationException or System.Xml.XmlException)
        {
            return null;
        }
    }

    private static string[] SharedStrings(SharedStringTablePart part)
    {
        var items = new List<string>();
        var text = new StringBuilder();
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem))
            {
                if (reader.IsStartElement)
                {
                    text.Clear();
                }
                else
                {
                    items.Add(text.ToString());
                }
            }
            else if (reader.ElementType == typeof(Text) && reader.IsStartElement)
            {
                text.Append(reader.GetText());
            }
        }

        return [.. items];
    }

    private static List<(int Line, string[] Cells)> Rows(WorksheetPart part, string[] shared)
    {
        var rows = new List<(int, string[])>();
        var cells = new List<string>();
        var value = new StringBuilder();
        var line = 0;
        int? column = null;
        string? type = null;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            var element = reader.ElementType;
            if (element == typeof(Row))
            {
                if (reader.IsStartElement)
                {
                    cells.Clear();
                    var r = Attribute(reader, "r");
                    line = uint.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? (int)n : rows.Count + 1;
                }
                else
                {
                    rows.Add((line, cells.ToArray()));
                }
            }
            else if (element == typeof(Cell))
            {
                if (reader.IsStartElement)
                {
                    value.Clear();
                    column = ColumnIndex(Attribute(reader, "r"));
                    type = Attribute(reader, "t");
                }
                else
                {
                    var at = column ?? cells.Count;
                    while (cells.Count < at)
                    {
                        cells.Add(string.Empty);
                    }

                    var text = value.ToString();
                    cells.Add((type == "s" && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Length ? shared[i] : text).Trim());
                }
            }
            else if ((element == typeof(CellValue) || element == typeof(Text)) && reader.IsStartElement)
            {
                value.Append(reader.GetText());
            }
        }

        return rows;
    }

    private static string? Attribute(OpenXmlReader reader, string name)
    {
        foreach (var a in reader.Attributes)
        {
            if (a.LocalName == name)
            {
                return a.Value;
            }
        }

        return null;
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
        }

        return n - 1;
    }
}
