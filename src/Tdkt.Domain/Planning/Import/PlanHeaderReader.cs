using System.Globalization;
using System.Text.RegularExpressions;
using Tdkt.Domain.Common;

namespace Tdkt.Domain.Planning.Import;

/// <summary>
/// The header of an administrative document (the first ~40 lines): issuer and parent issuer, number, place and
/// date, kind (KẾ HOẠCH, QUYẾT ĐỊNH, HƯỚNG DẪN…), title and legal bases, each with a confidence (1 read from its
/// usual place, 0.6 found elsewhere such as a title only in the body, 0 absent). Nothing is invented: a part the
/// text does not give is null.
/// </summary>
public sealed record PlanHeader(
    string? Issuer,
    string? ParentIssuer,
    string? Number,
    string? Place,
    PlanIssueDate? IssueDate,
    string? Kind,
    string? Title,
    IReadOnlyList<LegalBasis> LegalBases,
    IReadOnlyDictionary<string, double> Confidence);

/// <summary>Reads a <see cref="PlanHeader"/> from text laid out one paragraph a line, as table rows ("|" cells) or broken at any word.</summary>
public static partial class PlanHeaderReader
{
    private static readonly string[] KindWords =
    [
        "KẾ HOẠCH", "QUYẾT ĐỊNH", "HƯỚNG DẪN", "THÔNG BÁO", "BÁO CÁO", "CHỈ THỊ", "NGHỊ QUYẾT", "KẾT LUẬN", "CHƯƠNG TRÌNH",
        "TỜ TRÌNH", "THÔNG TƯ", "KỊCH BẢN", "PHÁT ĐỘNG PHONG TRÀO THI ĐUA", "LỜI KÊU GỌI", "QUY CHẾ", "CÔNG ĐIỆN",
    ];

