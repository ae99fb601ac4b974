using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;
using Tdkt.Domain.Documents;
using Tdkt.Domain.Nominations;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Nominations;

public sealed record IssuedDecision(Decision Decision, int Recipients);

/// <summary>Builds an issued decision inside the caller's transaction: gap-free number, money, registry records.</summary>
public static class DecisionIssuer
{
    /// <summary>Next number for (unit, year): the counter row is locked with SELECT … FOR UPDATE and bumped in the
    /// caller's transaction, so a rollback gives the number back (no gaps) and issuers of one body queue up.</summary>
    public static async Task<int> TakeNumberAsync(TdktDbContext db, int issuingUnitId, int year, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Decision numbers are taken inside the issuing transaction only.");
        }

        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO decision_counters (\"IssuingUnitId\", \"Year\", \"LastNumber\") VALUES ({issuingUnitId}, {year}, 0) ON CONFLICT DO NOTHING", ct);
        var last = await db.Database.SqlQuery<int>(
            $"SELECT \"LastNumber\" AS \"Value\" FROM decision_counters WHERE \"IssuingUnitId\" = {issuingUnitId} AND \"Year\" = {year} FOR UPDATE").SingleAsync(ct);
        var next = last + 1;
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE decision_counters SET \"LastNumber\" = {next} WHERE \"IssuingUnitId\" = {issuingUnitId} AND \"Year\" = {year}", ct);
        return next;
    }

    /// <summary>"QĐ-UBND" for a people's committee, else the initials of the body ("Sở Nội vụ" → "QĐ-SNV").</summary>
    public static string Symbol(string issuingBodyName)
    {
        var folded = VietnameseText.Fold(issuingBodyName);
        if (folded.StartsWith("ubnd", StringComparison.Ordinal) || folded.StartsWith("uy ban nhan dan", StringComparison.Ordinal))
        {
            return "QĐ-UBND";
        }

        var initials = string.Concat(issuingBodyName.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3).Select(w => char.ToUpperInvariant(w[0])));
        return "QĐ-" + initials;
    }

    public static async Task<Result<IssuedDecision>> IssueAsync(TdktDbContext db, Dossier dossier, CurrentUser.Loaded signer,
        IssueCommand cmd, DateOnly today, DateTimeOffset now, NominationChecks checks, CitizenIds citizenIds, CouncilVotingGate gate,
        CancellationToken ct)
    {
        var basis = LegalBases.ForDecisionDate(today);
        if (basis.IsFailure)
        {
            return basis.Error!;
        }

        var nominees = await db.Nominees.Where(n => n.DossierId == dossier.Id).OrderBy(n => n.Id).ToListAsync(ct);
        var body = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Id == dossier.ReceivingUnitId, ct);
        var parentName = body.ParentId is { } pid ? await db.OrgUnits.AsNoTracking().Where(u => u.Id == pid).Select(u => u.Name).SingleOrDefaultAsync(ct) : null;
        if (Refusal(dossier, IssuingBody.Of(body.Name, body.Kind, parentName), cmd, signer.User.Position, today) is { } refused)
        {
            return refused;
        }

        // Only the forms within the body's authority; the others go up by escalation (ADR-0013).
        var authority = Authority.Of(body.ParentId is null);
        // No decision without the steps the law requires (IssueGate): a missing ballot or notice refuses the whole issue.
        var steps = await gate.StepsAsync(nominees, today, ct);
        var recipients = new List<Nominee>();
        var missing = new List<string>();
        foreach (var n in nominees)
        {
            if (Authority.IsAbove((await checks.DefinitionAsync(n.AwardCode, today, ct)).DecidingLevel, authority))
            {
                continue;
            }

            var (standing, why) = IssueGate.Standing(n, steps[n.Id], today);
            if (standing == RecipientStanding.Recipient)
            {
                recipients.Add(n);
            }
            else if (standing == RecipientStanding.MissingStep)
            {
                missing.Add(why!);
            }
        }

        if (IssueGate.Refusal(missing) is { } refusal)
        {
            return new ConflictError(refusal);
        }

        if (recipients.Count == 0)
        {
            return new ValidationError(string.Empty, "Không có đối tượng nào đủ điều kiện để ra quyết định khen thưởng; hãy chọn \"Không khen thưởng\".");
        }

        var wording = FirstText(cmd.Wording, dossier.DecisionWording)
            ?? $"Khen thưởng các tập thể, cá nhân, hộ gia đình đã có thành tích trong {dossier.Title.TrimStart().ToLowerInvariantFirst()}";
        if (Tdkt.Domain.Nominations.DecisionWording.Check(wording).Error is { } badWording)
        {
            return badWording;
        }

        // The subject's own unit: for a dossier made by escalation, the unit that first proposed it.
        var homeUnitId = await HomeUnitAsync(db, dossier, ct);
        var unitName = await db.OrgUnits.AsNoTracking().Where(u => u.Id == homeUnitId).Select(u => u.Name).SingleAsync(ct);
        var seq = await TakeNumberAsync(db, body.Id, today.Year, ct);
        var decision = new Decision
        {
            DossierId = dossier.Id,
            IssuingUnitId = body.Id,
            Year = today.Year,
            SequenceNumber = seq,
            Number = $"{seq:00}/{Symbol(body.Name)}",
            DecisionDate = today,
            IssuingBodyName = body.Name,
            SignerUserId = signer.User.Id,
            SignerName = signer.User.FullName,
            SignerTitle = string.IsNullOrWhiteSpace(cmd.SignerTitle) ? signer.User.Position ?? "Chủ tịch" : cmd.SignerTitle.Trim(),
            Capacity = cmd.Capacity,
            Basis = basis.Value,
            Wording = wording,
            IssuedAt = now,
        };
        db.Decisions.Add(decision);
        var serial = 0;
        foreach (var n in recipients)
        {
            var money = await checks.MoneyAsync(n.AwardCode, n.Kind, today, ct);
            var def = await checks.DefinitionAsync(n.AwardCode, today, ct);
            int? personId = null;
            var subjectUnit = n.OrgUnitId ?? homeUnitId;
            if (n.Kind is SubjectKind.Individual or SubjectKind.Household)
            {
                personId = await checks.MatchPersonAsync(n, homeUnitId, ct);
                if (personId is null)
                {
                    var person = new Person
                    {
                        FullName = n.Name, BirthYear = n.BirthYear, Gender = n.Gender, OrgUnitId = homeUnitId,
                        Position = n.Kind == SubjectKind.Household ? "Chủ hộ" : n.Position,
                        CitizenIdHash = n.CitizenIdProtected is { } c ? citizenIds.Index(citizenIds.Unprotect(c)) : null,
                    };
                    db.People.Add(person);
                    personId = person.Id;
                }
            }

            var record = new AwardRecordEntry
            {
                OrgUnitId = subjectUnit, PersonId = personId, AwardCode = n.AwardCode, Year = dossier.Year,
                DecisionNumber = decision.Number, DecisionDate = today, SignerOrgUnitId = body.Id, Kind = dossier.Kind, Basis = basis.Value,
                Ethnicity = n.Ethnicity, IsLeader = n.IsLeader, IsDirectWorker = n.IsDirectWorker,
            };
            db.AwardRecords.Add(record);
            db.DecisionRecipients.Add(new DecisionRecipient
            {
                DecisionId = decision.Id, NomineeId = n.Id, Serial = ++serial, SubjectKind = n.Kind, Name = n.Name,
                Details = Details(n, unitName), AwardCode = n.AwardCode, AwardName = def.Name,
                Amount = money.Value?.Amount ?? 0m, Coefficient = money.Value?.Coefficient ?? 0m, BaseSalary = money.Value?.BaseSalary ?? 0m,
                AwardRecordId = record.Id, PersonId = personId, OrgUnitId = subjectUnit,
            });
        }

        return new IssuedDecision(decision, recipients.Count);
    }

    public const string MissingSubmissionNumber =
        "Chưa ghi số tờ trình của đơn vị đề nghị: hãy nhập “Số tờ trình” và “Ngày tờ trình” rồi mới ban hành (quyết định trích dẫn “Xét đề nghị … tại Tờ trình số … ngày …”).";

    /// <summary>Bad input that refuses the issue before anything is written (issue 12): a decision dated before the
    /// dossier was received, a signer's office or capacity that does not fit the issuing body. Each names its field.</summary>
    public static ValidationError? Refusal(Dossier dossier, IssuingBody issuer, IssueCommand cmd, string? signerPosition, DateOnly decisionDate)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(cmd);
        if (dossier.ReceivedOn is { } received && decisionDate < received)
        {
            return new ValidationError("DecisionDate",
                $"Ngày quyết định {ViFormat.Date(decisionDate)} trước ngày tiếp nhận hồ sơ {ViFormat.Date(received)}: quyết định chỉ ban hành được từ ngày tiếp nhận hồ sơ trở đi; hãy kiểm tra “Ngày quyết định”.");
        }

        var title = string.IsNullOrWhiteSpace(cmd.SignerTitle) ? signerPosition : cmd.SignerTitle;
        var office = SignatureCapacity.OfficeOf(title);
        if (office is null && cmd.Capacity != SignerCapacity.OnBehalf)
        {
            return null;
        }

        var check = SignatureCapacity.Lines(issuer.Kind, office ?? SignatureCapacity.HeadOffice(issuer.Kind), cmd.Capacity == SignerCapacity.OnBehalf);
        return check.IsFailure ? new ValidationError("SignerTitle", "Chức vụ, thẩm quyền người ký: " + check.Error!.Message) : null;
    }

    /// <summary>The proposing unit of the first dossier of an escalation chain (the dossier's own when not escalated).</summary>
    public static async Task<int> HomeUnitAsync(TdktDbContext db, Dossier dossier, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var unitId = dossier.ProposingUnitId;
        var origin = dossier.OriginDossierId;
        while (origin is { } o)
        {
            var up = await db.Dossiers.AsNoTracking().Where(x => x.Id == o).Select(x => new { x.ProposingUnitId, x.OriginDossierId }).SingleAsync(ct);
            unitId = up.ProposingUnitId;
            origin = up.OriginDossierId;
        }

        return unitId;
    }

    private static string? FirstText(params string?[] texts) => texts.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t))?.Trim();

    private static string ToLowerInvariantFirst(this string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];

    private static string Details(Nominee n, string unitName) => n.Kind switch
    {
        SubjectKind.Individual => string.Join(", ", new[] { n.Position, n.WorkUnit ?? unitName }.Where(x => !string.IsNullOrWhiteSpace(x))),
        SubjectKind.Household => "Chủ hộ; " + n.Address,
        _ => n.WorkUnit ?? unitName,
    };
}
