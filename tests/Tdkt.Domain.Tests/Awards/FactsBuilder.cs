using Tdkt.Domain.Awards;

namespace Tdkt.Domain.Tests.Awards;

/// <summary>Builds <see cref="SubjectFacts"/> with valid defaults (conduct confirmed, nothing else).</summary>
internal sealed class FactsBuilder(SubjectKind kind)
{
    private readonly List<YearRating> _ratings = [];
    private readonly List<AwardRecord> _awards = [];
    private readonly List<Initiative> _initiatives = [];
    private readonly List<Discipline> _disciplines = [];
    private readonly List<Hold> _holds = [];
    private readonly List<MemberStats> _members = [];
    private readonly List<Achievement> _achievements = [];
    private readonly List<int> _clusterLeaderYears = [];
    private readonly List<ThematicLead> _thematicLeads = [];
    private bool _conduct = true;

    public static FactsBuilder Individual() => new(SubjectKind.Individual);
    public static FactsBuilder Collective() => new(SubjectKind.Collective);
    public static FactsBuilder Household() => new(SubjectKind.Household);
    public static FactsBuilder Village() => new(SubjectKind.Village);

    public FactsBuilder Rated(int year, Rating rating)
    {
        _ratings.RemoveAll(r => r.Year == year);
        _ratings.Add(new YearRating(year, rating));
        return this;
    }

    public FactsBuilder Rated(int from, int to, Rating rating)
    {
        for (var y = from; y <= to; y++)
        {
            Rated(y, rating);
        }

        return this;
    }

    public FactsBuilder Awarded(int year, string code, CommendationKind kind = CommendationKind.Merit)
    {
        _awards.Add(new AwardRecord(year, code, new DateOnly(year + 1, 1, 20), kind));
        return this;
    }

    public FactsBuilder Awarded(string code, params int[] years)
    {
        foreach (var y in years)
        {
            Awarded(y, code);
        }

        return this;
    }

    public FactsBuilder Initiative(int year, InitiativeScope scope = InitiativeScope.Grassroots, string? usedFor = null,
        InitiativeKind kind = InitiativeKind.Initiative)
    {
        _initiatives.Add(new Initiative(year, scope, usedFor, kind));
        return this;
    }

    public FactsBuilder Disciplined(DateOnly from, DateOnly to, DisciplineLevel level = DisciplineLevel.Reprimand)
    {
        _disciplines.Add(new Discipline(level, from, to));
        return this;
    }

    public FactsBuilder OnHold(HoldKind kind, DateOnly from, DateOnly? to = null)
    {
        _holds.Add(new Hold(kind, from, to));
        return this;
    }

    public FactsBuilder Members(int year, int total, int completed, int ldtt, int cstdcs = 0, int warned = 0)
    {
        _members.Add(new MemberStats(year, total, completed, ldtt, cstdcs, warned));
        return this;
    }

    public FactsBuilder Achieved(int year, AchievementKind kind, string? usedFor = null)
    {
        _achievements.Add(new Achievement(year, kind, usedFor));
        return this;
    }

    public FactsBuilder LedCluster(int year)
    {
        _clusterLeaderYears.Add(year);
        return this;
    }

    public FactsBuilder LedThematicMovement(int reviewYear, int durationYears)
    {
        _thematicLeads.Add(new ThematicLead(reviewYear, durationYears));
        return this;
    }

    public FactsBuilder ConductNotConfirmed()
    {
        _conduct = false;
        return this;
    }

    public SubjectFacts Build() => new()
    {
        Kind = kind,
        Ratings = [.. _ratings],
        Awards = [.. _awards],
        Initiatives = [.. _initiatives],
        Disciplines = [.. _disciplines],
        Holds = [.. _holds],
        Members = [.. _members],
        Achievements = [.. _achievements],
        ClusterLeaderYears = [.. _clusterLeaderYears],
        ThematicLeads = [.. _thematicLeads],
        ConductConfirmed = _conduct,
    };
}
