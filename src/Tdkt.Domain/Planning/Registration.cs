using Tdkt.Domain.Common;

namespace Tdkt.Domain.Planning;

public enum RegistrationStatus
{
    /// <summary>Đang soạn.</summary>
    Draft,
    /// <summary>Đã gửi, chờ cấp trên xem xét.</summary>
    Submitted,
    /// <summary>Cấp trên đã duyệt.</summary>
    Approved,
    /// <summary>Cấp trên trả lại (có lý do).</summary>
    Returned,
}

/// <summary>Tập thể or cá nhân.</summary>
public enum RegistrationSubject
{
    Collective,
    Individual,
}

/// <summary>One title aimed for: for the unit (collective) or a named person, with the award catalogue code.</summary>
public sealed record RegistrationEntry(RegistrationSubject Subject, string Name, string AwardCode);

/// <summary>
/// Đăng ký thi đua of a unit for a year: titles aimed for and targets. A planning tool (Law 2022), not a gate.
/// The comparison with the year's results is filled by the nominations module.
/// </summary>
public sealed class Registration
{
    private Registration()
    {
    }

    public int Id { get; private set; }
    public int OrgUnitId { get; private set; }
    public int Year { get; private set; }
    public string? Targets { get; private set; }
    public List<RegistrationEntry> Entries { get; private set; } = [];
    public RegistrationStatus Status { get; private set; }
    public string? ReturnReason { get; private set; }
    public uint Version { get; private set; }

    public bool IsEditable => Status is RegistrationStatus.Draft or RegistrationStatus.Returned;

    public static Result<Registration> Create(int orgUnitId, int year, string? targets, IReadOnlyList<RegistrationEntry> entries)
    {
        if (year is < 2000 or > 2200)
        {
            return new ValidationError("Year", "Năm đăng ký không hợp lệ (ví dụ 2023).");
        }

        var r = new Registration { OrgUnitId = orgUnitId, Year = year, Status = RegistrationStatus.Draft };
        var edit = r.Edit(targets, entries);
        return edit.IsFailure ? edit.Error! : r;
    }

    public Result Edit(string? targets, IReadOnlyList<RegistrationEntry> entries)
    {
        if (!IsEditable)
        {
            return new ConflictError("Bản đăng ký đã gửi hoặc đã được duyệt, không sửa được nữa.");
        }

        if (entries.Count == 0)
        {
            return new ValidationError("Entries", "Hãy đăng ký ít nhất một danh hiệu (dạng \"Tập thể | Tên | Mã danh hiệu\" hoặc \"Cá nhân | Họ tên | Mã danh hiệu\").");
        }

        Targets = Movement.NullIfEmpty(targets);
        Entries = [.. entries];
        return Result.Success();
    }

    public Result<RegistrationStatusChange> Submit(DateTimeOffset at, string? userId, string userName) =>
        Move(RegistrationStatus.Submitted, null, at, userId, userName);

    public Result<RegistrationStatusChange> Approve(DateTimeOffset at, string? userId, string userName) =>
        Move(RegistrationStatus.Approved, null, at, userId, userName);

    public Result<RegistrationStatusChange> Return(string? reason, DateTimeOffset at, string? userId, string userName)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return new ValidationError("Reason", "Hãy ghi lý do trả lại để đơn vị biết cần sửa gì.");
        }

        return Move(RegistrationStatus.Returned, reason.Trim(), at, userId, userName);
    }

    public static bool CanMove(RegistrationStatus from, RegistrationStatus to) => (from, to) switch
    {
        (RegistrationStatus.Draft, RegistrationStatus.Submitted) => true,
        (RegistrationStatus.Returned, RegistrationStatus.Submitted) => true,
        (RegistrationStatus.Submitted, RegistrationStatus.Approved) => true,
        (RegistrationStatus.Submitted, RegistrationStatus.Returned) => true,
        _ => false,
    };

    private Result<RegistrationStatusChange> Move(RegistrationStatus to, string? reason, DateTimeOffset at, string? userId, string userName)
    {
        if (!CanMove(Status, to))
        {
            return new ConflictError($"Bản đăng ký đang ở trạng thái \"{Status.Vietnamese()}\", không thể chuyển sang \"{to.Vietnamese()}\". Hãy tải lại trang.");
        }

        var change = new RegistrationStatusChange(Id, Status, to, reason, at, userId, userName);
        Status = to;
        ReturnReason = to == RegistrationStatus.Returned ? reason : null;
        return change;
    }
}

/// <summary>History row of a registration's status.</summary>
public sealed class RegistrationStatusChange
{
    private RegistrationStatusChange()
    {
        UserName = string.Empty;
    }

    public RegistrationStatusChange(int registrationId, RegistrationStatus from, RegistrationStatus to, string? reason, DateTimeOffset at, string? userId, string userName)
    {
        RegistrationId = registrationId;
        From = from;
        To = to;
        Reason = reason;
        At = at;
        UserId = userId;
        UserName = userName;
    }

    public long Id { get; private set; }
    public int RegistrationId { get; private set; }
    public RegistrationStatus From { get; private set; }
    public RegistrationStatus To { get; private set; }
    public string? Reason { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string? UserId { get; private set; }
    public string UserName { get; private set; }
}

public static class RegistrationNames
{
    public static string Vietnamese(this RegistrationStatus s) => s switch
    {
        RegistrationStatus.Draft => "Đang soạn",
        RegistrationStatus.Submitted => "Đã gửi, chờ duyệt",
        RegistrationStatus.Approved => "Đã duyệt",
        RegistrationStatus.Returned => "Bị trả lại",
    };

    public static string Vietnamese(this RegistrationSubject s) => s switch
    {
        RegistrationSubject.Collective => "Tập thể",
        RegistrationSubject.Individual => "Cá nhân",
    };

    /// <summary>"Tập thể | Phường Tân Phong | TT_LDXS" or "Cá nhân | Nguyễn Văn A | CSTDCS" per line.</summary>
    public static Result<List<RegistrationEntry>> ParseEntries(string? text)
    {
        var list = new List<RegistrationEntry>();
        var n = 0;
        foreach (var line in LineList.Lines(text))
        {
            n++;
            var parts = line.Split('|').Select(p => p.Trim()).ToArray();
            var subject = parts.Length == 3 ? VietnameseText.Fold(parts[0]) switch
            {
                "tap the" => RegistrationSubject.Collective,
                "ca nhan" => RegistrationSubject.Individual,
                _ => (RegistrationSubject?)null,
            } : null;
            if (subject is null || parts[1].Length == 0 || parts[2].Length == 0)
            {
                return new ValidationError("Entries",
                    $"Dòng {n} \"{line}\" chưa đúng dạng \"Tập thể | Tên | Mã danh hiệu\" hoặc \"Cá nhân | Họ tên | Mã danh hiệu\".");
            }

            list.Add(new RegistrationEntry(subject.Value, parts[1], parts[2].ToUpperInvariant()));
        }

        return list;
    }

    public static string FormatEntries(IEnumerable<RegistrationEntry> entries) =>
        LineList.Join(entries.Select(e => $"{e.Subject.Vietnamese()} | {e.Name} | {e.AwardCode}"));
}
