namespace Tdkt.Web.Data;

/// <summary>
/// One change, append-only (UPDATE, DELETE and TRUNCATE are refused by triggers). Written in the same
/// transaction as the change it records, so a change without its history row cannot commit.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string? ActorUserId { get; set; }
    public string ActorName { get; set; } = string.Empty;

    /// <summary>Vietnamese verb shown to admins: "Thêm", "Sửa", "Chuyển đơn vị"...</summary>
    public string Action { get; set; } = string.Empty;
    public string EntityType { get; set; } = string.Empty;
    public string EntityId { get; set; } = string.Empty;

    /// <summary>The org unit the change belongs to; audit browsing is scoped by it.</summary>
    public int? OrgUnitId { get; set; }

    /// <summary>JSON of the changed properties before, null for an insert.</summary>
    public string? Before { get; set; }

    /// <summary>JSON of the changed properties after, null for a delete.</summary>
    public string? After { get; set; }

    /// <summary>Why, as the user gave it (required for some actions).</summary>
    public string? Reason { get; set; }
    public string? RequestId { get; set; }
    public string? IpAddress { get; set; }
}