    public static PlanHeader Read(string? text)
    {
        var lines = Lines(text);
        var confidence = new Dictionary<string, double>(StringComparer.Ordinal);
        var head = lines.Take(60).ToList();
        var joined = string.Join(" ", head);

        // Number: "Số: 36/KH-UBND", "Số:\n36/KH-UBND", "Số: 225 - KH/TWĐTN-CTTN", "Số: /KH-UBND".
        string? number = null;
        if (NumberPattern().Match(joined) is { Success: true } nm)
        {
            number = Regex.Replace(nm.Groups["n"].Value, @"\s*([/-])\s*", "$1").Trim();
            confidence["number"] = 1;
        }

        // Place and date: "Cà Mau, ngày 21 tháng 02 năm 2022" (also broken over lines or inside table cells).
        string? place = null;
        PlanIssueDate? date = null;
        if (PlaceDatePattern().Match(joined) is { Success: true } pd)
        {
            int? Part(string g) => pd.Groups[g].Success ? int.Parse(pd.Groups[g].Value, NumberStyles.None, CultureInfo.InvariantCulture) : null;
            place = VietnameseText.Normalize(pd.Groups["place"].Value);
            date = new PlanIssueDate(Part("d"), Part("m"), Part("y"), VietnameseText.Normalize(pd.Value));
            confidence["place"] = 1;
            confidence["date"] = date.Year is null ? 0.5 : 1;
        }

        // Kind and title.
        var kindAt = -1;
        string? kind = null;
        string? inlineTitle = null;
        var firstLead = head.FindIndex(l => IsLead(l));

        // A kind word after the legal bases ("- Căn cứ …", "- Xét Tờ trình …" then "QUYẾT ĐỊNH") is the enacting word, not the kind.
        var firstBasis = head.FindIndex(l => BulletedBasis().IsMatch(l));
        var kindLimit = new[] { firstLead, firstBasis, head.Count }.Where(x => x >= 0).Min();
        for (var i = 0; i < kindLimit && kindAt < 0; i++)
        {
            var upper = head[i].Trim().TrimEnd(':', '.').Trim();
            foreach (var k in KindWords)
            {
                if (string.Equals(upper, k, StringComparison.Ordinal)
                    || string.Equals(Fold(upper).Replace(" ", string.Empty, StringComparison.Ordinal), Fold(k).Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal) && PlanLine.UpperShare(upper) > 0.9)
                {
                    (kindAt, kind) = (i, k);
                    break;
                }

                if (upper.StartsWith(k + " ", StringComparison.Ordinal) && PlanLine.UpperShare(upper[k.Length..]) < 0.5 && k != "PHÁT ĐỘNG PHONG TRÀO THI ĐUA")
                {
                    (kindAt, kind, inlineTitle) = (i, k, upper[k.Length..].Trim());
                    break;
                }
            }
        }

        if (kind is not null)
        {
            confidence["kind"] = 1;
        }

        var (title, titleEnd) = ReadTitle(head, kindAt, inlineTitle);
        var titleConfidence = 1.0;
        if (title is null && kindAt < 0)
        {
            // No "KẾ HOẠCH"/"QUYẾT ĐỊNH" line (lost in copying): an upper-case subject line right after the date line is the title.
            var dateAt = head.FindIndex(l => PlaceDatePattern().IsMatch(l));
            for (var i = dateAt + 1; dateAt >= 0 && i < Math.Min(head.Count, dateAt + 4); i++)
            {
                var l = head[i];
                if (LegalLead().IsMatch(Fold(l)) || l.StartsWith("Kính gửi", StringComparison.OrdinalIgnoreCase) || l.StartsWith("V/v", StringComparison.OrdinalIgnoreCase))
                {
                    break;
                }

                if (l.Length >= 25 && PlanLine.UpperShare(l) > 0.9 && !IsIssuerRestatement(l) && !Motto().IsMatch(Fold(l)) && !IsSessionLine(l))
                {
                    (title, titleConfidence, titleEnd) = (VietnameseText.Normalize(l), 0.6, i + 1);
                    break;
                }
            }
        }

        var vvAt = head.FindIndex(l => l.StartsWith("V/v", StringComparison.OrdinalIgnoreCase));
        if (title is null && vvAt >= 0)
        {
            var vv = head[vvAt][3..].TrimStart(':', ' ', '.');
            var upperSubject = PlanLine.UpperShare(vv) > 0.9;
            for (var i = vvAt + 1; i < head.Count && head[i].Length > 0
                && (char.IsLower(head[i][0]) || upperSubject && PlanLine.UpperShare(head[i]) > 0.9 && !IsIssuerRestatement(head[i]) && !Motto().IsMatch(Fold(head[i]))); i++)
            {
                vv += " " + head[i]; // "V/v Báo cáo công tác Hội năm 2020" + "và nhiệm kỳ 2016 – 2021"; an upper-case subject over two lines
            }

            title = VietnameseText.Normalize(vv);
            if (number is null || !number.Contains("QĐ", StringComparison.Ordinal))
            {
                kind ??= "CÔNG VĂN"; // a "…/QĐ-…" number is a decision whose kind line is missing: left empty rather than guessed
            }
        }

        if (title is not null)
        {
            confidence["title"] = titleConfidence;
        }
        else if (BodyTitle().Match(joined) is { Success: true } bt)
        {
            title = UpperFirst(VietnameseText.Normalize(bt.Groups["t"].Value).TrimEnd(',', ' '));
            kind ??= Fold(bt.Groups["k"].Value) == "ke hoach" ? "KẾ HOẠCH" : "HƯỚNG DẪN";
            confidence["title"] = 0.6;
            confidence["kind"] = confidence.GetValueOrDefault("kind", 0.6);
        }

        // Issuer lines: the header block before the kind line, without the national motto, number, date and separators.
        var dateLine = head.FindIndex(l => PlaceDatePattern().IsMatch(l));
        var blockEnd = kindAt >= 0 ? kindAt : new[] { firstLead, dateLine >= 0 ? dateLine + 1 : -1, titleEnd > 0 ? titleEnd - 1 : -1 }.Where(x => x >= 0).DefaultIfEmpty(-1).Min();
        var (issuer, parent) = ReadIssuer(head.Take(blockEnd < 0 ? Math.Min(head.Count, 12) : blockEnd).ToList());
        if (issuer is not null)
        {
            confidence["issuer"] = 1;
        }
        else if (head.Skip(Math.Max(kindAt, 0)).Take(12).FirstOrDefault(IsIssuerRestatement) is { } restated
            && !BareUnit().IsMatch(restated))
        {
            // A decision printed without its header names its issuer under the title: "ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU".
            issuer = VietnameseText.Normalize(Regex.Replace(restated, "^CHỦ TỊCH ", string.Empty));
            confidence["issuer"] = 0.8;
        }

        if (parent is not null)
        {
            confidence["parentIssuer"] = 1;
        }

        var bases = ReadLegalBases(lines, Math.Max(titleEnd, kindAt + 1));
        if (bases.Count > 0)
        {
            confidence["legalBases"] = 1;
        }

        return new PlanHeader(issuer, parent, number, place, date, kind, title, bases, confidence);
    }

