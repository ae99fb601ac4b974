using Tdkt.Domain.Documents;

namespace Tdkt.Web.Data;

/// <summary>
/// A province's adjustment of one kind of generated document for a kind of issuing body (or one body): the căn cứ
/// list, the executors in the last Điều, "Nơi nhận", the head's title in the signature. Empty parts keep the defaults
/// (<see cref="DocumentProfile.Default"/>). Edited by the province's admins (issue 12 item 5, ADR-0031).
/// </summary>
public sealed class DocumentSetting
{
    public int Id { get; set; }

    /// <summary>The province (root unit) the setting belongs to.</summary>
    public int OrgUnitId { get; set; }

    public DocumentKind DocumentKind { get; set; }
    public BodyKind BodyKind { get; set; }

    /// <summary>One issuing body only; null = every body of <see cref="BodyKind"/> in the province.</summary>
    public int? IssuingUnitId { get; set; }

    public string? Grounds { get; set; }
    public string? Executors { get; set; }
    public string? Recipients { get; set; }
    public string? HeadTitle { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public uint Version { get; set; }
}

/// <summary>The State emblem image a province uploads for certificates printed on plain paper (none by default:
/// pre-printed blanks carry it).</summary>
public sealed class DocumentEmblem
{
    public int Id { get; set; }

    /// <summary>The province (root unit).</summary>
    public int OrgUnitId { get; set; }

    public int StoredFileId { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}
