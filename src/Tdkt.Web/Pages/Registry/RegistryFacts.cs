using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Awards.Eligibility;
using Tdkt.Domain.Common;
using Tdkt.Domain.Organizations;
using Tdkt.Web.Data;

namespace Tdkt.Web.Pages.Registry;

/// <summary>A person or collective who now meets a next form (đến hạn đề nghị).</summary>
public sealed record DueRow(SubjectKind Kind, int? PersonId, int OrgUnitId, string Name, int? BirthYear, string UnitName, DueAward Award);

/// <summary>Builds <see cref="SubjectFacts"/> from the registry tables: one subject, or a whole subtree in a fixed
/// number of set-based queries (no query per subject).</summary>
public sealed class RegistryFacts(TdktDbContext db)
{
    private sealed record Subject(int? PersonId, int OrgUnitId);

    public async Task<SubjectFacts> ForPersonAsync(int personId, CancellationToken ct)
    {
        var facts = await LoadAsync(
            db.YearlyRatings.Where(f => f.PersonId == personId), db.AwardRecords.Where(f => f.PersonId == personId),
            db.Initiatives.Where(f => f.PersonId == personId), db.Disciplines.Where(f => f.PersonId == personId),
            db.Holds.Where(f => f.PersonId == personId), db.CollectiveMemberStats.Where(s => false), ct);
        return facts.GetValueOrDefault(new Subject(personId, 0)) ?? new SubjectFacts { Kind = SubjectKind.Individual };
    }

    /// <summary>Every person whose home unit lies in the subtree at <paramref name="path"/> and every collective of
    /// the subtree that has facts of its own, with their facts.</summary>
    public async Task<IReadOnlyList<DueRow>> DueAsync(string path, int year, DateOnly decisionDate, JurisdictionSettings settings,
        CancellationToken ct)
    {
        var units = db.OrgUnits.AsNoTracking().Where(InSubtree(path));
        var people = db.People.AsNoTracking().Where(p => units.Any(u => u.Id == p.OrgUnitId));

        IQueryable<T> Of<T>(IQueryable<T> set) where T : SubjectFact =>
            set.AsNoTracking().Where(f => f.PersonId != null && people.Any(p => p.Id == f.PersonId))
                .Concat(set.AsNoTracking().Where(f => f.PersonId == null && units.Any(u => u.Id == f.OrgUnitId)));

        var unitRows = await units.Select(u => new { u.Id, u.Name }).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var personRows = await people.Select(p => new { p.Id, p.FullName, p.BirthYear, p.OrgUnitId }).ToListAsync(ct);
        var facts = await LoadAsync(Of(db.YearlyRatings), Of(db.AwardRecords), Of(db.Initiatives), Of(db.Disciplines), Of(db.Holds),
            db.CollectiveMemberStats.AsNoTracking().Where(s => units.Any(u => u.Id == s.OrgUnitId)), ct);

        var due = new List<DueRow>();
        foreach (var p in personRows)
        {
            if (!facts.TryGetValue(new Subject(p.Id, 0), out var f))
            {
                continue;
            }

            foreach (var d in Unwrap(AwardSuggestions.Due(f, year, decisionDate, settings)))
            {
                due.Add(new DueRow(SubjectKind.Individual, p.Id, p.OrgUnitId, p.FullName, p.BirthYear, unitRows.GetValueOrDefault(p.OrgUnitId, ""), d));
            }
        }

        foreach (var (subject, f) in facts)
        {
            if (subject.PersonId is not null || !unitRows.TryGetValue(subject.OrgUnitId, out var unitName))
            {
                continue;
            }

            foreach (var d in Unwrap(AwardSuggestions.Due(f, year, decisionDate, settings)))
            {
                due.Add(new DueRow(SubjectKind.Collective, null, subject.OrgUnitId, unitName, null, unitName, d));
            }
        }

        var collator = StringComparer.Create(ViFormat.Culture, ignoreCase: false);
        return [.. due.OrderBy(r => r.UnitName, collator).ThenBy(r => r.Kind).ThenBy(r => r.Name, collator).ThenBy(r => r.Award.Result.AwardCode, StringComparer.Ordinal)];
    }

    private static IEnumerable<DueAward> Unwrap(Result<IReadOnlyList<DueAward>> result) =>
        result.IsSuccess ? result.Value! : [];

    /// <summary>LIKE 'path%' with the path as a constant, so the text_pattern_ops index on org_units.Path is used.</summary>
    public static Expression<Func<OrgUnit, bool>> InSubtree(string path)
    {
        var u = Expression.Parameter(typeof(OrgUnit), "u");
        var startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
        return Expression.Lambda<Func<OrgUnit, bool>>(
            Expression.Call(Expression.Property(u, nameof(OrgUnit.Path)), startsWith, Expression.Constant(path)), u);
    }

    private static async Task<Dictionary<Subject, SubjectFacts>> LoadAsync(IQueryable<YearlyRating> ratings,
        IQueryable<AwardRecordEntry> awards, IQueryable<InitiativeEntry> initiatives, IQueryable<DisciplineEntry> disciplines,
        IQueryable<HoldEntry> holds, IQueryable<CollectiveMemberStats> stats, CancellationToken ct)
    {
        var builders = new Dictionary<Subject, Builder>();
        Builder Of(int? personId, int orgUnitId)
        {
            var key = new Subject(personId, personId is null ? orgUnitId : 0);
            if (!builders.TryGetValue(key, out var b))
            {
                b = new Builder(personId is null ? SubjectKind.Collective : SubjectKind.Individual);
                builders[key] = b;
            }

            return b;
        }

        foreach (var r in await ratings.Select(r => new { r.PersonId, r.OrgUnitId, r.Year, r.Rating }).ToListAsync(ct))
        {
            Of(r.PersonId, r.OrgUnitId).Ratings.Add(new YearRating(r.Year, r.Rating));
        }

        foreach (var a in await awards.Select(a => new { a.PersonId, a.OrgUnitId, a.Year, a.AwardCode, a.DecisionDate, a.Kind }).ToListAsync(ct))
        {
            Of(a.PersonId, a.OrgUnitId).Awards.Add(new AwardRecord(a.Year, a.AwardCode, a.DecisionDate, a.Kind));
        }

        foreach (var i in await initiatives.Select(i => new { i.PersonId, i.OrgUnitId, i.Year, i.Scope, i.UsedFor, i.Kind }).ToListAsync(ct))
        {
            Of(i.PersonId, i.OrgUnitId).Initiatives.Add(new Initiative(i.Year, i.Scope, i.UsedFor, i.Kind));
        }

        foreach (var d in await disciplines.Select(d => new { d.PersonId, d.OrgUnitId, d.Level, d.From, d.To }).ToListAsync(ct))
        {
            Of(d.PersonId, d.OrgUnitId).Disciplines.Add(new Discipline(d.Level, d.From, d.To));
        }

        foreach (var h in await holds.Select(h => new { h.PersonId, h.OrgUnitId, h.Kind, h.From, h.To }).ToListAsync(ct))
        {
            Of(h.PersonId, h.OrgUnitId).Holds.Add(new Hold(h.Kind, h.From, h.To));
        }

        foreach (var s in await stats.ToListAsync(ct))
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
