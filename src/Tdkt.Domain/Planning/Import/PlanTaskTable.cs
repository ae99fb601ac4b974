using System.Net;
using System.Text.RegularExpressions;
using Tdkt.Domain.Common;

namespace Tdkt.Domain.Planning.Import;

/// <summary>
/// Reads task tables (STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện) given as
/// tab-separated lines or pipe (markdown) lines; cells may hold HTML list fragments. Columns are found by their
/// Vietnamese headers, accent-insensitive, in any order.
/// </summary>
internal static partial class PlanTaskTable
{
    private enum Column
    {
        Number,
        Content,
        Lead,
        Coordinating,
        Time,
    }

    /// <summary>Reads every table; marks the lines it used in <paramref name="tableLines"/>.</summary>
    public static List<PlanTaskRow> Read(string[] lines, int? year, bool[] tableLines, List<string> warnings)
    {
        var rows = new List<PlanTaskRow>();
        var unknownTable = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (!IsTableLine(lines[i]))
            {
                continue;
            }

            var cells = SplitCells(lines[i]);
            var columns = MapHeader(cells);
            if (columns is null)
            {
                if (cells.Length >= 3 && !IsSeparator(lines[i]))
                {
                    tableLines[i] = true;
                    unknownTable = true;
                }

                continue;
            }

            tableLines[i] = true;
            var raw = new List<Dictionary<Column, string>>();
            var j = i + 1;
            for (; j < lines.Length; j++)
            {
                if (string.IsNullOrWhiteSpace(lines[j]))
                {
                    continue;
                }

                if (!IsTableLine(lines[j]))
                {
                    break;
                }

                tableLines[j] = true;
                if (IsSeparator(lines[j]))
                {
                    continue;
                }

                var row = SplitCells(lines[j]);
                var values = new Dictionary<Column, string>();
                foreach (var (column, at) in columns)
                {
                    values[column] = at < row.Length ? row[at] : string.Empty;
                }

                var number = columns.ContainsKey(Column.Number) ? Flat(values[Column.Number]) : null;
                if (number is { Length: 0 } && raw.Count > 0)
                {
                    // A row broken by a page: its cells continue the row above.
                    var previous = raw[^1];
                    foreach (var (column, value) in values)
                    {
                        if (Flat(value).Length > 0)
                        {
                            // The text was cut mid-paragraph: continue the last item, not a new one.
                            previous[column] = TrailingClose().Replace(previous[column], string.Empty) + " " + value;
                        }
                    }

                    continue;
                }

                raw.Add(values);
            }

            i = j - 1;
            Build(raw, columns.ContainsKey(Column.Number), year, rows, warnings);
        }

        if (unknownTable)
        {
            warnings.Add("Có bảng không nhận ra được các cột (cần cột \"Nội dung\" và \"Đơn vị chủ trì\" hoặc \"Thời gian\"): bảng này chưa được đọc.");
        }

