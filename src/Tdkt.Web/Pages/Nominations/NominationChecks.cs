using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Awards.Eligibility;
using Tdkt.Domain.Common;
using Tdkt.Domain.Nominations;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Awards;
using Tdkt.Web.Pages.Registry;

namespace Tdkt.Web.Pages.Nominations;

/// <summary>What the clerk sees per nominee while preparing.</summary>
public sealed record NomineeCheck(Nominee Nominee, string AwardName, IReadOnlyList<DossierPart> MissingParts,
    EligibilityResult? Eligibility, string? EligibilityError, IReadOnlyList<string> Duplicates);

/// <summary>The stored catalogue, quotas, required parts, eligibility against the registry and duplicates.</summary>
public sealed class NominationChecks(TdktDbContext db, AwardData awards, RegistryFacts registry, RegistryCache cache, CitizenIds citizenIds)
{
    private readonly Dictionary<(string Code, DateOnly Day), AwardDefinition> _definitions = [];

    /// <summary>Part code of the council minutes the appraising body attaches.</summary>
    public const string CouncilMinutes = "BIEN_BAN_HOI_DONG";

    /// <summary>Parts filed per nominee (reports, certifications); the others once per dossier.</summary>
    public static bool IsPerNominee(DossierPart part) =>
        part.Code.StartsWith("BAO_CAO", StringComparison.Ordinal) || part.Code.StartsWith("XAC_NHAN", StringComparison.Ordinal);

    /// <summary>The decision date the checks use: the day itself, or the first day the rules engine supports.</summary>
    public static DateOnly RulesDate(DateOnly day) => day < LegalBases.FirstSupportedDate ? LegalBases.FirstSupportedDate : day;

    /// <summary>The award as stored in the catalogue on <paramref name="day"/> (default when no stored row).</summary>
    public async Task<AwardDefinition> DefinitionAsync(string code, DateOnly day, CancellationToken ct)
    {
        var rulesDay = RulesDate(day);
        if (_definitions.TryGetValue((code, rulesDay), out var known))
        {
            return known; // once per award and day in a request, not once per nominee
        }

        var basis = LegalBases.ForDecisionDate(rulesDay).Value;
        var d = DefaultCatalogue.For(code, basis).Value!;
        var definition = await awards.EntryOnAsync(code, rulesDay, ct) is { } stored && stored.Basis == basis ? stored.ApplyTo(d) : d;
        _definitions[(code, rulesDay)] = definition;
        return definition;
    }

    public async Task<IReadOnlyList<QuotaLine>> QuotaAsync(Dossier d, CancellationToken ct)
    {
        if (d.MovementId is null && d.ConferenceId is null)
        {
            return [];
        }

        var allotments = (await db.QuotaAllotments.AsNoTracking()
            .Where(q => q.OrgUnitId == d.ProposingUnitId && ((d.MovementId != null && q.MovementId == d.MovementId) || (d.ConferenceId != null && q.ConferenceId == d.ConferenceId)))
            .ToListAsync(ct)).Select(a => (Kind: a.SubjectKind, a.Count)).ToList();
        if (allotments.Count == 0 && d.ConferenceId is { } eventId
            && (await db.ConferenceEvents.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, ct))?.UnitQuotas
                .FirstOrDefault(u => u.OrgUnitId == d.ProposingUnitId) is { } unitQuota)
        {
            // The conference allots this unit its share (seed 000: "phường X: 2 cá nhân, 1 hộ gia đình").
            allotments = [.. Tdkt.Domain.Conferences.EventQuota.Kinds.Select(k => (Kind: k, Count: Tdkt.Domain.Conferences.EventQuota.For(unitQuota, k)))];
        }

