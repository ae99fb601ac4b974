namespace Tdkt.Web.Data;

/// <summary>Báo cáo thống kê khen thưởng năm a unit sent to the level above (issue 14 item 4): the figures as they were
/// when sent (<see cref="Content"/>, JSON of the report lines), one row per unit and year; sending again replaces it
/// (each send is also an audit row).</summary>
public sealed class StatReport
{
    public int Id { get; set; }
    public int OrgUnitId { get; set; }
    public int Year { get; set; }
    public DateTimeOffset SentAt { get; set; }
    public string SentByUserId { get; set; } = string.Empty;
    public string SentByName { get; set; } = string.Empty;

    /// <summary>Awards in the report (all levels and subjects).</summary>
    public long Total { get; set; }

    public decimal Money { get; set; }

    /// <summary>The report lines as sent (JSON array of ReportLine).</summary>
    public string Content { get; set; } = "[]";
}
