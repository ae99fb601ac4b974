using System.Text;
using System.Text.RegularExpressions;
using Tdkt.Domain.Common;

namespace Tdkt.Domain.Planning.Import;

/// <summary>
/// OCR and old e-mail often lose Vietnamese diacritics ("UY BAN NHAN DAN HUYEN PHONG THO"). When a text has
/// (almost) none, the administrative vocabulary and known place names are put back from a dictionary, longest
/// phrase first, keeping each word's case. Only dictionary words change; every restored word is reported so the
/// preview can mark it. Words outside the dictionary stay as they are (nothing is guessed).
/// </summary>
public static partial class DiacriticsRestorer
{
    private const string Vocabulary = """
        Cộng hòa xã hội chủ nghĩa Việt Nam|Độc lập|Tự do|Hạnh phúc|Đảng Cộng sản Việt Nam|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân
        Hội đồng Thi đua - Khen thưởng|Hội đồng thi đua khen thưởng|Ban Thi đua - Khen thưởng|Thi đua - Khen thưởng|thi đua|khen thưởng|Thi đua, Khen thưởng
        Kế hoạch|Quyết định|Hướng dẫn|Thông báo|Báo cáo|Chỉ thị|Nghị quyết|Nghị định|Thông tư|Công văn|Kết luận|Chương trình|Tờ trình|Luật
        Căn cứ|Thực hiện|Trên cơ sở|Xét đề nghị|của|về việc|về|và|các|cho|theo|trên địa bàn|địa bàn|như sau|cụ thể|nội dung|sau
        Số|ngày|tháng|năm|năm học|giai đoạn|nhiệm kỳ|quý|hằng năm|hàng năm|trước ngày|chậm nhất|đến hết|từ|đến
        tỉnh|huyện|xã|phường|thị trấn|thị xã|thành phố|quận|Sở|Phòng|Trường|Ban|Đoàn|Công đoàn|Liên đoàn Lao động|Hội|Chi bộ|Đảng ủy|Đảng bộ|Huyện ủy|Tỉnh ủy|Thành ủy
        Chính phủ|Thủ tướng Chính phủ|Quốc hội|Bộ Nội vụ|Sở Nội vụ|Phòng Nội vụ|Sở Giáo dục và Đào tạo|Phòng Giáo dục và Đào tạo|Bộ Giáo dục và Đào tạo|Giáo dục và Đào tạo
        Tiểu học|Trung học cơ sở|Trung học phổ thông|Mầm non|Trung tâm|Văn phòng|Mặt trận Tổ quốc|Đoàn Thanh niên|Cộng sản Hồ Chí Minh|Hồ Chí Minh|Ban Chấp hành
        tổ chức|phong trào|phong trào thi đua|yêu nước|thi đua yêu nước|hội nghị|đại hội|tổng kết|sơ kết|phát động|triển khai|công tác|biểu dương|điển hình tiên tiến
        tập thể|cá nhân|hộ gia đình|người nghèo|không để ai bị bỏ lại phía sau|chung tay|vì|nông thôn mới|xây dựng|mục đích|yêu cầu|tổ chức thực hiện|kinh phí|thời gian|địa điểm|thành phần
        Chủ tịch|Phó Chủ tịch|Giám đốc|Hiệu trưởng|Bí thư|Nơi nhận|TM.|KT.|lần thứ|toàn quốc|Trung ương|Nhà nước|đơn vị|cơ quan|ban hành|quy định|chi tiết|một số điều|sửa đổi, bổ sung
        Hà Nội|Hồ Chí Minh|Hải Phòng|Đà Nẵng|Cần Thơ|Hà Giang|Cao Bằng|Bắc Kạn|Tuyên Quang|Lào Cai|Điện Biên|Lai Châu|Sơn La|Yên Bái|Hòa Bình|Thái Nguyên|Lạng Sơn|Quảng Ninh|Bắc Giang|Phú Thọ
        Vĩnh Phúc|Bắc Ninh|Hải Dương|Hưng Yên|Thái Bình|Hà Nam|Nam Định|Ninh Bình|Thanh Hóa|Nghệ An|Hà Tĩnh|Quảng Bình|Quảng Trị|Thừa Thiên Huế|Quảng Nam|Quảng Ngãi|Bình Định|Phú Yên|Khánh Hòa|Ninh Thuận
        Bình Thuận|Kon Tum|Gia Lai|Đắk Lắk|Đắk Nông|Lâm Đồng|Bình Phước|Tây Ninh|Bình Dương|Đồng Nai|Bà Rịa - Vũng Tàu|Long An|Tiền Giang|Bến Tre|Trà Vinh|Vĩnh Long|Đồng Tháp|An Giang|Kiên Giang|Hậu Giang|Sóc Trăng|Bạc Liêu|Cà Mau
        Phong Thổ|Tam Đường|Sìn Hồ|Mường Tè|Than Uyên|Tân Uyên|Nậm Nhùn|Tân Phong|Đoàn Kết|Phan Rang - Tháp Chàm|Việt Nam
        """;

