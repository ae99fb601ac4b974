using System.Globalization;
using System.Text.RegularExpressions;
using Tdkt.Domain.Common;

namespace Tdkt.Domain.Planning.Import;

/// <summary>
/// Reads a published plan (Kế hoạch của Ủy ban nhân dân) given as text, one paragraph a line (markdown marks
/// such as ##, **bold** and tables with tabs or pipes are understood), into a <see cref="PlanDraft"/> for a
/// person to review. It guesses nothing it cannot see: what it cannot read is left empty and named in
/// <see cref="PlanDraft.Warnings"/>.
/// </summary>
public static partial class PlanDocumentParser
{
    /// <param name="text">The document text.</param>
    /// <param name="defaultYear">The year to use when the document's date line has none.</param>
    public static Result<PlanDraft> Parse(string? text, int? defaultYear = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return NotAPlan();
        }

        var warnings = new List<string>();
        text = text.Replace("\\r\\n", "\n", StringComparison.Ordinal).Replace("\\n", "\n", StringComparison.Ordinal);
        var (prepared, restored) = DiacriticsRestorer.Restore(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'));
        var header = PlanHeaderReader.Read(prepared);
        var source = prepared.Split('\n');

        // Header first: the year is needed to read the table's timeframes.
        var tableLines = new bool[source.Length];
        var lines = ReadLines(source, tableLines);
        var (place, issueDate) = FindPlaceAndDate(lines);
        place = header.Place ?? place;
        issueDate = header.IssueDate ?? issueDate;
        var year = issueDate?.Year ?? YearInTitle(header.Title) ?? defaultYear;

        var tasks = PlanTaskTable.Read(source, year, tableLines, warnings);
        lines = ReadLines(source, tableLines);

        var planIndex = lines.FindIndex(l => IsPlanHeading(l));
        var end = lines.FindIndex(Math.Max(planIndex, 0), l => IsRecipientsHeading(l) || IsSignerStart(l));
        end = end < 0 ? lines.Count : end;

        var (title, titleEnd) = FindTitle(lines, planIndex, end);
        title = header.Title ?? title;
        var headings = FindSections(lines, titleEnd, end);

        var sections = new List<DraftSection>();
        var sectionLines = new List<(DraftSection Section, List<PlanLine> Lines)>();
        for (var h = 0; h < headings.Count; h++)
        {
            var (at, numeral, heading, inline) = headings[h];
            var stop = h + 1 < headings.Count ? headings[h + 1].At : end;
            var body = lines.GetRange(at + 1, stop - at - 1);
            var bodyText = string.Join("\n", (inline is null ? [] : new[] { inline }).Concat(body.Select(l => l.Text)));
            var section = new DraftSection(numeral, heading, Classify(heading), bodyText);
            sections.Add(section);
            sectionLines.Add((section, body));
        }

        var preambleLines = lines.GetRange(titleEnd, (headings.Count > 0 ? headings[0].At : end) - titleEnd);
        var preamble = string.Join("\n", preambleLines.Select(l => l.Text));
        var ownBases = ReadLegalBases(preambleLines);
        static int Numbers(IEnumerable<LegalBasis> bases) => bases.Sum(b => PlanHeaderReader.InstrumentNumbers(b.Text).Count);
        var legalBases = Numbers(ownBases) >= Numbers(header.LegalBases) && ownBases.Count > 0 ? ownBases : header.LegalBases.ToList();

        var tail = lines.GetRange(end, lines.Count - end);
        var signer = ReadSigner(tail);
        var recipients = ReadRecipients(tail);

        var deadlines = ReadDeadlines(sectionLines, year);
        var participants = ReadParticipants(sectionLines);
        var planEvent = ReadEvent(sectionLines, year, warnings);
        var budget = ReadBudget(sectionLines);

        var number = header.Number ?? lines.Take(end).Select(l => DocumentNumberLine().Match(l.Text)).FirstOrDefault(m => m.Success)?.Groups["n"].Value.Trim();

        if (planIndex < 0 && header.Kind is null)
        {
            warnings.Add("Không thấy dòng tiêu đề \"KẾ HOẠCH\": hãy kiểm tra lại tên kế hoạch.");
        }

        if (title is null)
        {
            warnings.Add("Không đọc được tên văn bản: hãy nhập tên kế hoạch.");
        }
        else if (header.Confidence.GetValueOrDefault("title") < 1)
        {
            warnings.Add("Tên kế hoạch được lấy từ câu mở đầu của văn bản: hãy kiểm tra lại.");
        }

        if (restored.Count > 0)
        {
            warnings.Add($"Văn bản không có dấu tiếng Việt: đã khôi phục dấu cho {restored.Count} từ, cụm từ theo từ điển hành chính ({string.Join(", ", restored.Take(8))}{(restored.Count > 8 ? "…" : string.Empty)}). Hãy kiểm tra lại.");
        }

        if (issueDate is null)
        {
            warnings.Add("Không thấy dòng địa danh, ngày tháng năm ban hành (ví dụ \"Phong Thổ, ngày ... tháng 3 năm 2023\").");
        }

        if (year is null)
        {
            warnings.Add("Không biết năm của kế hoạch: các mốc thời gian chưa được đổi ra ngày.");
        }

        if (headings.Count == 0)
        {
            warnings.Add("Không thấy các mục lớn đánh số La Mã (I, II, III...): nội dung chưa được chia mục.");
        }

        CheckNumbering(headings.Select(h => h.Numeral).ToList(), warnings);
        if (signer is null)
        {
            warnings.Add("Không đọc được phần chữ ký (TM. ỦY BAN NHÂN DÂN, chức vụ, họ tên người ký).");
        }
        else if (signer.Name is null)
        {
            warnings.Add("Không đọc được họ tên người ký.");
        }

        foreach (var d in deadlines.Where(d => d.Timeframe.Kind == TimeframeKind.Unknown))
        {
            warnings.Add($"Không đổi được thời hạn \"{d.Phrase}\" ra ngày: cần nhập tay.");
        }

        var confidence = new Dictionary<string, double>(header.Confidence, StringComparer.Ordinal);
        confidence["title"] = title is null ? 0 : confidence.GetValueOrDefault("title", 0.8);
        confidence["number"] = string.IsNullOrEmpty(number) ? 0 : confidence.GetValueOrDefault("number", 0.8);
        confidence["place"] = place is null ? 0 : confidence.GetValueOrDefault("place", 0.8);
        confidence["date"] = issueDate is null ? 0 : confidence.GetValueOrDefault("date", 0.8);
        confidence["year"] = issueDate?.Year is not null ? 1 : year is not null && YearInTitle(header.Title) is not null ? 0.6 : 0;
        confidence["legalBases"] = legalBases.Count == 0 ? 0 : confidence.GetValueOrDefault("legalBases", 0.8);
        var issuer = header.Issuer ?? FindIssuingBody(preambleLines);
        confidence["issuer"] = issuer is null ? 0 : confidence.GetValueOrDefault("issuer", 0.6);
        confidence["parentIssuer"] = header.ParentIssuer is null ? 0 : 1;
        confidence["sections"] = headings.Count == 0 ? 0 : 1;
        confidence["tasks"] = tasks.Count == 0 ? 0 : 0.9;
        confidence["signer"] = signer is null ? 0 : signer.Name is null ? 0.5 : 0.9;
        confidence["recipients"] = recipients.Count == 0 ? 0 : 0.9;
        if (restored.Count > 0)
        {
            foreach (var key in confidence.Keys.ToList())
            {
                confidence[key] = Math.Min(confidence[key], 0.6);
            }
        }

        return new PlanDraft(
            title,
            string.IsNullOrEmpty(number) ? null : number,
            place,
            issueDate,
            year,
            issuer,
            preamble,
            legalBases,
            sections,
            tasks,
            deadlines,
            participants,
            budget,
            planEvent,
            signer,
            recipients,
            warnings)
        {
            ParentIssuer = header.ParentIssuer,
            DocumentKind = header.Kind,
            Confidence = confidence,
            RestoredWords = restored,
        };
    }

