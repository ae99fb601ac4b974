using Tdkt.Domain.Nominations;

namespace Tdkt.Domain.Council;

/// <summary>Where a dossier stands once the council's results are on its nominees.</summary>
public enum DossierCouncilOutcome
{
    /// <summary>An accepted nominee still waits for a council result (another session or the minutes form).</summary>
    Waiting,

    /// <summary>Every accepted nominee has a result and at least one passed: the signer decides.</summary>
    SomePassed,

    /// <summary>Every accepted nominee has a result and none passed: the dossier ends "not awarded".</summary>
    NonePassed,
}

/// <summary>The council pass rule applied to a dossier at the finalisation of a session (ADR-0010): pure, so the
/// session workflow only supplies the nominees.</summary>
public static class CouncilPassRule
{
    public static DossierCouncilOutcome For(IReadOnlyCollection<Nominee> nominees)
    {
        ArgumentNullException.ThrowIfNull(nominees);
        var accepted = nominees.Where(n => n.Verdict == NomineeVerdict.Accepted).ToList();
        if (accepted.Any(n => n.Council is null))
        {
            return DossierCouncilOutcome.Waiting;
        }

        return accepted.All(n => n.CouncilPassed == false) ? DossierCouncilOutcome.NonePassed : DossierCouncilOutcome.SomePassed;
    }

    /// <summary>The "not awarded" reason the dossier's history keeps (at most 2000 characters).</summary>
    public static string NotAwardedReason(DateOnly meetingDate, IReadOnlyCollection<Nominee> nominees)
    {
        ArgumentNullException.ThrowIfNull(nominees);
        var why = $"Không đạt tỷ lệ phiếu của Hội đồng Thi đua - Khen thưởng (phiên họp ngày {Common.ViFormat.Date(meetingDate)}): "
            + string.Join("; ", nominees.Where(n => n.Verdict == NomineeVerdict.Accepted).Select(n => $"{n.Name} {n.CouncilVotesFor}/{n.CouncilMembers} phiếu đồng ý"));
        return why.Length > 2000 ? why[..2000] : why;
    }
}
