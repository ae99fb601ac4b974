namespace Tdkt.Web.Data;

/// <summary>
/// An uploaded file kept in PostgreSQL (bytea) with its SHA-256, so it commits with the row that uses it and
/// is backed up with the database. Content types are decided from the bytes (Tdkt.Domain.Common.Uploads).
/// </summary>
public sealed class StoredFile
{
    public int Id { get; set; }
    public string FileName { get; set; } = string.Empty;
    public string ContentType { get; set; } = string.Empty;
    public long Length { get; set; }
    public string Sha256 { get; set; } = string.Empty;
    public byte[] Content { get; set; } = [];
    public DateTimeOffset UploadedAt { get; set; }
    public string? UploadedByUserId { get; set; }

    /// <summary>The unit the file belongs to (its audit rows are filed under it).</summary>
    public int OrgUnitId { get; set; }
}
