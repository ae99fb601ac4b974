namespace Tdkt.Web.Pages.Nominations;

/// <summary>
/// Says which nominees the council may not vote on yet, and why in Vietnamese (e.g. the public notice period is still
/// running). The public-notice feature fills this in; the council-session ballots and the minutes path both ask it,
/// so no path records a council result for a blocked nominee.
/// </summary>
public sealed class CouncilVotingGate
{
    public Task<IReadOnlyDictionary<int, string>> BlockedAsync(IReadOnlyCollection<int> nomineeIds, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(nomineeIds);
        ct.ThrowIfCancellationRequested();
        return Task.FromResult<IReadOnlyDictionary<int, string>>(new Dictionary<int, string>());
    }
}
