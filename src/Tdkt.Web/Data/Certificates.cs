namespace Tdkt.Web.Data;

/// <summary>The unguessable token of one recipient's certificate: the QR code points at /xac-minh/{Token}. Created once
/// per recipient, the first time a certificate of its decision is printed; never the sequential id.</summary>
public sealed class CertificateToken
{
    public int DecisionRecipientId { get; set; }

    /// <summary>128 random bits, base64url (22 characters).</summary>
    public string Token { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>Field positions of a certificate for one issuing unit and one award (or all its awards when
/// <see cref="AwardCode"/> is null), e.g. to print onto the unit's pre-printed blanks (phôi). Fields the template
/// does not list keep the built-in layout.</summary>
public sealed class CertificateTemplate
{
    public int Id { get; set; }
    public int OrgUnitId { get; set; }
    public string? AwardCode { get; set; }

    /// <summary>JSON array of <see cref="Domain.Certificates.FieldPosition"/> (jsonb).</summary>
    public string FieldsJson { get; set; } = "[]";

    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = string.Empty;
    public uint Version { get; set; }
}