    /// <summary>Lines of the text: table cells ("a | b") become lines of their own, escaped line breaks are undone, separators dropped.</summary>
    internal static List<string> Lines(string? text)
    {
        var t = (text ?? string.Empty).Replace("\\r\\n", "\n", StringComparison.Ordinal).Replace("\\n", "\n", StringComparison.Ordinal)
            .Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        t = BrokenHeaderWord().Replace(t, " "); // "CỘNG\nHÒA XÃ HỘI…", "ỦY\nBAN NHÂN DÂN" copied from a narrow table cell
        var result = new List<string>();
        foreach (var raw in t.Split('\n'))
        {
            // Cells: "a | b", two columns typed with spaces ("LĐLĐ HUYỆN X   CỘNG HÒA…"), and the motto run into a column.
            var withMotto = MottoInside().Replace(raw, m => "|" + m.Value + "|");
            withMotto = InlineSplit().Replace(withMotto, "|");
            foreach (var cell in Regex.Split(withMotto, @"\||\s{3,}|\t"))
            {
                var c = PlanLine.Clean(cell.Replace("#", string.Empty, StringComparison.Ordinal)).Trim();
                c = PageNoise().Replace(c, string.Empty).Trim();
                c = Regex.Replace(c, @"^[-—–_]{2,}\s*|\s*[-—–_]{2,}$", string.Empty); // "——- Số: 1155/QĐ-TTg": a rule line run into a cell
                if (c.Length == 0 || Separator().IsMatch(c))
                {
                    continue;
                }

                result.Add(c);
            }
        }

        return result;
    }

    private static (string? Title, int End) ReadTitle(List<string> head, int kindAt, string? inlineTitle)
    {
        if (kindAt < 0)
        {
            return (null, 0);
        }

        var parts = new List<string>();
        if (inlineTitle is not null)
        {
            parts.Add(inlineTitle);
        }

        var i = kindAt + 1;
        for (; i < head.Count && parts.Count < 6; i++)
        {
            var l = head[i];
            if (IsSessionLine(l))
            {
                continue; // "KHÓA XVII - KỲ HỌP THỨ BA" between the kind and the title
            }

            var f = Fold(l);
            var lead = IsLead(l);
            var isTitleLike = PlanLine.UpperShare(l) > 0.7 || !ReferenceLike().IsMatch(l);
            if (lead && !(parts.Count == 0 && f.StartsWith("thuc hien", StringComparison.Ordinal) && isTitleLike && !l.TrimEnd().EndsWith(';')))
            {
                break;
            }

            var restatement = IsIssuerRestatement(l) && (i + 1 >= head.Count || IsLead(head[i + 1]) || Fold(head[i + 1]).StartsWith("xet", StringComparison.Ordinal));
            if (parts.Count >= 2 && char.IsUpper(l[0]) && PlanLine.UpperShare(l) < 0.5 && !char.IsUpper(parts[^1][0]))
            {
                break; // "… định hướng đến năm 2030" then "Hội nghị lần thứ bảy … họp": the body has begun
            }

            if (parts.Count > 0 && (BodyStart().IsMatch(l) || restatement || l.StartsWith("Kính gửi", StringComparison.OrdinalIgnoreCase)
                || PlanLine.UpperShare(parts[^1]) > 0.8 && PlanLine.UpperShare(l) < 0.3 && l.Length > 40 && !char.IsLower(l[0])))
            {
                break;
            }

            if (parts.Count == 0 && (BodyStart().IsMatch(l) || restatement))
            {
                break;
            }

            if (parts.Count > 0 && (l.Length > 250 && PlanLine.UpperShare(l) < 0.7 || Label().IsMatch(l)))
            {
                break;
            }

            parts.Add(l.Trim());
            if (l.TrimEnd().EndsWith(':'))
            {
                break;
            }
        }

        if (parts.Count == 0)
        {
            return (null, kindAt + 1);
        }

        var title = VietnameseText.Normalize(string.Join(" ", parts)).TrimEnd(':', ' ');
        return (title.Length == 0 ? null : title, i);
    }

