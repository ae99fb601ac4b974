using System.Globalization;
using System.Text.RegularExpressions;
using Tdkt.Domain.Common;

namespace Tdkt.Domain.Planning.Import;

/// <summary>The parts of a plan read from inside the text: legal bases, deadlines, participants, budget, signer.</summary>
public static partial class PlanDocumentParser
{
    private const string DocumentKinds =
        "Bộ luật|Luật|Pháp lệnh|Nghị định|Nghị quyết|Quyết định|Chỉ thị|Thông tư liên tịch|Thông tư|Hướng dẫn|Kế hoạch|Công văn|Văn bản|Kết luận|Thông báo|Chương trình|Quy chế|Điều lệ|Công điện";

    /// <summary>Finds the cited documents in a text: "Quyết định số 666/QĐ-TTg ngày 02/6/2022".</summary>
    public static IReadOnlyList<DocumentReference> FindReferences(string? text)
    {
        var result = new List<DocumentReference>();
        var normalized = VietnameseText.Normalize(text);
        foreach (Match m in Reference().Matches(normalized))
        {
            DateOnly? date = null;
            if (m.Groups["d"].Success)
            {
                int Int(string g) => int.Parse(m.Groups[g].Value, NumberStyles.None, CultureInfo.InvariantCulture);
                var (y, mo, d) = (Int("y"), Int("m"), Int("d"));
                if (mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo))
                {
                    date = new DateOnly(y, mo, d);
                }
            }

            var kind = m.Groups["kind"].Success ? UpperFirst(m.Groups["kind"].Value) : KindBefore(normalized, m.Index);
            result.Add(new DocumentReference(kind, m.Groups["num"].Value.TrimEnd('.', '-', ','), date));
        }

