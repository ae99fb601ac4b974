namespace Tdkt.Web.Data;

/// <summary>An API token. Only the SHA-256 of the secret is stored; the secret is shown once.</summary>
public sealed class PersonalAccessToken
{
    public int Id { get; set; }
    public string UserId { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;

    /// <summary>Lower-case hex SHA-256 of the whole token string.</summary>
    public string TokenHash { get; set; } = string.Empty;

    /// <summary>The first characters of the token, to tell tokens apart on the profile page.</summary>
    public string Prefix { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
