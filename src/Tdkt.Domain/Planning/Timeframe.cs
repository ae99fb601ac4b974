using System.Globalization;
using System.Text;
using Tdkt.Domain.Common;

namespace Tdkt.Domain.Planning;

/// <summary>What kind of time a plan's text gives. Stored by name: new kinds are added at the end.</summary>
public enum TimeframeKind
{
    /// <summary>A span of dates (Tháng 5, 6, 7; Quý I; Năm 2023; Giai đoạn 2022-2025; hoàn thành trong quý II/2026).</summary>
    Range,
    /// <summary>A due date (Trước ngày 24/11/2023; chậm nhất ngày 31/10; đến hết tháng 12): <see cref="Timeframe.End"/>.</summary>
    Deadline,
    /// <summary>A repeating date or span (trước ngày 20 tháng 11 hằng năm; ngày 15/3 năm sau; hằng tháng): dates for the plan's year.</summary>
    Recurring,
    /// <summary>All along the period (Thường xuyên trong năm).</summary>
    Continuous,
    /// <summary>Relative to an event (trước 15 ngày; 05 ngày làm việc kể từ ngày nhận hồ sơ): <see cref="Timeframe.OffsetDays"/> and <see cref="Timeframe.RelativeTo"/>.</summary>
    Relative,
    /// <summary>Not understood: the text is kept and nothing is guessed.</summary>
    Unknown,
    /// <summary>One given day (ngày 24/11/2023; sáng ngày 15/12): Start = End.</summary>
    Date,
    /// <summary>A length of time without dates (01 buổi; 02 ngày; trong hai ngày): <see cref="Timeframe.DurationDays"/>.</summary>
    Duration,
}

/// <summary>
/// A timeframe as Vietnamese plans write it, turned into dates. Start and End are inclusive. "Trước ngày X"
/// is read as due on X (the date the plan names), which is how officers file it. See docs/timeframes.md.
/// </summary>
public sealed record Timeframe(
    TimeframeKind Kind,
    DateOnly? Start,
    DateOnly? End,
    string? Recurrence,
    int? OffsetDays,
    string? RelativeTo,
    bool Estimated,
    string Text)
{
    /// <summary>"morning", "noon", "afternoon", "evening" (sáng/trưa/chiều/tối) or a clock time "08:00".</summary>
    public string? PartOfDay { get; init; }

    /// <summary>Length in days (01 buổi = 0.5, 02 ngày = 2, 01 tuần = 7) when the text gives one.</summary>
    public decimal? DurationDays { get; init; }

    /// <summary>Length in months (trong 03 tháng = 3, 05 năm = 60) when the text gives one.</summary>
    public int? DurationMonths { get; init; }

    /// <summary>The offset of a <see cref="TimeframeKind.Relative"/> timeframe counts working days (ngày làm việc).</summary>
    public bool WorkingDays { get; init; }

    /// <summary>Words of the text that are not part of the time expression (who does what), reported as they are.</summary>
    public string? Unparsed { get; init; }

    public static Timeframe Unknown(string text) => new(TimeframeKind.Unknown, null, null, null, null, null, false, text);

    /// <summary>The day the work is due: End for every kind that has dates.</summary>
    public DateOnly? DueDate => End;
}

/// <summary>
/// Reads the timeframes of Vietnamese administrative plans with a small grammar over tokens: dates (words and
/// figures, / - . separators, with or without year), months, quarters, half-years, years, school years, periods,
/// ranges (từ … đến …, hyphen, en dash), deadlines (trước, chậm nhất, đến hết, đến ngày, gửi trước), recurrences
/// (hằng năm/quý/tháng, năm sau, năm báo cáo), relative deadlines (N ngày làm việc kể từ …, trước ngày … ít nhất N ngày),
/// parts of day and durations. Text it cannot read for certain comes back <see cref="TimeframeKind.Unknown"/>:
/// never a wrong date.
/// </summary>
public static class TimeframeParser
{
    /// <param name="text">The text as written in the plan.</param>
    /// <param name="year">The plan's year, used when the text names no year.</param>
    public static Timeframe Parse(string? text, int year)
    {
        var original = VietnameseText.Normalize(text);
        if (original.Length == 0 || year is < 1900 or > 2200)
        {
            return Timeframe.Unknown(original);
        }

        try
        {
            return TimeframeGrammar.Read(original, year) ?? Timeframe.Unknown(original);
        }
        catch (ArgumentOutOfRangeException)
        {
            return Timeframe.Unknown(original); // e.g. 31/02: an impossible date is not guessed
        }
    }

