using Tdkt.Domain.Common;

namespace Tdkt.Domain.Council;

/// <summary>How many members must be present before voting opens (domain.md §4.4).</summary>
public enum QuorumRule
{
    /// <summary>At least 2/3 of the members in office (the general rule).</summary>
    TwoThirds,
    /// <summary>At least 80 % of the members in office (provincial practice for sessions that consider awards).</summary>
    EightyPercent,
}

/// <summary>Quorum: members present against ALL members in office on the session date. Written opinions of absent
/// members count as votes, not as presence.</summary>
public static class CouncilQuorum
{
    public static bool IsMet(int present, int membersInOffice, QuorumRule rule)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(present);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(present, membersInOffice);
        if (membersInOffice == 0)
        {
            return false;
        }

        return rule switch
        {
            QuorumRule.TwoThirds => present * 3 >= membersInOffice * 2,
            QuorumRule.EightyPercent => present * 10 >= membersInOffice * 8,
        };
    }

    /// <summary>Smallest number present that meets the rule.</summary>
    public static int Needed(int membersInOffice, QuorumRule rule) => rule switch
    {
        QuorumRule.TwoThirds => (membersInOffice * 2 + 2) / 3,
        QuorumRule.EightyPercent => (membersInOffice * 8 + 9) / 10,
    };

    public static Result Check(int present, int membersInOffice, QuorumRule rule)
    {
        if (membersInOffice == 0)
        {
            return new ValidationError(string.Empty, "Hội đồng chưa có thành viên đương nhiệm vào ngày họp.");
        }

        return IsMet(present, membersInOffice, rule)
            ? Result.Success()
            : new ValidationError(string.Empty,
                $"Chưa đủ số thành viên dự họp: có mặt {present}/{membersInOffice}, cần ít nhất {Needed(membersInOffice, rule)} ({rule.Vietnamese()} tổng số thành viên). Chưa mở bỏ phiếu được.");
    }

    public static string Vietnamese(this QuorumRule rule) => rule switch
    {
        QuorumRule.TwoThirds => "2/3",
        QuorumRule.EightyPercent => "80%",
    };
}
