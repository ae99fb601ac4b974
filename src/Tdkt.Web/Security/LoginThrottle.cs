using System.Collections.Concurrent;

namespace Tdkt.Web.Security;

/// <summary>
/// Failed sign-ins counted per (user name, client IP), not per account (ADR-0019): after
/// <see cref="MaxFailures"/> failures within <see cref="Window"/> that name is refused from that address until the
/// window has passed, whether the account exists or not. The owner signing in from another address is not affected,
/// so a stranger cannot lock anyone out; the per-IP rate limit on the sign-in POST bounds guessing across names.
/// In memory, per app node (a node restart forgets the counts; the rate limit still applies).
/// </summary>
public sealed class LoginThrottle(TimeProvider clock)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    private const int MaxEntries = 100_000;

    private readonly ConcurrentDictionary<(string Name, string Ip), Entry> _failures = new();

    private sealed record Entry(int Count, DateTimeOffset First);

    public bool IsBlocked(string userName, string ip) =>
        _failures.TryGetValue(Key(userName, ip), out var e) && e.Count >= MaxFailures && clock.GetUtcNow() - e.First < Window;

    public void Fail(string userName, string ip)
    {
        var now = clock.GetUtcNow();
        if (_failures.Count >= MaxEntries)
        {
            foreach (var (key, e) in _failures)
            {
                if (now - e.First >= Window)
                {
                    _failures.TryRemove(key, out _);
                }
            }
        }

        _failures.AddOrUpdate(Key(userName, ip), _ => new Entry(1, now),
            (_, e) => now - e.First >= Window ? new Entry(1, now) : e with { Count = e.Count + 1 });
    }

    public void Succeeded(string userName, string ip) => _failures.TryRemove(Key(userName, ip), out _);

    /// <summary>An administrator unlocked the account: forget its failures from every address.</summary>
    public void Clear(string userName)
    {
        var name = userName.Trim().ToUpperInvariant();
        foreach (var key in _failures.Keys.Where(k => k.Name == name))
        {
            _failures.TryRemove(key, out _);
        }
    }

    private static (string, string) Key(string userName, string ip) => (userName.Trim().ToUpperInvariant(), ip);
}
