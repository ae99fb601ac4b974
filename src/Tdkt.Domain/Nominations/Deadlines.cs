using Tdkt.Domain.Common;

namespace Tdkt.Domain.Nominations;

/// <summary>
/// "Deadlines belong to whoever set them": a deadline set by a conference, a movement's allotment or the receiving
/// body cannot be set or overridden by the proposing clerk; a blank deadline inherits it. Only the body that set it
/// extends it (<see cref="Dossier.ExtendDeadline"/>) or accepts a late dossier (<see cref="Dossier.AcceptLate"/>).
/// </summary>
public static class Deadlines
{
    public const string Field = "SubmitBefore";

    /// <summary>The deadline a new dossier gets: the body's when it set one (the clerk may only repeat it), else the clerk's.</summary>
    public static Result<DateOnly?> ForNewDossier(DateOnly? clerkDeadline, DateOnly? bodyDeadline, string bodyLabel)
    {
        if (bodyDeadline is { } set)
        {
            return clerkDeadline is { } typed && typed != set
                ? new ValidationError(Field,
                    $"Hạn nộp do {bodyLabel} quy định (trước ngày {ViFormat.Date(set)}); đơn vị đề nghị không tự đặt hoặc thay đổi được. "
                    + "Hãy để trống ô Hạn nộp để dùng hạn này; cần thêm thời gian thì đề nghị cơ quan tiếp nhận gia hạn.")
                : set;
        }

        return clerkDeadline;
    }

    /// <summary>A new deadline given by the receiving body (extension or supplement deadline): after today, with a reason.</summary>
    public static Result CheckNew(DateOnly? newDeadline, string? reason, DateOnly today, string field, string label, bool reasonRequired = true)
    {
        if (newDeadline is not { } d)
        {
            return new ValidationError(field, $"Hãy nhập {label} (dd/MM/yyyy).");
        }

        if (d <= today)
        {
            return new ValidationError(field, $"{Capital(label)} phải sau ngày hôm nay ({ViFormat.Date(today)}).");
        }

        if (reasonRequired && string.IsNullOrWhiteSpace(reason))
        {
            return new ValidationError("Reason", "Hãy ghi lý do (lưu trong quá trình xử lý hồ sơ và nhật ký).");
        }

        return Result.Success();
    }

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpper(s[0], ViFormat.Culture) + s[1..];
}