    /// <summary>"Công tác Thi đua - Khen thưởng năm 2023" gives 2023 when the date line has no year.</summary>
    private static int? YearInTitle(string? title) =>
        title is not null && TitleYear().Match(title) is { Success: true } m ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : null;

    private static ValidationError NotAPlan() => new("text",
        "Văn bản trống: tệp không có chữ nào để đọc. Hãy chọn tệp kế hoạch có nội dung (.docx, .txt hoặc .md).");

    private static List<PlanLine> ReadLines(string[] source, bool[] tableLines)
    {
        var lines = new List<PlanLine>();
        for (var i = 0; i < source.Length; i++)
        {
            if (tableLines[i] || PlanLine.Read(i, source[i]) is not { } line)
            {
                continue;
            }

            // A paragraph broken by a page: "... nếu có khó khăn, vướng mắc, các cơ quan kịp" + "thời phản ánh..."
            if (lines.Count > 0 && line.Level == 0 && !line.Marked && char.IsLower(line.Text[0])
                && lines[^1] is { Marked: false } previous && previous.Level != 1 && !EndsSentence().IsMatch(previous.Text))
            {
                previous.Append(line.Text);
                continue;
            }

            lines.Add(line);
        }

        return lines;
    }

    private static bool IsPlanHeading(PlanLine l) => l.Folded.TrimEnd(':', '.').Trim() == "ke hoach";

