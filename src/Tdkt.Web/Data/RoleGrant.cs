using Tdkt.Domain.Security;

namespace Tdkt.Web.Data;

/// <summary>A role granted to a user on an org unit and its subtree.</summary>
public sealed class RoleGrant
{
    public int Id { get; set; }
    public string UserId { get; set; } = string.Empty;
    public Role Role { get; set; }
    public int OrgUnitId { get; set; }
    public DateTimeOffset GrantedAt { get; set; }
    public string? GrantedByUserId { get; set; }
}
