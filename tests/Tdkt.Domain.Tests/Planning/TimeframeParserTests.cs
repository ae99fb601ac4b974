using Tdkt.Domain.Planning;

namespace Tdkt.Domain.Tests.Planning;

public sealed class TimeframeParserTests
{
    // Issue 16 changed the contract for "hoàn thành trong <khoảng>" (a window: Range, not Deadline), a single day
    // (Date, not a one-day Range) and RelativeTo (the event's words, without "kể từ"); see docs/timeframes.md.
    // text, plan year, expected kind, start (yyyy-MM-dd or ""), end (yyyy-MM-dd or "")
    public static TheoryData<string, int, TimeframeKind, string, string> Phrasings => new()
    {
        // From the seeds (003 task table, 000, 001, 002, 004)
        { "Thường xuyên trong năm", 2023, TimeframeKind.Continuous, "2023-01-01", "2023-12-31" },
        { "Thường xuyên", 2023, TimeframeKind.Continuous, "2023-01-01", "2023-12-31" },
        { "Trong quý I", 2023, TimeframeKind.Range, "2023-01-01", "2023-03-31" },
        { "Quý I", 2023, TimeframeKind.Range, "2023-01-01", "2023-03-31" },
        { "Tháng 5", 2023, TimeframeKind.Range, "2023-05-01", "2023-05-31" },
        { "Tháng 5, 6, 7", 2023, TimeframeKind.Range, "2023-05-01", "2023-07-31" },
        { "Tháng 9, 10, 11", 2023, TimeframeKind.Range, "2023-09-01", "2023-11-30" },
        { "Tháng 11, 12", 2023, TimeframeKind.Range, "2023-11-01", "2023-12-31" },
        { "Tháng 11", 2023, TimeframeKind.Range, "2023-11-01", "2023-11-30" },
        { "Trước ngày 24/11/2023", 2023, TimeframeKind.Deadline, "", "2023-11-24" },
        { "trước ngày 20 tháng 11 hằng năm", 2023, TimeframeKind.Recurring, "", "2023-11-20" },
        { "trước ngày 30 tháng 11 hằng năm", 2024, TimeframeKind.Recurring, "", "2024-11-30" },
        { "Hoàn thành trong tháng 02 năm 2025", 2024, TimeframeKind.Range, "2025-02-01", "2025-02-28" },
        { "hoàn thành trong quý II năm 2025", 2024, TimeframeKind.Range, "2025-04-01", "2025-06-30" },
        { "Dự kiến trong tháng 12", 2023, TimeframeKind.Range, "2023-12-01", "2023-12-31" },
        { "trong tháng 4/2024", 2024, TimeframeKind.Range, "2024-04-01", "2024-04-30" },
        { "Giai đoạn 2022-2025", 2023, TimeframeKind.Range, "2022-01-01", "2025-12-31" },
        { "Giai đoạn 2021 - 2025", 2023, TimeframeKind.Range, "2021-01-01", "2025-12-31" },
        { "Năm 2023", 2022, TimeframeKind.Range, "2023-01-01", "2023-12-31" },
        { "Năm 2025", 2022, TimeframeKind.Range, "2025-01-01", "2025-12-31" },
        // Variants seen in other plans
        { "Quý II", 2023, TimeframeKind.Range, "2023-04-01", "2023-06-30" },
        { "Quý III", 2023, TimeframeKind.Range, "2023-07-01", "2023-09-30" },
        { "Quý IV", 2023, TimeframeKind.Range, "2023-10-01", "2023-12-31" },
        { "Quý 4", 2023, TimeframeKind.Range, "2023-10-01", "2023-12-31" },
        { "Quý I, II", 2023, TimeframeKind.Range, "2023-01-01", "2023-06-30" },
        { "Quý III và quý IV", 2023, TimeframeKind.Range, "2023-07-01", "2023-12-31" },
        { "Quý IV năm 2024", 2023, TimeframeKind.Range, "2024-10-01", "2024-12-31" },
        { "Quý I/2024", 2023, TimeframeKind.Range, "2024-01-01", "2024-03-31" },
        { "Tháng 02 năm 2024", 2023, TimeframeKind.Range, "2024-02-01", "2024-02-29" },
        { "Tháng 2/2023", 2023, TimeframeKind.Range, "2023-02-01", "2023-02-28" },
        { "tháng 3 và tháng 4", 2023, TimeframeKind.Range, "2023-03-01", "2023-04-30" },
        { "Từ tháng 3 đến tháng 5", 2023, TimeframeKind.Range, "2023-03-01", "2023-05-31" },
        { "Từ tháng 9 đến hết tháng 12 năm 2024", 2023, TimeframeKind.Range, "2024-09-01", "2024-12-31" },
        { "Từ ngày 01/3 đến ngày 31/3/2023", 2023, TimeframeKind.Range, "2023-03-01", "2023-03-31" },
        { "Từ ngày 15/11/2023 đến 20/11/2023", 2023, TimeframeKind.Range, "2023-11-15", "2023-11-20" },
        { "6 tháng đầu năm", 2023, TimeframeKind.Range, "2023-01-01", "2023-06-30" },
        { "6 tháng cuối năm", 2023, TimeframeKind.Range, "2023-07-01", "2023-12-31" },
        { "Trước ngày 15/12", 2023, TimeframeKind.Deadline, "", "2023-12-15" },
        { "trước ngày 10 tháng 12 năm 2023", 2023, TimeframeKind.Deadline, "", "2023-12-10" },
        { "Chậm nhất ngày 31/10/2024", 2024, TimeframeKind.Deadline, "", "2024-10-31" },
        { "Không muộn hơn ngày 05/01/2025", 2024, TimeframeKind.Deadline, "", "2025-01-05" },
        { "Hoàn thành trước ngày 30/6/2025", 2025, TimeframeKind.Deadline, "", "2025-06-30" },
        { "Hoàn thành trong năm 2024", 2024, TimeframeKind.Range, "2024-01-01", "2024-12-31" },
        { "Hoàn thành trong quý I", 2023, TimeframeKind.Range, "2023-01-01", "2023-03-31" },
        { "Ngày 24/11/2023", 2023, TimeframeKind.Date, "2023-11-24", "2023-11-24" },
        { "Dự kiến trong tháng 4/2024", 2024, TimeframeKind.Range, "2024-04-01", "2024-04-30" },
        { "Dự kiến quý IV", 2024, TimeframeKind.Range, "2024-10-01", "2024-12-31" },
        { "Hằng năm", 2023, TimeframeKind.Recurring, "2023-01-01", "2023-12-31" },
        { "Tháng 11 hằng năm", 2023, TimeframeKind.Recurring, "2023-11-01", "2023-11-30" },
        { "Quý IV hàng năm", 2024, TimeframeKind.Recurring, "2024-10-01", "2024-12-31" },
        { "Thường xuyên, liên tục", 2023, TimeframeKind.Continuous, "2023-01-01", "2023-12-31" },
        { "  THÁNG   5 ,6,7  ", 2023, TimeframeKind.Range, "2023-05-01", "2023-07-31" },
        { "Thang 5, 6, 7", 2023, TimeframeKind.Range, "2023-05-01", "2023-07-31" },
        { "Năm 2023 - 2024", 2023, TimeframeKind.Range, "2023-01-01", "2024-12-31" },
        { "Trong năm", 2023, TimeframeKind.Range, "2023-01-01", "2023-12-31" },
        // Wrong or ambiguous: never a date
        { "Tháng 13", 2023, TimeframeKind.Unknown, "", "" },
        { "Quý V", 2023, TimeframeKind.Unknown, "", "" },
        { "Trước ngày 31/02/2023", 2023, TimeframeKind.Unknown, "", "" },
        { "Tháng 3, 9", 2023, TimeframeKind.Unknown, "", "" },
        { "Cuối năm", 2023, TimeframeKind.Unknown, "", "" },
        { "Đầu năm", 2023, TimeframeKind.Unknown, "", "" },
        { "Sau khi có hướng dẫn của tỉnh", 2023, TimeframeKind.Unknown, "", "" },
        { "Theo kế hoạch của UBND tỉnh", 2023, TimeframeKind.Unknown, "", "" },
        { "Giai đoạn 2025-2021", 2023, TimeframeKind.Unknown, "", "" },
        { "Từ tháng 5 đến tháng 3", 2023, TimeframeKind.Unknown, "", "" },
        { "Từ ngày 20/11/2023 đến 15/11/2023", 2023, TimeframeKind.Unknown, "", "" },
        { "", 2023, TimeframeKind.Unknown, "", "" },
        { "Kịp thời", 2023, TimeframeKind.Unknown, "", "" },
        { "Trước ngày 24/11/2023 hằng năm", 2023, TimeframeKind.Unknown, "", "" },
        { "Tháng 0", 2023, TimeframeKind.Unknown, "", "" },
    };

