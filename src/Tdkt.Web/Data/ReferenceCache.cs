using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Notices;
using Tdkt.Domain.Organizations;

namespace Tdkt.Web.Data;

/// <summary>One unit as the read paths need it (name, place in the tree, dates), shared read-only between requests.</summary>
public sealed record UnitRef(int Id, string Code, string Name, OrgUnitKind Kind, int? ParentId, string Path, DateOnly ValidFrom, DateOnly? ValidTo);

/// <summary>
/// The reference data every page reads and almost nothing writes — units (name and path), the award catalogue, the
/// provinces' settings and notice policies, public holidays — kept in memory per <c>reference_version()</c>
/// (migration Wave6Reference, ADR-0042). A write to any of those tables moves the version in the writer's own
/// transaction, so the next request on any node reads the new number and loads the tables again: nothing is served
/// stale across nodes. The request learns the number with its user (one round trip, <see cref="Security.CurrentUser"/>);
/// a dossier page went from 32 statements to about 20 (issue 17).
/// </summary>
public sealed class ReferenceCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    // Lazy: ConcurrentDictionary may run a factory and then keep another thread's entry; a load started by a losing
    // factory would still be running on its request's DbContext when that request goes on (a second operation).
    private sealed record Entry(long Version, Lazy<Task<object>> Value);

    /// <summary>Units by id (all of them: 45,000 on national data, a few MB).</summary>
    public Task<IReadOnlyDictionary<int, UnitRef>> UnitsAsync(TdktDbContext db, long version) =>
        GetAsync<IReadOnlyDictionary<int, UnitRef>>("units", version, async () =>
            (await db.OrgUnits.AsNoTracking()
                .Select(u => new UnitRef(u.Id, u.Code, u.Name, u.Kind, u.ParentId, u.Path, u.ValidFrom, u.ValidTo))
                .ToListAsync()).ToDictionary(u => u.Id));

    /// <summary>Catalogue rows by award code, newest validity first.</summary>
    public Task<IReadOnlyDictionary<string, AwardCatalogueEntry[]>> CatalogueAsync(TdktDbContext db, long version) =>
        GetAsync<IReadOnlyDictionary<string, AwardCatalogueEntry[]>>("catalogue", version, async () =>
            (await db.AwardCatalogue.AsNoTracking().ToListAsync())
                .GroupBy(e => e.Code, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.ValidFrom).ToArray(), StringComparer.Ordinal));

    /// <summary>Each province's settings (by the root unit's id), with the province's name.</summary>
    public Task<IReadOnlyDictionary<int, JurisdictionSettings>> SettingsAsync(TdktDbContext db, long version) =>
        GetAsync<IReadOnlyDictionary<int, JurisdictionSettings>>("settings", version, async () =>
            (await (from s in db.JurisdictionSettings.AsNoTracking()
                    join u in db.OrgUnits.AsNoTracking() on s.OrgUnitId equals u.Id
                    select new { s, u.Name }).ToListAsync())
                .ToDictionary(x => x.s.OrgUnitId, x => x.s.ToSettings(x.Name)));

    /// <summary>Each province's public-notice policy (by the root unit's id).</summary>
    public Task<IReadOnlyDictionary<int, PublicNoticePolicy>> NoticePoliciesAsync(TdktDbContext db, long version) =>
        GetAsync<IReadOnlyDictionary<int, PublicNoticePolicy>>("notice-policies", version, async () =>
            (await db.Set<PublicNoticeSetting>().AsNoTracking().ToListAsync())
                .ToDictionary(s => s.OrgUnitId, s => s.ToPolicy()));

    /// <summary>Every public holiday.</summary>
    public Task<IReadOnlyList<DateOnly>> HolidaysAsync(TdktDbContext db, long version) =>
        GetAsync<IReadOnlyList<DateOnly>>("holidays", version, async () =>
            await db.PublicHolidays.AsNoTracking().Select(h => h.Date).ToListAsync());

    // An entry of a newer version serves a request that read an older number: its data were read after that number,
    // which is all the number promises; replacing it would make two requests of different ages load in turn.
    private async Task<T> GetAsync<T>(string key, long version, Func<Task<T>> load)
        where T : class
    {
        var entry = _entries.AddOrUpdate(key,
            _ => New(version, load),
            (_, old) => old.Version >= version && !(old.Value.IsValueCreated && (old.Value.Value.IsFaulted || old.Value.Value.IsCanceled))
                ? old
                : New(version, load));
        try
        {
            return (T)await entry.Value.Value;
        }
        catch
        {
            // A failed load (the request's connection broke) is not kept: the next caller loads again.
            _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            throw;
        }
    }

    private static Entry New<T>(long version, Func<Task<T>> load)
        where T : class => new(version, new Lazy<Task<object>>(async () => await load(), LazyThreadSafetyMode.ExecutionAndPublication));
}

