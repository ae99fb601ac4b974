using Tdkt.Domain.Awards;

namespace Tdkt.Web.Data;

/// <summary>A file of a dossier (tờ trình, biên bản, báo cáo thành tích…), per nominee or for the whole dossier.
/// The bytes are a <see cref="StoredFile"/>; <see cref="Round"/> keeps which submission it belonged to.</summary>
public sealed class DossierAttachment
{
    public int Id { get; set; }
    public int DossierId { get; set; }
    public int? NomineeId { get; set; }

    /// <summary>Catalogue dossier part code (TO_TRINH, BAO_CAO_THANH_TICH…).</summary>
    public string PartCode { get; set; } = string.Empty;

    public int StoredFileId { get; set; }
    public int Round { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}

/// <summary>What the dossier looked like when it was sent (each round), so a return and resubmission keep both versions.</summary>
public sealed class DossierSnapshot
{
    public long Id { get; set; }
    public int DossierId { get; set; }
    public int Round { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>Nominees and attachments as JSON (citizen IDs masked).</summary>
    public string Content { get; set; } = "{}";
}

/// <summary>Per-unit quota (chỉ tiêu) for a movement or a conference: e.g. phường Tân Phong 2 cá nhân, 1 hộ gia đình,
/// trước ngày 24/11/2023. Edited by the appraising body.</summary>
public sealed class QuotaAllotment
{
    public int Id { get; set; }
    public int? MovementId { get; set; }
    public int? ConferenceId { get; set; }
    public int OrgUnitId { get; set; }
    public SubjectKind SubjectKind { get; set; }
    public int Count { get; set; }
    public DateOnly? SubmitBefore { get; set; }
    public uint Version { get; set; }
}

/// <summary>Xin ý kiến / hiệp y: another agency's opinion asked during appraisal.</summary>
public sealed class ConsultationRequest
{
    public int Id { get; set; }
    public int DossierId { get; set; }
    public string Agency { get; set; } = string.Empty;
    public string Question { get; set; } = string.Empty;
    public DateOnly AskedOn { get; set; }
    public string? Answer { get; set; }
    public DateOnly? AnsweredOn { get; set; }
}

/// <summary>Signing capacity (thẩm quyền ký, Decree 30/2020 Art 13).</summary>
public enum SignerCapacity
{
    /// <summary>TM. (thay mặt) UBND — the chairman signs for the collective.</summary>
    OnBehalf,
    /// <summary>KT. (ký thay) CHỦ TỊCH — a vice-chairman signs for the chairman.</summary>
    ForChairman,
    /// <summary>CHỦ TỊCH signs in person.</summary>
    Chairman,
}

/// <summary>An issued decision (quyết định khen thưởng). Insert-only: database triggers refuse UPDATE, DELETE and TRUNCATE.</summary>
public sealed class Decision
{
    public int Id { get; set; }
    public int DossierId { get; set; }
    public int IssuingUnitId { get; set; }
    public int Year { get; set; }

    /// <summary>Gap-free per (issuing unit, year), from <see cref="DecisionCounter"/>.</summary>
    public int SequenceNumber { get; set; }

    /// <summary>"12/QĐ-UBND".</summary>
    public string Number { get; set; } = string.Empty;

    public DateOnly DecisionDate { get; set; }
    public string IssuingBodyName { get; set; } = string.Empty;
    public string SignerUserId { get; set; } = string.Empty;
    public string SignerName { get; set; } = string.Empty;
    public string SignerTitle { get; set; } = string.Empty;
    public SignerCapacity Capacity { get; set; }
    public LegalBasis Basis { get; set; }
    public string Wording { get; set; } = string.Empty;
    public DateTimeOffset IssuedAt { get; set; }
}

/// <summary>One line of the list attached to a decision (danh sách kèm theo). Insert-only like the decision.</summary>
public sealed class DecisionRecipient
{
    public int Id { get; set; }
    public int DecisionId { get; set; }
    public int NomineeId { get; set; }

    /// <summary>Số sổ vàng: the order in the decision (1, 2, 3…).</summary>
    public int Serial { get; set; }

    public SubjectKind SubjectKind { get; set; }
    public string Name { get; set; } = string.Empty;
    public string? Details { get; set; }
    public string AwardCode { get; set; } = string.Empty;
    public string AwardName { get; set; } = string.Empty;
    public decimal Amount { get; set; }
    public decimal Coefficient { get; set; }
    public decimal BaseSalary { get; set; }
    public int AwardRecordId { get; set; }
    public int? PersonId { get; set; }
    public int OrgUnitId { get; set; }
}

/// <summary>Last number used per issuing unit and year; taken with SELECT … FOR UPDATE in the issuing transaction,
/// so a rolled-back issue gives its number back and numbers stay gap-free (never a sequence).</summary>
public sealed class DecisionCounter
{
    public int IssuingUnitId { get; set; }
    public int Year { get; set; }
    public int LastNumber { get; set; }
}

/// <summary>Hủy bỏ / thu hồi (Law Art 93): a new act linked to the original decision; the decision stays as issued.</summary>
public sealed class Revocation
{
    public int Id { get; set; }
    public int DecisionId { get; set; }
    public string Grounds { get; set; } = string.Empty;
    public DateOnly RevokedOn { get; set; }
    public string? ActNumber { get; set; }
    public string UserId { get; set; } = string.Empty;
    public string UserName { get; set; } = string.Empty;
    public DateTimeOffset At { get; set; }
}

/// <summary>A registry award marked revoked by a revocation; eligibility stops counting it, the record itself stays.</summary>
public sealed class RevokedAward
{
    public int Id { get; set; }
    public int RevocationId { get; set; }
    public int DecisionRecipientId { get; set; }
    public int AwardRecordId { get; set; }
}

/// <summary>In-app notification (the bell); also e-mailed after the commit when <c>Tdkt:Smtp:Host</c> is set (Infrastructure/NotificationMail.cs).</summary>
public sealed class Notification
{
    public long Id { get; set; }
    public string UserId { get; set; } = string.Empty;
    public DateTimeOffset At { get; set; }
    public string Text { get; set; } = string.Empty;
    public string? Url { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}

/// <summary>A public holiday of the working-day calendar, editable by administrators.</summary>
public sealed class PublicHolidayRow
{
    public DateOnly Date { get; set; }
    public string Name { get; set; } = string.Empty;
}
