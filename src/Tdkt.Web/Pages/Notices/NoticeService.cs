using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Nominations;
using Tdkt.Domain.Notices;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.Nominations;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Notices;

public sealed record PublishNoticeCommand(string? Title, DateOnly? StartDate, IReadOnlyCollection<int> NomineeIds);

public sealed record ObjectionCommand(int EntryId, string? SenderName, string? Contact, string? Content);

public sealed record ResolveObjectionCommand(ObjectionOutcome Outcome, string? Verification, bool RejectNominee, uint Version);

/// <summary>An accepted nominee of the caller's body not yet published; <paramref name="Required"/> when its form
/// needs a notice before the council.</summary>
public sealed record NoticeCandidate(int NomineeId, int DossierId, string DossierTitle, int BodyUnitId, string Name, string AwardName, bool Required);

/// <summary>A notice in the body's list: entries and open objections counted.</summary>
public sealed record NoticeSummary(int Id, string Title, int OrgUnitId, string Body, DateOnly Start, DateOnly End, int WorkingDays, int Entries, int OpenObjections);

/// <summary>One notice for the body's staff: its entries and every objection (with the sender: staff only).</summary>
public sealed record NoticeView(PublicNotice Notice, string Body, IReadOnlyList<PublicNoticeEntry> Entries, IReadOnlyList<NoticeObjection> Objections,
    bool CanVerify, DateOnly Today);

/// <summary>
/// Public notice use cases (ADR-0011): the appraiser publishes, anyone objects, the appraiser verifies. Load scoped →
/// authorize → decide (Tdkt.Domain.Notices) → save once; out of scope answers 404.
/// </summary>
public sealed class NoticeService(TdktDbContext db, CurrentUser me, TimeProvider clock, TdktSettings settings, NominationChecks checks)
{
    public const string ChangedMessage = "Phản ánh vừa được người khác xác minh hoặc thay đổi. Hãy tải lại trang.";

    public DateOnly Today => clock.Today(settings);

    private static readonly DossierStatus[] Publishable = [DossierStatus.UnderAppraisal, DossierStatus.Appraised];

    /// <summary>Notices of the bodies where the caller is staff (a body role on exactly the publishing unit), newest first.</summary>
    public async Task<IReadOnlyList<NoticeSummary>> ListAsync(CancellationToken ct)
    {
        var bodies = NoticeData.StaffBodies(await me.ScopeAsync(ct));
        var entries = db.NoticeEntries();
        var objections = db.Objections();
        return await (from n in db.Notices().AsNoTracking()
                      join u in db.OrgUnits.AsNoTracking() on n.OrgUnitId equals u.Id
                      where bodies.Contains(n.OrgUnitId)
                      orderby n.StartDate descending, n.Id descending
                      select new NoticeSummary(n.Id, n.Title, n.OrgUnitId, u.Name, n.StartDate, n.EndDate, n.WorkingDays, entries.Count(e => e.NoticeId == n.Id),
                          objections.Count(o => o.NoticeId == n.Id && o.Outcome == ObjectionOutcome.Open))).ToListAsync(ct);
    }

    /// <summary>One notice with its entries and objections, for staff of the publishing body; anyone else: 404.</summary>
    public async Task<Result<NoticeView>> GetAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var notice = await db.Notices().AsNoTracking().SingleOrDefaultAsync(n => n.Id == id, ct);
        if (notice is null || !NoticeData.StaffBodies(scope).Contains(notice.OrgUnitId))
        {
            return new NotFoundError();
        }

