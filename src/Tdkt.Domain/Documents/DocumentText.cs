using System.Globalization;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;

namespace Tdkt.Domain.Documents;

/// <summary>Wording built from data for the generated documents: money in words, the subject count phrase, subject
/// names, the căn cứ lines in force on a date and Điều 1 of an award decision.</summary>
public static class DocumentText
{
    private static readonly string[] Digits = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];
    private static readonly string[] Groups = ["", " nghìn", " triệu", " tỷ"];

    /// <summary>"Ba triệu một trăm tám mươi nghìn đồng" for 3 180 000.</summary>
    public static string MoneyInWords(decimal amount)
    {
        var n = (long)Math.Round(Math.Abs(amount), 0, MidpointRounding.AwayFromZero);
        var words = NumberInWords(n) + " đồng";
        return char.ToUpper(words[0], ViFormat.Culture) + words[1..];
    }

    /// <summary>"ba triệu một trăm tám mươi nghìn" (lower case).</summary>
    public static string NumberInWords(long n)
    {
        if (n == 0)
        {
            return "không";
        }

        // Split into groups of three from the right; "tỷ" repeats for numbers beyond 10^12.
        var groups = new List<int>();
        for (var x = n; x > 0; x /= 1000)
        {
            groups.Add((int)(x % 1000));
        }

        var parts = new List<string>();
        for (var i = groups.Count - 1; i >= 0; i--)
        {
            var g = groups[i];
            if (g == 0)
            {
                if (i > 0 && i % 3 == 0 && parts.Count > 0)
                {
                    parts.Add("tỷ");
                }

                continue;
            }

            var full = i < groups.Count - 1;
            var suffix = i == 0 ? string.Empty : i % 3 == 0 ? " tỷ" : Groups[i % 3];
            parts.Add(Triple(g, full) + suffix);
        }

        return string.Join(' ', parts);
    }

    private static string Triple(int g, bool full)
    {
        int h = g / 100, t = g / 10 % 10, u = g % 10;
        var w = new List<string>();
        if (h > 0 || full)
        {
            w.Add(Digits[h] + " trăm");
        }

        if (t == 0)
        {
            if (u > 0 && w.Count > 0)
            {
                w.Add("linh");
            }
        }
        else
        {
            w.Add(t == 1 ? "mười" : Digits[t] + " mươi");
        }

        if (u > 0)
        {
            w.Add(u switch
            {
                1 when t > 1 => "mốt",
                5 when t > 0 => "lăm",
                4 when t > 1 => "tư",
                _ => Digits[u],
            });
        }

        return string.Join(' ', w);
    }

    /// <summary>"01 tập thể, 02 cá nhân và 01 hộ gia đình": only the kinds present, two digits each.</summary>
    public static string CountPhrase(int collectives, int individuals, int households, int villages = 0)
    {
        var parts = new List<string>();
        void Add(int n, string what)
        {
            if (n > 0)
            {
                parts.Add(n.ToString("00", CultureInfo.InvariantCulture) + " " + what);
            }
        }

        Add(collectives, "tập thể");
        Add(villages, "thôn, tổ dân phố");
        Add(individuals, "cá nhân");
        Add(households, "hộ gia đình");
        return parts.Count switch
        {
            0 => string.Empty,
            1 => parts[0],
            _ => string.Join(", ", parts[..^1]) + " và " + parts[^1],
        };
    }

    public static string CountPhrase(IEnumerable<SubjectKind> kinds)
    {
        var list = kinds.ToList();
        return CountPhrase(list.Count(k => k == SubjectKind.Collective), list.Count(k => k == SubjectKind.Individual),
            list.Count(k => k == SubjectKind.Household), list.Count(k => k == SubjectKind.Village));
    }

    /// <summary>The name as printed: a household reads "Hộ ông Lò Văn A" or "Hộ gia đình Lò Văn A", never "Hộ gia đình Hộ ông…".</summary>
    public static string SubjectName(SubjectKind kind, string name)
    {
        var n = (name ?? string.Empty).Trim();
        if (kind != SubjectKind.Household)
        {
            return n;
        }

        var f = VietnameseText.Fold(n);
        return f.StartsWith("ho ", StringComparison.Ordinal) || f == "ho" ? char.ToUpper(n[0], ViFormat.Culture) + n[1..] : "Hộ gia đình " + n;
    }

    /// <summary>Joins the non-empty parts with ", ", dropping a part equal (ignoring case) to one already taken:
    /// never "phường Tân Phong, Phường Tân Phong".</summary>
    public static string JoinUnique(params string?[] parts)
    {
        var taken = new List<string>();
        foreach (var p in parts)
        {
            var s = p?.Trim().TrimEnd(',', ';').Trim();
            if (string.IsNullOrEmpty(s) || taken.Any(t => string.Equals(VietnameseText.Fold(t), VietnameseText.Fold(s), StringComparison.Ordinal)
                || VietnameseText.Fold(t).EndsWith(VietnameseText.Fold(s), StringComparison.Ordinal)))
            {
                continue;
            }

            taken.Add(s);
        }

        return string.Join(", ", taken);
    }

    /// <summary>"ngày 16 tháng 12 năm 2024".</summary>
    public static string LongDate(DateOnly d) =>
        string.Create(CultureInfo.InvariantCulture, $"ngày {d.Day:00} tháng {d.Month:00} năm {d.Year}");

    /// <summary>The căn cứ lines (without "Căn cứ " and the final ";") in force on <paramref name="date"/>: the Law on
    /// Organisation of Local Government (for a people's committee: 2015 as amended 2019, 65/2025/QH15 from 01/03/2025,
    /// 72/2025/QH15 from 01/07/2025), the Law on Emulation and Commendation and its implementing decree.</summary>
    public static IReadOnlyList<string> Grounds(DateOnly date, bool committee)
    {
        var lines = new List<string>();
        if (committee)
        {
            lines.Add(date >= new DateOnly(2025, 7, 1)
                ? "Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025"
                : date >= new DateOnly(2025, 3, 1)
                    ? "Luật Tổ chức chính quyền địa phương số 65/2025/QH15 ngày 19 tháng 02 năm 2025"
                    : "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019");
        }

        lines.Add("Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022");
        lines.Add(date >= LegalBases.Nd152EffectiveFrom
            ? "Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng"
            : "Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng");
        return lines;
    }

    /// <summary>"Xét đề nghị của Ủy ban nhân dân phường Tân Phong tại Tờ trình số 45/TTr-UBND ngày 16 tháng 12 năm 2024"
    /// (without the tờ trình when the dossier has none recorded: "Xét đề nghị của …").</summary>
    public static string Proposal(string proposer, string? submissionNumber, DateOnly? submissionDate, string? appraiser)
    {
        var s = "Xét đề nghị của " + proposer;
        if (!string.IsNullOrWhiteSpace(submissionNumber))
        {
            s += " tại Tờ trình số " + DocumentNumber.Normalize(submissionNumber) + (submissionDate is { } d ? " " + LongDate(d) : string.Empty);
        }

        return s + (string.IsNullOrWhiteSpace(appraiser) ? "." : " và đề nghị của " + appraiser + ".");
    }

    /// <summary>"Tặng Giấy khen cho 01 tập thể, 02 cá nhân và 01 hộ gia đình đã có thành tích xuất sắc trong Phong
    /// trào thi đua “…” giai đoạn 2021–2025 (có danh sách kèm theo)."</summary>
    public static string Article1(string awardNames, string countPhrase, string achievementContext) =>
        $"Tặng {awardNames} cho {countPhrase} đã có thành tích xuất sắc {achievementContext} (có danh sách kèm theo).";

    /// <summary>"trong Phong trào thi đua “…” giai đoạn 2021–2025" from a movement's name and period, or "trong năm 2024".</summary>
    public static string Context(string? movementName, DateOnly? from, DateOnly? to, int year)
    {
        if (string.IsNullOrWhiteSpace(movementName))
        {
            return string.Create(CultureInfo.InvariantCulture, $"trong năm {year}");
        }

        var name = movementName.Trim();
        if (!VietnameseText.Fold(name).StartsWith("phong trao", StringComparison.Ordinal))
        {
            name = $"Phong trào thi đua “{name.Trim('“', '”', '"')}”";
        }

        if (!VietnameseText.Fold(name).Contains("giai doan", StringComparison.Ordinal) && from is { } a && to is { } b && a.Year != b.Year)
        {
            name += string.Create(CultureInfo.InvariantCulture, $" giai đoạn {a.Year}–{b.Year}");
        }

        name = System.Text.RegularExpressions.Regex.Replace(name, @"(\d{4})\s*-\s*(\d{4})", "$1–$2", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        return "trong " + char.ToUpper(name[0], ViFormat.Culture) + name[1..];
    }

    /// <summary>"Tờ trình", "kế hoạch"… text is a placeholder or empty: the signer must write it before issuing.</summary>
    public static bool IsPlaceholder(string? text)
    {
        var f = VietnameseText.Fold(text);
        return f.Length < 10 || f.Contains("...", StringComparison.Ordinal) || f.Contains('…') || f.Contains("[", StringComparison.Ordinal)
            || f.Contains("xxx", StringComparison.Ordinal) || f.Contains("nhap noi dung", StringComparison.Ordinal);
    }
}
