using CsCheck;
using Tdkt.Domain.Planning;

namespace Tdkt.Domain.Tests.Planning;

/// <summary>One test per construction of the timeframe grammar, each with phrasings taken from real documents (Corpus/timeframes.tsv).</summary>
public sealed class TimeframeGrammarTests
{
    private static DateOnly? D(string s) => s.Length == 0 ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static Timeframe Expect(string text, int year, TimeframeKind kind, string start, string end)
    {
        var t = TimeframeParser.Parse(text, year);
        Assert.Equal(kind, t.Kind);
        Assert.Equal(D(start), t.Start);
        Assert.Equal(D(end), t.End);
        return t;
    }

    [Theory]
    [InlineData("22/08/2017", 2017, "2017-08-22")]
    [InlineData("Ngày 24-10", 2024, "2024-10-24")]
    [InlineData("ngày 25 tháng 01 năm 2024", 2024, "2024-01-25")]
    [InlineData("ngày 1.7.2020", 2020, "2020-07-01")]
    [InlineData("Ngày 03/5", 2018, "2018-05-03")]
    public void Date_WordsOrFiguresWithAnySeparator_GivesThatDay(string text, int year, string day) =>
        Expect(text, year, TimeframeKind.Date, day, day);

    [Theory]
    [InlineData("Sáng ngày 10/3/2023", 2023, "2023-03-10", "morning")]
    [InlineData("Chiều 23/3", 2023, "2023-03-23", "afternoon")]
    [InlineData("8 giờ 00 ngày 17/7/2024", 2024, "2024-07-17", "08:00")]
    [InlineData("16h30 ngày 31/3/2014", 2014, "2014-03-31", "16:30")]
    public void PartOfDay_IsKeptWithTheDate(string text, int year, string day, string part)
    {
        var t = Expect(text, year, TimeframeKind.Date, day, day);
        Assert.Equal(part, t.PartOfDay);
    }

    [Theory]
    [InlineData("Từ tháng 9/2021 đến tháng 11/2021", 2021, "2021-09-01", "2021-11-30")]
    [InlineData("từ tháng 11 đến tháng 3/2025", 2024, "2024-11-01", "2025-03-31")]
    [InlineData("từ tháng 9/2016 đến hết tháng 6/2021", 2020, "2016-09-01", "2021-06-30")]
    [InlineData("từ ngày 15/8 đến hết ngày 30/10/2017", 2017, "2017-08-15", "2017-10-30")]
    [InlineData("từ tháng 3 đến ngày 15/5/2024", 2024, "2024-03-01", "2024-05-15")]
    [InlineData("từ quý II đến quý IV/2024", 2024, "2024-04-01", "2024-12-31")]
    [InlineData("(11/6/1948 - 11/6/2023)", 2023, "1948-06-11", "2023-06-11")]
    [InlineData("tháng 3 – tháng 5/2024", 2024, "2024-03-01", "2024-05-31")]
    [InlineData("vào các ngày 26, 27, 28, 29/6/2024", 2024, "2024-06-26", "2024-06-29")]
    public void Range_FromToHyphenOrEnDash_AcrossYearsAndEndingOnADay(string text, int year, string start, string end) =>
        Expect(text, year, TimeframeKind.Range, start, end);

    [Theory]
    [InlineData("Từ ngày 28 đến ngày 29/7/2020", 2020, "2020-07-28", "2020-07-29")]
    [InlineData("từ ngày 13 - 16/12/2023", 2023, "2023-12-13", "2023-12-16")]
    [InlineData("từ ngày 22 đến 25-3-1961", 1961, "1961-03-22", "1961-03-25")]
    public void Range_StartDayWithoutMonth_TakesTheEndsMonthAndYear(string text, int year, string start, string end) =>
        Expect(text, year, TimeframeKind.Range, start, end);

    [Fact]
    public void Range_StartDayAfterEndDayWithoutMonth_IsUnknown() =>
        Assert.Equal(TimeframeKind.Unknown, TimeframeParser.Parse("từ ngày 28 đến ngày 3/7/2020", 2020).Kind);

    [Theory]
    [InlineData("giai đoạn 2021 – 2025", 2022, "2021-01-01", "2025-12-31")]
    [InlineData("5 năm (2016 – 2020)", 2020, "2016-01-01", "2020-12-31")]
    [InlineData("nhiệm kỳ 2023 – 2028", 2022, "2023-01-01", "2028-12-31")]
    [InlineData("Năm học: 2021 – 2022", 2021, "2021-09-01", "2022-08-31")]
    [InlineData("thời kỳ 2021-2030", 2022, "2021-01-01", "2030-12-31")]
    public void Periods_AndSchoolYears_GiveTheirWholeSpan(string text, int year, string start, string end) =>
        Expect(text, year, TimeframeKind.Range, start, end);

    [Theory]
    [InlineData("hoàn thành trong quý II/2026", 2026, "2026-04-01", "2026-06-30")]
    [InlineData("thời gian hoàn thành trong quý I/2025", 2024, "2025-01-01", "2025-03-31")]
    [InlineData("quý I- 2011", 2011, "2011-01-01", "2011-03-31")]
    public void CompleteWithinAPeriod_IsTheWholeWindow(string text, int year, string start, string end) =>
        Expect(text, year, TimeframeKind.Range, start, end);

