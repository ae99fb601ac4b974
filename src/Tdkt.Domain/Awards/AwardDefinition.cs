namespace Tdkt.Domain.Awards;

/// <summary>Danh hiệu thi đua or hình thức khen thưởng (Law 2022 Art 9, 19-20).</summary>
public enum AwardCategory
{
    EmulationTitle,
    CommendationForm,
}

public enum AwardGroup
{
    /// <summary>Danh hiệu cá nhân (LĐTT, CSTĐ...).</summary>
    IndividualTitle,
    /// <summary>Danh hiệu tập thể (TTLĐTT, TTLĐXS, xã tiêu biểu).</summary>
    CollectiveTitle,
    /// <summary>Cờ thi đua.</summary>
    EmulationFlag,
    /// <summary>Gia đình văn hóa, thôn văn hóa.</summary>
    CultureTitle,
    /// <summary>Huân chương.</summary>
    Order,
    /// <summary>Huy chương.</summary>
    Medal,
    /// <summary>Bằng khen.</summary>
    CertificateOfMerit,
    /// <summary>Giấy khen.</summary>
    CertificateOfCommendation,
}

/// <summary>Level of the person who signs the decision (domain.md §1.3).</summary>
public enum DecidingLevel
{
    /// <summary>Chủ tịch nước.</summary>
    StatePresident,
    /// <summary>Chính phủ.</summary>
    Government,
    /// <summary>Thủ tướng Chính phủ.</summary>
    PrimeMinister,
    /// <summary>Chủ tịch UBND tỉnh (and ministers, for their sector).</summary>
    Province,
    /// <summary>Thủ trưởng đơn vị, Giám đốc Sở, giám đốc doanh nghiệp, Chủ tịch UBND cấp huyện (before 01/07/2025)
    /// or cấp xã (from 01/07/2025).</summary>
    Grassroots,
}

/// <summary>Council ballot (bỏ phiếu) and its approval threshold, as a share of ALL council members.</summary>
public sealed record CouncilRule(bool BallotRequired, decimal ApprovalPercentOfAllMembers, string Reference,
    bool Unverified)
{
    public static readonly CouncilRule None = new(false, 0m, "", false);

    /// <summary>Yes votes (incl. written votes of absentees) against the TOTAL number of members, not attendees.</summary>
    public bool IsApproved(int yesVotes, int totalMembers)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(yesVotes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(totalMembers);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(yesVotes, totalMembers);
        return !BallotRequired || yesVotes * 100m >= ApprovalPercentOfAllMembers * totalMembers;
    }
}

/// <summary>One document of the dossier (thành phần hồ sơ).</summary>
/// <param name="Code">Stable code, e.g. TO_TRINH.</param>
/// <param name="Name">Vietnamese name shown to users.</param>
/// <param name="Conditional">Only when the case needs it (e.g. certification of an initiative).</param>
public sealed record DossierPart(string Code, string Name, bool Conditional = false);

/// <summary>Award money: coefficient × base salary on the decision date (domain.md §5).</summary>
/// <param name="Coefficient">For the award's first subject kind (individual where individuals are eligible;
/// otherwise the collective or village). Null when no coefficient is known.</param>
/// <param name="CollectiveDoubles">Collective receives 2× the individual amount (ND 152 Art 49(3)).</param>
/// <param name="HouseholdOneAndHalf">Household receives 1.5× the individual amount.</param>
/// <param name="Reference">Article the coefficient comes from.</param>
/// <param name="Unverified">domain.md marks the value UNVERIFIED or PV.</param>
public sealed record MoneyRule(decimal? Coefficient, bool CollectiveDoubles, bool HouseholdOneAndHalf,
    string Reference, bool Unverified);

/// <summary>One award as defined under one legal basis: default data the Web project seeds.</summary>
public sealed record AwardDefinition
{
    public required string Code { get; init; }
    public required LegalBasis Basis { get; init; }
    public required string Name { get; init; }
    public required AwardCategory Category { get; init; }
    public required AwardGroup Group { get; init; }
    public required IReadOnlyList<SubjectKind> SubjectKinds { get; init; }

    /// <summary>Awarded each year in the annual review (tổng kết năm).</summary>
    public required bool Annual { get; init; }

    public required DecidingLevel DecidingLevel { get; init; }
    public required string DecidedBy { get; init; }
    public required string ProposedBy { get; init; }
    public required string CriteriaReference { get; init; }
    public required CouncilRule Council { get; init; }
    public required IReadOnlyList<DossierPart> Dossier { get; init; }

    /// <summary>Time limit to appraise and decide, in working days from a complete dossier.</summary>
    public required int ProcessingWorkingDays { get; init; }

    public required bool ProcessingDaysUnverified { get; init; }
    public required MoneyRule Money { get; init; }

    /// <summary>Points domain.md marks UNVERIFIED or PV for this award (Vietnamese, shown to administrators).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Rank used to order forms from the highest, e.g. for "only the highest title is paid".</summary>
    public required int Rank { get; init; }

    public bool Accepts(SubjectKind kind) => SubjectKinds.Contains(kind);
}
