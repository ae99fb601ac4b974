using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Certificates;
using Tdkt.Domain.Common;
using Tdkt.Domain.Organizations;
using Tdkt.Web.Data;
using Tdkt.Web.Documents;
using Tdkt.Web.Pages.Nominations;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Certificates;

/// <summary>What the public verification page may show, and nothing more (no citizen id, no birth date, no money).</summary>
public sealed record VerifiedAward(string RecipientName, string AwardName, string DecisionNumber, DateOnly DecisionDate,
    string IssuingBodyName, string? RevocationActNumber, DateOnly? RevokedOn)
{
    public bool IsRevoked => RevokedOn is not null;
}

/// <summary>Certificates of issued decisions (ADR-0012): who may print them (whoever may see the dossier, else 404),
/// their texts and layout, the verification tokens behind the QR codes, and the public verification lookup.</summary>
public sealed class CertificateService(TdktDbContext db, CurrentUser me, CertificatePdf pdf, TimeProvider clock)
{
    /// <summary>Key space of the advisory lock that serialises token creation per decision.</summary>
    private const int TokenLockSpace = 7340012;

    public static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public bool CanPrint => pdf.IsAvailable;

    /// <summary>The decision behind a recipient, if the caller may see its dossier.</summary>
    public async Task<Result<int>> DecisionOfRecipientAsync(int recipientId, CancellationToken ct)
    {
        var decisionId = await db.DecisionRecipients.AsNoTracking().Where(r => r.Id == recipientId).Select(r => (int?)r.DecisionId).SingleOrDefaultAsync(ct);
        return decisionId is { } id && await VisibleDecisionAsync(id, ct) is not null ? id : new NotFoundError();
    }

    /// <summary>The pages of all recipients of a decision (or only <paramref name="recipientId"/>), for the caller.</summary>
    public async Task<Result<(IReadOnlyList<CertificatePage> Pages, Decision Decision)>> PagesAsync(int decisionId, int? recipientId, string baseUrl, CancellationToken ct)
    {
        var decision = await VisibleDecisionAsync(decisionId, ct);
        if (decision is null)
        {
            return new NotFoundError();
        }

        var recipients = await db.DecisionRecipients.AsNoTracking()
            .Where(r => r.DecisionId == decisionId && (recipientId == null || r.Id == recipientId)).OrderBy(r => r.Serial).ToListAsync(ct);
        if (recipients.Count == 0)
        {
            return new NotFoundError();
        }

        var tokens = await EnsureTokensAsync(decision, ct);
        var nomineeIds = recipients.Select(r => r.NomineeId).ToList();
        var nominees = await db.Nominees.AsNoTracking().Where(n => nomineeIds.Contains(n.Id))
            .Select(n => new { n.Id, n.Gender, n.Achievement }).ToDictionaryAsync(n => n.Id, ct);
        var place = await PlaceAsync(decision, ct);
        var capacity = NominationDocx.CapacityLines(decision);
        var emblem = await DocumentProfiles.EmblemDataUriAsync(db, decision.IssuingUnitId, ct);
        var pages = new List<CertificatePage>();
        var layouts = new Dictionary<string, IReadOnlyList<FieldPosition>>(); // one lookup per award, not per recipient
        foreach (var r in recipients)
        {
            var n = nominees.GetValueOrDefault(r.NomineeId);
            var facts = new CertificateFacts(decision.IssuingBodyName, decision.SignerTitle, decision.SignerName, capacity, r.AwardCode, r.AwardName,
                decision.Basis, r.SubjectKind, r.Name, n?.Gender, r.Details, n?.Achievement, decision.Wording, decision.Number,
                decision.DecisionDate, r.Serial, place);
            if (!layouts.TryGetValue(r.AwardCode, out var layout))
            {
                layout = layouts[r.AwardCode] = await LayoutAsync(decision.IssuingUnitId, r.AwardCode, ct);
            }

            pages.Add(new CertificatePage(CertificateText.For(facts), layout, VerifyUrl(baseUrl, tokens[r.Id]), emblem));
        }

        return (pages, decision);
    }

    public Task<byte[]> PrintAsync(IReadOnlyList<CertificatePage> pages, bool onBlank, CancellationToken ct) =>
        pdf.PrintPagesAsync(pages, onBlank, ct);

    public static string VerifyUrl(string baseUrl, string token) => $"{baseUrl.TrimEnd('/')}/xac-minh/{token}";