        var here = await KindsInAsync(d.Id, ct);
        var elsewhere = await CountedKindsAsync(d.Id, o => o.ProposingUnitId == d.ProposingUnitId
            && ((d.MovementId != null && o.MovementId == d.MovementId) || (d.ConferenceId != null && o.ConferenceId == d.ConferenceId)), ct);
        return [.. allotments.Select(a => new QuotaLine(a.Kind, a.Count, elsewhere.GetValueOrDefault(a.Kind), here.GetValueOrDefault(a.Kind)))];
    }

    public async Task<SubmissionCheck> SubmissionCheckAsync(Dossier d, CancellationToken ct)
    {
        var nominees = await CheckAsync(d, d.SubmitBefore ?? DateOnly.FromDateTime(d.CreatedAt.UtcDateTime), withEligibility: false, ct);
        var missing = new List<string>();
        foreach (var p in await MissingDossierPartsAsync(d, ct))
        {
            missing.Add($"thiếu {p.Name}");
        }

        foreach (var n in nominees.Where(n => n.MissingParts.Count > 0))
        {
            missing.Add($"{n.Nominee.Name}: thiếu {string.Join(", ", n.MissingParts.Select(p => p.Name))}");
        }

        return new SubmissionCheck(nominees.Count, [.. Quotas.Problems(await QuotaAsync(d, ct)), .. await TotalQuotaProblemsAsync(d, ct)], missing);
    }

    /// <summary>The conference's and the movement's total quota per kind (all units together), counting the nominees of
    /// dossiers submitted or further (<see cref="Quotas.CountedStatuses"/>) and this one; the rule is
    /// <see cref="Quotas.TotalProblems(Tdkt.Domain.Conferences.EventQuota, IReadOnlyDictionary{SubjectKind, int}, IReadOnlyDictionary{SubjectKind, int}, string)"/>.
    /// The caller serializes submissions against one conference or movement (<see cref="QuotaLockAsync"/>), so two units
    /// submitting at once cannot together pass it.</summary>
    public async Task<IReadOnlyList<string>> TotalQuotaProblemsAsync(Dossier d, CancellationToken ct)
    {
        var problems = new List<string>();
        if (d.ConferenceId is { } eventId
            && await db.ConferenceEvents.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, ct) is { } ev && ev.Quota.Total > 0)
        {
            var used = await CountedKindsAsync(d.Id, o => o.ConferenceId == eventId, ct);
            problems.AddRange(Quotas.TotalProblems(ev.Quota, used, await KindsInAsync(d.Id, ct), "hội nghị"));
        }

        if (d.MovementId is { } movementId
            && await db.Movements.AsNoTracking().SingleOrDefaultAsync(m => m.Id == movementId, ct) is { } movement && movement.Quota.Total > 0)
        {
            var used = await CountedKindsAsync(d.Id, o => o.MovementId == movementId, ct);
            problems.AddRange(Quotas.TotalProblems(movement.Quota, used, await KindsInAsync(d.Id, ct), "phong trào"));
        }

        return problems;
    }

    /// <summary>Nominees per kind of this dossier.</summary>
    private Task<Dictionary<SubjectKind, int>> KindsInAsync(int dossierId, CancellationToken ct) =>
        db.Nominees.AsNoTracking().Where(n => n.DossierId == dossierId).GroupBy(n => n.Kind)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);

    /// <summary>Nominees per kind of the other dossiers of one conference or movement that count against its quota.</summary>
    private Task<Dictionary<SubjectKind, int>> CountedKindsAsync(int exceptDossierId,
        System.Linq.Expressions.Expression<Func<Dossier, bool>> target, CancellationToken ct) =>
        (from n in db.Nominees.AsNoTracking()
         join o in db.Dossiers.AsNoTracking().Where(target) on n.DossierId equals o.Id
         where o.Id != exceptDossierId && Quotas.CountedStatuses.Contains(o.Status)
         group n by n.Kind into g
         select new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);

    /// <summary>Serializes submissions against one conference or movement for the rest of the caller's transaction
    /// (PostgreSQL transaction-level advisory lock), so the quota count and the status change are one step.</summary>
    public async Task QuotaLockAsync(Dossier d, CancellationToken ct)
    {
        if (d.ConferenceId is { } cid)
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(7101, {cid})", ct);
        }

        if (d.MovementId is { } mid)
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(7102, {mid})", ct);
        }
    }

    /// <summary>Required dossier-level parts (tờ trình, biên bản) of every nominee's award not attached yet.</summary>
    public async Task<IReadOnlyList<DossierPart>> MissingDossierPartsAsync(Dossier d, CancellationToken ct)
    {
        var codes = await db.Nominees.AsNoTracking().Where(n => n.DossierId == d.Id).Select(n => n.AwardCode).Distinct().ToListAsync(ct);
        var have = await db.DossierAttachments.AsNoTracking().Where(a => a.DossierId == d.Id && a.NomineeId == null).Select(a => a.PartCode).ToListAsync(ct);
        var day = DateOnly.FromDateTime(d.CreatedAt.UtcDateTime);
        var parts = new List<DossierPart>();
        foreach (var code in codes)
        {
            var def = await DefinitionAsync(code, day, ct);
            parts.AddRange(def.Dossier.Where(p => !p.Conditional && !IsPerNominee(p) && !have.Contains(p.Code)));
        }

        return [.. parts.DistinctBy(p => p.Code)];
    }

    /// <summary>Per nominee: missing per-nominee parts, eligibility from the registry, duplicate warnings. A page of the
    /// list (<paramref name="skip"/>, <paramref name="take"/>) keeps the work bounded for a dossier of hundreds of nominees.</summary>
    public async Task<IReadOnlyList<NomineeCheck>> CheckAsync(Dossier d, DateOnly day, bool withEligibility, CancellationToken ct,
        int skip = 0, int take = int.MaxValue)
    {
        var nominees = await db.Nominees.AsNoTracking().Where(n => n.DossierId == d.Id).OrderBy(n => n.Id).Skip(skip).Take(take).ToListAsync(ct);
        var files = await db.DossierAttachments.AsNoTracking().Where(a => a.DossierId == d.Id && a.NomineeId != null)
            .Select(a => new { a.NomineeId, a.PartCode }).ToListAsync(ct);
        var settings = withEligibility ? await awards.SettingsForUnitAsync(d.ProposingUnitId, ct) : JurisdictionSettings.Default;
        // Registry-derived parts (the nominee's registry person, their facts) come from the cache of the current
        // registry generation (ADR-0039); the same name proposed elsewhere is one query for the whole page.
        var generation = withEligibility ? await RegistryCache.GenerationAsync(db, ct) : 0;
        // Same unit, year and birth years as the page (one query); names are compared by the domain rule, not by SQL equality.
        var birthYears = withEligibility ? nominees.Select(n => n.BirthYear).Distinct().ToList() : [];
        var proposedElsewhere = withEligibility
            ? (await (from o in db.Nominees.AsNoTracking()
                      join od in db.Dossiers.AsNoTracking() on o.DossierId equals od.Id
                      where birthYears.Contains(o.BirthYear) && od.ProposingUnitId == d.ProposingUnitId && od.Year == d.Year && od.Status != DossierStatus.NotAwarded
                      select new { o.Id, o.Name, o.BirthYear, o.Kind, o.CitizenIdProtected, od.Title }).Take(5000).ToListAsync(ct))
                .Select(o => new { o.Id, o.BirthYear, o.Kind, o.Title, Facts = FactsOf(o.Name, o.BirthYear, o.CitizenIdProtected, null) }).ToList()
            : [];
        var result = new List<NomineeCheck>();
        foreach (var n in nominees)
        {
            var def = await DefinitionAsync(n.AwardCode, day, ct);
            var missing = def.Dossier.Where(p => !p.Conditional && IsPerNominee(p) && !files.Any(f => f.NomineeId == n.Id && f.PartCode == p.Code)).ToList();
            EligibilityResult? eligibility = null;
            string? error = null;
            var duplicates = new List<string>();
            if (withEligibility)
            {
                var personId = n.Kind is SubjectKind.Individual or SubjectKind.Household
                    ? await cache.GetOrAddAsync(string.Create(CultureInfo.InvariantCulture, $"person|{n.Id}|{n.Name}|{n.BirthYear}|{d.ProposingUnitId}|{n.CitizenIdProtected}"),
                        generation, () => MatchPersonAsync(n, d.ProposingUnitId, CancellationToken.None), _ => 1)
                    : null;
                var facts = personId is { } pid
                    ? await cache.GetOrAddAsync(string.Create(CultureInfo.InvariantCulture, $"facts|{pid}"), generation,
                        () => registry.ForPersonAsync(pid, CancellationToken.None), f => 1 + f.Awards.Count + f.Ratings.Count)
                    : new SubjectFacts { Kind = n.Kind };
                var r = EligibilityEngine.Evaluate(n.AwardCode, Math.Min(d.Year, RulesDate(day).Year), RulesDate(day), facts with { Kind = n.Kind }, settings);
                eligibility = r.Value;
                error = r.Error?.Message;
                // The person's counted (not revoked) awards, merged people's included, are in the facts.
                if (personId is not null && facts.Awards.Any(a => a.AwardCode == n.AwardCode && a.Year == d.Year))
                {
                    duplicates.Add($"đã được tặng {def.Name} năm {d.Year} (sổ theo dõi khen thưởng)");
                }

                // Candidates of the same kind, year and unit; the domain decides who is the same person (SamePerson).
                var me = FactsOf(n.Name, n.BirthYear, n.CitizenIdProtected, null);
                duplicates.AddRange(proposedElsewhere.Where(o => o.Id != n.Id && o.BirthYear == n.BirthYear && o.Kind == n.Kind && SamePerson.Is(me, o.Facts))
                    .Select(o => $"cũng được đề nghị trong hồ sơ \"{o.Title}\""));
            }

            result.Add(new NomineeCheck(n, def.Name, missing, eligibility, error, duplicates));
        }

        return result;
    }

    /// <summary>Registry person of a nominee (<see cref="SamePerson"/>): by citizen ID where given, else name + birth year + unit; a person merged
    /// into another (<see cref="PersonMerge"/>) answers as the survivor, read with the match (no round trip of its own).</summary>
    public async Task<int?> MatchPersonAsync(Nominee n, int unitId, CancellationToken ct)
    {
        var me = FactsOf(n.Name, n.BirthYear, n.CitizenIdProtected, unitId);
        if (me.CitizenIdKey is { } hash
            && await db.People.Where(p => p.CitizenIdHash == hash).OrderBy(p => p.Id)
                .Select(p => db.PersonMerges.Where(m => m.MergedPersonId == p.Id).Select(m => (int?)m.SurvivorPersonId).FirstOrDefault() ?? (int?)p.Id)
                .FirstOrDefaultAsync(ct) is { } byId)
        {
            return byId;
        }

        // Registry records of the unit born that year; the domain decides which is the same person (SamePerson: a
        // different citizen id on both sides is another person, else the folded name).
        var candidates = await db.People.AsNoTracking().Where(p => p.BirthYear == n.BirthYear && p.OrgUnitId == unitId)
            .OrderBy(p => p.Id).Select(p => new
            {
                p.Id, p.FullName, p.BirthYear, p.CitizenIdHash, p.OrgUnitId,
                Survivor = db.PersonMerges.Where(m => m.MergedPersonId == p.Id).Select(m => (int?)m.SurvivorPersonId).FirstOrDefault(),
            }).Take(2000).ToListAsync(ct);
        return candidates.FirstOrDefault(p => SamePerson.Is(me, new PersonFacts(p.FullName, p.BirthYear, p.CitizenIdHash, p.OrgUnitId))) is { } found
            ? found.Survivor ?? found.Id
            : null;
    }

    /// <summary>The facts of a nominee for <see cref="SamePerson"/>: the citizen id as its blind index.</summary>
    private PersonFacts FactsOf(string name, int? birthYear, string? citizenIdCipher, int? unitId) =>
        new(name, birthYear, citizenIdCipher is { } cipher ? citizenIds.Index(citizenIds.Unprotect(cipher)) : null, unitId);

    /// <summary>Award money with the stored catalogue row and base salary table (as GET /api/v1/reward-amount).</summary>
    public async Task<Result<Domain.Awards.Money.RewardAmount>> MoneyAsync(string code, SubjectKind kind, DateOnly decisionDate, CancellationToken ct)
    {
        var basis = LegalBases.ForDecisionDate(decisionDate);
        if (basis.IsFailure)
        {
            return basis.Error!;
        }

        var def = await DefinitionAsync(code, decisionDate, ct);
        return Domain.Awards.Money.RewardMoney.Compute(def, kind, decisionDate, await awards.BaseSalaryTableAsync(ct));
    }

    /// <summary>The working calendar, read once per request (the inbox, its counters and the reminders each ask).</summary>
    public async Task<WorkingCalendar> CalendarAsync(CancellationToken ct) =>
        _calendar ??= new(await db.HolidaysAsync(ct));

    private WorkingCalendar? _calendar;
}
