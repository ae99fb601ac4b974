namespace Tdkt.Web.Data;

/// <summary>Who is changing things in this request; filled from the signed-in user.</summary>
public sealed class AuditActor
{
    public static readonly AuditActor System = new() { Name = "Hệ thống" };

    public string? UserId { get; set; }
    public string Name { get; set; } = "Hệ thống";
    public string? RequestId { get; set; }
    public string? IpAddress { get; set; }
}