    /// <summary>The template's positions over the built-in layout: (issuing unit, award) first, then (issuing unit, all awards).</summary>
    public async Task<IReadOnlyList<FieldPosition>> LayoutAsync(int issuingUnitId, string awardCode, CancellationToken ct)
    {
        var templates = await db.Set<CertificateTemplate>().AsNoTracking()
            .Where(t => t.OrgUnitId == issuingUnitId && (t.AwardCode == awardCode || t.AwardCode == null)).ToListAsync(ct);
        var t = templates.FirstOrDefault(x => x.AwardCode == awardCode) ?? templates.FirstOrDefault();
        return CertificateLayout.Merge(t is null ? null : Parse(t.FieldsJson));
    }

    public static IReadOnlyList<FieldPosition> Parse(string json) => JsonSerializer.Deserialize<List<FieldPosition>>(json, Json) ?? [];

    /// <summary>Public lookup by token: the award as issued and whether a revocation act (hủy bỏ, thu hồi) took it back.</summary>
    public async Task<VerifiedAward?> VerifyAsync(string token, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 64)
        {
            return null;
        }

        var row = await (from t in db.Set<CertificateToken>().AsNoTracking()
                         join r in db.DecisionRecipients.AsNoTracking() on t.DecisionRecipientId equals r.Id
                         join d in db.Decisions.AsNoTracking() on r.DecisionId equals d.Id
                         where t.Token == token
                         select new { r.Id, r.Name, r.AwardName, d.Number, d.DecisionDate, d.IssuingBodyName }).SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var revoked = await (from ra in db.RevokedAwards.AsNoTracking()
                             join act in db.Revocations.AsNoTracking() on ra.RevocationId equals act.Id
                             where ra.DecisionRecipientId == row.Id
                             orderby act.Id
                             select new { act.ActNumber, act.RevokedOn }).FirstOrDefaultAsync(ct);
        return new VerifiedAward(row.Name, row.AwardName, row.Number, row.DecisionDate, row.IssuingBodyName, revoked?.ActNumber, revoked?.RevokedOn);
    }

    private async Task<Decision?> VisibleDecisionAsync(int decisionId, CancellationToken ct)
    {
        var found = await (from d in db.Decisions.AsNoTracking()
                           join x in db.Dossiers.AsNoTracking() on d.DossierId equals x.Id
                           join u in db.OrgUnits.AsNoTracking() on x.ProposingUnitId equals u.Id
                           where d.Id == decisionId
                           select new { d, x.ReceivingUnitId, x.Status, u.Path }).SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }

        var scope = await me.ScopeAsync(ct);
        return NominationAccess.CanSee(scope, found.Path, found.ReceivingUnitId, found.Status) ? found.d : null;
    }

    /// <summary>One token per recipient, created on first print for the whole decision. Concurrent first prints queue on
    /// a transaction advisory lock keyed by the decision, so each recipient gets exactly one token (the unique key backs it).</summary>
    private async Task<IReadOnlyDictionary<int, string>> EnsureTokensAsync(Decision decision, CancellationToken ct)
    {
        var ids = await db.DecisionRecipients.AsNoTracking().Where(r => r.DecisionId == decision.Id).Select(r => r.Id).ToListAsync(ct);
        var tokens = db.Set<CertificateToken>();
        var have = await tokens.AsNoTracking().Where(t => ids.Contains(t.DecisionRecipientId)).ToDictionaryAsync(t => t.DecisionRecipientId, t => t.Token, ct);
        if (have.Count == ids.Count)
        {
            return have;
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({TokenLockSpace}, {decision.Id})", ct);
        have = await tokens.AsNoTracking().Where(t => ids.Contains(t.DecisionRecipientId)).ToDictionaryAsync(t => t.DecisionRecipientId, t => t.Token, ct);
        var now = clock.GetUtcNow();
        foreach (var id in ids.Where(i => !have.ContainsKey(i)))
        {
            var token = NewToken();
            tokens.Add(new CertificateToken { DecisionRecipientId = id, Token = token, CreatedAt = now });
            have[id] = token;
        }

        db.AuditAction = "Cấp mã xác minh bằng, giấy khen";
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return have;
    }

    /// <summary>128 random bits, base64url without padding: unguessable, URL-safe, 22 characters.</summary>
    public static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The place line: the locality of a people's committee, else that of the province (root unit).</summary>
    private async Task<string> PlaceAsync(Decision decision, CancellationToken ct)
    {
        if (CertificateText.PlaceOf(decision.IssuingBodyName) is { } p)
        {
            return p;
        }

        var path = await db.OrgUnits.AsNoTracking().Where(u => u.Id == decision.IssuingUnitId).Select(u => u.Path).SingleAsync(ct);
        var rootId = OrgPath.Ids(path)[0];
        var root = await db.OrgUnits.AsNoTracking().Where(u => u.Id == rootId).Select(u => u.Name).SingleAsync(ct);
        return CertificateText.PlaceOf(root) ?? root;
    }
}
