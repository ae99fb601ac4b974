namespace Tdkt.Web.Infrastructure;

public static class Clock
{
    /// <summary>Today's date in the agency's time zone (Asia/Ho_Chi_Minh), never the server's.</summary>
    public static DateOnly Today(this TimeProvider clock, TdktSettings settings) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), settings.TimeZone).DateTime);
}
