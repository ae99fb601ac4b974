namespace Tdkt.Testing;

/// <summary>A clock the test moves by hand ("before 24/11/2023", then the decision day).</summary>
public sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
