using Tdkt.Domain.Common;

namespace Tdkt.Domain.Council;

/// <summary>Office held in the Hội đồng Thi đua – Khen thưởng.</summary>
public enum CouncilOffice
{
    /// <summary>Chủ tịch Hội đồng.</summary>
    Chair,
    /// <summary>Phó Chủ tịch thường trực.</summary>
    StandingViceChair,
    /// <summary>Phó Chủ tịch.</summary>
    ViceChair,
    /// <summary>Ủy viên.</summary>
    Member,
    /// <summary>Thư ký (ủy viên kiêm thư ký).</summary>
    Secretary,
}

/// <summary>
/// One membership of a level's council (the council of an org unit, e.g. UBND tỉnh Lai Châu): who (a user account,
/// so the member can vote in the app, with the name and position printed in the minutes) holds which office from
/// <see cref="ValidFrom"/> to <see cref="ValidTo"/> (inclusive). A change of office or a departure ends the row and,
/// where needed, starts a new one: memberships are never overwritten, so a past session's roster stays as it was.
/// </summary>
public sealed class CouncilMember
{
    public const int NameMaxLength = 200;

    private CouncilMember()
    {
        DisplayName = string.Empty;
        Position = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>The unit whose council this is (the receiving body of the dossiers it votes on).</summary>
    public int OrgUnitId { get; private set; }

    public string? UserId { get; private set; }
    public string DisplayName { get; private set; }

    /// <summary>Position outside the council, e.g. "Giám đốc Sở Nội vụ".</summary>
    public string Position { get; private set; }

    public CouncilOffice Office { get; private set; }
    public DateOnly ValidFrom { get; private set; }
    public DateOnly? ValidTo { get; private set; }

    /// <summary>For the conflict-of-interest check against individual nominees.</summary>
    public int? BirthYear { get; private set; }

    /// <summary>Blind index (HMAC) of the member's citizen ID, when given; the ID itself is not kept.</summary>
    public string? CitizenIdHash { get; private set; }

    /// <summary>Where the member works; with the "same unit" setting a member does not vote on nominees of that unit.</summary>
    public int? HomeUnitId { get; private set; }

    public bool InOfficeOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || ValidTo >= day);

    public static Result<CouncilMember> Create(int orgUnitId, string? userId, string? displayName, string? position,
        CouncilOffice office, DateOnly validFrom, int? birthYear, string? citizenIdHash, int? homeUnitId)
    {
        var name = displayName?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            return new ValidationError("DisplayName", "Hãy nhập họ và tên thành viên Hội đồng.");
        }

        if (name.Length > NameMaxLength)
        {
            return new ValidationError("DisplayName", $"Họ và tên dài tối đa {NameMaxLength} ký tự.");
        }

        if (string.IsNullOrWhiteSpace(userId))
        {
            return new ValidationError("UserId", "Hãy chọn tài khoản của thành viên (để thành viên bỏ phiếu trên hệ thống).");
        }

        if (birthYear is { } y && (y < 1900 || y > 2100))
        {
            return new ValidationError("BirthYear", "Năm sinh không hợp lệ (ví dụ 1975).");
        }

        return new CouncilMember
        {
            OrgUnitId = orgUnitId,
            UserId = userId,
            DisplayName = name,
            Position = position?.Trim() ?? string.Empty,
            Office = office,
            ValidFrom = validFrom,
            BirthYear = birthYear,
            CitizenIdHash = citizenIdHash,
            HomeUnitId = homeUnitId,
        };
    }

    /// <summary>Bàn giao (ADR-0030): the same person on the successor's council from <paramref name="from"/>, in
    /// <paramref name="office"/>; the caller ends this membership the day before.</summary>
    public CouncilMember MoveTo(int successorUnitId, CouncilOffice office, DateOnly from) => new()
    {
        OrgUnitId = successorUnitId,
        UserId = UserId,
        DisplayName = DisplayName,
        Position = Position,
        Office = office,
        ValidFrom = from,
        BirthYear = BirthYear,
        CitizenIdHash = CitizenIdHash,
        HomeUnitId = HomeUnitId,
    };

    /// <summary>Ends the membership on <paramref name="lastDay"/> (the member is still in office that day).</summary>
    public Result End(DateOnly lastDay)
    {
        if (ValidTo is not null)
        {
            return new ConflictError($"{DisplayName} đã thôi làm thành viên Hội đồng từ {ViFormat.Date(ValidTo.Value)}.");
        }

        if (lastDay < ValidFrom)
        {
            return new ValidationError("ValidTo", $"Ngày thôi phải từ {ViFormat.Date(ValidFrom)} (ngày bắt đầu) trở đi.");
        }

        ValidTo = lastDay;
        return Result.Success();
    }
}

public static class CouncilOfficeNames
{
    public static string Vietnamese(this CouncilOffice o) => o switch
    {
        CouncilOffice.Chair => "Chủ tịch Hội đồng",
        CouncilOffice.StandingViceChair => "Phó Chủ tịch thường trực",
        CouncilOffice.ViceChair => "Phó Chủ tịch",
        CouncilOffice.Member => "Ủy viên",
        CouncilOffice.Secretary => "Ủy viên, Thư ký Hội đồng",
    };
}
