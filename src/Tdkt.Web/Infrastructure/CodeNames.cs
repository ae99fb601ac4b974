using System.Reflection;
using Tdkt.Domain.Awards;
using Tdkt.Web.Pages.Nominations;

namespace Tdkt.Web;

/// <summary>
/// The one place that turns the codes kept in the database into the Vietnamese a person reads (ADR-0025):
/// award codes into catalogue names, dossier part codes into part names, working-day counts into
/// "còn …" / "quá hạn …". A code nobody knows still reads as words, never as the code.
/// </summary>
public static class CodeNames
{
    private static readonly Dictionary<string, string> Awards = DefaultCatalogue.All
        .GroupBy(d => d.Code, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);

    private static readonly Dictionary<string, string> Parts = BuildParts();

    /// <summary>Words of award codes outside the catalogue (a movement's own code such as BK_CT_UBND_TINH).</summary>
    private static readonly Dictionary<string, string> AwardWords = new(StringComparer.Ordinal)
    {
        ["BK"] = "Bằng khen", ["GK"] = "Giấy khen", ["CO"] = "Cờ thi đua", ["CSTD"] = "Chiến sĩ thi đua",
        ["HC"] = "Huân chương", ["HCLD"] = "Huân chương Lao động", ["CT"] = "Chủ tịch", ["UBND"] = "UBND",
        ["TINH"] = "tỉnh", ["HUYEN"] = "huyện", ["XA"] = "xã", ["TP"] = "thành phố", ["TTG"] = "Thủ tướng Chính phủ",
        ["CP"] = "Chính phủ", ["SO"] = "Sở", ["GD"] = "Giám đốc", ["TQ"] = "toàn quốc", ["CS"] = "cơ sở",
        ["TT"] = "tập thể", ["LD"] = "lao động", ["XS"] = "xuất sắc"
    };

    /// <summary>Catalogue name of an award code; an unknown code becomes words ("Bằng khen Chủ tịch UBND tỉnh")
    /// or "Hình thức khen thưởng khác".</summary>
    public static string Award(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return "—";
        }

        if (AwardCodes.TryNormalize(code, out var known) && Awards.TryGetValue(known, out var name))
        {
            return name;
        }

        var words = code.Trim().ToUpperInvariant().Split(['_', '-', ' ', '.'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 0 && words.All(AwardWords.ContainsKey))
        {
            var text = string.Join(' ', words.Select(w => AwardWords[w]));
            return char.ToUpperInvariant(text[0]) + text[1..];
        }

        return "Hình thức khen thưởng khác (ngoài danh mục)";
    }

    /// <summary>Name of a dossier part (thành phần hồ sơ) code.</summary>
    public static string Part(string? code) =>
        code is not null && Parts.TryGetValue(code, out var name) ? name : "Tài liệu khác";

    /// <summary>"còn 3 ngày làm việc", "hết hạn hôm nay", "quá hạn 744 ngày làm việc".</summary>
    public static string WorkingDaysLeft(int days) => days switch
    {
        > 0 => $"còn {days} ngày làm việc",
        0 => "hết hạn hôm nay",
        _ => $"quá hạn {-days} ngày làm việc",
    };

    /// <summary>"còn 3 ngày", "hết hạn hôm nay", "quá hạn 12 ngày" (calendar days).</summary>
    public static string DaysLeft(int days) => days switch
    {
        > 0 => $"còn {days} ngày",
        0 => "hết hạn hôm nay",
        _ => $"quá hạn {-days} ngày",
    };

    private static Dictionary<string, string> BuildParts()
    {
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        // The shortest catalogue name per code reads best in a list ("Báo cáo thành tích").
        foreach (var p in typeof(DefaultCatalogue.Parts).GetFields(BindingFlags.Public | BindingFlags.Static)
                     .Select(f => f.GetValue(null)).OfType<DossierPart>())
        {
            if (!parts.TryGetValue(p.Code, out var existing) || p.Name.Length < existing.Length)
            {
                parts[p.Code] = p.Name;
            }
        }

        parts[NominationChecks.CouncilMinutes] = "Biên bản họp Hội đồng Thi đua - Khen thưởng";
        parts[DossierWorkflow.LowerCouncilMinutes] = "Biên bản họp Hội đồng Thi đua - Khen thưởng cấp dưới";
        return parts;
    }
}
