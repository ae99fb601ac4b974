using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Tdkt.Web.Data;

namespace Tdkt.Web.Pages.Registry;

/// <summary>
/// Results derived from the registry — a due-for-award list, a person's eligibility facts, the registry person of a
/// nominee — kept in memory per <em>registry generation</em> (ADR-0039). The generation is a PostgreSQL sequence that
/// every statement writing a registry table moves on (migration Wave5Perf), so a result is reused only while nothing
/// it was computed from has changed, on any node; one read of the sequence per request decides. Entries also expire
/// after <see cref="Lifetime"/>, which bounds the one staleness left: a read that sees a writer's new generation a
/// moment before that writer commits.
/// </summary>
public sealed class RegistryCache : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 2_000_000 });
    private readonly ConcurrentDictionary<string, Lazy<Task<object?>>> _running = new();

    private sealed record Box(object? Value);

    /// <summary>The registry's current generation (one small read).</summary>
    public static async Task<long> GenerationAsync(TdktDbContext db, CancellationToken ct) =>
        await db.Database.SqlQueryRaw<long>("SELECT last_value AS \"Value\" FROM registry_generation").SingleAsync(ct);

    /// <summary>The value of <paramref name="key"/> at <paramref name="generation"/>: from memory, or computed once
    /// (concurrent callers of the same key wait for the one computation). <paramref name="size"/> counts rows, so
    /// the cache holds about two million of them at most.</summary>
    public async Task<T> GetOrAddAsync<T>(string key, long generation, Func<Task<T>> compute, Func<T, int> size)
    {
        var full = string.Concat(key, "|", generation.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (_cache.TryGetValue(full, out Box? hit) && hit is not null)
        {
            return (T)hit.Value!;
        }

        var lazy = _running.GetOrAdd(full, _ => new Lazy<Task<object?>>(async () => await compute()));
        try
        {
            var value = (T)(await lazy.Value)!;
            _cache.Set(full, new Box(value), new MemoryCacheEntryOptions
            {
                Size = Math.Max(1, size(value)),
                AbsoluteExpirationRelativeToNow = Lifetime,
            });
            return value;
        }
        finally
        {
            _running.TryRemove(KeyValuePair.Create(full, lazy));
        }
    }

    public void Dispose() => _cache.Dispose();
}
