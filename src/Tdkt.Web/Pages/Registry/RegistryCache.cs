using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Tdkt.Web.Data;

namespace Tdkt.Web.Pages.Registry;

/// <summary>
/// Results derived from the registry — a due-for-award list, a person's eligibility facts, the registry person of a
/// nominee — kept in memory per <em>registry generation</em> (ADR-0039, ADR-0041). The generation is a PostgreSQL
/// sequence that every statement writing a registry table moves on (migration Wave5Perf), so a result is reused only
/// while nothing it was computed from has changed, on any node; one read per request decides. The read is "settled"
/// (migration Wave6Cache): while a writer is between its bump and its commit there is no generation, and the result
/// is computed and not kept, so a cached result never misses a committed change. <see cref="Lifetime"/> only frees
/// memory.
/// </summary>
public sealed class RegistryCache : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 2_000_000 });
    private readonly ConcurrentDictionary<string, Lazy<Task<object?>>> _running = new();

    private sealed record Box(object? Value);

    /// <summary>The registry's current generation (one small read), or null while a registry write is in flight.</summary>
    public static async Task<long?> GenerationAsync(TdktDbContext db, CancellationToken ct) =>
        await db.Database.SqlQueryRaw<long?>("SELECT registry_generation_settled() AS \"Value\"").SingleAsync(ct);

    /// <summary>The value of <paramref name="key"/> at <paramref name="generation"/>: from memory, or computed once
    /// (concurrent callers of the same key wait for the one computation); without a generation (a write in flight)
    /// computed and not kept. <paramref name="size"/> counts rows, so the cache holds about two million of them at most.</summary>
    public async Task<T> GetOrAddAsync<T>(string key, long? generation, Func<Task<T>> compute, Func<T, int> size)
    {
        if (generation is null)
        {
            return await compute();
        }

        var full = string.Concat(key, "|", generation.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
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
