using Microsoft.AspNetCore.Identity;

namespace Tdkt.Web.Data;

/// <summary>A person who signs in. Their powers come from <see cref="RoleGrant"/> rows, not Identity roles.</summary>
public sealed class AppUser : IdentityUser
{
    public string FullName { get; set; } = string.Empty;

    /// <summary>Chức vụ, e.g. "Phó Chủ tịch UBND tỉnh".</summary>
    public string? Position { get; set; }

    /// <summary>The unit the person works in (shown on the home page); grants decide the scope.</summary>
    public int OrgUnitId { get; set; }

    /// <summary>A disabled user cannot sign in, and an existing session ends on its next request.</summary>
    public bool IsDisabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<RoleGrant> Grants { get; set; } = [];
}