        return result;
    }

    /// <summary>"Luật Thi đua, khen thưởng số 06/2022/QH15": the kind is a few words before "số".</summary>
    private static string? KindBefore(string text, int at)
    {
        var from = Math.Max(0, at - 60);
        var before = text[from..at];
        var kinds = KindWord().Matches(before);
        if (kinds.Count == 0)
        {
            return null;
        }

        var last = kinds[^1];
        var between = before[(last.Index + last.Length)..];
        return between.Contains(';', StringComparison.Ordinal) || between.Contains(" số ", StringComparison.Ordinal) || between.Contains('“', StringComparison.Ordinal)
            ? null
            : UpperFirst(last.Value);
    }

    private static string UpperFirst(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static List<LegalBasis> ReadLegalBases(List<PlanLine> preamble)
    {
        var result = new List<LegalBasis>();
        foreach (var line in preamble)
        {
            var lead = LegalLead().Match(line.Folded);
            if (!lead.Success)
            {
                continue;
            }

            var leadText = lead.Value switch
            {
                "can cu" => "Căn cứ",
                "thuc hien" => "Thực hiện",
                _ => "Trên cơ sở",
            };

            // The paragraph may run on into the introduction: "... năm 2023. Ủy ban nhân dân huyện ... xây dựng Kế hoạch".
            var text = line.Text;
            if (SentenceEnd().Match(text) is { Success: true } stop)
            {
                text = text[..stop.Index];
            }

            if (IssuingBody().Match(text) is { Success: true } intro && intro.Index > 0)
            {
                text = text[..intro.Index];
            }

            var parts = LegalSplit().Split(text);
            foreach (var raw in parts)
            {
                var part = raw.Trim().TrimEnd(';', ',', '.', ':').Trim();
                var partLead = LegalLead().Match(VietnameseText.Fold(part));
                var ownLead = leadText;
                if (partLead.Success)
                {
                    ownLead = partLead.Value switch { "can cu" => "Căn cứ", "thuc hien" => "Thực hiện", _ => "Trên cơ sở" };
                    part = part[partLead.Length..].Trim();
                }

                if (part.Length == 0)
                {
                    continue;
                }

                var reference = FindReferences(part).FirstOrDefault();
                result.Add(new LegalBasis(ownLead, part, reference));
            }
        }

        return result;
    }

    private static List<DeadlineSentence> ReadDeadlines(List<(DraftSection Section, List<PlanLine> Lines)> sections, int? year)
    {
        var result = new List<DeadlineSentence>();
        foreach (var (section, lines) in sections)
        {
            string? subheading = null;
            var paragraphs = new List<(string Text, string? Sub)>();
            foreach (var l in lines)
            {
                if (l.Level is 2 or 3 && (l.Marked || l.Head is not null || IsShortHeading(l.Text)))
                {
                    subheading = PlanLine.StripNumbering(l.Head ?? l.Text).TrimEnd(':', '.', ' ');
                    if (l.Rest is { Length: > 0 } rest)
                    {
                        paragraphs.Add((rest, subheading));
                    }

                    continue;
                }

                paragraphs.Add((l.Unnumbered, subheading));
            }

            foreach (var (paragraph, sub) in paragraphs)
            {
                foreach (var sentence in Sentences().Split(paragraph))
                {
                    var folded = VietnameseText.Fold(sentence);
                    if (folded.Length != sentence.Length)
                    {
                        continue; // a character that folds to more or less than one: positions would not line up
                    }

                    foreach (Match m in Deadline().Matches(folded))
                    {
                        if (m.Groups["period"].Success && (!ActionVerb().IsMatch(folded) || folded.StartsWith("du kien", StringComparison.Ordinal)))
                        {
                            continue; // "trong tháng 4" alone is when something happens, not when it is due
                        }

                        var phrase = sentence.Substring(m.Index, m.Length);
                        var timeframe = year is { } y ? TimeframeParser.Parse(phrase, y) : Timeframe.Unknown(phrase);
                        var actor = FindActor(sentence, folded, m) ?? (section.Kind == DraftSectionKind.Organisation ? sub : null);
                        result.Add(new DeadlineSentence(sentence.Trim(), phrase, timeframe, actor, FindRecipient(sentence), section.Numeral));
                    }
                }
            }
        }

        return result;
    }

    /// <summary>"2. Sở Nội vụ": a numbered line that names who, not a sentence.</summary>
    private static bool IsShortHeading(string text) =>
        text.Length <= 150 && !text.Contains(": ", StringComparison.Ordinal) && !EndsSentence().IsMatch(text);

    private static string? FindActor(string sentence, string folded, Match deadline)
    {
        var start = 0;
        if (deadline.Index == 0)
        {
            start = deadline.Length;
            while (start < sentence.Length && (sentence[start] == ',' || sentence[start] == ' '))
            {
                start++;
            }
        }

        var rest = folded[start..];
        if (!ActorStart().IsMatch(rest))
        {
            return null;
        }

        var verb = ActorVerb().Match(rest);
        if (!verb.Success || verb.Index == 0 || verb.Index > 200)
        {
            return null;
        }

        return sentence.Substring(start, verb.Index).Trim().TrimEnd(',').Trim();
    }

    private static string? FindRecipient(string sentence)
    {
        var m = RecipientAbout().Match(sentence);
        if (!m.Success)
        {
            m = RecipientReport().Match(sentence);
        }

        return m.Success ? m.Groups["r"].Value.Trim().TrimEnd('.', ',', ';') : null;
    }

    private static PlanParticipants? ReadParticipants(List<(DraftSection Section, List<PlanLine> Lines)> sections)
    {
        int? total = null;
        string? totalText = null;
        var groups = new List<ParticipantGroup>();
        foreach (var (section, lines) in sections)
        {
            foreach (var l in lines)
            {
                if (total is null && (ExpectedCount().Match(l.Folded) is { Success: true } c))
                {
                    total = int.Parse(c.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
                    totalText = l.Text.Trim('(', ')', ' ');
                }
            }

            if (groups.Count > 0)
            {
                continue;
            }

            // The "Thành phần" part: the section itself or its numbered sub-heading.
            var at = lines.FindIndex(l => l.Level is 2 or 3 && VietnameseText.Fold(PlanLine.StripNumbering(l.Head ?? l.Text)).StartsWith("thanh phan", StringComparison.Ordinal));
            var level = at >= 0 ? lines[at].Level : 1;
            if (at < 0 && section.Kind != DraftSectionKind.Participants && !VietnameseText.Fold(section.Heading).Contains("thanh phan", StringComparison.Ordinal))
            {
                continue;
            }

            string? name = null;
            var members = new List<string>();
            void Flush()
            {
                if (name is not null)
                {
                    groups.Add(new ParticipantGroup(name, [.. members]));
                }

                members.Clear();
            }

            for (var i = at + 1; i < lines.Count; i++)
            {
                var l = lines[i];
                var lv = l.Level;
                if (lv is >= 1 and <= 4 && lv <= level)
                {
                    break;
                }

                if (lv is >= 2 and <= 4)
                {
                    Flush();
                    var text = PlanLine.StripNumbering(l.Text);
                    var colon = text.IndexOf(':', StringComparison.Ordinal);
                    name = (colon > 0 ? text[..colon] : text).Trim().TrimEnd('.');
                    var inline = colon > 0 ? text[(colon + 1)..].Trim().TrimEnd('.', ';').Trim() : string.Empty;
                    if (inline.Length > 0)
                    {
                        members.Add(inline);
                    }
                }
                else if (name is not null && !l.Text.StartsWith('('))
                {
                    members.Add(l.Unnumbered.TrimEnd(';', '.').Trim());
                }
            }

            Flush();
        }

        return total is null && groups.Count == 0 ? null : new PlanParticipants(total, totalText, groups);
    }

    private static PlanEvent? ReadEvent(List<(DraftSection Section, List<PlanLine> Lines)> sections, int? year, List<string> warnings)
    {
        string? time = null, venue = null;
        foreach (var (_, lines) in sections)
        {
            for (var i = 0; i < lines.Count; i++)
            {
                var l = lines[i];
                if (l.Level is not (0 or 2 or 3))
                {
                    continue;
                }

                var text = PlanLine.StripNumbering(l.Text);
                var f = VietnameseText.Fold(text);
                var colon = text.IndexOf(':', StringComparison.Ordinal);
                var value = colon > 0 ? text[(colon + 1)..].Trim() : string.Empty;
                if (f.StartsWith("thoi gian, dia diem", StringComparison.Ordinal) || f.StartsWith("thoi gian va dia diem", StringComparison.Ordinal))
                {
                    if (value.Length == 0 && i + 1 < lines.Count)
                    {
                        value = lines[i + 1].Text;
                    }

                    var parts = AtVenue().Split(value, 2);
                    time ??= parts[0];
                    venue ??= parts.Length > 1 ? parts[1] : null;
                }
                else if (time is null && value.Length > 0 && TimeLabel().IsMatch(f))
                {
                    time = value;
                }
                else if (venue is null && value.Length > 0 && f.StartsWith("dia diem", StringComparison.Ordinal))
                {
                    venue = value;
                }
            }
        }

        if (time is null && venue is null)
        {
            return null;
        }

        static string Tidy(string s) => Parenthesis().Replace(s, string.Empty).Trim().TrimEnd('.', ',', ';').Trim();
        venue = venue is null ? null : Tidy(venue);
        time = time?.TrimEnd('.').Trim();
        Timeframe? timeframe = null;
        if (time is not null)
        {
            if (year is { } y)
            {
                timeframe = TimeframeParser.Parse(Tidy(time), y);
                if (timeframe.Kind == TimeframeKind.Unknown)
                {
                    warnings.Add($"Không đọc được thời gian tổ chức \"{time}\": cần nhập tay.");
                }
            }
        }

        return new PlanEvent(time, timeframe, venue);
    }

    private static PlanBudget? ReadBudget(List<(DraftSection Section, List<PlanLine> Lines)> sections)
    {
        var budget = sections.FirstOrDefault(s => s.Section.Kind == DraftSectionKind.Budget).Section;
        if (budget is null)
        {
            return null;
        }

        var source = VietnameseText.Normalize(budget.Body.Replace('\n', ' '));
        decimal? amount = null;
        string? amountText = null;
        var folded = VietnameseText.Fold(source);
        if (folded.Length == source.Length && Money().Match(folded) is { Success: true } m)
        {
            var digits = m.Groups["n"].Value;
            var unit = m.Groups["u"].Value;
            var multiplier = unit switch { "ty" => 1_000_000_000m, "trieu" => 1_000_000m, "nghin" or "ngan" => 1_000m, _ => 1m };
            digits = digits.Contains('.', StringComparison.Ordinal) && Thousands().IsMatch(digits)
                ? digits.Replace(".", string.Empty, StringComparison.Ordinal)
                : digits.Replace(',', '.');
            if (decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                amount = value * multiplier;
                amountText = source.Substring(m.Index, m.Length);
            }
        }

        var references = FindReferences(source);
        var decision = references.FirstOrDefault(r => r.Kind == "Quyết định") ?? references.FirstOrDefault();
        return new PlanBudget(amount, amountText, decision, source);
    }

    private static PlanSigner? ReadSigner(List<PlanLine> tail)
    {
        var at = tail.FindIndex(IsSignerStart);
        if (at < 0)
        {
            at = tail.FindIndex(l => Position().IsMatch(l.Text));
        }

        if (at < 0)
        {
            return null;
        }

        var capacity = new List<string>();
        var i = at;
        for (; i < tail.Count && capacity.Count < 5; i++)
        {
            var t = tail[i].Text;
            if (PlanLine.UpperShare(t) < 0.8 || !(SignerLead().IsMatch(t) || Position().IsMatch(t) || CapacityWord().IsMatch(t)))
            {
                break;
            }

            capacity.Add(t);
        }

        string? name = null;
        if (i < tail.Count && PersonName().IsMatch(tail[i].Text))
        {
            name = tail[i].Text;
        }

        return new PlanSigner(capacity, capacity.Count > 0 ? capacity[^1] : null, name);
    }

    private static List<string> ReadRecipients(List<PlanLine> tail)
    {
        var at = tail.FindIndex(IsRecipientsHeading);
        var result = new List<string>();
        if (at < 0)
        {
            return result;
        }

        for (var i = at + 1; i < tail.Count && tail[i].Level == 5; i++)
        {
            var item = tail[i].Unnumbered.TrimEnd(';', '.', ',').Trim();
            if (item.Length > 0)
            {
                result.Add(item);
            }
        }

        return result;
    }

    [GeneratedRegex(@"(?:(?<kind>" + DocumentKinds + @")\s+)?số\s*(?<num>\d[\p{L}\d.\-]*(?:/[\p{L}\d.\-]+)+)(?:,?\s*ngày\s*(?<d>\d{1,2})\s*(?:/|-|tháng)\s*(?<m>\d{1,2})\s*(?:/|-|năm)\s*(?<y>\d{4}))?", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();

    [GeneratedRegex(@"\b(?:Bộ luật|Luật|Pháp lệnh)\b")]
    private static partial Regex KindWord();

    [GeneratedRegex(@"(?<=\D)\.\s+(?=\p{Lu})")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?:[;,]\s*(?=(?:Căn cứ|Thực hiện|Trên cơ sở)\s)|;\s*(?=(?:" + DocumentKinds + @")\s+số\b)|\s+và\s+(?=(?:" + DocumentKinds + @")\s+số\b))")]
    private static partial Regex LegalSplit();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[\p{Lu}“""(])")]
    private static partial Regex Sentences();

    [GeneratedRegex(@"(?:hoan thanh\s+)?(?:truoc|cham nhat(?:\s+(?:la|vao))?|han chot(?:\s+la)?|khong muon hon)\s+(?:ngay\s+)?\d{1,2}\s*(?:/|thang)\s*\d{1,2}(?:\s*(?:/|nam)\s*\d{4})?(?:\s+hang nam)?\b"
        + @"|hoan thanh\s+(?:trong\s+)?(?:thang\s+\d{1,2}|quy\s+(?:iv|i{1,3}|[1-4]))(?:\s*(?:/|nam)\s*\d{4})?\b"
        + @"|truoc\s+\d{1,3}\s+ngay(?:\s+lam viec)?\b"
        + @"|(?<period>trong\s+(?:thang\s+\d{1,2}|quy\s+(?:iv|i{1,3}|[1-4]))(?:\s*(?:/|nam)\s*\d{4})?\b)")]
    private static partial Regex Deadline();

    [GeneratedRegex(@"\b(bao cao|gui|nop|trinh|ban hanh|hoan thanh)\b")]
    private static partial Regex ActionVerb();

    [GeneratedRegex(@"^(cac |moi |so |ban |phong |ubnd|uy ban|van phong|co quan|don vi|trung tam|hoi dong|bo |chu tich|thu truong|bao |dai |doan |mat tran|hoi |huyen|xa |thuong truc)")]
    private static partial Regex ActorStart();

    [GeneratedRegex(@"\s(bao cao|gui|nop|tong hop|hoan thanh|chu tri|xay dung|to chuc|thuc hien|trinh|ban hanh|tham muu|phoi hop|ra soat|dang ky|co trach nhiem|chu dong|trien khai)\b")]
    private static partial Regex ActorVerb();

    [GeneratedRegex(@"\bvề\s+(?<r>(?:các\s+)?(?:Sở|sở|[Pp]hòng|Văn phòng|UBND|Ủy ban|Uỷ ban|Ban|Hội đồng|[Cc]ơ quan|Bộ|Thường trực|Trung tâm)\s.*?)(?=\s+(?:trước|chậm nhất|trong|để|theo|qua|chậm)\s|[.;,]\s|[.;]?$)")]
    private static partial Regex RecipientAbout();

    [GeneratedRegex(@"\bbáo cáo\s+(?<r>(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Chủ tịch|Hội đồng|Ban|Thường trực)\s.*?)(?=\s+(?:trước|chậm nhất|trong|để|theo|qua)\s|[.;,]\s|[.;]?$)")]
    private static partial Regex RecipientReport();

    [GeneratedRegex(@"du kien\s*(?:khoang\s*)?(?<n>\d{1,5})\s*(?:dai bieu|nguoi)|so luong dai bieu(?:\s*du kien)?\s*:?\s*(?:khoang\s*)?(?<n>\d{1,5})")]
    private static partial Regex ExpectedCount();

    [GeneratedRegex(@"^thoi gian(?: to chuc| du kien)?\s*:")]
    private static partial Regex TimeLabel();

    [GeneratedRegex(@",?\s+tại\s+")]
    private static partial Regex AtVenue();

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Parenthesis();

    [GeneratedRegex(@"(?<n>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*(?<u>ty|trieu|nghin|ngan)?\s*(?:dong|vnd)\b")]
    private static partial Regex Money();

    [GeneratedRegex(@"^\d{1,3}(\.\d{3})+$")]
    private static partial Regex Thousands();

    [GeneratedRegex(@"^(PHÓ\s+)?(CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN|TRƯỞNG PHÒNG|CHÁNH VĂN PHÒNG)$")]
    private static partial Regex Position();

    [GeneratedRegex(@"ỦY BAN|UỶ BAN|UBND|CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG|HỘI ĐỒNG")]
    private static partial Regex CapacityWord();

    [GeneratedRegex(@"^\p{Lu}\p{L}*(\s+\p{Lu}\p{L}*){1,5}$")]
    private static partial Regex PersonName();
}
