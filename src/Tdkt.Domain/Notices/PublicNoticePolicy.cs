using Tdkt.Domain.Awards;
using Tdkt.Domain.Nominations;

namespace Tdkt.Domain.Notices;

/// <summary>
/// Which award forms are published for public comment (công khai, lấy ý kiến nhân dân) before the council meets, and
/// for how many working days. The law requires it for orders (Huân chương), State honorary titles and CSTĐ toàn quốc
/// (Law 2022 Art 84(5); ND 98 Art 46(2); ND 152 Art 44(2), PV); a province may add any other form (e.g. CSTĐ tỉnh).
/// </summary>
public sealed record PublicNoticePolicy
{
    public const int DefaultWorkingDays = 10;
    public const int MaxWorkingDays = 60;

    public static readonly PublicNoticePolicy Default = new();

    /// <summary>Length of the posting in working days (ngày làm việc), at least the legal 10.</summary>
    public int WorkingDays { get; init; } = DefaultWorkingDays;

    /// <summary>Award codes the province also publishes, beyond those the law names.</summary>
    public IReadOnlySet<string> ExtraAwardCodes { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Orders and State honorary titles (both decided by the State President; medals are not named by the
    /// decree) and CSTĐ toàn quốc.</summary>
    public static bool RequiredByLaw(AwardDefinition award)
    {
        ArgumentNullException.ThrowIfNull(award);
        return award.Group == AwardGroup.Order
            || award.Code == AwardCodes.CstdTq
            || (award.DecidingLevel == DecidingLevel.StatePresident && award.Group != AwardGroup.Medal);
    }

    public bool Requires(AwardDefinition award) => RequiredByLaw(award) || ExtraAwardCodes.Contains(award.Code);

    /// <summary>The last day of a posting that starts on <paramref name="start"/>: the start day counts as the first
    /// day when it is a working day, so a notice put up on Monday 04/03/2024 for 10 working days runs to the end of
    /// Friday 15/03/2024 and the council may vote from Saturday 16/03/2024.</summary>
    public static DateOnly EndOf(DateOnly start, int workingDays, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workingDays);
        return calendar.AddWorkingDays(start.AddDays(-1), workingDays);
    }
}