    private static readonly Lazy<(Dictionary<string, string> Phrases, int MaxWords)> Dictionary = new(Build);

    /// <summary>True when the text has letters but (almost) no Vietnamese diacritics.</summary>
    public static bool LacksDiacritics(string text)
    {
        int letters = 0, marked = 0;
        foreach (var ch in text)
        {
            if (!char.IsLetter(ch))
            {
                continue;
            }

            letters++;
            if (ch > 127)
            {
                marked++;
            }
        }

        return letters >= 40 && marked * 100 < letters;
    }

    /// <summary>Puts diacritics back on dictionary words; returns the text and the words restored (as restored, distinct).</summary>
    public static (string Text, IReadOnlyList<string> Restored) Restore(string text)
    {
        if (!LacksDiacritics(text))
        {
            return (text, []);
        }

        var (phrases, maxWords) = Dictionary.Value;
        var restored = new List<string>();
        var output = new StringBuilder(text.Length + 64);
        foreach (var line in text.Split('\n'))
        {
            var words = Word().Matches(line).ToList();
            var last = 0;
            for (var i = 0; i < words.Count;)
            {
                var matched = 0;
                for (var n = Math.Min(maxWords, words.Count - i); n >= 1 && matched == 0; n--)
                {
                    var span = line[words[i].Index..(words[i + n - 1].Index + words[i + n - 1].Length)];
                    if (!Regex.IsMatch(span, @"^[\p{L}]+(?:[ ,\-]+[\p{L}]+)*$"))
                    {
                        continue;
                    }

                    var key = Key(span);
                    if (phrases.TryGetValue(key, out var accented) && !string.Equals(accented, span, StringComparison.Ordinal))
                    {
                        var cased = MatchCase(span, accented);
                        if (!string.Equals(cased, span, StringComparison.Ordinal))
                        {
                            output.Append(line, last, words[i].Index - last).Append(cased);
                            last = words[i + n - 1].Index + words[i + n - 1].Length;
                            restored.Add(cased);
                        }

                        matched = n;
                    }
                }

                i += Math.Max(matched, 1);
            }

            output.Append(line, last, line.Length - last).Append('\n');
        }

        return (output.ToString(0, Math.Max(0, output.Length - 1)), restored.Distinct(StringComparer.Ordinal).ToList());
    }

    private static string Key(string s) => Regex.Replace(VietnameseText.Fold(s), @"[\s,\-]+", " ").Trim();

    /// <summary>Copies the case of each source word (UPPER, Title or lower) onto the accented phrase.</summary>
    private static string MatchCase(string source, string accented)
    {
        var src = Word().Matches(source).Select(m => m.Value).ToList();
        var dst = Word().Matches(accented).ToList();
        if (src.Count != dst.Count)
        {
            return source;
        }

        var sb = new StringBuilder(source);
        var srcMatches = Word().Matches(source).ToList();
        for (var k = dst.Count - 1; k >= 0; k--)
        {
            var s = src[k];
            var d = dst[k].Value;
            var w = s.All(c => !char.IsLetter(c) || char.IsUpper(c)) && s.Length > 1 ? d.ToUpperInvariant()
                : char.IsUpper(s[0]) ? char.ToUpperInvariant(d[0]) + d[1..].ToLowerInvariant()
                : d.ToLowerInvariant();
            sb.Remove(srcMatches[k].Index, srcMatches[k].Length).Insert(srcMatches[k].Index, w);
        }

        return sb.ToString();
    }

    private static (Dictionary<string, string>, int) Build()
    {
        var phrases = new Dictionary<string, string>(StringComparer.Ordinal);
        var max = 1;
        foreach (var entry in Vocabulary.Split(['\n', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            phrases.TryAdd(Key(entry), entry);
            max = Math.Max(max, Word().Matches(entry).Count);
        }

        return (phrases, max);
    }

    [GeneratedRegex(@"[\p{L}]+")]
    private static partial Regex Word();
}
