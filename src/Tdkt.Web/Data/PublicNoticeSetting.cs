using Tdkt.Domain.Notices;

namespace Tdkt.Web.Data;

/// <summary>A province's public-notice parameters (<see cref="PublicNoticePolicy"/>), one row per province unit.
/// No row means the defaults (10 working days, only the forms the law names).</summary>
public sealed class PublicNoticeSetting
{
    public int Id { get; set; }
    public int OrgUnitId { get; set; }
    public int WorkingDays { get; set; } = PublicNoticePolicy.DefaultWorkingDays;

    /// <summary>Award codes published although the law does not require it (e.g. CSTD_TINH).</summary>
    public List<string> ExtraAwardCodes { get; set; } = [];

    public uint Version { get; set; }

    public PublicNoticePolicy ToPolicy() => new()
    {
        WorkingDays = WorkingDays,
        ExtraAwardCodes = new HashSet<string>(ExtraAwardCodes, StringComparer.Ordinal),
    };
}
