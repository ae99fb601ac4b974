using Tdkt.Domain.Awards;

namespace Tdkt.Web.Data;

/// <summary>A person who receives awards (đối tượng khen thưởng cá nhân). Collectives are org units.</summary>
public sealed class Person
{
    public const int NameMaxLength = 200;

    /// <summary>Shadow column lower(f_unaccent("FullName")), stored: the accent-insensitive search compares against it
    /// instead of folding every name per query (ten times faster on short, common terms such as "hà").</summary>
    public const string FoldedName = "FullNameFolded";

    public int Id { get; set; }
    public string FullName { get; set; } = string.Empty;
    public int? BirthYear { get; set; }

    /// <summary>"nam", "nữ" or null.</summary>
    public string? Gender { get; set; }

    /// <summary>Home unit (đơn vị công tác); scoping goes through it.</summary>
    public int OrgUnitId { get; set; }

    public string? Position { get; set; }

    /// <summary>Blind index of the citizen ID (HMAC-SHA-256, see Nominations/CitizenIds): matches a person across
    /// units and years without storing the number in clear. Null when never given.</summary>
    public string? CitizenIdHash { get; set; }
}

/// <summary>Gộp hồ sơ cá nhân trùng: <see cref="MergedPersonId"/> is the same person as <see cref="SurvivorPersonId"/>.
/// Nothing else changes (issued award records are immutable): the registry loaders resolve the merged id to the
/// survivor. A person is merged at most once (unique); survivors are never themselves merged (checked on merge).</summary>
public sealed class PersonMerge
{
    public const int ReasonMaxLength = 1000;

    public int Id { get; set; }
    public int MergedPersonId { get; set; }
    public int SurvivorPersonId { get; set; }
    public string Reason { get; set; } = string.Empty;
    public string UserId { get; set; } = string.Empty;
    public string UserName { get; set; } = string.Empty;
    public DateTimeOffset At { get; set; }
}

/// <summary>Base of the registry facts: a person (<see cref="PersonId"/> set; <see cref="OrgUnitId"/> is the unit that
/// recorded it) or a collective (<see cref="PersonId"/> null; the subject is <see cref="OrgUnitId"/> itself).</summary>
public abstract class SubjectFact
{
    public int Id { get; set; }
    public int OrgUnitId { get; set; }
    public int? PersonId { get; set; }
}

/// <summary>Yearly quality rating (đánh giá, xếp loại) of a person or collective.</summary>
public sealed class YearlyRating : SubjectFact
{
    public int Year { get; set; }
    public Rating Rating { get; set; }
}

/// <summary>An award received (sổ theo dõi khen thưởng): the row the nominations issue will write on decision.</summary>
public sealed class AwardRecordEntry : SubjectFact
{
    public string AwardCode { get; set; } = string.Empty;
    public int Year { get; set; }
    public string DecisionNumber { get; set; } = string.Empty;
    public DateOnly DecisionDate { get; set; }
    public int? SignerOrgUnitId { get; set; }
    public CommendationKind Kind { get; set; }

    /// <summary>Null for decisions before 01/01/2024 (Law 2003, not evaluated).</summary>
    public LegalBasis? Basis { get; set; }

    /// <summary>Dân tộc of the person at the time of the award (from the nominee line; null when not recorded).</summary>
    public string? Ethnicity { get; set; }

    /// <summary>Lãnh đạo, quản lý at the time of the award (null = not recorded, e.g. imported history).</summary>
    public bool? IsLeader { get; set; }

    /// <summary>Công nhân, nông dân, người lao động trực tiếp at the time of the award (null = not recorded).</summary>
    public bool? IsDirectWorker { get; set; }
}

public sealed class InitiativeEntry : SubjectFact
{
    public int Year { get; set; }
    public string Title { get; set; } = string.Empty;
    public InitiativeScope Scope { get; set; }
    public InitiativeKind Kind { get; set; }

    /// <summary>The award it already supported ("CSTDCS 2024"); null while unused.</summary>
    public string? UsedFor { get; set; }
}

public sealed class DisciplineEntry : SubjectFact
{
    public DisciplineLevel Level { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public string? Note { get; set; }
}

public sealed class HoldEntry : SubjectFact
{
    public HoldKind Kind { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
    public string? Note { get; set; }
}

/// <summary>Member figures of a collective for a year (for TTLĐTT, TTLĐXS, Cờ).</summary>
public sealed class CollectiveMemberStats
{
    public int Id { get; set; }
    public int OrgUnitId { get; set; }
    public int Year { get; set; }
    public int Total { get; set; }
    public int CompletedTasks { get; set; }
    public int Ldtt { get; set; }
    public int Cstdcs { get; set; }
    public int DisciplinedWarningOrAbove { get; set; }
}