    private static bool IsRecipientsHeading(PlanLine l) => l.Folded.StartsWith("noi nhan", StringComparison.Ordinal);

    private static bool IsSignerStart(PlanLine l) =>
        SignerLead().IsMatch(l.Text) && PlanLine.UpperShare(l.Text) > 0.8;

    private static (string? Place, PlanIssueDate? Date) FindPlaceAndDate(List<PlanLine> lines)
    {
        foreach (var l in lines.Take(40))
        {
            if (PlaceDate().Match(l.Text) is { Success: true } m)
            {
                int? Part(string g) => m.Groups[g].Success ? int.Parse(m.Groups[g].Value, NumberStyles.None, CultureInfo.InvariantCulture) : null;
                return (m.Groups["place"].Value.Trim(), new PlanIssueDate(Part("d"), Part("m"), Part("y"), l.Text));
            }
        }

        return (null, null);
    }

    private static (string? Title, int End) FindTitle(List<PlanLine> lines, int planIndex, int end)
    {
        if (planIndex < 0)
        {
            return (null, 0);
        }

        var parts = new List<string>();
        var i = planIndex + 1;
        for (; i < end; i++)
        {
            var l = lines[i];
            var adjacent = parts.Count == 0 || l.Index == lines[i - 1].Index + 1;
            if (!adjacent || LegalLead().IsMatch(l.Folded) || l.Level == 1 || parts.Count >= 4)
            {
                break;
            }

            parts.Add(l.Text);
        }

        return (parts.Count == 0 ? null : VietnameseText.Normalize(string.Join(" ", parts)), i);
    }

    private static List<(int At, string Numeral, string Heading, string? Inline)> FindSections(List<PlanLine> lines, int from, int end)
    {
        var found = new List<(int, string, string, string?)>();
        for (var i = from; i < end; i++)
        {
            var l = lines[i];
            var m = RomanHeading().Match(l.Head ?? l.Text);
            if (!m.Success || !ValidRoman().IsMatch(m.Groups["n"].Value))
            {
                continue;
            }

            var title = m.Groups["t"].Value.Trim();
            string heading;
            string? inline = null;
            if (l.Head is not null)
            {
                heading = title;
                inline = l.Rest;
            }
            else if (PlanLine.UpperShare(title) >= 0.7 || l.Marked)
            {
                heading = title;
            }
            else if (title.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 && PlanLine.UpperShare(title[..colon]) >= 0.7)
            {
                heading = title[..colon];
                inline = title[(colon + 1)..].Trim();
            }
            else
            {
                continue;
            }

            found.Add((i, m.Groups["n"].Value, heading.TrimEnd(':', '.', ' '), string.IsNullOrEmpty(inline) ? null : inline));
        }

        return found;
    }

