using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;
using Tdkt.Domain.Documents;
using Tdkt.Domain.Nominations;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.Nominations;

namespace Tdkt.Web.Documents;

/// <summary>
/// Loads what the nomination documents say from the database (the caller has checked the scope): the issuing
/// bodies with their kind and parent, the movement the achievements belong to, the tờ trình's number and date, the
/// list lines. Every document carries its own date: the tờ trình the day it was sent, the decision its decision date —
/// never the day the file is downloaded.
/// </summary>
public sealed class DocumentSources(TdktDbContext db, NominationChecks checks, CouncilVotingGate gate, TimeProvider clock, TdktSettings settings)
{
    public async Task<IssuingBody> BodyAsync(int unitId, CancellationToken ct)
    {
        var u = await db.OrgUnits.AsNoTracking().Where(x => x.Id == unitId).Select(x => new { x.Name, x.Kind, x.ParentId }).SingleAsync(ct);
        var parent = u.ParentId is { } p ? await db.OrgUnits.AsNoTracking().Where(x => x.Id == p).Select(x => x.Name).SingleOrDefaultAsync(ct) : null;
        return IssuingBody.Of(u.Name, u.Kind, parent);
    }

    /// <summary>"trong Phong trào thi đua “…” giai đoạn 2021–2025" (the dossier's movement), else "trong năm 2024".</summary>
    public async Task<string> ContextAsync(Dossier d, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(d);
        var m = d.MovementId is { } id
            ? await db.Movements.AsNoTracking().Where(x => x.Id == id).Select(x => new { x.Name, x.From, x.To }).SingleOrDefaultAsync(ct)
            : null;
        return DocumentText.Context(m?.Name, m?.From, m?.To, d.Year);
    }

