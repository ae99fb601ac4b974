using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Awards.Eligibility;
using Tdkt.Domain.Common;
using Tdkt.Domain.Organizations;
using Tdkt.Web.Data;

namespace Tdkt.Web.Pages.Registry;

public sealed record SubtreePerson(int Id, string FullName, int? BirthYear, int OrgUnitId);

/// <summary>Everything the due list needs about a subtree: unit names, people, facts by person id and by unit id.</summary>
public sealed record SubtreeFacts(IReadOnlyDictionary<int, string> Units, IReadOnlyList<SubtreePerson> People,
    IReadOnlyDictionary<int, SubjectFacts> PersonFacts, IReadOnlyDictionary<int, SubjectFacts> CollectiveFacts);

/// <summary>A person or collective who now meets a next form (đến hạn đề nghị).</summary>
public sealed record DueRow(SubjectKind Kind, int? PersonId, int OrgUnitId, string Name, int? BirthYear, string UnitName, DueAward Award);

/// <summary>Builds <see cref="SubjectFacts"/> from the registry tables: one subject, or a whole subtree in a fixed
/// number of set-based queries (no query per subject).</summary>
public sealed class RegistryFacts(TdktDbContext db, DbContextOptions<TdktDbContext> options)
{
    private sealed record Subject(int? PersonId, int OrgUnitId);

    /// <summary>The facts of a person, counting those of people merged into them (<see cref="PersonMerge"/>); a merged
    /// id answers for its survivor.</summary>
    public async Task<SubjectFacts> ForPersonAsync(int personId, CancellationToken ct)
    {
        // One statement: the survivor, the people merged into it and their five fact tables. A dossier seen for the
        // first time asks this for every nominee; six round trips each were most of a cold page's statements (issue 17,
        // ADR-0043). The filters are those of SurvivorAsync, SamePersonIdsAsync and Counted (revoked awards left out);
        // RegistryFactsQueryTests compares this with the subtree's per-table queries on merged and plain people with every
        // kind of fact; StatisticsTests checks that a revoked award leaves the facts.
        var rows = await db.Database.SqlQuery<PersonFactRow>($"""
            WITH s AS (SELECT COALESCE((SELECT "SurvivorPersonId" FROM person_merges WHERE "MergedPersonId" = {personId}), {personId}) AS id),
            ids AS (SELECT id FROM s UNION ALL SELECT m."MergedPersonId" FROM person_merges m JOIN s ON m."SurvivorPersonId" = s.id)
            SELECT 'R'::text AS "T", r."Year" AS "Number", r."Rating"::text AS "A", NULL::text AS "B", NULL::text AS "C", NULL::date AS "From", NULL::date AS "To"
                FROM yearly_ratings r WHERE r."PersonId" IN (SELECT id FROM ids)
            UNION ALL SELECT 'A', a."Year", a."AwardCode", a."Kind", NULL, a."DecisionDate", NULL FROM award_records a
                WHERE a."PersonId" IN (SELECT id FROM ids) AND NOT EXISTS (SELECT 1 FROM revoked_awards v WHERE v."AwardRecordId" = a."Id")
            UNION ALL SELECT 'I', i."Year", i."Scope", i."Kind", i."UsedFor", NULL, NULL FROM initiatives i WHERE i."PersonId" IN (SELECT id FROM ids)
            UNION ALL SELECT 'D', NULL, d."Level", NULL, NULL, d."From", d."To" FROM disciplines d WHERE d."PersonId" IN (SELECT id FROM ids)
            UNION ALL SELECT 'H', NULL, h."Kind", NULL, NULL, h."From", h."To" FROM award_holds h WHERE h."PersonId" IN (SELECT id FROM ids)
            """).ToListAsync(ct);
        var b = new Builder(SubjectKind.Individual);
        foreach (var r in rows)
        {
            switch (r.T)
            {
                case "R":
                    b.Ratings.Add(new YearRating(r.Number!.Value, Enum.Parse<Rating>(r.A!)));
                    break;
                case "A":
                    b.Awards.Add(new AwardRecord(r.Number!.Value, r.A!, r.From!.Value, Enum.Parse<CommendationKind>(r.B!)));
                    break;
                case "I":
                    b.Initiatives.Add(new Initiative(r.Number!.Value, Enum.Parse<InitiativeScope>(r.A!), r.C, Enum.Parse<InitiativeKind>(r.B!)));
                    break;
                case "D":
                    b.Disciplines.Add(new Discipline(Enum.Parse<DisciplineLevel>(r.A!), r.From!.Value, r.To!.Value));
                    break;
                case "H":
                    b.Holds.Add(new Hold(Enum.Parse<HoldKind>(r.A!), r.From!.Value, r.To));
                    break;
            }
        }

        return b.Build();
    }