        return rows;
    }

    private static void Build(List<Dictionary<Column, string>> raw, bool numbered, int? year, List<PlanTaskRow> rows, List<string> warnings)
    {
        string? group = null;
        var sequence = 0;
        foreach (var values in raw)
        {
            string Get(Column c) => values.TryGetValue(c, out var v) ? v : string.Empty;

            var number = numbered ? Flat(Get(Column.Number)) : string.Empty;
            var items = Items(Get(Column.Content));
            var lead = Flat(Get(Column.Lead));
            var timeText = Flat(Get(Column.Time));
            var coordinating = Items(Get(Column.Coordinating))
                .SelectMany(x => x.Split(';'))
                .Select(x => x.Trim().TrimEnd('.', ',', ';').Trim())
                .Where(x => x.Length > 0)
                .ToList();

            if (number.Length > 0 && !char.IsDigit(number[0]) && lead.Length == 0 && timeText.Length == 0)
            {
                group = VietnameseText.Normalize(number.TrimEnd('.') + ". " + string.Join(" ", items));
                continue; // a group heading row ("I | Công tác tuyên truyền"): kept on the rows below it
            }

            sequence++;
            if (number.Length == 0)
            {
                number = sequence.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            var where = $"Bảng nhiệm vụ, dòng {number}";
            if (items.Count == 0)
            {
                warnings.Add($"{where}: không có nội dung nhiệm vụ.");
            }

            if (lead.Length == 0)
            {
                warnings.Add($"{where}: chưa có đơn vị chủ trì.");
            }

            Timeframe timeframe;
            if (timeText.Length == 0)
            {
                timeframe = Timeframe.Unknown(string.Empty);
                warnings.Add($"{where}: chưa có thời gian thực hiện.");
            }
            else if (year is null)
            {
                timeframe = Timeframe.Unknown(timeText);
                warnings.Add($"{where}: không biết năm của kế hoạch nên chưa đọc được thời gian \"{timeText}\".");
            }
            else
            {
                timeframe = TimeframeParser.Parse(timeText, year.Value);
                if (timeframe.Kind == TimeframeKind.Unknown)
                {
                    warnings.Add($"{where}: không đọc được thời gian thực hiện \"{timeText}\", cần nhập tay.");
                }
            }

            rows.Add(new PlanTaskRow(number, string.Join("\n", items), items, lead.Length == 0 ? null : lead,
                coordinating, timeText, timeframe, group));
        }
    }

    private static Dictionary<Column, int>? MapHeader(string[] cells)
    {
        var map = new Dictionary<Column, int>();
        for (var i = 0; i < cells.Length; i++)
        {
            var f = VietnameseText.Fold(Flat(cells[i]));
            Column? column = f switch
            {
                "stt" or "tt" or "so tt" or "so thu tu" => Column.Number,
                _ when f.Contains("chu tri", StringComparison.Ordinal) => Column.Lead,
                _ when f.Contains("phoi hop", StringComparison.Ordinal) => Column.Coordinating,
                _ when f.Contains("thoi gian", StringComparison.Ordinal) || f.Contains("thoi han", StringComparison.Ordinal)
                    || f.Contains("tien do", StringComparison.Ordinal) => Column.Time,
                _ when f.Contains("noi dung", StringComparison.Ordinal) || f.Contains("nhiem vu", StringComparison.Ordinal) => Column.Content,
                _ => null,
            };
            if (column is { } c)
            {
                map.TryAdd(c, i);
            }
        }

        return map.ContainsKey(Column.Content) && (map.ContainsKey(Column.Lead) || map.ContainsKey(Column.Time)) ? map : null;
    }

    private static bool IsTableLine(string line) =>
        line.Contains('\t', StringComparison.Ordinal) || (line.TrimStart().StartsWith('|') && line.Count(c => c == '|') >= 2);

    private static bool IsSeparator(string line) => Separator().IsMatch(line);

    private static string[] SplitCells(string line)
    {
        if (line.Contains('\t', StringComparison.Ordinal))
        {
            return line.Split('\t');
        }

        var t = line.Trim();
        t = t.StartsWith('|') ? t[1..] : t;
        t = t.EndsWith('|') ? t[..^1] : t;
        return t.Split('|');
    }

    /// <summary>The cell as one line of plain text.</summary>
    private static string Flat(string cell) => VietnameseText.Normalize(string.Join(" ", Items(cell)));

    /// <summary>The cell's list items: HTML lists and paragraphs, "- " bullets, &lt;br&gt; breaks.</summary>
    internal static List<string> Items(string cell)
    {
        var s = WebUtility.HtmlDecode(cell);
        s = BlockTag().Replace(s, "\n");
        s = AnyTag().Replace(s, " ");
        s = s.Replace("*", string.Empty, StringComparison.Ordinal);
        var items = new List<string>();
        foreach (var chunk in s.Split('\n'))
        {
            foreach (var part in BulletSplit().Split(chunk))
            {
                var item = VietnameseText.Normalize(part).TrimEnd(';').Trim();
                if (item.Length > 0)
                {
                    items.Add(item);
                }
            }
        }

        return items;
    }

    [GeneratedRegex(@"<\s*/?\s*(li|p|br|div|tr|ul|ol)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"(\s*<\s*/\s*(p|li|ul|ol|div)\s*>\s*)+$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingClose();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTag();

    /// <summary>A dash that starts an item: at the start, or after the end of the previous item (". - ").</summary>
    [GeneratedRegex(@"(?:^|(?<=[.;:]))\s*[-–•+]\s+")]
    private static partial Regex BulletSplit();

    [GeneratedRegex(@"^[\s|:\-–\t]+$")]
    private static partial Regex Separator();
}
