using Tdkt.Domain.Common;

namespace Tdkt.Domain.Tests.Common;

public sealed class ViFormatTests
{
    [Fact]
    public void Money_UsesDotThousandsAndDongSign() =>
        Assert.Equal("1.250.000 đ", ViFormat.Money(1_250_000m));

    [Fact]
    public void Date_IsDayMonthYear() =>
        Assert.Equal("24/11/2023", ViFormat.Date(new DateOnly(2023, 11, 24)));

    [Theory]
    [InlineData("24/11/2023", 2023, 11, 24)]
    [InlineData("1/7/2025", 2025, 7, 1)]
    [InlineData("2025-07-01", 2025, 7, 1)]
    public void TryParseDate_AcceptedForms_Parse(string text, int y, int m, int d)
    {
        Assert.True(ViFormat.TryParseDate(text, out var date));
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Theory]
    [InlineData("31/02/2025")]
    [InlineData("11/24/2023")]
    [InlineData("tháng 5")]
    [InlineData("")]
    public void TryParseDate_Nonsense_IsRefused(string text) =>
        Assert.False(ViFormat.TryParseDate(text, out _));
}
