using System.Globalization;
using System.Text;
using Tdkt.Domain.Common;

namespace Tdkt.Domain.Conferences;

/// <summary>
/// Rule lines as an officer edits them, one rule a line, fields separated by "|":
/// <c>cấp | từ | dưới | chế độ | tỷ lệ % | tối đa | số cố định | quy định (trích văn bản)</c>, e.g.
/// <c>department | 100 | 300 | representative | 70 | 200 | | Sở, ngành, huyện: … 70% … không quá 200 đại biểu.</c>
/// Empty "dưới" means no upper bound; empty numbers mean "not set".
/// </summary>
public static class DelegateRuleText
{
    public static string Format(IEnumerable<DelegateRule> rules)
    {
        var sb = new StringBuilder();
        foreach (var r in rules)
        {
            sb.Append(CultureInfo.InvariantCulture,
                $"{Tier(r.Tier)} | {r.MinStaff} | {r.MaxStaffExclusive} | {Mode(r.Mode)} | {r.Percent?.ToString(CultureInfo.InvariantCulture)} | {r.Cap} | {r.FixedCount} | {r.Text}\n");
        }

        return sb.ToString();
    }

    public static Result<IReadOnlyList<DelegateRule>> Parse(string? text)
    {
        var rules = new List<DelegateRule>();
        var lineNo = 0;
        foreach (var raw in (text ?? string.Empty).Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n'))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            var f = raw.Split('|', 8).Select(x => x.Trim()).ToArray();
            if (f.Length < 8)
            {
                return new ValidationError("Rules", $"Dòng {lineNo}: cần đủ 8 cột ngăn bởi dấu |: cấp | từ | dưới | chế độ | tỷ lệ % | tối đa | số cố định | quy định.");
            }

            if (!DelegateRuleSet.TryParseTier(f[0], out var tier))
            {
                return new ValidationError("Rules", $"Dòng {lineNo}, cột \"cấp\": \"{f[0]}\" không hợp lệ; dùng commune, enterprise, department hoặc province.");
            }

            if (!Enum.TryParse<DelegateMode>(f[3], ignoreCase: true, out var mode) || !Enum.IsDefined(mode))
            {
                return new ValidationError("Rules", $"Dòng {lineNo}, cột \"chế độ\": \"{f[3]}\" không hợp lệ; dùng plenary (toàn thể) hoặc representative (đại biểu).");
            }

            if (!int.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out var min))
            {
                return new ValidationError("Rules", $"Dòng {lineNo}, cột \"từ\": hãy ghi số người tối thiểu (số nguyên).");
            }

            var ok = TryInt(f[2], out var max) & TryDecimal(f[4], out var percent) & TryInt(f[5], out var cap) & TryInt(f[6], out var fixedCount);
            if (!ok)
            {
                return new ValidationError("Rules", $"Dòng {lineNo}: các cột \"dưới\", \"tỷ lệ %\", \"tối đa\", \"số cố định\" phải là số hoặc để trống.");
            }

            rules.Add(new DelegateRule(tier, min, max, mode, percent, cap, fixedCount, f[7]));
        }

        return rules;
    }

    private static string Tier(CongressTier t) => t.ToString().ToLowerInvariant();

    private static string Mode(DelegateMode m) => m.ToString().ToLowerInvariant();

    private static bool TryInt(string s, out int? value)
    {
        value = null;
        if (s.Length == 0)
        {
            return true;
        }

        var ok = int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v);
        value = ok ? v : null;
        return ok;
    }

    private static bool TryDecimal(string s, out decimal? value)
    {
        value = null;
        if (s.Length == 0)
        {
            return true;
        }

        var ok = decimal.TryParse(s.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v);
        value = ok ? v : null;
        return ok;
    }
}