    [Theory]
    [InlineData("hoàn thành trước ngày 15/10/2025", 2025, "2025-10-15")]
    [InlineData("chậm nhất là ngày 20/11/2020", 2020, "2020-11-20")]
    [InlineData("đến hết tháng 12/2020", 2020, "2020-12-31")]
    [InlineData("đến ngày 10/10/2020", 2020, "2020-10-10")]
    [InlineData("Đến năm 2030", 2020, "2030-12-31")]
    [InlineData("gửi trước ngày 30/9/2022", 2022, "2022-09-30")]
    [InlineData("trước tháng 6/2024", 2024, "2024-05-31")]
    public void Deadline_AllItsWords_GiveTheDueDate(string text, int year, string end) =>
        Expect(text, year, TimeframeKind.Deadline, string.Empty, end);

    [Theory]
    [InlineData("chậm nhất ngày 15/3 năm sau", 2015, "2016-03-15", "yearly")]
    [InlineData("trước ngày 25 tháng 12 hàng năm", 2019, "2019-12-25", "yearly")]
    [InlineData("trước ngày 15/12 của năm báo cáo", 2024, "2024-12-15", "yearly")]
    [InlineData("trước ngày 20 hằng tháng", 2024, "2024-01-20", "monthly")]
    public void Recurring_YearlyNextYearReportYearMonthly(string text, int year, string end, string recurrence)
    {
        var t = Expect(text, year, TimeframeKind.Recurring, string.Empty, end);
        Assert.Equal(recurrence, t.Recurrence);
    }

    [Theory]
    [InlineData("gởi trước ngày trao thưởng ít nhất 07 ngày", -7, "ngày trao thưởng", false)]
    [InlineData("trong thời hạn 05 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ", 5, "ngày nhận được hồ sơ hợp lệ", true)]
    [InlineData("10 ngày làm việc, kể từ ngày nhận đủ hồ sơ theo quy định", 10, "ngày nhận đủ hồ sơ theo quy định", true)]
    [InlineData("có hiệu lực kể từ ngày ký", 0, "ngày ký", false)]
    [InlineData("07 ngày trước ngày khai mạc", -7, "ngày khai mạc", false)]
    public void Relative_KeepsTheEventsWords(string text, int offset, string relativeTo, bool working)
    {
        var t = Expect(text, 2024, TimeframeKind.Relative, string.Empty, string.Empty);
        Assert.Equal(offset, t.OffsetDays);
        Assert.Equal(relativeTo, t.RelativeTo);
        Assert.Equal(working, t.WorkingDays);
    }

    [Theory]
    [InlineData("01 buổi", 0.5)]
    [InlineData("02 ngày", 2)]
    [InlineData("trong hai ngày", 2)]
    [InlineData("không quá 05 ngày làm việc", 5)]
    public void Duration_WithoutDates_GivesItsLength(string text, double days)
    {
        var t = Expect(text, 2024, TimeframeKind.Duration, string.Empty, string.Empty);
        Assert.Equal((decimal)days, t.DurationDays);
    }

    [Fact]
    public void TwoDaySpan_GivesBothTheDaysAndTheLength()
    {
        var t = Expect("Trong hai ngày 21, 22-4", 2011, TimeframeKind.Range, "2011-04-21", "2011-04-22");
        Assert.Equal(2m, t.DurationDays);
    }

    [Theory]
    [InlineData("dự kiến tổ chức vào cuối tháng 12/2020")]
    [InlineData("05 năm 2010 - 2015")]
    [InlineData("năm 2021 và giai đoạn 2021 - 2025")]
    [InlineData("tháng 5 trở đi")]
    [InlineData("đầu tháng 12")]
    public void UnclearText_IsUnknownNotGuessed(string text) =>
        Expect(text, 2024, TimeframeKind.Unknown, string.Empty, string.Empty);

    [Fact]
    public void WordsAroundTheTime_AreReportedAsUnparsed()
    {
        var t = Expect("Hồ sơ gửi về Sở Nội vụ trước ngày 31/7/2022", 2022, TimeframeKind.Deadline, string.Empty, "2022-07-31");
        Assert.Equal("Hồ sơ gửi về Sở Nội vụ", t.Unparsed);
    }

    [Fact]
    public void PrintedDate_ParsedBack_GivesTheSameRange()
    {
        Gen.Int[1950, 2150].Select(Gen.Int[1, 12], Gen.Int[1, 28], Gen.Int[0, 400], Gen.Int[0, 3])
            .Sample((y, m, d, span, form) =>
            {
                var start = new DateOnly(y, m, d);
                var end = start.AddDays(span);
                var t = form switch
                {
                    0 => new Timeframe(TimeframeKind.Date, start, start, null, null, null, false, string.Empty),
                    1 => new Timeframe(TimeframeKind.Range, start, end, null, null, null, false, string.Empty),
                    2 => new Timeframe(TimeframeKind.Deadline, null, end, null, null, null, false, string.Empty),
                    _ => new Timeframe(TimeframeKind.Recurring, null, new DateOnly(2024, m, d), "yearly", null, null, false, string.Empty),
                };
                var text = TimeframeParser.Describe(t)!;
                var back = TimeframeParser.Parse(text, form == 3 ? 2024 : y);
                return back.Start == t.Start && back.End == t.End && (back.Kind == t.Kind || t.Start == t.End && back.Kind == TimeframeKind.Date);
            });
    }
}