    /// <summary>"KHÓA XVII - KỲ HỌP THỨ BA": the council's term and session, never a title.</summary>
    private static bool IsSessionLine(string l) => Regex.IsMatch(Fold(l), @"^khoa\s+[ivxlc\d]+\b.*\bky\s+hop\b|^ky\s+hop\s+thu\b");

    private static bool IsIssuerRestatement(string l) =>
        PlanLine.UpperShare(l) > 0.9 && IssuerStart().IsMatch(l) && l.Length is >= 8 and < 80 && !l.Contains(" VỀ ", StringComparison.Ordinal) && !l.Contains('(', StringComparison.Ordinal);

    /// <summary>"Căn cứ", "Thực hiện", "Trên cơ sở" starting a paragraph (capitalised; "5. Căn cứ" too), not "thực hiện" inside a sentence.</summary>
    private static bool IsLead(string l)
    {
        var t = Regex.Replace(l, @"^\d{1,2}\.\s*", string.Empty);
        return t.Length > 0 && char.IsUpper(t[0]) && LegalLead().IsMatch(Fold(t));
    }

    /// <summary>Instrument numbers in a text: "91/2017/NĐ-CP", "1660/QĐ-TTg", "30c/NQ-CP", "183-KH/TWĐTN-TNNT", "19-NQ/TW".</summary>
    public static IReadOnlyList<string> InstrumentNumbers(string? text) =>
        InstrumentNumber().Matches(text ?? string.Empty).Select(m => Regex.Replace(m.Value, @"\s*-\s*", "-").TrimEnd('-', '.', ',')).Distinct(StringComparer.Ordinal).ToList();

    private static (string? Issuer, string? Parent) ReadIssuer(List<string> block)
    {
        var bodies = new List<List<string>>();
        foreach (var raw in block)
        {
            var l = raw.Trim().TrimEnd('.', ',');
            var f = Fold(l);
            if (Motto().IsMatch(f) || l.StartsWith("Số", StringComparison.Ordinal)
                || l.StartsWith("CHỦ TỊCH ", StringComparison.Ordinal) // the signing authority ("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ"), not the issuer
                || Regex.IsMatch(l, @"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\bNGÀY\s+\d") // a heading with dates is not a body's name
                || l.StartsWith("SỐ", StringComparison.Ordinal) || NumberOnly().IsMatch(l)
                || KindWords.Any(k => l.StartsWith(k, StringComparison.Ordinal))
                || PlaceDatePattern().IsMatch(l) || f.StartsWith("v/v", StringComparison.Ordinal) || PlanLine.UpperShare(l) < 0.6
                || f.StartsWith("kinh gui", StringComparison.Ordinal) || l.Length > 90 || !l.Any(char.IsLetter) || f is "*" or "***")
            {
                if (bodies.Count > 0 && (PlaceDatePattern().IsMatch(l) || f.StartsWith("so", StringComparison.Ordinal)))
                {
                    continue;
                }

                continue;
            }

            l = Regex.Replace(l, @"^(TRƯỜNG)\s*:\s*", "$1 ");
            var continues = bodies.Count > 0 && (!BodyHead().IsMatch(l) || ContinuationStart().IsMatch(l) || IncompleteEnd().IsMatch(string.Join(" ", bodies[^1])));
            if (continues)
            {
                bodies[^1].Add(l);
            }
            else
            {
                bodies.Add([l]);
            }
        }

        if (bodies.Count == 0)
        {
            return (null, null);
        }

        var names = bodies.Select(b => VietnameseText.Normalize(string.Join(" ", b))).ToList();
        if (BareUnit().IsMatch(names[^1]))
        {
            return (null, null); // "UỶ BAN NHÂN DÂN TỈNH" without the province's name restates a body; it does not name one
        }

        return names.Count == 1 ? (names[0], null) : (names[^1], string.Join(" ", names.Take(names.Count - 1)));
    }

