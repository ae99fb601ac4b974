using System.Globalization;
using Tdkt.Domain.Planning;
using Tdkt.Web.Infrastructure;

namespace Tdkt.Web.Pages.Reports;

/// <summary>The aggregated table as a finished .xlsx (issue 12 item 6) through the shared builder
/// (<see cref="Xlsx.Write(XlsxSheet)"/>): title rows, bold frozen header, widths, numbers as numbers, the submission
/// day as a real date dd/MM/yyyy, a totals row, A4 landscape, the Vietnamese sheet name "Tổng hợp".</summary>
public static class ReportExcel
{
    public const string SheetName = "Tổng hợp";

    public static byte[] Build(string title, int period, Aggregate aggregate, TimeZoneInfo? zone = null)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        var tz = zone ?? TimeZoneInfo.Utc;
        List<string> headers = ["Đơn vị", "Tình trạng", "Ngày nộp", .. aggregate.Fields.Select(f => f.Label)];
        var rows = aggregate.Rows.Select(row =>
        {
            var cells = new List<object?>
            {
                row.UnitName,
                row.Status.Vietnamese() + (row.Late ? " (trễ hạn)" : string.Empty),
                row.SubmittedAt is { } at ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, tz).DateTime) : null,
            };
            foreach (var f in aggregate.Fields)
            {
                row.Values.TryGetValue(f.Key, out var v);
                cells.Add(f.Kind == ReportFieldKind.Number && v is not null ? decimal.Parse(v, CultureInfo.InvariantCulture) : v ?? string.Empty);
            }

            return (IReadOnlyList<object?>)cells;
        }).ToList();
        return Xlsx.Write(new XlsxSheet(SheetName, headers, rows)
        {
            Title = $"{title.ToUpper(Tdkt.Domain.Common.ViFormat.Culture)} — KỲ {period.ToString(CultureInfo.InvariantCulture)}",
            Subtitle = $"Đã nộp: {aggregate.SubmittedCount}/{aggregate.Rows.Count} đơn vị",
            Widths = [36, 22, 12, .. aggregate.Fields.Select(f => Math.Clamp(f.Label.Length * 0.9, 12, 30))],
            TotalLabel = "Tổng cộng",
            TotalLabelColumn = 0,
            TotalColumns = [.. aggregate.Fields.Select((f, i) => (f, i)).Where(x => x.f.Kind == ReportFieldKind.Number).Select(x => x.i + 3)],
        });
    }
}