    /// <summary>
    /// Writes a timeframe back as a plan would ("ngày 05/03/2024", "từ ngày 01/03/2024 đến ngày 31/03/2024",
    /// "trước ngày 15/12/2024", "trước ngày 15 tháng 12 hằng năm"); <see cref="Parse"/> reads it back to the same dates.
    /// Null for kinds without dates.
    /// </summary>
    public static string? Describe(Timeframe t)
    {
        static string D(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        return t.Kind switch
        {
            TimeframeKind.Date when t.Start is { } s => $"ngày {D(s)}",
            TimeframeKind.Range when t.Start is { } s && t.End is { } e => s == e ? $"ngày {D(s)}" : $"từ ngày {D(s)} đến ngày {D(e)}",
            TimeframeKind.Deadline when t.Start is null && t.End is { } e => $"trước ngày {D(e)}",
            TimeframeKind.Recurring when t.Start is null && t.End is { } e && t.Recurrence == "yearly" =>
                $"trước ngày {e.Day} tháng {e.Month} hằng năm",
            _ => null,
        };
    }
}

/// <summary>The grammar behind <see cref="TimeframeParser"/> (conventions in docs/timeframes.md).</summary>
internal sealed class TimeframeGrammar
{
    private readonly string _original;
    private readonly int _year;
    private readonly List<Token> _tokens;
    private int _pos;

    private TimeframeGrammar(string original, int year, List<Token> tokens)
    {
        _original = original;
        _year = year;
        _tokens = tokens;
    }

    private enum Lead { None, Before, By, Through, Window }

    private sealed record Token(string Text, int Start, int End, bool IsNumber)
    {
        public int Value => IsNumber && Text.Length <= 6 ? int.Parse(Text, NumberStyles.None, CultureInfo.InvariantCulture) : -1;
    }

    /// <summary>A date span as written: parts the text leaves out are null until resolved with the context.</summary>
    private abstract record Unit
    {
        public abstract bool HasYear { get; }
    }

    private sealed record DayUnit(int D, int? M, int? Y) : Unit
    {
        public override bool HasYear => Y is not null;
    }

    private sealed record DaysUnit(int D1, int D2, int M, int? Y) : Unit
    {
        public override bool HasYear => Y is not null;
    }

    private sealed record MonthUnit(int M1, int M2, int? Y) : Unit
    {
        public override bool HasYear => Y is not null;
    }

    private sealed record QuarterUnit(int Q1, int Q2, int? Y) : Unit
    {
        public override bool HasYear => Y is not null;
    }

    private sealed record HalfUnit(bool First, int? Y) : Unit
    {
        public override bool HasYear => Y is not null;
    }

    private sealed record YearUnit(int Y1, int Y2) : Unit
    {
        public override bool HasYear => true;
    }

    private sealed record SchoolYearUnit(int Y1) : Unit
    {
        public override bool HasYear => true;
    }

    private sealed record PlanYearUnit : Unit
    {
        public override bool HasYear => false;
    }

    private sealed class Invalid : Exception;

    public static Timeframe? Read(string original, int year)
    {
        var tokens = Tokenize(original);
        if (tokens.Count == 0)
        {
            return null;
        }

        var estimated = false;
        string? recurrence = null;
        var nextYear = false;
        tokens = StripMarkers(tokens, ref estimated, ref recurrence, ref nextYear);
        if (tokens.Count == 0)
        {
            return recurrence is null ? null : Make(original, TimeframeKind.Recurring, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)) with
            {
                Recurrence = recurrence,
            };
        }

        try
        {
            for (var start = 0; start < tokens.Count; start++)
            {
                if (start > 0 && !MayStartAfterWords(tokens, start))
                {
                    continue;
                }

                var g = new TimeframeGrammar(original, year, tokens) { _pos = start };
                if (g.Expression(start > 0, recurrence, nextYear) is { } result)
                {
                    var unparsed = new List<string>();
                    if (start > 0)
                    {
                        unparsed.Add(original[tokens[0].Start..tokens[start - 1].End].Trim(' ', ',', ':', ';', '-'));
                    }

                    if (g._pos < tokens.Count)
                    {
                        if (tokens.Skip(g._pos).Any(t => t.IsNumber) || start > 0 && result.Kind == TimeframeKind.Relative
                            || tokens[g._pos].Text is "tro" or "hoac" or "den" or "toi" or "va" or "sau" or "truoc" or "cuoi" or "dau" or "giua" or "/" or "-")
                        {
                            return null;
                        }

                        unparsed.Add(original[tokens[g._pos].Start..].Trim(' ', ',', '.', ':', ';', '-'));
                    }

                    if (start == 0 && g._pos < tokens.Count && result.Kind == TimeframeKind.Relative)
                    {
                        return null;
                    }

                    var rest = string.Join(" … ", unparsed.Where(u => u.Length > 0));
                    return result with
                    {
                        Estimated = estimated,
                        Unparsed = rest.Length == 0 ? null : rest,
                    };
                }
            }
        }
        catch (Invalid)
        {
            return null;
        }

        return null;
    }