    private static List<LegalBasis> ReadLegalBases(List<string> lines, int from)
    {
        var result = new List<LegalBasis>();
        var paragraph = new List<string>();
        string? lead = null;

        void Flush()
        {
            if (lead is null || paragraph.Count == 0)
            {
                return;
            }

            var text = VietnameseText.Normalize(string.Join(" ", paragraph));
            if (BodyTitle().Match(text) is { Success: true } intro && intro.Index > 0)
            {
                text = text[..intro.Index];
            }

            foreach (var part in Regex.Split(text, @";\s*(?=(?:[Cc]ăn cứ|[Tt]hực hiện|[Tt]rên cơ sở)\b)"))
            {
                var p = part.Trim().TrimEnd(';', ',', '.').Trim();
                var partLead = LegalLead().Match(Fold(p));
                var leadText = partLead.Success ? LeadText(partLead.Value) : lead;
                if (partLead.Success)
                {
                    p = p[partLead.Length..].Trim();
                }

                if (p.Length > 0)
                {
                    result.Add(new LegalBasis(leadText, p, PlanDocumentParser.FindReferences(p).FirstOrDefault()));
                }
            }

            paragraph.Clear();
            lead = null;
        }

        for (var i = from; i < Math.Min(lines.Count, from + 40); i++)
        {
            var l = lines[i];
            var f = Fold(l);
            if (IsLead(l))
            {
                Flush();
                l = Regex.Replace(l, @"^\d{1,2}\.\s*", string.Empty);
                lead = LeadText(LegalLead().Match(Fold(l)).Value);
                paragraph.Add(l);
                if (l.TrimEnd().EndsWith(';') || l.TrimEnd().EndsWith('.') && !ReferenceTail().IsMatch(l))
                {
                    Flush();
                }

                continue;
            }

            if (lead is not null && !SectionStart().IsMatch(l) && !f.StartsWith("xet de nghi", StringComparison.Ordinal) && !f.StartsWith("theo de nghi", StringComparison.Ordinal)
                && !(PlanLine.UpperShare(l) > 0.8 && l.Length > 3) && !BodyTitleStart().IsMatch(l))
            {
                paragraph.Add(l);
                if (l.TrimEnd().EndsWith(';') || l.TrimEnd().EndsWith(':'))
                {
                    Flush();
                }

                continue;
            }

            Flush();
            if (SectionStart().IsMatch(l) || f.StartsWith("quyet dinh", StringComparison.Ordinal) && PlanLine.UpperShare(l) > 0.8)
            {
                break;
            }
        }

        Flush();
        return result;
    }

    private static string LeadText(string folded) => folded switch
    {
        "can cu" => "Căn cứ",
        "thuc hien" => "Thực hiện",
        _ => "Trên cơ sở",
    };

    private static string Fold(string s) => VietnameseText.Fold(s);

