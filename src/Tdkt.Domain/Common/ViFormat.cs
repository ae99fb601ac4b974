using System.Globalization;

namespace Tdkt.Domain.Common;

/// <summary>How dates and money are written for Vietnamese users: 24/11/2023 and 1.250.000 đ.</summary>
public static class ViFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : string.Empty;

    public static string DateTime(DateTimeOffset value, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(value, zone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Money(decimal amount) =>
        amount.ToString("#,##0", Culture) + " đ";

    /// <summary>Parses dd/MM/yyyy (also d/M/yyyy) and ISO yyyy-MM-dd; nothing else is guessed.</summary>
    public static bool TryParseDate(string? text, out DateOnly date)
    {
        var t = (text ?? string.Empty).Trim();
        string[] formats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];
        return DateOnly.TryParseExact(t, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
