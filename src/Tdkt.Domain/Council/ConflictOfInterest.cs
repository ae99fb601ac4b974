using Tdkt.Domain.Common;

namespace Tdkt.Domain.Council;

/// <summary>What the conflict check knows of a council member.</summary>
public sealed record MemberFacts(string Name, int? BirthYear, string? CitizenIdHash, int? HomeUnitId);

/// <summary>What the conflict check knows of a nominee: the units are the proposing unit and, for a collective, its unit.</summary>
public sealed record NomineeFacts(string Name, int? BirthYear, string? CitizenIdHash, IReadOnlyCollection<int> UnitIds);

/// <summary>
/// A member does not vote on a nominee when they are the nominee (same citizen ID, or the same name — accent- and
/// case-insensitive — and birth year), or, when the session says so, when they work in the nominee's unit.
/// </summary>
public static class ConflictOfInterest
{
    /// <summary>The Vietnamese reason the member may not vote on the nominee, or null.</summary>
    public static string? Reason(MemberFacts member, NomineeFacts nominee, bool excludeSameUnit)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(nominee);
        if (member.CitizenIdHash is { Length: > 0 } m && nominee.CitizenIdHash is { Length: > 0 } n && m == n)
        {
            return $"{member.Name} chính là người được đề nghị (trùng số định danh cá nhân), không bỏ phiếu cho chính mình.";
        }

        if (member.BirthYear is { } y && nominee.BirthYear == y
            && VietnameseText.Fold(member.Name) == VietnameseText.Fold(nominee.Name))
        {
            return $"{member.Name} trùng họ tên và năm sinh với người được đề nghị, không bỏ phiếu cho chính mình.";
        }

        if (excludeSameUnit && member.HomeUnitId is { } u && nominee.UnitIds.Contains(u))
        {
            return $"{member.Name} công tác tại đơn vị của đối tượng được đề nghị, không bỏ phiếu cho đối tượng này.";
        }

        return null;
    }
}