    /// <summary>The person <paramref name="personId"/> stands for: its survivor when it was merged, else itself.</summary>
    public static async Task<int> SurvivorAsync(TdktDbContext c, int personId, CancellationToken ct) =>
        await c.PersonMerges.AsNoTracking().Where(m => m.MergedPersonId == personId).Select(m => (int?)m.SurvivorPersonId)
            .SingleOrDefaultAsync(ct) ?? personId;

    /// <summary><paramref name="survivorId"/> and every person merged into it: whose registry rows are the survivor's.</summary>
    public static async Task<List<int>> SamePersonIdsAsync(TdktDbContext c, int survivorId, CancellationToken ct) =>
        [survivorId, .. await c.PersonMerges.AsNoTracking().Where(m => m.SurvivorPersonId == survivorId).Select(m => m.MergedPersonId).ToListAsync(ct)];

    /// <summary>People not merged into someone else: the ones lists and searches show.</summary>
    public static IQueryable<Person> Standing(TdktDbContext c) =>
        c.People.Where(p => !c.PersonMerges.Any(m => m.MergedPersonId == p.Id));

    /// <summary>Every person whose home unit lies in the subtree at <paramref name="path"/> and every collective of
    /// the subtree that has facts of its own, with their facts.</summary>
    public async Task<IReadOnlyList<DueRow>> DueAsync(string path, int year, DateOnly decisionDate, JurisdictionSettings settings,
        CancellationToken ct) =>
        Evaluate(await LoadSubtreeAsync(path, ct), year, decisionDate, settings);

    /// <summary>The facts of a subtree in a fixed number of set-based queries (units, people, one per fact table).</summary>
    public async Task<SubtreeFacts> LoadSubtreeAsync(string path, CancellationToken ct)
    {
        var inSubtree = InSubtree(path);
        IQueryable<OrgUnit> Units(TdktDbContext c) => c.OrgUnits.AsNoTracking().Where(inSubtree);
        IQueryable<Person> People(TdktDbContext c)
        {
            var units = Units(c);
            return c.People.AsNoTracking().Where(p => units.Any(u => u.Id == p.OrgUnitId));
        }

        IQueryable<CollectiveMemberStats> Stats(TdktDbContext c)
        {
            var units = Units(c);
            return c.CollectiveMemberStats.AsNoTracking().Where(s => units.Any(u => u.Id == s.OrgUnitId));
        }

        // Facts of people (joined through their home unit) plus facts of the collectives themselves.
        Func<TdktDbContext, IQueryable<T>> Of<T>(Func<TdktDbContext, DbSet<T>> set) where T : SubjectFact => c =>
        {
            var units = Units(c);
            var people = People(c);
            return set(c).AsNoTracking().Where(f => f.PersonId != null && people.Any(p => p.Id == f.PersonId))
                .Concat(set(c).AsNoTracking().Where(f => f.PersonId == null && units.Any(u => u.Id == f.OrgUnitId)));
        };

        // Facts of a merged person count for the survivor; the merged person is not listed.
        var survivorOf = await db.PersonMerges.AsNoTracking().ToDictionaryAsync(m => m.MergedPersonId, m => m.SurvivorPersonId, ct);
        var factsTask = LoadAsync(new FactQueries(Of(c => c.YearlyRatings), c => Of(x => x.AwardRecords)(c).Where(a => !c.RevokedAwards.Any(r => r.AwardRecordId == a.Id)), Of(c => c.Initiatives),
            Of(c => c.Disciplines), Of(c => c.Holds), Stats), survivorOf, ct);
        var unitRows = await Units(db).Select(u => new { u.Id, u.Name }).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var personRows = await People(db).Where(p => !db.PersonMerges.Any(m => m.MergedPersonId == p.Id)).Select(p => new SubtreePerson(p.Id, p.FullName, p.BirthYear, p.OrgUnitId)).ToListAsync(ct);
        var facts = await factsTask;
        return new SubtreeFacts(unitRows, personRows,
            facts.Where(kv => kv.Key.PersonId is not null).ToDictionary(kv => kv.Key.PersonId!.Value, kv => kv.Value),
            facts.Where(kv => kv.Key.PersonId is null).ToDictionary(kv => kv.Key.OrgUnitId, kv => kv.Value));
    }