    /// <summary>The day the tờ trình was sent: its recorded date, else the day of the last submission; null before sending.</summary>
    public async Task<DateOnly?> SentOnAsync(Dossier d, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(d);
        if (d.SubmissionDate is { } recorded)
        {
            return recorded;
        }

        var at = await db.DossierTransitions.AsNoTracking()
            .Where(t => t.DossierId == d.Id && t.Action == DossierAction.Submit)
            .OrderByDescending(t => t.At).Select(t => (DateTimeOffset?)t.At).FirstOrDefaultAsync(ct);
        return at is { } a ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(a, settings.TimeZone).DateTime) : null;
    }

    public async Task<SubmissionModel> SubmissionAsync(Dossier d, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(d);
        var proposer = await BodyAsync(d.ProposingUnitId, ct);
        var receiver = await BodyAsync(d.ReceivingUnitId, ct);
        var date = await SentOnAsync(d, ct);
        var nominees = await db.Nominees.AsNoTracking().Where(n => n.DossierId == d.Id).OrderBy(n => n.Id).ToListAsync(ct);
        var lines = await LinesAsync(nominees, proposer, date ?? clock.Today(settings), withMoney: false, ct);
        var capacity = SignatureCapacity.Lines(proposer.Kind, SignatureCapacity.HeadOffice(proposer.Kind), collective: proposer.IsCommittee).Value!;
        var profile = await DocumentProfiles.ForAsync(db, DocumentKind.Submission, d.ProposingUnitId, proposer, ct);
        return new SubmissionModel(proposer, receiver, d.SubmissionNumber, date, date?.Year ?? d.Year, await ContextAsync(d, ct), lines, capacity, null, profile);
    }

    /// <summary>The draft decision before issuing: the recipients-to-be (accepted and, where voted, passed), money at
    /// today's rates, the signer's corrected texts where written, no number and no date yet.</summary>
    public async Task<DecisionModel> DraftAsync(Dossier d, string? signerTitle, string? signerName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(d);
        var issuer = await BodyAsync(d.ReceivingUnitId, ct);
        var proposer = await BodyAsync(d.ProposingUnitId, ct);
        var today = clock.Today(settings);
        var nominees = await db.Nominees.AsNoTracking().Where(n => n.DossierId == d.Id).OrderBy(n => n.Id).ToListAsync(ct);
        // The same rule as issuing: a form that needs a ballot (or a notice) is on the draft only once it has passed it.
        var steps = await gate.StepsAsync(nominees, today, ct);
        var lines = await LinesAsync([.. nominees.Where(n => n.IsRecipient(steps[n.Id], today))], proposer, today, withMoney: true, ct);
        var office = SignatureCapacity.OfficeOf(signerTitle) ?? SignatureCapacity.HeadOffice(issuer.Kind);
        var capacity = SignatureCapacity.Lines(issuer.Kind, office, collective: false).Value
            ?? SignatureCapacity.Lines(issuer.Kind, SignatureCapacity.HeadOffice(issuer.Kind), false).Value!;
        return await ModelAsync(d, d.ReceivingUnitId, issuer, proposer, DocumentNumber.Format(null, "QĐ", issuer.Symbol), null, today.Year, false, capacity, signerName, lines, ct);
    }

    /// <summary>The issued decision as it was issued (number, date, signer) with the dossier's texts.</summary>
    public async Task<DecisionModel> DecisionAsync(Dossier d, Decision dec, IReadOnlyList<DecisionRecipient> recipients, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(dec);
        ArgumentNullException.ThrowIfNull(recipients);
        var issuer = await BodyAsync(dec.IssuingUnitId, ct) with { Name = dec.IssuingBodyName };
        var proposer = await BodyAsync(d.ProposingUnitId, ct);
        var lines = recipients.OrderBy(r => r.Serial).Select(Line).ToList();
        var collective = dec.Capacity == SignerCapacity.OnBehalf && issuer.IsCommittee;
        return await ModelAsync(d, dec.IssuingUnitId, issuer, proposer, DocumentNumber.Normalize(dec.Number), dec.DecisionDate, dec.Year, collective,
            NominationDocx.CapacityLines(dec, issuer), dec.SignerName, lines, ct);
    }

    /// <summary>The báo cáo thành tích of one nominee, pre-filled with what the registry knows: the form for the award
    /// and subject kind, profile, the period, yearly ratings, awards and initiatives of the last five years.</summary>
    public async Task<AchievementReportModel> AchievementAsync(Dossier d, Nominee n, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(n);
        var unit = await BodyAsync(d.ProposingUnitId, ct);
        var day = clock.Today(settings);
        var def = await checks.DefinitionAsync(n.AwardCode, day, ct);
        var form = AchievementReportForm.For(n.AwardCode, n.Kind, d.Kind);
        var m = d.MovementId is { } mid
            ? await db.Movements.AsNoTracking().Where(x => x.Id == mid).Select(x => new { x.Name, x.From, x.To }).SingleOrDefaultAsync(ct)
            : null;
        var period = m?.From is { } from && m.To is { } to
            ? $"từ ngày {ViFormat.Date(from)} đến ngày {ViFormat.Date(to)}"
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"năm {d.Year}");
        int? personId = n.Kind is SubjectKind.Individual or SubjectKind.Household ? await checks.MatchPersonAsync(n, d.ProposingUnitId, ct) : null;
        int? collectiveUnit = personId is null && n.Kind is SubjectKind.Collective or SubjectKind.Village ? n.OrgUnitId : null;
        var ratings = new List<AchievementFact>();
        var awards = new List<AchievementFact>();
        var initiatives = new List<AchievementFact>();
        if (personId is not null || collectiveUnit is not null)
        {
            var since = d.Year - 5;
            ratings.AddRange((await db.YearlyRatings.AsNoTracking()
                    .Where(r => r.Year >= since && (personId != null ? r.PersonId == personId : r.PersonId == null && r.OrgUnitId == collectiveUnit))
                    .ToListAsync(ct))
                .Select(r => new AchievementFact(r.Year, r.Rating.Vietnamese(), null)));
            var names = await db.AwardCatalogue.AsNoTracking().Select(c => new { c.Code, c.Name }).ToListAsync(ct);
            awards.AddRange((await db.AwardRecords.AsNoTracking()
                    .Where(a => a.Year >= since && (personId != null ? a.PersonId == personId : a.PersonId == null && a.OrgUnitId == collectiveUnit))
                    .ToListAsync(ct))
                .Select(a => new AchievementFact(a.Year, names.FirstOrDefault(x => x.Code == a.AwardCode)?.Name ?? a.AwardCode,
                    $"{DocumentNumber.Normalize(a.DecisionNumber)} ngày {ViFormat.Date(a.DecisionDate)}")));
            initiatives.AddRange((await db.Initiatives.AsNoTracking()
                    .Where(i => i.Year >= since && (personId != null ? i.PersonId == personId : i.PersonId == null && i.OrgUnitId == collectiveUnit))
                    .ToListAsync(ct))
                .Select(i => new AchievementFact(i.Year, i.Title, i.Scope switch
                {
                    InitiativeScope.National => "Toàn quốc",
                    InitiativeScope.Provincial => "Cấp tỉnh, bộ, ngành",
                    _ => "Cơ sở",
                })));
        }

        return new AchievementReportModel(form, unit, n.Kind, n.Name, n.BirthYear, n.Gender, n.Ethnicity, n.Position, n.WorkUnit, n.Address,
            def.Name, period, n.Achievement, ratings, awards, initiatives, d.Year);
    }

    public static ListLine Line(DecisionRecipient r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new ListLine(r.SubjectKind, r.Name, DocumentText.JoinUnique((r.Details ?? string.Empty).Split([", ", "; "], StringSplitOptions.RemoveEmptyEntries)),
            r.AwardName, r.Amount);
    }

    private async Task<DecisionModel> ModelAsync(Dossier d, int issuerUnitId, IssuingBody issuer, IssuingBody proposer, string number, DateOnly? date, int year,
        bool collective, IReadOnlyList<string> capacity, string? signerName, IReadOnlyList<ListLine> lines, CancellationToken ct)
    {
        var context = await ContextAsync(d, ct);
        var profile = await DocumentProfiles.ForAsync(db, DocumentKind.Decision, issuerUnitId, issuer, ct);
        var draft = NominationDocx.Draft(issuer, lines, context, profile);
        var grounds = profile.GroundsOn(date ?? clock.Today(settings), issuer.IsCommittee);
        capacity = profile.Capacity(capacity, issuer.Kind);
        var proposal = DocumentText.Proposal(proposer.FullName, d.SubmissionNumber, d.SubmissionDate, null);
        return new DecisionModel(issuer, number, date, year, collective, grounds, proposal,
            d.DecisionSummary ?? draft.Summary, d.DecisionArticle1 ?? draft.Article1, d.DecisionArticle2 ?? draft.Article2, d.DecisionArticle3 ?? draft.Article3,
            capacity, signerName, lines, profile.Recipients);
    }

    private async Task<List<ListLine>> LinesAsync(IReadOnlyList<Nominee> nominees, IssuingBody proposer, DateOnly day, bool withMoney, CancellationToken ct)
    {
        var lines = new List<ListLine>();
        foreach (var n in nominees)
        {
            var def = await checks.DefinitionAsync(n.AwardCode, day, ct);
            var money = withMoney ? (await checks.MoneyAsync(n.AwardCode, n.Kind, day, ct)).Value?.Amount ?? 0m : 0m;
            var details = n.Kind switch
            {
                SubjectKind.Individual => DocumentText.JoinUnique(n.Position, n.WorkUnit ?? proposer.UnitName),
                SubjectKind.Household => DocumentText.JoinUnique("Chủ hộ", n.Address ?? proposer.UnitName),
                _ => DocumentText.JoinUnique(n.WorkUnit ?? proposer.UnitName),
            };
            lines.Add(new ListLine(n.Kind, n.Name, details, def.Name, money, n.Achievement));
        }

        return lines;
    }
}
