using System.Globalization;
using Tdkt.Domain.Common;

namespace Tdkt.Domain.Statistics;

/// <summary>A checked statistics request: groupings, period of decision dates, the day the org tree is read on.</summary>
public sealed record StatRequest(IReadOnlyList<StatDimension> GroupBy, DateOnly From, DateOnly To, DateOnly AsOf)
{
    /// <summary>At most this many groupings (a pivot of three is already a long table).</summary>
    public const int MaxGroupings = 3;

    public static readonly DateOnly Earliest = new(1945, 1, 1);

    /// <summary>Parses the raw texts (URL or form); the first bad field gives a Vietnamese error naming it.</summary>
    public static Result<StatRequest> Parse(string? groupBy, string? from, string? to, string? asOf, DateOnly today)
    {
        var dims = new List<StatDimension>();
        foreach (var part in (groupBy ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!StatDimensions.TryParse(part, out var d))
            {
                return new ValidationError("groupBy",
                    $"Tiêu chí nhóm \"{part}\" không có. Dùng: {string.Join(", ", StatDimensions.All.Select(x => x.Name))}.");
            }

            if (dims.Contains(d))
            {
                return new ValidationError("groupBy", $"Tiêu chí nhóm \"{d.Vietnamese()}\" được chọn hai lần.");
            }

            dims.Add(d);
        }

        if (dims.Count == 0)
        {
            dims.Add(StatDimension.Unit);
        }

        if (dims.Count > MaxGroupings)
        {
            return new ValidationError("groupBy", $"Chỉ nhóm được theo tối đa {MaxGroupings} tiêu chí.");
        }

        if (!TryPeriodDay(from, start: true, out var fromDay))
        {
            return new ValidationError("from", $"Từ ngày \"{from}\" không hợp lệ. Nhập năm (2024) hoặc ngày dd/MM/yyyy.");
        }

        if (!TryPeriodDay(to, start: false, out var toDay))
        {
            return new ValidationError("to", $"Đến ngày \"{to}\" không hợp lệ. Nhập năm (2024) hoặc ngày dd/MM/yyyy.");
        }

        var f = fromDay ?? Earliest;
        var t = toDay ?? new DateOnly(today.Year, 12, 31);
        if (f > t)
        {
            return new ValidationError("from", $"Từ ngày {ViFormat.Date(f)} sau đến ngày {ViFormat.Date(t)}: kỳ thống kê không hợp lệ.");
        }

        var day = today;
        if (!string.IsNullOrWhiteSpace(asOf) && !ViFormat.TryParseDate(asOf, out day))
        {
            return new ValidationError("asOf", $"Ngày chốt cơ cấu tổ chức \"{asOf}\" không hợp lệ. Nhập theo dạng dd/MM/yyyy.");
        }

        return new StatRequest(dims, f, t, day);
    }

    /// <summary>"2024" is the whole year (1/1 for a start, 31/12 for an end); otherwise a date.</summary>
    public static bool TryPeriodDay(string? text, bool start, out DateOnly? day)
    {
        day = null;
        var t = (text ?? string.Empty).Trim();
        if (t.Length == 0)
        {
            return true;
        }

        if (t.Length == 4 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1945)
        {
            day = start ? new DateOnly(year, 1, 1) : new DateOnly(year, 12, 31);
            return true;
        }

        if (ViFormat.TryParseDate(t, out var d))
        {
            day = d;
            return true;
        }

        return false;
    }
}