    private static DraftSectionKind Classify(string heading)
    {
        var f = VietnameseText.Fold(heading);
        (string Word, DraftSectionKind Kind)[] words =
        [
            ("muc dich", DraftSectionKind.Purpose), ("yeu cau", DraftSectionKind.Purpose),
            ("to chuc thuc hien", DraftSectionKind.Organisation), ("kinh phi", DraftSectionKind.Budget),
            ("giai phap", DraftSectionKind.Solutions), ("noi dung", DraftSectionKind.Content),
            ("tien do", DraftSectionKind.Schedule), ("thoi gian", DraftSectionKind.Schedule),
            ("thanh phan", DraftSectionKind.Participants),
        ];
        var best = (At: int.MaxValue, Kind: DraftSectionKind.Other);
        foreach (var (word, kind) in words)
        {
            var at = f.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && at < best.At)
            {
                best = (at, kind);
            }
        }

        return best.Kind;
    }

    private static void CheckNumbering(List<string> numerals, List<string> warnings)
    {
        var previous = 0;
        foreach (var numeral in numerals)
        {
            var n = RomanValue(numeral);
            if (n == previous)
            {
                warnings.Add($"Mục {numeral} xuất hiện hai lần: hãy kiểm tra lại cách đánh số các mục.");
            }
            else if (n > previous + 1)
            {
                warnings.Add($"Không thấy mục {ToRoman(previous + 1)}: các mục nhảy từ {(previous == 0 ? "đầu" : ToRoman(previous))} sang {numeral}.");
            }

            previous = n;
        }
    }

    private static int RomanValue(string s)
    {
        var total = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var v = Digit(s[i]);
            total += i + 1 < s.Length && Digit(s[i + 1]) > v ? -v : v;
        }

        return total;

        static int Digit(char c) => c switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, _ => 0 };
    }

    private static string ToRoman(int n)
    {
        (int Value, string Text)[] table = [(50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var result = string.Empty;
        foreach (var (value, text) in table)
        {
            while (n >= value)
            {
                result += text;
                n -= value;
            }
        }

        return result;
    }

    private static string? FindIssuingBody(List<PlanLine> preamble)
    {
        foreach (var l in preamble)
        {
            if (IssuingBody().Match(l.Text) is { Success: true } m)
            {
                return m.Groups["body"].Value;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:năm|NĂM|năm học|NĂM HỌC)\s+(?<y>(?:19|20|21)\d{2})\b")]
    private static partial Regex TitleYear();

    [GeneratedRegex(@"[.:;!?)”""…]$")]
    private static partial Regex EndsSentence();

    [GeneratedRegex(@"^(TM|KT|TL|TUQ|Q)\s*\.\s*\p{Lu}")]
    private static partial Regex SignerLead();

    [GeneratedRegex(@"^(?<place>[\p{L}][\p{L} .\-]{1,60}?),\s*ngày\s*(?<d>\d{1,2})?\s*tháng\s*(?<m>\d{1,2})?\s*năm\s*(?<y>\d{4})?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceDate();

    [GeneratedRegex(@"^Số\s*:\s*(?<n>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex DocumentNumberLine();

    [GeneratedRegex(@"^(?<n>[IVXL]{1,6})\s*[.)]\s*(?<t>\S.*)$")]
    private static partial Regex RomanHeading();

    [GeneratedRegex(@"^(?=[IVXL])L?X{0,3}(IX|IV|V?I{0,3})$")]
    private static partial Regex ValidRoman();

    [GeneratedRegex(@"^(can cu|thuc hien|tren co so)\b")]
    private static partial Regex LegalLead();

    [GeneratedRegex(@"(?<body>(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|thị trấn)(?:\s+\p{Lu}\p{L}*)*)\s+(?:ban hành|xây dựng|tổ chức|triển khai)\s+(?:[Kk]ế hoạch|Hội nghị|Đại hội)")]
    private static partial Regex IssuingBody();
}