/// <summary>The reference data read through <see cref="ReferenceCache"/> when the context has one (the app's), and
/// straight from the tables otherwise (tools and tests that build a context by hand).</summary>
public static class ReferenceData
{
    /// <summary>The version this request works with: the one read with the user, else read now (once per context).
    /// Null when the database has no version row (the caller reads the tables).</summary>
    private static async Task<long?> VersionAsync(TdktDbContext db, CancellationToken ct)
    {
        if (db.KnownReferenceVersion is { } known)
        {
            return known;
        }

        var read = await db.Database.SqlQueryRaw<long?>("SELECT public.reference_version() AS \"Value\"").SingleAsync(ct);
        db.KnownReferenceVersion = read;
        return read;
    }

    private static async Task<(ReferenceCache Cache, long Version)?> CachedAsync(TdktDbContext db, CancellationToken ct) =>
        db.Reference is { } cache && !db.ReferenceWritten && await VersionAsync(db, ct) is { } v ? (cache, v) : null;

    /// <summary>The unit with this id (closed ones too); null when there is none.</summary>
    public static async Task<UnitRef?> UnitAsync(this TdktDbContext db, int id, CancellationToken ct)
    {
        if (await CachedAsync(db, ct) is { } c)
        {
            return (await c.Cache.UnitsAsync(db, c.Version)).GetValueOrDefault(id);
        }

        return await db.OrgUnits.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new UnitRef(u.Id, u.Code, u.Name, u.Kind, u.ParentId, u.Path, u.ValidFrom, u.ValidTo))
            .SingleOrDefaultAsync(ct);
    }

    /// <summary>The path of the unit with this id; null when there is none.</summary>
    public static async Task<string?> UnitPathAsync(this TdktDbContext db, int id, CancellationToken ct) =>
        (await db.UnitAsync(id, ct))?.Path;

    /// <summary>The catalogue row of <paramref name="code"/> in force on <paramref name="day"/> (the newest that starts
    /// on or before it); shared: read it, never change it.</summary>
    public static async Task<AwardCatalogueEntry?> CatalogueEntryOnAsync(this TdktDbContext db, string code, DateOnly day, CancellationToken ct)
    {
        if (await CachedAsync(db, ct) is { } c)
        {
            return (await c.Cache.CatalogueAsync(db, c.Version)).GetValueOrDefault(code)?
                .FirstOrDefault(e => e.ValidFrom <= day && (e.ValidTo == null || e.ValidTo >= day));
        }

        return await db.AwardCatalogue.AsNoTracking()
            .Where(e => e.Code == code && e.ValidFrom <= day && (e.ValidTo == null || e.ValidTo >= day))
            .OrderByDescending(e => e.ValidFrom)
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>The settings of the province whose root unit is <paramref name="rootId"/>; null when it stored none.</summary>
    public static async Task<JurisdictionSettings?> ProvinceSettingsAsync(this TdktDbContext db, int rootId, CancellationToken ct)
    {
        if (await CachedAsync(db, ct) is { } c)
        {
            return (await c.Cache.SettingsAsync(db, c.Version)).GetValueOrDefault(rootId);
        }

        var row = await (from s in db.JurisdictionSettings.AsNoTracking()
                         join u in db.OrgUnits.AsNoTracking() on s.OrgUnitId equals u.Id
                         where s.OrgUnitId == rootId
                         select new { s, u.Name }).SingleOrDefaultAsync(ct);
        return row?.s.ToSettings(row.Name);
    }

    /// <summary>The notice policy of the province whose root unit is <paramref name="rootId"/>; null when it stored none.</summary>
    public static async Task<PublicNoticePolicy?> ProvinceNoticePolicyAsync(this TdktDbContext db, int rootId, CancellationToken ct)
    {
        if (await CachedAsync(db, ct) is { } c)
        {
            return (await c.Cache.NoticePoliciesAsync(db, c.Version)).GetValueOrDefault(rootId);
        }

        var row = await db.Set<PublicNoticeSetting>().AsNoTracking().SingleOrDefaultAsync(s => s.OrgUnitId == rootId, ct);
        return row?.ToPolicy();
    }

    /// <summary>Every public holiday.</summary>
    public static async Task<IReadOnlyList<DateOnly>> HolidaysAsync(this TdktDbContext db, CancellationToken ct)
    {
        if (await CachedAsync(db, ct) is { } c)
        {
            return await c.Cache.HolidaysAsync(db, c.Version);
        }

        return await db.PublicHolidays.AsNoTracking().Select(h => h.Date).ToListAsync(ct);
    }
}
