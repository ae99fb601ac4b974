using Tdkt.Domain.Nominations;

namespace Tdkt.Domain.Tests.Nominations;

public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Default;

    [Theory]
    [InlineData("2023-11-25")] // Saturday
    [InlineData("2023-11-26")] // Sunday
    [InlineData("2024-01-01")] // Tết Dương lịch
    [InlineData("2024-02-12")] // Tết Nguyên đán 2024 (Monday)
    [InlineData("2025-01-29")] // mùng 1 Tết Ất Tỵ
    [InlineData("2024-04-18")] // Giỗ Tổ 2024
    [InlineData("2025-04-07")] // Giỗ Tổ 2025
    [InlineData("2024-04-30")]
    [InlineData("2024-05-01")]
    [InlineData("2025-09-02")]
    [InlineData("2025-09-01")] // day next to 2/9 in 2025
    [InlineData("2024-09-03")] // day next to 2/9 in 2024
    public void NonWorkingDays(string day) => Assert.False(Calendar.IsWorkingDay(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2023-11-23")]
    [InlineData("2024-02-15")]
    [InlineData("2025-04-08")]
    public void WorkingDays(string day) => Assert.True(Calendar.IsWorkingDay(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void TwentyWorkingDays_SkipWeekends()
    {
        // Received Monday 27/11/2023: counting from Tuesday, the 20th working day is Monday 25/12/2023.
        Assert.Equal(new DateOnly(2023, 12, 25), Calendar.AddWorkingDays(new DateOnly(2023, 11, 27), 20));
    }

    [Fact]
    public void WorkingDays_SkipTet()
    {
        // Received Monday 5/2/2024; Tết off 8–14/2: 5 working days = 6, 7, 15, 16, 19 → Monday 19/2.
        Assert.Equal(new DateOnly(2024, 2, 19), Calendar.AddWorkingDays(new DateOnly(2024, 2, 5), 5));
        Assert.Equal(5, Calendar.WorkingDaysBetween(new DateOnly(2024, 2, 5), new DateOnly(2024, 2, 19)));
        Assert.Equal(-5, Calendar.WorkingDaysBetween(new DateOnly(2024, 2, 19), new DateOnly(2024, 2, 5)));
    }

    [Fact]
    public void FridayPlusOne_IsMonday() =>
        Assert.Equal(new DateOnly(2023, 11, 27), Calendar.AddWorkingDays(new DateOnly(2023, 11, 24), 1));

    [Fact]
    public void EditedHolidays_AreUsed()
    {
        var custom = new WorkingCalendar([new DateOnly(2023, 11, 27)]);
        Assert.False(custom.IsWorkingDay(new DateOnly(2023, 11, 27)));
        Assert.Equal(new DateOnly(2023, 11, 28), custom.AddWorkingDays(new DateOnly(2023, 11, 24), 1));
    }

    [Fact]
    public void Defaults_CoverEveryYear_2023To2027()
    {
        foreach (var year in Enumerable.Range(2023, 5))
        {
            Assert.Contains(VietnamHolidays.Defaults, h => h.Date.Year == year && h.Name == VietnamHolidays.LunarNewYear);
            Assert.Contains(VietnamHolidays.Defaults, h => h.Date.Year == year && h.Name == VietnamHolidays.HungKings);
            Assert.Contains(VietnamHolidays.Defaults, h => h.Date.Year == year && h.Name == VietnamHolidays.NationalAdjacent);
        }
    }
}