    /// <summary>Runs <see cref="AwardSuggestions.Due"/> for every subject of the subtree; pure, no I/O.</summary>
    public static IReadOnlyList<DueRow> Evaluate(SubtreeFacts subtree, int year, DateOnly decisionDate, JurisdictionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(subtree);
        // Subjects are independent and the engine is pure: evaluate chunks of people on all cores.
        var due = new List<DueRow>();
        var people = subtree.People;
        // Math.Max: a unit with no people in the registry (phường Đoàn Kết in the demo) — Partitioner.Create(0, 0) throws.
        System.Threading.Tasks.Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, Math.Max(people.Count, 1), 2_000),
            () => new List<DueRow>(),
            (range, _, local) =>
            {
                for (var i = range.Item1; i < Math.Min(range.Item2, people.Count); i++)
                {
                    var p = people[i];
                    if (!subtree.PersonFacts.TryGetValue(p.Id, out var f))
                    {
                        continue;
                    }

                    foreach (var d in Unwrap(AwardSuggestions.Due(f, year, decisionDate, settings)))
                    {
                        local.Add(new DueRow(SubjectKind.Individual, p.Id, p.OrgUnitId, p.FullName, p.BirthYear, subtree.Units.GetValueOrDefault(p.OrgUnitId, ""), d));
                    }
                }

                return local;
            },
            local =>
            {
                lock (due)
                {
                    due.AddRange(local);
                }
            });

        foreach (var (unitId, f) in subtree.CollectiveFacts)
        {
            if (!subtree.Units.TryGetValue(unitId, out var unitName))
            {
                continue;
            }

            foreach (var d in Unwrap(AwardSuggestions.Due(f, year, decisionDate, settings)))
            {
                due.Add(new DueRow(SubjectKind.Collective, null, unitId, unitName, null, unitName, d));
            }
        }

        var collator = StringComparer.Create(ViFormat.Culture, ignoreCase: false);
        return [.. due.OrderBy(r => r.UnitName, collator).ThenBy(r => r.Kind).ThenBy(r => r.Name, collator).ThenBy(r => r.Award.Result.AwardCode, StringComparer.Ordinal)];
    }

    private static IEnumerable<DueAward> Unwrap(Result<IReadOnlyList<DueAward>> result) =>
        result.IsSuccess ? result.Value! : [];

    /// <summary>Award records that count: those not revoked (hủy bỏ) by a later act; the revoked ones stay in the registry.</summary>
    public static IQueryable<AwardRecordEntry> Counted(TdktDbContext c) =>
        c.AwardRecords.Where(a => !c.RevokedAwards.Any(r => r.AwardRecordId == a.Id));

    /// <summary>LIKE 'path%' on the text_pattern_ops index of org_units.Path, the path a parameter (one compiled query).</summary>
    public static Expression<Func<OrgUnit, bool>> InSubtree(string path)
    {
        var u = Expression.Parameter(typeof(OrgUnit), "u");
        var startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
        return Expression.Lambda<Func<OrgUnit, bool>>(
            Expression.Call(Expression.Property(u, nameof(OrgUnit.Path)), startsWith, Security.PathParameter.Of(path)), u);
    }

    private sealed record FactQueries(Func<TdktDbContext, IQueryable<YearlyRating>> Ratings,
        Func<TdktDbContext, IQueryable<AwardRecordEntry>> Awards, Func<TdktDbContext, IQueryable<InitiativeEntry>> Initiatives,
        Func<TdktDbContext, IQueryable<DisciplineEntry>> Disciplines, Func<TdktDbContext, IQueryable<HoldEntry>> Holds,
        Func<TdktDbContext, IQueryable<CollectiveMemberStats>>? Stats);

    /// <summary>A row of <see cref="ForPersonAsync"/>: T says the table (R ratings, A awards, I initiatives, D disciplines, H holds);
    /// enums come as their stored names (HasConversion&lt;string&gt;).</summary>
    private sealed class PersonFactRow
    {
        public string T { get; set; } = string.Empty;
        public int? Number { get; set; }
        public string? A { get; set; }
        public string? B { get; set; }
        public string? C { get; set; }
        public DateOnly? From { get; set; }
        public DateOnly? To { get; set; }
    }

    /// <summary>Runs <paramref name="query"/> on a context (and connection) of its own, so the fact tables of a subtree
    /// load concurrently: PostgreSQL reads one table while this process materialises another. (One person's facts are
    /// one statement instead, <see cref="ForPersonAsync"/>.)</summary>
    private async Task<List<TResult>> OwnAsync<T, TResult>(Func<TdktDbContext, IQueryable<T>> query,
        System.Linq.Expressions.Expression<Func<T, TResult>> select, CancellationToken ct)
        where T : class
    {
        await using var context = new TdktDbContext(options);
        return await query(context).Select(select).ToListAsync(ct);
    }

    private async Task<Dictionary<Subject, SubjectFacts>> LoadAsync(FactQueries q, IReadOnlyDictionary<int, int> survivorOf, CancellationToken ct)
    {
        var ratingsTask = OwnAsync(q.Ratings, r => new { r.PersonId, r.OrgUnitId, r.Year, r.Rating }, ct);
        var awardsTask = OwnAsync(q.Awards, a => new { a.PersonId, a.OrgUnitId, a.Year, a.AwardCode, a.DecisionDate, a.Kind }, ct);
        var initiativesTask = OwnAsync(q.Initiatives, i => new { i.PersonId, i.OrgUnitId, i.Year, i.Scope, i.UsedFor, i.Kind }, ct);
        var disciplinesTask = OwnAsync(q.Disciplines, d => new { d.PersonId, d.OrgUnitId, d.Level, d.From, d.To }, ct);
        var holdsTask = OwnAsync(q.Holds, h => new { h.PersonId, h.OrgUnitId, h.Kind, h.From, h.To }, ct);
        var statsTask = q.Stats is null ? Task.FromResult(new List<CollectiveMemberStats>()) : OwnAsync(q.Stats, s => s, ct);
        var builders = new Dictionary<Subject, Builder>();
        Builder Of(int? personId, int orgUnitId)
        {
            if (personId is { } merged && survivorOf.TryGetValue(merged, out var survivor))
            {
                personId = survivor;
            }

            var key = new Subject(personId, personId is null ? orgUnitId : 0);
            if (!builders.TryGetValue(key, out var b))
            {
                b = new Builder(personId is null ? SubjectKind.Collective : SubjectKind.Individual);
                builders[key] = b;
            }

            return b;
        }

        foreach (var r in await ratingsTask)
        {
            Of(r.PersonId, r.OrgUnitId).Ratings.Add(new YearRating(r.Year, r.Rating));
        }

        foreach (var a in await awardsTask)
        {
            Of(a.PersonId, a.OrgUnitId).Awards.Add(new AwardRecord(a.Year, a.AwardCode, a.DecisionDate, a.Kind));
        }

        foreach (var i in await initiativesTask)
        {
            Of(i.PersonId, i.OrgUnitId).Initiatives.Add(new Initiative(i.Year, i.Scope, i.UsedFor, i.Kind));
        }

        foreach (var d in await disciplinesTask)
        {
            Of(d.PersonId, d.OrgUnitId).Disciplines.Add(new Discipline(d.Level, d.From, d.To));
        }

        foreach (var h in await holdsTask)
        {
            Of(h.PersonId, h.OrgUnitId).Holds.Add(new Hold(h.Kind, h.From, h.To));
        }

        foreach (var s in await statsTask)
        {
            Of(null, s.OrgUnitId).Members.Add(new MemberStats(s.Year, s.Total, s.CompletedTasks, s.Ldtt, s.Cstdcs, s.DisciplinedWarningOrAbove));
        }

        return builders.ToDictionary(kv => kv.Key, kv => kv.Value.Build());
    }

    private sealed class Builder(SubjectKind kind)
    {
        public List<YearRating> Ratings { get; } = [];
        public List<AwardRecord> Awards { get; } = [];
        public List<Initiative> Initiatives { get; } = [];
        public List<Discipline> Disciplines { get; } = [];
        public List<Hold> Holds { get; } = [];
        public List<MemberStats> Members { get; } = [];

        public SubjectFacts Build() => new()
        {
            Kind = kind,
            Ratings = Ratings,
            Awards = Awards,
            Initiatives = Initiatives,
            Disciplines = Disciplines,
            Holds = Holds,
            Members = Members,
        };
    }
}
