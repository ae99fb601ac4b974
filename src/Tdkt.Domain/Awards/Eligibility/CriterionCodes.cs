namespace Tdkt.Domain.Awards.Eligibility;

/// <summary>Stable codes of the criteria. The API returns them; tests assert them. Never rename one.</summary>
public static class CriterionCodes
{
    // Cross-cutting principles (domain.md §2.1).
    public const string NoPendingHold = "NO_PENDING_HOLD";
    public const string DisciplineTermEnded = "DISCIPLINE_TERM_ENDED";
    public const string NotAlreadyAwarded = "NOT_ALREADY_AWARDED";

    // Shared.
    public const string Conduct = "CONDUCT";
    public const string RatingAtLeastGood = "RATING_AT_LEAST_HTTNV";
    public const string RatingExcellent = "RATING_HTXSNV";
    public const string ManualReviewRequired = "MANUAL_REVIEW_REQUIRED";

    // CSTĐCS (Law Art 23).
    public const string CstdcsRouteExcellent = "CSTDCS_ROUTE_HTXSNV";
    public const string CstdcsRouteInitiative = "CSTDCS_ROUTE_INITIATIVE";
    public const string CstdcsAchievement = "CSTDCS_ACHIEVEMENT";

    // CSTĐ tỉnh (Art 22) and toàn quốc (Art 21).
    public const string ConsecutiveCstdcs = "CONSECUTIVE_CSTDCS";
    public const string InitiativeProvincialScope = "INITIATIVE_PROVINCIAL_SCOPE";
    public const string ConsecutiveCstdTinh = "CONSECUTIVE_CSTD_TINH";
    public const string InitiativeNationalScope = "INITIATIVE_NATIONAL_SCOPE";

    // Collectives (Art 27, 28).
    public const string MembersLdttShare = "MEMBERS_LDTT_SHARE";
    public const string NoMemberWarningOrAbove = "NO_MEMBER_WARNING_OR_ABOVE";
    public const string AllMembersCompleted = "ALL_MEMBERS_COMPLETED";
    public const string MemberCstdcs = "MEMBER_CSTDCS";

    // Cờ thi đua tỉnh (Art 26).
    public const string FlagRouteClusterLeader = "CO_ROUTE_CLUSTER_LEADER";
    public const string FlagRouteThematicMovement = "CO_ROUTE_THEMATIC_MOVEMENT";
    public const string FlagAchievement = "CO_TINH_ACHIEVEMENT";

    // Bằng khen tỉnh (Art 74).
    public const string BkRouteMovement = "BK_ROUTE_MOVEMENT";
    public const string BkRouteAdHoc = "BK_ROUTE_ADHOC";
    public const string BkRouteContribution = "BK_ROUTE_CONTRIBUTION";
    public const string BkRouteConsecutiveCstdcs = "BK_ROUTE_CONSECUTIVE_CSTDCS";
    public const string BkRouteExcellentWithInitiatives = "BK_ROUTE_HTXSNV_INITIATIVES";
    public const string BkRouteCollectiveExcellentYears = "BK_ROUTE_COLLECTIVE_EXCELLENT_YEARS";
    public const string BkRouteHouseholdContribution = "BK_ROUTE_HOUSEHOLD_CONTRIBUTION";
    public const string BkTinhAchievement = "BK_TINH_ACHIEVEMENT";

    // Bằng khen Thủ tướng (Art 73(1)(b)).
    public const string HoldsBkTinh = "HOLDS_BK_TINH";
    public const string ConsecutiveYearsGood = "CONSECUTIVE_YEARS_HTTNV";
    public const string CstdcsInPeriod = "CSTDCS_IN_PERIOD";

    // Giấy khen (Art 75).
    public const string GkRouteMovement = "GK_ROUTE_MOVEMENT";
    public const string GkRouteAdHoc = "GK_ROUTE_ADHOC";
    public const string GkRouteHouseholdContribution = "GK_ROUTE_HOUSEHOLD_CONTRIBUTION";
    public const string GkAchievement = "GK_ACHIEVEMENT";

    /// <summary>Principle checks that every award gets; not reasons in their own right.</summary>
    public static readonly IReadOnlySet<string> Principles =
        new HashSet<string>(StringComparer.Ordinal) { NoPendingHold, DisciplineTermEnded, NotAlreadyAwarded, Conduct };
}
