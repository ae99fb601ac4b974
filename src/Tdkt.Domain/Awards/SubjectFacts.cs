namespace Tdkt.Domain.Awards;

/// <summary>Kind of commendation (loại hình khen thưởng), Law 2022 Art 8 (domain.md §3.1).</summary>
public enum CommendationKind
{
    /// <summary>Công trạng (annual, regular): the only kind that counts for runs and merit awards.</summary>
    Merit,
    /// <summary>Theo đợt, chuyên đề (movement / thematic).</summary>
    Thematic,
    /// <summary>Đột xuất (ad-hoc).</summary>
    AdHoc,
    /// <summary>Quá trình cống hiến (long contribution).</summary>
    Dedication,
    /// <summary>Theo niên hạn (seniority, armed forces).</summary>
    Seniority,
    /// <summary>Đối ngoại (foreign).</summary>
    Foreign,
}

/// <summary>Level at which an initiative or scientific work was recognised and has effect.</summary>
public enum InitiativeScope
{
    /// <summary>Cơ sở (the unit).</summary>
    Grassroots,
    /// <summary>Tỉnh, Bộ, ban, ngành.</summary>
    Provincial,
    /// <summary>Toàn quốc.</summary>
    National,
}

public enum InitiativeKind
{
    /// <summary>Sáng kiến (Law Art 3(4)).</summary>
    Initiative,
    /// <summary>Đề tài, đề án, công trình khoa học đã nghiệm thu.</summary>
    ScientificWork,
    /// <summary>Mưu trí, sáng tạo trong chiến đấu (armed forces).</summary>
    CombatIngenuity,
}

/// <summary>Disciplinary sanction, mildest first.</summary>
public enum DisciplineLevel
{
    /// <summary>Khiển trách.</summary>
    Reprimand,
    /// <summary>Cảnh cáo.</summary>
    Warning,
    /// <summary>Hạ bậc lương.</summary>
    SalaryDemotion,
    /// <summary>Giáng chức.</summary>
    Demotion,
    /// <summary>Cách chức.</summary>
    Dismissal,
    /// <summary>Buộc thôi việc.</summary>
    ForcedResignation,
}

/// <summary>Why a subject may not be awarded for now (ND 152 Art 4, principle P4).</summary>
public enum HoldKind
{
    /// <summary>Đang xem xét kỷ luật.</summary>
    DisciplineReview,
    /// <summary>Đang bị điều tra.</summary>
    Investigation,
    /// <summary>Đang thanh tra, kiểm tra, kiểm toán có dấu hiệu vi phạm.</summary>
    Inspection,
    /// <summary>Có đơn thư khiếu nại, tố cáo (hoặc báo chí phản ánh) đang xác minh.</summary>
    Complaint,
}

/// <summary>Achievements that are not titles, initiatives or ratings (routes of Bằng khen / Giấy khen).</summary>
public enum AchievementKind
{
    /// <summary>Thành tích xuất sắc được bình xét trong phong trào thi đua.</summary>
    MovementOutstanding,
    /// <summary>Lập được nhiều thành tích hoặc thành tích đột xuất có phạm vi ảnh hưởng.</summary>
    AdHoc,
    /// <summary>Đóng góp vào phát triển kinh tế - xã hội, khoa học, an sinh xã hội, từ thiện nhân đạo.</summary>
    SocioEconomicContribution,
    /// <summary>Hộ gia đình đóng góp công sức, đất đai, tài sản.</summary>
    HouseholdContribution,
}

public sealed record YearRating(int Year, Rating Rating);

/// <summary>A title or form already received.</summary>
public sealed record AwardRecord(int Year, string AwardCode, DateOnly DecisionDate, CommendationKind Kind = CommendationKind.Merit);

/// <summary>An initiative or scientific work. <paramref name="UsedFor"/> names the award it already supported
/// (e.g. "CSTDCS 2024"); once set it cannot count again (principle P8, CV 5007/BNV-TĐKT).</summary>
public sealed record Initiative(int Year, InitiativeScope Scope, string? UsedFor = null,
    InitiativeKind Kind = InitiativeKind.Initiative);

/// <summary>A disciplinary term; <paramref name="From"/> and <paramref name="To"/> are inclusive.</summary>
public sealed record Discipline(DisciplineLevel Level, DateOnly From, DateOnly To);

/// <summary>A pending case; <paramref name="To"/> is the inclusive last day, null while still open.</summary>
public sealed record Hold(HoldKind Kind, DateOnly From, DateOnly? To = null);

/// <summary>Member figures of a collective for one year.</summary>
public sealed record MemberStats(int Year, int Total, int CompletedTasks, int Ldtt, int Cstdcs,
    int DisciplinedWarningOrAbove);

/// <summary>An achievement; like initiatives, one achievement supports one award only (P8).</summary>
public sealed record Achievement(int Year, AchievementKind Kind, string? UsedFor = null);

/// <summary>The collective led a thematic movement of <paramref name="DurationYears"/> years, reviewed in
/// <paramref name="ReviewYear"/> (Cờ thi đua route 2, Law Art 26(2)).</summary>
public sealed record ThematicLead(int ReviewYear, int DurationYears);

/// <summary>Everything the rules need to know about one subject: the single input of the engine.
/// The Web project fills it from one query; the rules never do I/O.</summary>
public sealed record SubjectFacts
{
    public required SubjectKind Kind { get; init; }
    public IReadOnlyList<YearRating> Ratings { get; init; } = [];
    public IReadOnlyList<AwardRecord> Awards { get; init; } = [];
    public IReadOnlyList<Initiative> Initiatives { get; init; } = [];
    public IReadOnlyList<Discipline> Disciplines { get; init; } = [];
    public IReadOnlyList<Hold> Holds { get; init; } = [];
    public IReadOnlyList<MemberStats> Members { get; init; } = [];
    public IReadOnlyList<Achievement> Achievements { get; init; } = [];

    /// <summary>Years in which the collective led its emulation cluster or bloc (cụm, khối).</summary>
    public IReadOnlyList<int> ClusterLeaderYears { get; init; } = [];

    public IReadOnlyList<ThematicLead> ThematicLeads { get; init; } = [];

    /// <summary>The review meeting confirmed the qualitative criteria for the assessed year: law-abiding,
    /// solidarity, self-reliance, active in the movements (Law Art 24(1)(b), 27, 28, 74, 75).
    /// People judge these; the engine only records their answer.</summary>
    public bool ConductConfirmed { get; init; } = true;

    /// <summary>Army, police or militia: "Chiến sĩ tiên tiến" replaces "Lao động tiên tiến" (Law Art 24(2)).
    /// Only the suggestions use it; the engine checks whichever code it is asked for.</summary>
    public bool ArmedForces { get; init; }
}
