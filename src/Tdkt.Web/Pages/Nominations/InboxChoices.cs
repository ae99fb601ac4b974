using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Tdkt.Domain.Common;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;

namespace Tdkt.Web.Pages.Nominations;

/// <summary>
/// The inbox's filter choices (proposing units, years, awards, movements among the dossiers the caller sees), kept in
/// memory per set of grants and newest dossier for <see cref="Lifetime"/>. A new dossier refreshes them at once; an
/// edit of an existing one (another year, award or movement) may reach a drop-down up to ten minutes late. They only
/// fill the drop-downs — the list itself is always read fresh; on national data a province
/// officer sees about 15,000 dossiers and 45,000 nominees, and reading their distinct values on every inbox view cost
/// more than the list (issue 17).
/// </summary>
public sealed class InboxChoices : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public sealed record Choices(IReadOnlyList<(string Value, string Name)> Units, IReadOnlyList<int> Years,
        IReadOnlyList<(string Value, string Name)> Awards, IReadOnlyList<(string Value, string Name)> Movements);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 20_000 });

    public async Task<Choices> GetAsync(TdktDbContext db, OrgScope scope, CancellationToken ct)
    {
        var newest = await db.Dossiers.MaxAsync(d => (int?)d.Id, ct) ?? 0;
        var key = string.Join(";", scope.Grants.Select(g => string.Create(CultureInfo.InvariantCulture, $"{(int)g.Role}:{g.OrgUnitId}")).Order(StringComparer.Ordinal))
            + string.Create(CultureInfo.InvariantCulture, $"|{newest}");
        if (_cache.TryGetValue(key, out Choices? hit) && hit is not null)
        {
            return hit;
        }

        var choices = await ReadAsync(db, scope, ct);
        _cache.Set(key, choices, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
        return choices;
    }

    /// <summary>Distinct values computed in PostgreSQL over the visible dossiers (four small results, no id lists).</summary>
    private static async Task<Choices> ReadAsync(TdktDbContext db, OrgScope scope, CancellationToken ct)
    {
        var visible = NominationAccess.Visible(db, scope).AsNoTracking();
        var vi = StringComparer.Create(ViFormat.Culture, ignoreCase: true);
        var unitIds = visible.Select(d => d.ProposingUnitId);
        var units = await db.OrgUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).Select(u => new { u.Id, u.Name }).Take(1000).ToListAsync(ct);
        var years = await visible.Select(d => d.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
        var ids = visible.Select(d => d.Id);
        var awards = await db.Nominees.AsNoTracking().Where(n => ids.Contains(n.DossierId)).Select(n => n.AwardCode).Distinct().Take(200).ToListAsync(ct);
        var movementIds = visible.Where(d => d.MovementId != null).Select(d => d.MovementId!.Value);
        var movements = await db.Movements.AsNoTracking().Where(m => movementIds.Contains(m.Id)).Select(m => new { m.Id, m.Name }).Take(500).ToListAsync(ct);
        return new Choices(
            [.. units.OrderBy(u => u.Name, vi).Select(u => (u.Id.ToString(CultureInfo.InvariantCulture), u.Name))],
            years,
            [.. awards.Select(c => (c, CodeNames.Award(c))).OrderBy(a => a.Item2, vi)],
            [.. movements.Select(m => (m.Id.ToString(CultureInfo.InvariantCulture), m.Name))]);
    }

    public void Dispose() => _cache.Dispose();
}