    private static Timeframe Make(string original, TimeframeKind kind, DateOnly? start, DateOnly? end) =>
        new(kind, start, end, null, null, null, false, original);

    // ---------------------------------------------------------------- tokens

    private static List<Token> Tokenize(string original)
    {
        var folded = FoldSameLength(original);
        var tokens = new List<Token>();
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            if (char.IsWhiteSpace(c) || c is '(' or ')' or '"' or '“' or '”' or '*' or '[' or ']')
            {
                i++;
                continue;
            }

            var j = i + 1;
            if (char.IsAsciiDigit(c))
            {
                while (j < folded.Length && char.IsAsciiDigit(folded[j]))
                {
                    j++;
                }

                tokens.Add(new Token(folded[i..j], i, j, true));
            }
            else if (char.IsLetter(c))
            {
                while (j < folded.Length && char.IsLetter(folded[j]))
                {
                    j++;
                }

                tokens.Add(new Token(folded[i..j], i, j, false));
            }
            else
            {
                tokens.Add(new Token(c is '–' or '—' or '−' or '~' ? "-" : c.ToString(), i, j, false));
            }

            i = j;
        }

        while (tokens.Count > 0 && tokens[^1].Text is "." or "," or ";" or ":" or "-" or "/")
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        return tokens;
    }

    /// <summary>Lower case without diacritics, one character for one, so positions map back to the original.</summary>
    private static string FoldSameLength(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            if (ch is 'đ' or 'Đ')
            {
                sb.Append('d');
                continue;
            }

            var d = ch.ToString().Normalize(NormalizationForm.FormD);
            sb.Append(char.ToLowerInvariant(d[0]));
        }

        return sb.ToString();
    }

    /// <summary>Removes "dự kiến" and the recurrence words (hằng năm, hằng quý, hằng tháng, năm sau, năm báo cáo).</summary>
    private static List<Token> StripMarkers(List<Token> tokens, ref bool estimated, ref string? recurrence, ref bool nextYear)
    {
        var kept = new List<Token>();
        for (var i = 0; i < tokens.Count; i++)
        {
            string W(int k) => i + k < tokens.Count ? tokens[i + k].Text : string.Empty;
            if (W(0) == "du" && W(1) == "kien")
            {
                estimated = true;
                i++;
                continue;
            }

            var skip = W(0) == "dinh" && W(1) == "ky" ? 2 : 0;
            if (W(skip) is "hang" or "moi" && W(skip + 1) is "nam" or "quy" or "thang" or "tuan" && !(W(skip + 2).Length > 0 && tokens[i + skip + 2].IsNumber))
            {
                recurrence = W(skip + 1) switch { "nam" => "yearly", "quy" => "quarterly", "thang" => "monthly", _ => "weekly" };
                i += skip + 1;
                continue;
            }

            var of = W(0) == "cua" ? 1 : 0;
            if (W(of) == "nam" && (W(of + 1) == "sau" && !(W(of + 2) is "ngay" or "thang") || W(of + 1) == "ke" && W(of + 2) == "tiep"
                || W(of + 1) == "tiep" && W(of + 2) == "theo" || W(of + 1) == "bao" && W(of + 2) == "cao"))
            {
                recurrence = "yearly";
                nextYear |= W(of + 1) != "bao";
                i += of + (W(of + 1) == "sau" ? 1 : 2);
                continue;
            }

            kept.Add(tokens[i]);
        }

        while (kept.Count > 0 && kept[^1].Text is "." or "," or ";" or ":" or "-" or "va")
        {
            kept.RemoveAt(kept.Count - 1);
        }

        while (kept.Count > 0 && kept[0].Text is "," or ";" or ":" or "-")
        {
            kept.RemoveAt(0);
        }

        return kept;
    }

    /// <summary>Leading words are allowed ("Hồ sơ gửi về Sở trước ngày …") only before an explicit anchor, and never with figures.</summary>
    private static bool MayStartAfterWords(List<Token> tokens, int start)
    {
        if (tokens.Take(start).Any(t => t.IsNumber) || tokens[start - 1].Text is "tu" or "den" or "toi" or "het" or "dau" or "cuoi" or "giua" or "nua" or "khoang" or "tuan")
        {
            return false;
        }

        string W(int k) => start + k < tokens.Count ? tokens[start + k].Text : string.Empty;
        return W(0) switch
        {
            "truoc" or "cham" or "han" or "khong" => true,
            "den" => W(1) is "het" or "ngay" or "nam",
            "trong" => W(1) is "vong" or "thoi" && (W(2) is "han" or "gian" || tokens[Math.Min(start + 2, tokens.Count - 1)].IsNumber),
            "tu" or "ke" => W(1) is "ngay" or "tu",
            "ngay" => start + 1 < tokens.Count && tokens[start + 1].IsNumber,
            "sang" or "chieu" or "toi" or "trua" => true,
            _ => false,
        };
    }

    // ---------------------------------------------------------------- helpers

    /// <summary>The token as written, lower case with its diacritics ("tối" is evening, "tới" is "to").</summary>
    private string Written(int k) => Peek(k) is { } t ? _original[t.Start..t.End].ToLowerInvariant() : string.Empty;

    private Token? Peek(int k = 0) => _pos + k < _tokens.Count ? _tokens[_pos + k] : null;

    private bool Is(params string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (Peek(k)?.Text != words[k])
            {
                return false;
            }
        }

        return true;
    }

    private bool Eat(params string[] words)
    {
        if (!Is(words))
        {
            return false;
        }

        _pos += words.Length;
        return true;
    }

    private int? Number(int min, int max)
    {
        if (Peek() is { IsNumber: true } t && t.Value >= min && t.Value <= max)
        {
            _pos++;
            return t.Value;
        }

        return null;
    }

    private int? CountWord()
    {
        if (Number(0, 999) is { } n)
        {
            return n;
        }

        int? v = Peek()?.Text switch { "mot" => 1, "hai" => 2, "ba" => 3, "bon" => 4, "bay" => 7, "tam" => 8, "chin" => 9, "muoi" => 10, _ => null };
        if (v is not null)
        {
            _pos++;
        }

        return v;
    }

    private bool Sep() => Eat("/") || Eat("-") || Eat(".");

    private int? YearSuffix()
    {
        var save = _pos;
        if ((Sep() || Eat("nam") || Eat(",", "nam")) && Number(1900, 2200) is { } y)
        {
            return y;
        }

        _pos = save;
        return null;
    }

    private string Text(int fromToken, int toTokenExclusive) =>
        fromToken >= toTokenExclusive ? string.Empty : _original[_tokens[fromToken].Start.._tokens[toTokenExclusive - 1].End].Trim(' ', ',', '.', ';', ':');

    // ---------------------------------------------------------------- expression

    private Timeframe? Expression(bool afterWords, string? recurrence, bool nextYear)
    {
        if (!afterWords && ReadContinuous() is { } continuous)
        {
            return continuous;
        }

        var save = _pos;
        if (ReadRelative() is { } relative)
        {
            return recurrence is null ? relative : null;
        }

        _pos = save;
        var lead = Lead.None;
        var from = false;
        var done = false;
        string? partOfDay = null;
        decimal? durationDays = null;
        int? durationMonths = null;
        while (!done)
        {
            done = true;
            if (Eat("du", "kien") || Eat("thuc", "hien") || Eat("to", "chuc") || Eat("thoi", "gian") || Eat("thoi", "han") || Eat("tien", "do")
                || Eat("trien", "khai") || Eat("xong") || Eat("gui") || Eat("goi") || Eat("giai", "doan") || Eat("nhiem", "ky") || Eat("nop") || Eat("ve") || Eat("bao", "cao") || Eat("dip") || Eat(":") || Eat(","))
            {
                done = false;
            }
            else if (Eat("hoan", "thanh"))
            {
                lead = lead == Lead.None ? Lead.Window : lead;
                done = false;
            }
            else if (Eat("trong") || Eat("vao"))
            {
                lead = lead is Lead.None ? Lead.Window : lead;
                done = false;
            }
            else if (Eat("truoc"))
            {
                lead = Lead.Before;
                done = false;
            }
            else if (Eat("cham", "nhat") || Eat("khong", "muon", "hon") || Eat("han", "chot") || Eat("han", "cuoi") || Eat("toi", "da"))
            {
                lead = Lead.By;
                done = false;
                Eat("la");
            }
            else if (Eat("den", "het") || Eat("den") || Eat("toi", "het"))
            {
                lead = Lead.Through;
                done = false;
            }
            else if (Eat("tu") || Eat("bat", "dau", "tu") || Eat("ke", "tu"))
            {
                from = true;
                done = false;
            }
            else if (SkipWeekday() || Eat("khong", "qua"))
            {
                done = false;
            }
            else if (ReadPartOfDay() is { } p)
            {
                partOfDay = p;
                done = false;
            }
            else if (ReadDuration() is { } dur)
            {
                (durationDays, durationMonths) = dur;
                done = false;
            }
        }

        if (_pos >= _tokens.Count)
        {
            if (durationDays is not null || durationMonths is not null)
            {
                return lead is Lead.None or Lead.Window && !from && recurrence is null
                    ? Make(_original, TimeframeKind.Duration, null, null) with { DurationDays = durationDays, DurationMonths = durationMonths }
                    : null;
            }

            return null;
        }

        var first = ReadUnit(afterWords);
        if (first is null)
        {
            return null;
        }

        Unit? second = null;
        var rangeSave = _pos;
        if ((from || first is DayUnit or DaysUnit or MonthUnit or QuarterUnit) && (Eat("den", "het") || Eat("den") || Eat("toi") || Eat("-")))
        {
            Eat("het");
            Eat("ngay", "het");
            second = ReadUnit(true);
            if (second is null)
            {
                _pos = rangeSave;
            }
        }

        var (start, end) = second is null ? Resolve(first, _year, nextYear) : ResolveRange(first, second, nextYear);
        if (from && second is null && first is not DaysUnit)
        {
            if (lead != Lead.None || recurrence is not null)
            {
                return null;
            }

            return Make(_original, TimeframeKind.Range, start, null) with { PartOfDay = partOfDay };
        }

        var kind = second is not null ? TimeframeKind.Range : lead switch
        {
            Lead.Before or Lead.By or Lead.Through => TimeframeKind.Deadline,
            _ when first is DayUnit => TimeframeKind.Date,
            _ => TimeframeKind.Range,
        };

        if (second is not null && lead is Lead.Before or Lead.By)
        {
            return null; // "trước từ … đến …" says two things
        }

        if (kind == TimeframeKind.Deadline)
        {
            end = lead == Lead.Before && first is not DayUnit ? start.AddDays(-1) : end;
        }

        if (recurrence is not null)
        {
            if (first is DayUnit { M: null } && recurrence != "monthly")
            {
                return null;
            }

            if (first.HasYear && first is not PlanYearUnit || second is not null && second.HasYear)
            {
                return null; // "hằng năm" with a fixed year contradicts itself
            }

            return new Timeframe(TimeframeKind.Recurring, kind == TimeframeKind.Deadline ? null : start, end, recurrence, null, null, false, _original)
            {
                PartOfDay = partOfDay,
            };
        }

        if (first is DayUnit { M: null } && second is not DayUnit { M: not null })
        {
            return null; // "ngày 20" needs a month (its own, the range end's) or "hằng tháng"
        }

        return new Timeframe(kind, kind == TimeframeKind.Deadline ? null : start, end, null, null, null, false, _original)
        {
            PartOfDay = partOfDay,
            DurationDays = durationDays,
            DurationMonths = durationMonths,
        };
    }

    private Timeframe? ReadContinuous()
    {
        var save = _pos;
        if (Eat("thuong", "xuyen"))
        {
            Eat(",");
            Eat("lien", "tuc");
            var rest = _tokens.Skip(_pos).Select(t => t.Text).ToList();
            var ok = rest.Count == 0 || string.Join(" ", rest) is "trong nam" or "trong ca nam" or "trong suot nam" or "trong suot ca nam"
                or "ca nam" or "suot nam" || rest is ["trong", "nam", { } y] && int.TryParse(y, out _);
            if (ok)
            {
                _pos = _tokens.Count;
                return Make(_original, TimeframeKind.Continuous, new DateOnly(_year, 1, 1), new DateOnly(_year, 12, 31));
            }
        }

        _pos = save;
        return null;
    }

    private string? ReadPartOfDay()
    {
        var save = _pos;
        Eat("buoi");
        var part = Peek()?.Text switch { "sang" => "morning", "trua" => "noon", "chieu" => "afternoon", "toi" when Written(0) == "tối" => "evening", _ => null };
        if (part is not null)
        {
            _pos++;
            Eat(",");
            if (Peek()?.IsNumber == true || Is("ngay") || Is("thu"))
            {
                SkipWeekday();
                return part;
            }
        }

        _pos = save;
        if (Number(0, 23) is { } h && (Eat("gio") || Eat("h")))
        {
            var m = Number(0, 59) ?? 0;
            Eat("phut");
            Eat(",");
            if (Is("ngay") || Is("sang") || Is("chieu") || Is("thu"))
            {
                SkipWeekday();
                return $"{h:00}:{m:00}";
            }
        }

        _pos = save;
        return null;
    }

    private bool SkipWeekday()
    {
        var save = _pos;
        if (Eat("thu") && (Number(2, 7) is not null || Eat("hai") || Eat("ba") || Eat("tu") || Eat("nam") || Eat("sau") || Eat("bay")) || Eat("chu", "nhat"))
        {
            Eat(",");
            return true;
        }

        _pos = save;
        return false;
    }

    private (decimal? Days, int? Months)? ReadDuration()
    {
        var save = _pos;
        Eat("trong", "vong");
        Eat("trong", "thoi", "gian");
        if (CountWord() is { } n && n > 0)
        {
            (decimal? Days, int? Months)? r = Peek()?.Text switch
            {
                "buoi" => (n * 0.5m, null),
                "ngay" when Peek(1)?.IsNumber != true || Peek(2)?.Text is "," or "-" && Peek(1)?.Value <= 31 && n <= 3 => (n, null),
                "tuan" => (n * 7m, null),
                "thang" when !(Peek(1)?.Text is "dau" or "cuoi") && Peek(1)?.IsNumber != true => (null, n),
                "nam" when Peek(1)?.IsNumber != true || Peek(1) is { } y && Peek(2)?.Text == "-" && y.Value >= 1900 => (null, n * 12),
                _ => null,
            };
            if (r is { } value)
            {
                var unitWord = Peek()!.Text;
                _pos++;
                var tiet = _pos;
                if (!(unitWord == "buoi" && Number(1, 20) is not null && Eat("tiet")))
                {
                    _pos = tiet; // "01 buổi (5 tiết)"
                }

                Eat("lam", "viec");
                if (value.Months is { } months && Is("nam") is false && _pos < _tokens.Count && Peek()!.Value is >= 1900 and <= 2200)
                {
                    // "05 năm 2021 - 2025": the count must match the period
                    var periodSave = _pos;
                    if (ReadUnit(true) is YearUnit yu && (yu.Y2 - yu.Y1 + 1) * 12 != months)
                    {
                        throw new Invalid();
                    }

                    _pos = periodSave;
                }

                Eat(",");
                return value;
            }
        }

        _pos = save;
        return null;
    }

    // ---------------------------------------------------------------- relative deadlines

    private Timeframe? ReadRelative()
    {
        var start = _pos;

        // "trước ngày khai mạc ít nhất 07 ngày"
        if (Eat("truoc", "ngay") && Peek() is { IsNumber: false })
        {
            var eventStart = _pos;
            while (_pos < _tokens.Count && !Is("it", "nhat") && !Is("toi", "thieu") && Peek()!.IsNumber == false)
            {
                _pos++;
            }

            var eventEnd = _pos;
            if ((Eat("it", "nhat") || Eat("toi", "thieu")) && CountWord() is { } n && Eat("ngay") && eventEnd > eventStart)
            {
                var working = Eat("lam", "viec");
                if (_pos == _tokens.Count)
                {
                    return Relative(-n, "ngày " + Text(eventStart, eventEnd), working);
                }
            }
        }

        // "trước 15 ngày", "sau 5 ngày làm việc kể từ ngày họp Hội đồng", "trước ít nhất 10 ngày so với ngày tổ chức"
        _pos = start;
        var sign = Eat("truoc") ? -1 : Eat("sau") ? 1 : 0;
        if (sign != 0)
        {
            Eat("it", "nhat");
            Eat("toi", "thieu");
            if (CountWord() is { } n && DayUnitWord() is { } factor)
            {
                var working = Eat("lam", "viec");
                Eat(",");
                if (_pos == _tokens.Count)
                {
                    return Relative(sign * n * factor, "sự kiện", working);
                }

                if (Connective() is not null && _pos < _tokens.Count)
                {
                    return Relative(sign * n * factor, Text(_pos, _tokens.Count), working);
                }
            }
        }

        // "trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ", "10 ngày làm việc, kể từ …", "07 ngày trước ngày trao thưởng"
        _pos = start;
        Eat("trong", "vong");
        Eat("trong", "thoi", "han");
        Eat("trong", "thoi", "gian");
        Eat("trong");
        Eat("chi");
        Eat("khong", "qua");
        if (CountWord() is { } count && DayUnitWord() is { } unit)
        {
            var working = Eat("lam", "viec");
            Eat(",");
            if (Connective() is { } s && _pos < _tokens.Count && !_tokens.Skip(_pos).Take(3).Any(t => t.IsNumber))
            {
                return Relative(s * count * unit, Text(_pos, _tokens.Count), working);
            }
        }

        // "kể từ ngày ký", "từ ngày ký"
        _pos = start;
        if ((Eat("ke", "tu") || Eat("tu")) && Is("ngay") && Peek(1) is { IsNumber: false } && !_tokens.Skip(_pos).Any(t => t.IsNumber))
        {
            var text = Text(_pos, _tokens.Count);
            return Relative(0, text, false);
        }

        _pos = start;
        return null;
    }

    private int? DayUnitWord() => Eat("ngay") ? 1 : Eat("tuan") ? 7 : null;

    /// <summary>The word joining a count to its event: +1 after it, -1 before it.</summary>
    private int? Connective()
    {
        if (Eat("ke", "tu") || Eat("tinh", "tu") || Eat("sau", "khi") || Eat("so", "voi") || Eat("tu") || Eat("sau"))
        {
            return 1;
        }

        return Eat("truoc", "khi") || Eat("truoc") ? -1 : null;
    }

    private Timeframe Relative(int offset, string relativeTo, bool working)
    {
        _pos = _tokens.Count;
        return new Timeframe(TimeframeKind.Relative, null, null, null, offset, relativeTo, false, _original) { WorkingDays = working };
    }

    // ---------------------------------------------------------------- units

    private Unit? ReadUnit(bool afterWords)
    {
        var save = _pos;
        foreach (var reader in new Func<bool, Unit?>[] { ReadSchoolYear, ReadHalf, ReadQuarter, ReadMonth, ReadDays, ReadDay, ReadYear })
        {
            _pos = save;
            if (reader(afterWords) is { } unit)
            {
                return unit;
            }
        }

        _pos = save;
        return null;
    }

    private Unit? ReadSchoolYear(bool afterWords)
    {
        if (Eat("nam", "hoc") && (Eat(":") || true) && Number(1900, 2200) is { } y1)
        {
            if ((Eat("-") || Eat("/")) && Number(1900, 2200) is { } y2)
            {
                return y2 == y1 + 1 ? new SchoolYearUnit(y1) : throw new Invalid();
            }
        }

        return null;
    }

    private Unit? ReadHalf(bool afterWords)
    {
        Eat("trong");
        if ((Number(6, 6) is not null || Eat("sau")) && Eat("thang") && (Is("dau") || Is("cuoi")))
        {
            var first = Peek()!.Text == "dau";
            _pos++;
            Eat("nam");
            var y = Number(1900, 2200) ?? YearSuffix();
            return new HalfUnit(first, y);
        }

        return null;
    }

    private Unit? ReadQuarter(bool afterWords)
    {
        _dash = false;
        if (!Eat("quy"))
        {
            return null;
        }

        var list = new List<int>();
        while (true)
        {
            var q = Peek()?.Text switch { "i" or "1" => 1, "ii" or "2" => 2, "iii" or "3" => 3, "iv" or "4" => 4, _ => 0 };
            if (q == 0)
            {
                if (list.Count == 0 && Peek() is not null && Peek()!.Text is "v" or "vi" or "0" or "5")
                {
                    throw new Invalid();
                }

                break;
            }

            _pos++;
            AddSpan(list, q);
            var save = _pos;
            _dash = Is("-");
            if ((Eat(",") || Eat("va") || Eat("-")) && (Eat("quy") || true) && Peek()?.Text is "i" or "ii" or "iii" or "iv" or "1" or "2" or "3" or "4")
            {
                continue;
            }

            _pos = save;
            break;
        }

        if (list.Count == 0)
        {
            return null;
        }

        if (!Contiguous(list))
        {
            throw new Invalid();
        }

        return new QuarterUnit(list[0], list[^1], YearSuffix());
    }

    private Unit? ReadMonth(bool afterWords)
    {
        _dash = false;
        if (!Eat("thang"))
        {
            return null;
        }

        var list = new List<int>();
        while (Number(0, 99) is { } m)
        {
            if (m is < 1 or > 12)
            {
                throw new Invalid();
            }

            AddSpan(list, m);
            var save = _pos;
            if (Peek()?.Text is "/" or "." && Peek(1) is { IsNumber: true } n && n.Value <= 31 && Peek(2)?.Text is "/" or ".")
            {
                _pos = save;
                break; // "tháng 12/2024" handled below; "tháng 5/6/…" is not a month list
            }

            _dash = Is("-");
            if ((Eat(",") || Eat("va") || Eat("-")) && (Eat("thang") || true) && Peek() is { IsNumber: true } next && next.Value <= 12)
            {
                continue;
            }

            _pos = save;
            break;
        }

        if (list.Count == 0)
        {
            return null;
        }

        if (!Contiguous(list))
        {
            throw new Invalid();
        }

        return new MonthUnit(list[0], list[^1], YearSuffix());
    }

    /// <summary>"26, 27, 28, 29/6/2024", "21, 22-4", "15-16/12/2023": consecutive days of one month.</summary>
    private Unit? ReadDays(bool afterWords)
    {
        Eat("cac", "ngay");
        Eat("ngay");
        var days = new List<int>();
        if (Number(1, 31) is not { } d1)
        {
            return null;
        }

        days.Add(d1);
        var afterFirst = _pos;
        var hyphen = false;
        if (Eat("-") && Number(1, 31) is { } d2 && Eat("/"))
        {
            days.Add(d2);
            hyphen = true; // "13 - 16/12/2023": a span, its days need not be listed
        }
        else
        {
            _pos = afterFirst;
            var any = false;
            while (Eat(",") || Eat("va"))
            {
                Eat("ngay");
                if (Number(1, 31) is not { } d)
                {
                    return null;
                }

                days.Add(d);
                any = true;
            }

            if (!any || !Sep())
            {
                return null;
            }
        }

        if (days.Count < 2 || Number(1, 12) is not { } m)
        {
            return null;
        }

        if (hyphen ? days[0] > days[1] : !Contiguous(days))
        {
            throw new Invalid();
        }

        return new DaysUnit(days[0], days[^1], m, YearSuffix());
    }

    private Unit? ReadDay(bool afterWords)
    {
        var word = Eat("ngay");
        if (Number(1, 31) is not { } d)
        {
            return null;
        }

        var save = _pos;
        if ((Sep() || Eat("thang")) && Number(1, 12) is { } m)
        {
            if (Peek()?.IsNumber == true && Peek()!.Value > 12 && Peek()!.Value < 1900)
            {
                return null;
            }

            return new DayUnit(d, m, YearSuffix());
        }

        _pos = save;
        if (Is("thang") && Peek(1) is { IsNumber: true } bad && bad.Value is 0 or > 12)
        {
            throw new Invalid();
        }

        return word ? new DayUnit(d, null, null) : null;
    }

    private Unit? ReadYear(bool afterWords)
    {
        var words = Eat("giai", "doan") || Eat("nhiem", "ky") || Eat("thoi", "ky") || Eat("cac", "nam") || Eat("nam") || Eat("ca", "nam");
        if (Number(1900, 2200) is { } y1)
        {
            var save = _pos;
            if ((Eat("-") || Eat("den", "nam") || Eat("den") || Eat("/")) && Number(1900, 2200) is { } y2)
            {
                return y2 < y1 || y2 - y1 > 30 ? throw new Invalid() : new YearUnit(y1, y2);
            }

            _pos = save;
            return new YearUnit(y1, y1);
        }

        if (words && !afterWords && _tokens.Count > 0 && (_pos == _tokens.Count || Is("nay")))
        {
            Eat("nay");
            return new PlanYearUnit();
        }

        return null;
    }

    private bool _dash;

    /// <summary>Adds a month or quarter to a list; after a hyphen ("tháng 3 – tháng 5") every one in between is meant.</summary>
    private void AddSpan(List<int> list, int value)
    {
        if (_dash && list.Count > 0 && value > list[^1])
        {
            for (var v = list[^1] + 1; v < value; v++)
            {
                list.Add(v);
            }
        }

        _dash = false;
        list.Add(value);
    }

    private static bool Contiguous(List<int> values)
    {
        for (var i = 1; i < values.Count; i++)
        {
            if (values[i] != values[i - 1] + 1)
            {
                return false;
            }
        }

        return true;
    }

    // ---------------------------------------------------------------- resolution

    private static DateOnly EndOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    private static (DateOnly Start, DateOnly End) Resolve(Unit unit, int year, bool nextYear)
    {
        var y = year + (nextYear ? 1 : 0);
        return unit switch
        {
            DayUnit { M: null } u => (new DateOnly(y, 1, u.D), new DateOnly(y, 1, u.D)),
            DayUnit u => (new DateOnly(u.Y ?? y, u.M!.Value, u.D), new DateOnly(u.Y ?? y, u.M.Value, u.D)),
            DaysUnit u => (new DateOnly(u.Y ?? y, u.M, u.D1), new DateOnly(u.Y ?? y, u.M, u.D2)),
            MonthUnit u => (new DateOnly(u.Y ?? y, u.M1, 1), EndOfMonth(u.Y ?? y, u.M2)),
            QuarterUnit u => (new DateOnly(u.Y ?? y, (u.Q1 * 3) - 2, 1), EndOfMonth(u.Y ?? y, u.Q2 * 3)),
            HalfUnit u => u.First ? (new DateOnly(u.Y ?? y, 1, 1), new DateOnly(u.Y ?? y, 6, 30)) : (new DateOnly(u.Y ?? y, 7, 1), new DateOnly(u.Y ?? y, 12, 31)),
            YearUnit u => (new DateOnly(u.Y1, 1, 1), new DateOnly(u.Y2, 12, 31)),
            SchoolYearUnit u => (new DateOnly(u.Y1, 9, 1), new DateOnly(u.Y1 + 1, 8, 31)),
            _ => (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31)),
        };
    }

    /// <summary>The start takes the end's year when it has none; a start after the end goes back one year only if the end's year is written.</summary>
    private (DateOnly Start, DateOnly End) ResolveRange(Unit first, Unit second, bool nextYear)
    {
        if (first is DayUnit { M: null } bare && second is DayUnit { M: { } m } full)
        {
            first = bare with { M = m, Y = full.Y }; // "từ ngày 28 đến ngày 29/7/2020", "từ ngày 13 - 16/12/2023": the start shares the end's month
        }

        if (first is DayUnit { M: null } || second is DayUnit { M: null } || first is YearUnit && second is not YearUnit)
        {
            throw new Invalid();
        }

        var (_, end) = Resolve(second, _year, nextYear);
        var (start, _) = Resolve(first, first.HasYear ? _year : end.Year, false);
        if (start > end && !first.HasYear && second.HasYear)
        {
            (start, _) = Resolve(first, end.Year - 1, false);
        }

        return start > end ? throw new Invalid() : (start, end);
    }
}