    [Theory]
    [MemberData(nameof(Phrasings))]
    public void Parse_RealPhrasing_GivesExpectedDates(string text, int year, TimeframeKind kind, string start, string end)
    {
        var t = TimeframeParser.Parse(text, year);
        Assert.Equal(kind, t.Kind);
        Assert.Equal(start.Length == 0 ? null : DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), t.Start);
        Assert.Equal(end.Length == 0 ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), t.End);
    }

    [Fact]
    public void Parse_RecurringYearly_SaysYearly()
    {
        var t = TimeframeParser.Parse("trước ngày 20 tháng 11 hằng năm", 2023);
        Assert.Equal("yearly", t.Recurrence);
    }

    [Fact]
    public void Parse_Relative_GivesNegativeOffset()
    {
        var t = TimeframeParser.Parse("trước 15 ngày", 2023);
        Assert.Equal(TimeframeKind.Relative, t.Kind);
        Assert.Equal(-15, t.OffsetDays);
        Assert.Null(t.End);
        Assert.Equal("sự kiện", t.RelativeTo);
    }

    [Fact]
    public void Parse_RelativeWithAnchor_KeepsAnchorText()
    {
        var t = TimeframeParser.Parse("Sau 5 ngày làm việc kể từ ngày họp Hội đồng", 2023);
        Assert.Equal(TimeframeKind.Relative, t.Kind);
        Assert.Equal(5, t.OffsetDays);
        Assert.Equal("ngày họp Hội đồng", t.RelativeTo);
        Assert.True(t.WorkingDays);
    }

    [Fact]
    public void Parse_Estimated_IsFlagged()
    {
        Assert.True(TimeframeParser.Parse("Dự kiến trong tháng 12", 2023).Estimated);
        Assert.False(TimeframeParser.Parse("Trong tháng 12", 2023).Estimated);
    }

    [Fact]
    public void Parse_Unknown_KeepsOriginalText()
    {
        var t = TimeframeParser.Parse("Sau khi có hướng dẫn của tỉnh", 2023);
        Assert.Equal("Sau khi có hướng dẫn của tỉnh", t.Text);
        Assert.Null(t.DueDate);
    }
}
