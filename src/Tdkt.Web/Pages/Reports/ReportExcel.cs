using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tdkt.Domain.Planning;

namespace Tdkt.Web.Pages.Reports;

/// <summary>The aggregated table as .xlsx: inline strings, numbers as numbers, a Vietnamese sheet name.</summary>
public static class ReportExcel
{
    public const string SheetName = "Tổng hợp";

    public static byte[] Build(string title, int period, Aggregate aggregate)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook();
            var ws = wb.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint r = 1;
            data.Append(Row(r++, [Text($"{title} — kỳ {period.ToString(CultureInfo.InvariantCulture)}")]));
            var header = new List<Cell> { Text("Đơn vị"), Text("Tình trạng"), Text("Nộp lúc") };
            header.AddRange(aggregate.Fields.Select(f => Text(f.Label)));
            data.Append(Row(r++, header));
            foreach (var row in aggregate.Rows)
            {
                var cells = new List<Cell>
                {
                    Text(row.UnitName),
                    Text(row.Status.Vietnamese() + (row.Late ? " (trễ hạn)" : string.Empty)),
                    Text(row.SubmittedAt is { } at ? at.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : string.Empty),
                };
                foreach (var f in aggregate.Fields)
                {
                    row.Values.TryGetValue(f.Key, out var v);
                    cells.Add(f.Kind == ReportFieldKind.Number && v is not null ? Number(decimal.Parse(v, CultureInfo.InvariantCulture)) : Text(v ?? string.Empty));
                }

                data.Append(Row(r++, cells));
            }

            var total = new List<Cell> { Text("Tổng cộng"), Text($"{aggregate.SubmittedCount}/{aggregate.Rows.Count} đã nộp"), Text(string.Empty) };
            total.AddRange(aggregate.Fields.Select(f => f.Kind == ReportFieldKind.Number ? Number(aggregate.Sums[f.Key]) : Text(string.Empty)));
            data.Append(Row(r, total));

            ws.Worksheet = new Worksheet(data);
            var sheets = wb.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = wb.GetIdOfPart(ws), SheetId = 1, Name = SheetName });
            wb.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Row Row(uint index, IEnumerable<Cell> cells)
    {
        var row = new Row { RowIndex = index };
        var col = 0;
        foreach (var c in cells)
        {
            c.CellReference = Column(col++) + index.ToString(CultureInfo.InvariantCulture);
            row.Append(c);
        }

        return row;
    }

    private static string Column(int index)
    {
        var name = string.Empty;
        index++;
        while (index > 0)
        {
            var m = (index - 1) % 26;
            name = (char)('A' + m) + name;
            index = (index - m) / 26;
        }

        return name;
    }

    private static Cell Text(string text) =>
        new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }) };

    private static Cell Number(decimal value) =>
        new() { DataType = CellValues.Number, CellValue = new CellValue(value.ToString("0.############", CultureInfo.InvariantCulture)) };
}