    private static string UpperFirst(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    [GeneratedRegex(@"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc [lL]ập\s*[-–]\s*Tự [dD]o\s*[-–]\s*Hạnh [pP]húc|ĐẢNG CỘNG SẢN VIỆT NAM")]
    private static partial Regex MottoInside();

    [GeneratedRegex(@"(?<=\bCỘNG|\bỦY|\bUỶ|\bNHÂN|\bXÃ|\bHỘI|\bỦY BAN)[ \t]*\n[ \t]*(?=HÒA\b|HOÀ\b|BAN\b|DÂN\b|HỘI\b|CHỦ NGHĨA)")]
    private static partial Regex BrokenHeaderWord();

    [GeneratedRegex(@"(?<=\p{Lu}{2,})\s+(?=Số\s*:?\s*[\d/])|(?<=\p{Lu}{2,}(?: \p{Lu}+)*)\s+(?=SỞ \p{Lu})")]
    private static partial Regex InlineSplit();

    [GeneratedRegex(@"^[\d\s]*[/-]\s*\p{Lu}|^\d+[/-]\d")]
    private static partial Regex NumberOnly();

    [GeneratedRegex(@"^(ỦY BAN|UỶ BAN|UBND|SỞ|PHÒNG|TRƯỜNG|BAN\b|CÔNG ĐOÀN|CĐCS|CĐ\b|ĐẢNG ỦY|ĐẢNG UỶ|ĐẢNG BỘ|CHI BỘ|HỘI ĐỒNG|HỘI\b|TIỂU BAN|LĐLĐ|LIÊN ĐOÀN|BỘ\b|CỤC|VỤ\b|VĂN PHÒNG|TRUNG TÂM|TỈNH ỦY|TỈNH UỶ|HUYỆN ỦY|HUYỆN UỶ|THÀNH ỦY|THÀNH UỶ|TỈNH ĐOÀN|HUYỆN ĐOÀN|THÀNH ĐOÀN|ĐOÀN\b|MẶT TRẬN|CHÍNH PHỦ|THỦ TƯỚNG|BCH|HĐND|HỘI ĐỒNG NHÂN DÂN|CHI CỤC|KHỐI)", RegexOptions.CultureInvariant)]
    private static partial Regex BodyHead();

    [GeneratedRegex(@"\b\d+[a-zA-Z]?(?:/\d{4})?/[\p{Lu}][\p{L}\d&]*(?:/[\p{Lu}][\p{L}\d&]*)?(?:-[\p{L}\d&]+|\s?-\s?[\p{Lu}\d&]+(?!\p{Ll}))*|\b\d+\s?-\s?[\p{Lu}]+/[\p{Lu}][\p{L}\d&-]*|\b\d+\s[\p{Lu}]{2,}/[\p{Lu}]+")]
    private static partial Regex InstrumentNumber();

    [GeneratedRegex(@"^(?:Trang \d+(?=\p{Lu})|\d{1,2}\.\s+(?=\p{Lu}{2}))")]
    private static partial Regex PageNoise();

    [GeneratedRegex(@"^(?!Năm học)[\p{L} ]{2,20}:\s")]
    private static partial Regex Label();

    [GeneratedRegex(@"^[-–_=*.~\s]{3,}$|^[*]+$|^[_\-–]$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"(?:\bSố|\b(?:Nghị quyết|Quyết định|Kế hoạch|Chỉ thị|Thông báo|Hướng dẫn|Báo cáo|Chương trình)\s+số(?=\s*:))\s*:?\s*(?<n>(?:\d+[a-zA-Z]?\s*)?(?:/\s*\d{4}\s*)?[/-]?\s*\p{Lu}[\p{Lu}&]*(?:\p{Ll}{1,2}(?=\s*[/-]\s*\p{Lu}))?(?:\s*[/-]\s*[\p{Lu}0-9][\p{Lu}0-9&a-z]*){0,4})", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"(?<place>(?:(?:TP|Tp)\.\s*)?(?:Thành phố\s+|Thị xã\s+|Thị trấn\s+)?\p{Lu}\p{Ll}+(?:[ \-]\p{Lu}\p{Ll}*){0,4})\s*,\s*[nN]gày\s*(?<d>\d{1,2})?[\s.…]*[tT]háng\s*(?<m>\d{1,2})?[\s.…]*[nN]ăm\s*(?<y>\d{4})?", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceDatePattern();

    [GeneratedRegex(@"(?:^|\s)(?:XÃ|HUYỆN|TỈNH|PHƯỜNG|QUẬN|THỊ TRẤN|THÀNH PHỐ)$", RegexOptions.CultureInvariant)]
    private static partial Regex BareUnit();

    [GeneratedRegex(@"^[-–•+]\s*(?:Căn cứ|Xét)\s", RegexOptions.CultureInvariant)]
    private static partial Regex BulletedBasis();

    [GeneratedRegex(@"^(can cu|thuc hien|tren co so)\b")]
    private static partial Regex LegalLead();

    [GeneratedRegex(@"\bsố\s*\d|\d+/(?:\d{4}/)?[A-ZĐ]", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceLike();

    [GeneratedRegex(@"\d+/\d{4}\s*\.?$|\d+/[A-ZĐ][\p{L}-]*\.?$")]
    private static partial Regex ReferenceTail();

    [GeneratedRegex(@"^(cong hoa xa hoi chu nghia viet nam|doc lap|dang cong san viet nam|cong hoa)")]
    private static partial Regex Motto();

    [GeneratedRegex(@"^(TỈNH|HUYỆN|THÀNH PHỐ|THỊ XÃ|QUẬN|XÃ|PHƯỜNG|THỊ TRẤN|TP\.?|ĐOÀN TNCS|ĐOÀN THANH NIÊN|ĐẠI HỘI|CÁC DÂN TỘC|VIỆT NAM|CHÍNH PHỦ|HỒ CHÍ MINH|BINH VÀ|VÀ\b|DÂN\b|NHÂN DÂN|THIÊN HUẾ|ĐÀO TẠO|XÃ HỘI)", RegexOptions.CultureInvariant)]
    private static partial Regex ContinuationStart();

    [GeneratedRegex(@"(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|ỦY BAN|UỶ BAN|ỦY BAN NHÂN|\bỦY|\bUỶ|BAN CHẤP HÀNH|\bTỈNH|\bHUYỆN|THÀNH PHỐ|THỊ XÃ|\bQUẬN|\bPHƯỜNG|THỊ TRẤN|BAN CHẤP HÀNH TRUNG ƯƠNG|BAN TỔ CHỨC|THỦ TƯỚNG|TRUNG ƯƠNG|BỘ LAO ĐỘNG –|BỘ LAO ĐỘNG -|SỞ GIÁO DỤC|–|-)$", RegexOptions.CultureInvariant)]
    private static partial Regex IncompleteEnd();

    [GeneratedRegex(@"^(ỦY BAN|UỶ BAN|UBND|SỞ|PHÒNG|TRƯỜNG|BAN(?!\s*HÀNH)|CHỦ TỊCH|HỘI ĐỒNG|BỘ TRƯỞNG|THỦ TƯỚNG|GIÁM ĐỐC|HIỆU TRƯỞNG|BAN CHẤP HÀNH|BAN THƯỜNG VỤ)\b", RegexOptions.CultureInvariant)]
    private static partial Regex IssuerStart();

    [GeneratedRegex(@"^([IVXL]{1,5}\s*[.\-–)]|\d{1,2}\s*[.)]\s*\p{Lu}|[A-Z]\s*\.\s*\p{Lu}|PHẦN\s)")]
    private static partial Regex SectionStart();

    [GeneratedRegex(@"^(I\s*[.\-–)]|1\s*[.)]\s|Điều 1\b|Kính gửi)")]
    private static partial Regex BodyStart();

    [GeneratedRegex(@"^(Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Ban Thường vụ|Ban Chấp hành|Ban Bí thư|Sở|Phòng|Trường|Công đoàn|Ban Thi đua|Hội đồng)\b.{0,80}\b(ban hành|xây dựng|hướng dẫn)\b")]
    private static partial Regex BodyTitleStart();

    [GeneratedRegex(@"(?:(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Ban Thường vụ|Ban Chấp hành|Ban Bí thư|Sở|Phòng|Trường|Công đoàn|Ban Thi đua|Hội đồng)[\p{L}\s\-–&]{0,80}?\s(?:ban hành|xây dựng)\s+(?<k>[Kk]ế hoạch|[Hh]ướng dẫn)\s+(?<t>[^:]{10,400}?)\s*(?:,?\s*(?:cụ thể )?như sau|,?\s*với (?:những |các )?nội dung (?:cụ thể )?(?:như )?sau|\(sau đây)|(?:Sở|Phòng|Ủy ban nhân dân|UBND)[\p{L}\s]{0,60}?\s(?<k>hướng dẫn)\s+(?<t>[^:]{10,300}?)\s*,?\s*(?:cụ thể )?(?:như )?sau)")]
    private static partial Regex BodyTitle();
}