        var body = await db.OrgUnits.AsNoTracking().Where(u => u.Id == notice.OrgUnitId).Select(u => u.Name).SingleAsync(ct);
        var entries = await db.NoticeEntries().AsNoTracking().Where(e => e.NoticeId == id).OrderBy(e => e.Id).ToListAsync(ct);
        var objections = await db.Objections().AsNoTracking().Where(o => o.NoticeId == id).OrderBy(o => o.SubmittedAt).ThenBy(o => o.Id).ToListAsync(ct);
        return new NoticeView(notice, body, entries, objections, NominationAccess.CanAppraise(scope, notice.OrgUnitId), Today);
    }

    public async Task<IReadOnlyList<NoticeCandidate>> CandidatesAsync(CancellationToken ct)
    {
        var bodies = NoticeData.AppraiserBodies(await me.ScopeAsync(ct));
        var published = db.NoticeEntries().Select(e => e.NomineeId);
        var rows = await (from n in db.Nominees.AsNoTracking()
                          join d in db.Dossiers.AsNoTracking() on n.DossierId equals d.Id
                          where bodies.Contains(d.ReceivingUnitId) && Publishable.Contains(d.Status)
                                && n.Verdict == NomineeVerdict.Accepted && !published.Contains(n.Id)
                          orderby d.Id, n.Id
                          select new { n.Id, n.DossierId, d.Title, d.ReceivingUnitId, n.Name, n.AwardCode }).ToListAsync(ct);
        var list = new List<NoticeCandidate>();
        var policies = new Dictionary<int, PublicNoticePolicy>();
        foreach (var r in rows)
        {
            if (!policies.TryGetValue(r.ReceivingUnitId, out var policy))
            {
                policies[r.ReceivingUnitId] = policy = await db.PolicyForUnitAsync(r.ReceivingUnitId, ct);
            }

            var def = await checks.DefinitionAsync(r.AwardCode, Today, ct);
            list.Add(new NoticeCandidate(r.Id, r.DossierId, r.Title, r.ReceivingUnitId, r.Name, def.Name, policy.Requires(def)));
        }

        return list;
    }

    public async Task<Result<int>> PublishAsync(PublishNoticeCommand cmd, CancellationToken ct)
    {
        var u = await me.GetAsync(ct);
        if (u is null)
        {
            return new NotFoundError();
        }

        var bodies = NoticeData.AppraiserBodies(u.Scope);
        var ids = cmd.NomineeIds.Distinct().ToList();
        var rows = await (from n in db.Nominees
                          join d in db.Dossiers on n.DossierId equals d.Id
                          join p in db.OrgUnits on d.ProposingUnitId equals p.Id
                          where ids.Contains(n.Id) && bodies.Contains(d.ReceivingUnitId)
                          select new { Nominee = n, Dossier = d, Unit = p.Name }).ToListAsync(ct);
        if (rows.Count != ids.Count)
        {
            return new NotFoundError();
        }

        if (rows.Select(r => r.Dossier.ReceivingUnitId).Distinct().Count() > 1)
        {
            return new ValidationError("NomineeIds", "Một thông báo chỉ gồm đối tượng của cùng một cơ quan thẩm định. Hãy chọn lại.");
        }

        var notReady = rows.Where(r => r.Nominee.Verdict != NomineeVerdict.Accepted || !Publishable.Contains(r.Dossier.Status)).Select(r => r.Nominee.Name).ToList();
        if (notReady.Count > 0)
        {
            return new ConflictError("Chỉ công khai đối tượng đã được thẩm định \"Đạt\" của hồ sơ đang thẩm định hoặc đã thẩm định xong: " + string.Join(", ", notReady) + ".");
        }

        if (await db.NoticeEntries().Where(e => ids.Contains(e.NomineeId)).Join(db.Nominees, e => e.NomineeId, n => n.Id, (e, n) => n.Name).ToListAsync(ct) is { Count: > 0 } again)
        {
            return new ConflictError("Đã công khai trước đó: " + string.Join(", ", again) + ".");
        }

        var body = rows.Count > 0 ? rows[0].Dossier.ReceivingUnitId : bodies.FirstOrDefault();
        var policy = await db.PolicyForUnitAsync(body, ct);
        var calendar = await checks.CalendarAsync(ct);
        var actor = new Actor(u.User.Id, PlanningAccess.Actor(u), clock.GetUtcNow());
        var published = PublicNotice.Publish(body, cmd.Title, cmd.StartDate, Today, policy, calendar, rows.Count, actor);
        if (published.Value is not { } notice)
        {
            return published.Error!;
        }

        db.Notices().Add(notice); // HiLo: the id exists now, for the entries
        foreach (var r in rows)
        {
            var def = await checks.DefinitionAsync(r.Nominee.AwardCode, Today, ct);
            db.NoticeEntries().Add(PublicNoticeEntry.From(notice, r.Nominee, r.Unit, def.Name));
        }

        db.AuditAction = "Công khai danh sách lấy ý kiến";
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (OrgUnits.OrgUnitAdmin.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            return new ConflictError("Một số đối tượng vừa được công khai trong thông báo khác. Hãy tải lại trang.");
        }

        return notice.Id;
    }

    /// <summary>Anyone, without login, while the notice is open; the notice outside its period answers 404.</summary>
    public async Task<Result<int>> SubmitObjectionAsync(int noticeId, ObjectionCommand cmd, CancellationToken ct)
    {
        var today = Today;
        var notice = await db.Notices().AsNoTracking().SingleOrDefaultAsync(n => n.Id == noticeId, ct);
        if (notice is null || !notice.IsOpen(today))
        {
            return new NotFoundError();
        }

        var entry = await db.NoticeEntries().AsNoTracking().SingleOrDefaultAsync(e => e.Id == cmd.EntryId && e.NoticeId == noticeId, ct);
        if (entry is null)
        {
            return new ValidationError("EntryId", "Người hoặc tập thể được phản ánh: hãy chọn một người, tập thể trong danh sách.");
        }

        var objection = NoticeObjection.Submit(notice, entry, cmd.SenderName, cmd.Contact, cmd.Content, today, clock.GetUtcNow());
        if (objection.Value is not { } o)
        {
            return objection.Error!;
        }

        // The same content from the same contact about the same entry of this notice is one objection (a resend, a
        // double click or a flood from many addresses): the first one's number is answered, nothing is added.
        // Serialized per notice so two identical sends at once cannot both insert.
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext('notice_objections'), {noticeId})", ct);
            var key = (DedupKey(o.Contact), DedupKey(o.Content));
            var earlier = await db.Objections().AsNoTracking().Where(x => x.NoticeId == noticeId && x.EntryId == o.EntryId)
                .Select(x => new { x.Id, x.Contact, x.Content }).ToListAsync(ct);
            if (earlier.FirstOrDefault(x => (DedupKey(x.Contact), DedupKey(x.Content)) == key) is { } same)
            {
                return Result<int>.Success(same.Id);
            }

            db.Objections().Add(o);
            db.AuditAction = "Nhận phản ánh, góp ý về danh sách công khai";
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return Result<int>.Success(o.Id);
        });
    }

    /// <summary>Verification by the appraiser of the body, exactly once (row lock + version); a founded objection may
    /// withdraw the proposal for the nominee, with the verification as the reason.</summary>
    public async Task<Result> ResolveAsync(int objectionId, ResolveObjectionCommand cmd, CancellationToken ct)
    {
        var u = await me.GetAsync(ct);
        if (u is null)
        {
            return new NotFoundError();
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM notice_objections WHERE \"Id\" = {objectionId} FOR UPDATE", ct);
            var o = await db.Objections().SingleOrDefaultAsync(x => x.Id == objectionId, ct);
            if (o is null || !NominationAccess.CanAppraise(u.Scope, o.OrgUnitId))
            {
                return Result.Failure(new NotFoundError());
            }

            if (!o.IsOpen)
            {
                return Result.Failure(new ConflictError($"Phản ánh này đã được xác minh ({o.Outcome.Vietnamese()}, {o.ResolvedByName}); không ghi lại lần nữa."));
            }

            if (o.Version != cmd.Version)
            {
                return Result.Failure(new ConflictError(ChangedMessage));
            }

            var actor = new Actor(u.User.Id, PlanningAccess.Actor(u), clock.GetUtcNow());
            var resolved = o.Resolve(cmd.Outcome, cmd.Verification, cmd.RejectNominee, actor);
            if (resolved.IsFailure)
            {
                db.ChangeTracker.Clear();
                return resolved;
            }

            if (cmd.RejectNominee)
            {
                var nominee = await db.Nominees.SingleAsync(n => n.Id == o.NomineeId, ct);
                await db.Database.ExecuteSqlAsync($"SELECT 1 FROM dossiers WHERE \"Id\" = {nominee.DossierId} FOR UPDATE", ct);
                var status = await db.Dossiers.Where(d => d.Id == nominee.DossierId).Select(d => d.Status).SingleAsync(ct);
                if (!Publishable.Contains(status) || nominee.Council is not null)
                {
                    db.ChangeTracker.Clear();
                    return Result.Failure(new ConflictError($"Hồ sơ của {nominee.Name} đã qua bước Hội đồng; không rút đề nghị ở đây được nữa."));
                }

                var rejected = nominee.Appraise(false, "Phản ánh có cơ sở: " + o.Verification);
                if (rejected.IsFailure)
                {
                    db.ChangeTracker.Clear();
                    return rejected;
                }
            }

            db.AuditAction = cmd.RejectNominee ? "Xác minh phản ánh: có cơ sở, không đề nghị khen thưởng" : "Xác minh phản ánh, góp ý";
            db.AuditReason = o.Verification;
            try
            {
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return Result.Success();
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return Result.Failure(new ConflictError(ChangedMessage));
            }
        });
    }

    /// <summary>Folded, without diacritics, case, punctuation or spacing differences: "Ông A đã bị kỷ luật!" = "ong a da bi ky luat".</summary>
    private static string DedupKey(string? text) =>
        string.Concat(VietnameseText.Fold(text ?? string.Empty).Where(char.IsLetterOrDigit));
}
