using System.Net.Mail;
using Tdkt.Domain.Common;
using Tdkt.Domain.Nominations;

namespace Tdkt.Domain.Notices;

public enum ObjectionOutcome
{
    /// <summary>Received, not yet verified (chưa xác minh).</summary>
    Open,

    /// <summary>Verified: not founded (không có cơ sở).</summary>
    Unfounded,

    /// <summary>Verified: founded (có cơ sở); may lead to the nominee not being proposed.</summary>
    Founded,
}

/// <summary>
/// An objection or comment (phản ánh, góp ý) from anyone against one nominee of an open notice, and the appraiser's
/// verification (xác minh) of it. Resolved exactly once; the sender's name and contact are seen only by the
/// appraising body, never by the proposing unit or the public.
/// </summary>
public sealed class NoticeObjection
{
    public const int NameMaxLength = 200;
    public const int ContactMaxLength = 200;
    public const int ContentMinLength = 10;
    public const int ContentMaxLength = 2000;
    public const int VerificationMaxLength = 4000;

    private NoticeObjection()
    {
        SenderName = string.Empty;
        Contact = string.Empty;
        Content = string.Empty;
    }

    public int Id { get; private set; }
    public int NoticeId { get; private set; }
    public int EntryId { get; private set; }
    public int NomineeId { get; private set; }

    /// <summary>The appraising body (copied from the notice): scope and audit.</summary>
    public int OrgUnitId { get; private set; }

    public string SenderName { get; private set; }

    /// <summary>Phone number or e-mail address, as given.</summary>
    public string Contact { get; private set; }

    public string Content { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public ObjectionOutcome Outcome { get; private set; }
    public string? Verification { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }
    public string? ResolvedByUserId { get; private set; }
    public string? ResolvedByName { get; private set; }

    /// <summary>The founded objection led the appraiser to withdraw the proposal for the nominee.</summary>
    public bool NomineeRejected { get; private set; }

    public uint Version { get; private set; }

    public bool IsOpen => Outcome == ObjectionOutcome.Open;

    public static Result<NoticeObjection> Submit(PublicNotice notice, PublicNoticeEntry entry, string? senderName,
        string? contact, string? content, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(entry);
        if (!notice.IsOpen(today))
        {
            return new ConflictError($"Thông báo đã hết thời gian lấy ý kiến (đến hết ngày {ViFormat.Date(notice.EndDate)}).");
        }

        if (entry.NoticeId != notice.Id)
        {
            return new ValidationError("EntryId", "Hãy chọn người hoặc tập thể có trong danh sách công khai.");
        }

        var name = VietnameseText.Normalize(senderName);
        if (name.Length == 0)
        {
            return new ValidationError("SenderName", "Họ và tên người gửi: hãy nhập họ và tên của bạn.");
        }

        if (name.Length > NameMaxLength)
        {
            return new ValidationError("SenderName", $"Họ và tên người gửi: dài tối đa {NameMaxLength} ký tự.");
        }

        var c = VietnameseText.Normalize(contact);
        if (c.Length == 0)
        {
            return new ValidationError("Contact", "Số điện thoại hoặc thư điện tử: hãy nhập để cơ quan thẩm định liên hệ xác minh.");
        }

        if (c.Length > ContactMaxLength || !(IsPhone(c) || IsEmail(c)))
        {
            return new ValidationError("Contact", "Số điện thoại hoặc thư điện tử: không hợp lệ. Hãy nhập số điện thoại (ví dụ 0912 345 678) hoặc địa chỉ thư điện tử (ví dụ ten@example.vn).");
        }

        var text = (content ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            return new ValidationError("Content", "Nội dung phản ánh, góp ý: hãy nhập nội dung.");
        }

        if (text.Length < ContentMinLength)
        {
            return new ValidationError("Content", $"Nội dung phản ánh, góp ý: hãy viết ít nhất {ContentMinLength} ký tự.");
        }

        if (text.Length > ContentMaxLength)
        {
            return new ValidationError("Content", $"Nội dung phản ánh, góp ý: dài tối đa {ContentMaxLength} ký tự (hiện có {text.Length}).");
        }

        return new NoticeObjection
        {
            NoticeId = notice.Id,
            EntryId = entry.Id,
            NomineeId = entry.NomineeId,
            OrgUnitId = notice.OrgUnitId,
            SenderName = name,
            Contact = c,
            Content = text,
            SubmittedAt = now,
            Outcome = ObjectionOutcome.Open,
        };
    }

    /// <summary>Records the verification once. A founded objection may withdraw the proposal (the caller then
    /// rejects the nominee with <paramref name="verification"/> as the reason).</summary>
    public Result Resolve(ObjectionOutcome outcome, string? verification, bool rejectNominee, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Outcome != ObjectionOutcome.Open)
        {
            return new ConflictError($"Phản ánh này đã được xác minh lúc trước ({ResolvedByName}); không ghi lại lần nữa.");
        }

        if (outcome == ObjectionOutcome.Open)
        {
            return new ValidationError("Outcome", "Kết quả xác minh: hãy chọn \"Không có cơ sở\" hoặc \"Có cơ sở\".");
        }

        var note = (verification ?? string.Empty).Trim();
        if (note.Length == 0)
        {
            return new ValidationError("Verification", "Nội dung xác minh: hãy ghi đã xác minh thế nào và kết luận.");
        }

        if (note.Length > VerificationMaxLength)
        {
            return new ValidationError("Verification", $"Nội dung xác minh: dài tối đa {VerificationMaxLength} ký tự.");
        }

        if (rejectNominee && outcome != ObjectionOutcome.Founded)
        {
            return new ValidationError("RejectNominee", "Chỉ không đề nghị khen thưởng khi phản ánh có cơ sở.");
        }

        Outcome = outcome;
        Verification = note;
        NomineeRejected = rejectNominee;
        ResolvedAt = actor.At;
        ResolvedByUserId = actor.UserId;
        ResolvedByName = actor.Name;
        return Result.Success();
    }

    public static bool IsEmail(string s) =>
        s.Contains('@', StringComparison.Ordinal) && !s.Contains(' ', StringComparison.Ordinal)
        && MailAddress.TryCreate(s, out var a) && a.Address == s && a.Host.Contains('.', StringComparison.Ordinal);

    /// <summary>Vietnamese numbers: 0xxxxxxxxx or +84xxxxxxxxx, 9 to 11 digits, spaces, dots and dashes allowed.</summary>
    public static bool IsPhone(string s)
    {
        var rest = s.StartsWith('+') ? s[1..] : s;
        if (rest.Any(ch => !(char.IsAsciiDigit(ch) || ch is ' ' or '.' or '-')))
        {
            return false;
        }

        var digits = rest.Count(char.IsAsciiDigit);
        return digits is >= 9 and <= 12;
    }
}

public static class ObjectionOutcomeText
{
    public static string Vietnamese(this ObjectionOutcome o) => o switch
    {
        ObjectionOutcome.Open => "Chưa xác minh",
        ObjectionOutcome.Unfounded => "Không có cơ sở",
        ObjectionOutcome.Founded => "Có cơ sở",
        _ => o.ToString(),
    };
}
