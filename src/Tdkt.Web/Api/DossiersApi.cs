using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;
using Tdkt.Domain.Nominations;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Nominations;
using Tdkt.Web.Pages.Registry;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Api;

/// <summary>Nomination dossiers and the award registry under /api/v1 (ADR-0008): scoped like the pages (out of scope
/// answers 404); transitions go through the same use case handlers as the pages (ADR-0029).</summary>
public static class DossiersApi
{
    public sealed record DossierSummaryDto(int Id, string Title, string Status, string StatusText, int ProposingUnitId, string ProposingUnit,
        int ReceivingUnitId, string Kind, string Level, int Year, DateOnly? SubmitBefore, int Round, uint Version,
        DateOnly? SupplementBefore = null, bool LateAccepted = false);

    /// <summary>PATCH /api/v1/dossiers/{id}: the header of a draft or returned dossier (omitted fields keep their value).</summary>
    public sealed record EditDossierRequest(string? Title, [property: ApiEnum(ApiEnums.CommendationKind)] string? Kind, int? MovementId, int? ConferenceId,
        uint? Version);

    /// <summary>POST /api/v1/dossiers: <c>deadline</c> only where no conference, allotment or receiving body set one.</summary>
    public sealed record CreateDossierRequest(string? Title, int? ProposingUnitId, [property: ApiEnum(ApiEnums.CommendationKind)] string? Kind,
        [property: ApiEnum(ApiEnums.DecidingLevel)] string? Level, int? MovementId, int? ConferenceId, int? Year, DateOnly? Deadline);

    public sealed record NomineeDto(int Id, string Kind, string Name, string? Gender, int? BirthYear, string? Ethnicity, string? Position,
        string? WorkUnit, string? Address, string? CitizenId, string AwardCode, string Achievement, string Verdict, string? VerdictReason,
        int? CouncilVotesFor, int? CouncilMembers, bool? CouncilPassed);

    public sealed record TransitionDto(DateTimeOffset At, string From, string To, string Action, string ActionText, string? Reason, string UserName);

    public sealed record DecisionDto(int Id, string Number, DateOnly DecisionDate, string IssuingBody, string SignerName, string SignerTitle,
        IReadOnlyList<RecipientDto> Recipients);

    public sealed record RecipientDto(int Serial, string SubjectKind, string Name, string AwardCode, string AwardName, decimal Amount, bool Revoked);

    public sealed record DossierDto(DossierSummaryDto Dossier, string? ReturnReason, IReadOnlyList<NomineeDto> Nominees,
        IReadOnlyList<TransitionDto> Timeline, DecisionDto? Decision, EscalationDto? Escalation = null);

    /// <summary>The escalation chain (ADR-0013): the other dossier's id only when the caller may see it, else the body's name.</summary>
    public sealed record EscalationDto(int? OriginDossierId, string? Origin, int? EscalatedDossierId, string? EscalatedTo);

    /// <summary><c>deadline</c>: the new deadline of extend_deadline; <c>supplementBefore</c>: the supplement deadline of
    /// return (default 10 working days from today). Dates as yyyy-MM-dd.</summary>
    public sealed record TransitionRequest([property: ApiEnum(ApiEnums.DossierAction)] string? Action, string? Reason, uint? Version,
        [property: ApiEnum(ApiEnums.SignerCapacity)] string? Capacity, string? SignerTitle, string? Wording,
        int[]? RecipientIds, DateOnly? Deadline = null, DateOnly? SupplementBefore = null);

    public sealed record TransitionResultDto(int Id, string Status, string StatusText, uint Version, int? DecisionId, int? EscalatedDossierId = null);

    public sealed record RegistryAwardDto(int Id, string AwardCode, int Year, string DecisionNumber, DateOnly DecisionDate, bool Revoked);

    public sealed record RegistryPersonDto(int Id, string FullName, int? BirthYear, int OrgUnitId, string OrgUnit, IReadOnlyList<RegistryAwardDto> Awards);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The actions accepted by POST …/transitions (snake_case; kebab-case still accepted, <see cref="ApiEnums"/>).</summary>
    public static IReadOnlyList<string> Actions => ApiEnums.Values(ApiEnums.DossierAction);

    private static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "Dữ liệu không hợp lệ");

    public static IEndpointRouteBuilder MapDossiersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization().WithTags("Tdkt API v1 — hồ sơ đề nghị khen thưởng");

        api.MapGet("/dossiers", async ([ApiEnum(ApiEnums.DossierStatus)] string? status, CurrentUser me, TdktDbContext db, CancellationToken ct) =>
        {
            var scope = await me.ScopeAsync(ct);
            var q = NominationAccess.Visible(db, scope).AsNoTracking();
            if (!string.IsNullOrWhiteSpace(status))
            {
                if (!ApiEnums.TryParse<DossierStatus>(status, out var s))
                {
                    return Invalid("status", $"Trạng thái \"{status}\" không hợp lệ. {ApiEnums.OneOf(ApiEnums.DossierStatus)}");
                }

                q = q.Where(d => d.Status == s);
            }

            var list = await (from d in q
                              join u in db.OrgUnits.AsNoTracking() on d.ProposingUnitId equals u.Id
                              orderby d.CreatedAt descending
                              select new { d, u.Name }).Take(500).ToListAsync(ct);
            return Results.Ok(list.Select(x => Summary(x.d, x.Name)));
        }).WithName("ListDossiers").WithSummary("Hồ sơ đề nghị khen thưởng trong phạm vi người gọi (status: lọc theo trạng thái)");

        api.MapGet("/dossiers/{id:int}", async (int id, CurrentUser me, TdktDbContext db, CitizenIds citizenIds, CancellationToken ct) =>
        {
            var dto = await LoadAsync(id, me, db, ct, citizenIds);
            return dto is null ? new NotFoundError().ToApiResult() : Results.Ok(dto);
        }).WithName("GetDossier").WithSummary("Một hồ sơ với đối tượng, quá trình xử lý và quyết định (404 nếu ngoài phạm vi)");

        api.MapPost("/dossiers", async (CreateDossierRequest body, CreateDossierHandler create, DossierWorkflow workflow, TdktDbContext db, CancellationToken ct) =>
        {
            if (body.ProposingUnitId is not { } unitId)
            {
                return Invalid("proposingUnitId", "Hãy cho biết đơn vị đề nghị (proposingUnitId).");
            }

            var kind = CommendationKind.AdHoc;
            if (!string.IsNullOrWhiteSpace(body.Kind) && !ApiEnums.TryParse(body.Kind, out kind))
            {
                return Invalid("kind", "Loại khen thưởng (kind) không hợp lệ. " + ApiEnums.OneOf(ApiEnums.CommendationKind));
            }

            var level = DecidingLevel.Grassroots;
            if (!string.IsNullOrWhiteSpace(body.Level) && !ApiEnums.TryParse(body.Level, out level))
            {
                return Invalid("level", "Cấp quyết định (level) không hợp lệ. " + ApiEnums.OneOf(ApiEnums.DecidingLevel));
            }

            var created = await create.HandleAsync(new CreateDossierCommand(body.Title, unitId, kind, level, body.MovementId, body.ConferenceId,
                body.Year ?? workflow.Today.Year, body.Deadline), ct);
            if (created.IsFailure)
            {
                return created.Error is ValidationError { Field: Deadlines.Field } v ? Invalid("deadline", v.Message) : created.Error!.ToApiResult();
            }

            var d = await db.Dossiers.AsNoTracking().SingleAsync(x => x.Id == created.Value, ct);
            var unit = await db.OrgUnits.AsNoTracking().Where(u => u.Id == d.ProposingUnitId).Select(u => u.Name).SingleAsync(ct);
            return Results.Created($"/api/v1/dossiers/{d.Id}", Summary(d, unit));
        })
        .Produces<DossierSummaryDto>(StatusCodes.Status201Created)
        .WithName("CreateDossier")
        .WithSummary("Lập hồ sơ đề nghị khen thưởng (title, proposingUnitId, kind, level, movementId hoặc conferenceId, year); deadline chỉ gửi khi hội nghị, phong trào hoặc cơ quan tiếp nhận chưa đặt hạn — nếu đã đặt thì 400 nêu trường Hạn nộp");

        api.MapPatch("/dossiers/{id:int}", async (int id, EditDossierRequest body, CurrentUser me, EditDossierHeaderHandler edit, TdktDbContext db,
            CancellationToken ct) =>
        {
            if (await LoadAsync(id, me, db, ct) is not { } current)
            {
                return new NotFoundError().ToApiResult();
            }

            if (body.Version is not { } version)
            {
                return Invalid("version", "Hãy gửi phiên bản (version) của hồ sơ đã đọc, để tránh ghi đè thay đổi của người khác.");
            }

            var d = await db.Dossiers.AsNoTracking().SingleAsync(x => x.Id == id, ct);
            var kind = d.Kind;
            if (!string.IsNullOrWhiteSpace(body.Kind) && !ApiEnums.TryParse(body.Kind, out kind))
            {
                return Invalid("kind", "Loại khen thưởng (kind) không hợp lệ. " + ApiEnums.OneOf(ApiEnums.CommendationKind));
            }

            var r = await edit.HandleAsync(id, version, body.Title ?? current.Dossier.Title, kind, body.MovementId ?? d.MovementId,
                body.ConferenceId ?? d.ConferenceId, ct);
            if (r.IsFailure)
            {
                return r.Error is ValidationError v ? Invalid(JsonNamingPolicy.CamelCase.ConvertName(v.Field), v.Message) : r.Error!.ToApiResult();
            }

            db.ChangeTracker.Clear();
            return Results.Ok((await LoadAsync(id, me, db, ct))!.Dossier);
        }).Produces<DossierSummaryDto>().WithName("EditDossier")
            .WithSummary("Sửa thông tin chung của hồ sơ đang soạn hoặc bị trả lại (title, kind, movementId, conferenceId; version bắt buộc); hạn nộp không do đơn vị đề nghị sửa");

        api.MapDelete("/dossiers/{id:int}", async (int id, uint? version, CurrentUser me, DeleteDraftHandler delete, TdktDbContext db, CancellationToken ct) =>
        {
            if (await LoadAsync(id, me, db, ct) is null)
            {
                return new NotFoundError().ToApiResult();
            }

            if (version is not { } v)
            {
                return Invalid("version", "Hãy gửi phiên bản (?version=) của hồ sơ đã đọc.");
            }

            var r = await delete.HandleAsync(id, v, ct);
            return r.IsFailure ? r.Error!.ToApiResult() : Results.NoContent();
        }).WithName("DeleteDraftDossier").WithSummary("Xóa hồ sơ đang soạn (chưa gửi lần nào); nhật ký giữ lại nội dung đã xóa");

        api.MapPost("/dossiers/{id:int}/transitions", async (int id, HttpRequest http, CurrentUser me, TdktDbContext db,
            CancellationToken ct) =>
        {
            T Use<T>() where T : notnull => http.HttpContext.RequestServices.GetRequiredService<T>();
            TransitionRequest? request;
            try
            {
                request = await JsonSerializer.DeserializeAsync<TransitionRequest>(http.Body, Json, ct);
            }
            catch (JsonException e)
            {
                var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "body" : e.Path.TrimStart('$', '.');
                return Invalid(field, $"Nội dung JSON không hợp lệ tại \"{field}\".");
            }

            // Out of scope first: a dossier the caller cannot see answers 404 whatever the body says (the receiving body
            // may extend the deadline of a draft addressed to it: the handler checks that).
            var bodyAction = ApiEnums.Canonical(ApiEnums.DossierAction, request?.Action) is "extend_deadline" or "accept_late";
            if (!bodyAction && await LoadAsync(id, me, db, ct) is null)
            {
                return new NotFoundError().ToApiResult();
            }

            if (request is null || string.IsNullOrWhiteSpace(request.Action))
            {
                return Invalid("action", "Hãy cho biết thao tác (action): " + string.Join(", ", Actions) + ".");
            }

            if (request.Version is not { } version)
            {
                return Invalid("version", "Hãy gửi phiên bản (version) của hồ sơ đã đọc, để tránh ghi đè thay đổi của người khác.");
            }

            int? decisionId = null;
            int? escalatedId = null;
            Result result;
            var action = ApiEnums.Canonical(ApiEnums.DossierAction, request.Action);
            switch (action)
            {
                case "submit":
                    result = await Use<SubmitDossierHandler>().HandleAsync(id, version, ct);
                    break;
                case "receive":
                    result = await Use<ReceiveDossierHandler>().HandleAsync(id, version, ct);
                    break;
                case "return":
                    if (string.IsNullOrWhiteSpace(request.Reason))
                    {
                        return Invalid("reason", "Trả lại hồ sơ phải ghi rõ lý do (reason).");
                    }

                    result = await Use<ReturnDossierHandler>().HandleAsync(id, version, request.Reason, request.SupplementBefore, ct);
                    break;
                case "extend_deadline":
                    result = await Use<ExtendDeadlineHandler>().HandleAsync(id, version, request.Deadline, request.Reason, ct);
                    break;
                case "accept_late":
                    result = await Use<AcceptLateHandler>().HandleAsync(id, version, request.Reason, ct);
                    break;
                case "complete_appraisal":
                    result = await Use<CompleteAppraisalHandler>().HandleAsync(id, version, ct);
                    break;
                case "complete_council":
                    result = await Use<CompleteCouncilHandler>().HandleAsync(id, version, ct);
                    break;
                case "not_award":
                    if (string.IsNullOrWhiteSpace(request.Reason))
                    {
                        return Invalid("reason", "Không khen thưởng phải ghi rõ lý do (reason).");
                    }

                    result = await Use<NotAwardHandler>().HandleAsync(id, version, request.Reason, ct);
                    break;
                case "issue":
                    var capacity = SignerCapacity.ForChairman;
                    if (!string.IsNullOrWhiteSpace(request.Capacity) && !ApiEnums.TryParse(request.Capacity, out capacity))
                    {
                        return Invalid("capacity", "Thẩm quyền ký (capacity) không hợp lệ. " + ApiEnums.OneOf(ApiEnums.SignerCapacity));
                    }

                    var issued = await Use<IssueDecisionHandler>().HandleAsync(id, version, new IssueCommand(capacity, request.SignerTitle, request.Wording), ct);
                    result = issued.IsSuccess ? Result.Success() : Result.Failure(issued.Error!);
                    decisionId = issued.IsSuccess ? issued.Value : null;
                    break;
                case "revoke":
                    if (string.IsNullOrWhiteSpace(request.Reason))
                    {
                        return Invalid("reason", "Hủy bỏ, thu hồi khen thưởng phải ghi căn cứ, lý do (reason).");
                    }

                    var revoked = await Use<RevokeDecisionHandler>().HandleAsync(id, version, new RevokeCommand(request.RecipientIds ?? [], request.Reason), ct);
                    result = revoked.IsSuccess ? Result.Success() : Result.Failure(revoked.Error!);
                    break;
                case "escalate":
                    var escalated = await Use<EscalateDossierHandler>().HandleAsync(id, version, ct);
                    result = escalated.IsSuccess ? Result.Success() : Result.Failure(escalated.Error!);
                    escalatedId = escalated.IsSuccess ? escalated.Value : null;
                    break;
                case "central_decided" or "central_not_awarded":
                    // The central level's outcome on a dossier escalated outside the system (ADR-0013), as the Escalate page's "Central" handler.
                    if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Trim().Length > 1000)
                    {
                        return Invalid("reason", action == "central_decided"
                            ? "Hãy ghi số, ngày quyết định của cấp Trung ương vào reason (ví dụ \"Quyết định số 123/QĐ-TTg ngày 05/3/2024\"), tối đa 1000 ký tự."
                            : "Hãy ghi lý do, văn bản thông báo không khen thưởng của cấp Trung ương vào reason (tối đa 1000 ký tự).");
                    }

                    result = await Use<RecordCentralOutcomeHandler>().HandleAsync(id, version,
                        action == "central_decided", request.Reason, ct);
                    break;
                default:
                    return Invalid("action", $"Thao tác \"{request.Action}\" không hợp lệ. Dùng một trong: {string.Join(", ", Actions)}.");
            }

            if (result.IsFailure)
            {
                return result.Error!.ToApiResult();
            }

            db.ChangeTracker.Clear();
            var d = await db.Dossiers.AsNoTracking().SingleAsync(x => x.Id == id, ct);
            return Results.Ok(new TransitionResultDto(d.Id, d.Status.ToString(), d.Status.Vietnamese(), d.Version, decisionId, escalatedId));
        })
        .Accepts<TransitionRequest>("application/json")
        .Produces<TransitionResultDto>()
        .WithName("TransitionDossier")
        .WithSummary("Chuyển bước hồ sơ (submit, receive, return với supplementBefore — hạn bổ sung, extend_deadline với deadline và reason, accept_late với reason, complete_appraisal, complete_council, issue, not_award, revoke với recipientIds, escalate — trình cấp trên, central_decided / central_not_awarded — kết quả của cấp Trung ương ghi trong reason; cách viết cũ có gạch ngang vẫn được nhận) — cùng quy tắc như trang");

        api.MapGet("/registry", async (string? q, CurrentUser me, TdktDbContext db, CancellationToken ct) =>
        {
            var scope = await me.ScopeAsync(ct);
            var units = db.OrgUnits.AsNoTracking().VisibleTo(scope);
            var people = from p in RegistryFacts.Standing(db).AsNoTracking()
                         join u in units on p.OrgUnitId equals u.Id
                         select new { p, u.Name };
            if (!string.IsNullOrWhiteSpace(q))
            {
                var pattern = "%" + q.Trim().ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
                people = people.Where(x => EF.Functions.Like(EF.Property<string>(x.p, Person.FoldedName), TdktDbContext.Unaccent(pattern)));
            }

            var list = await people.OrderBy(x => x.p.FullName).ThenBy(x => x.p.Id).Take(200).ToListAsync(ct);
            var ids = list.Select(x => x.p.Id).ToList();
            // Awards of people merged into a listed person are listed under the survivor.
            var survivorOf = await db.PersonMerges.AsNoTracking().Where(m => ids.Contains(m.SurvivorPersonId))
                .ToDictionaryAsync(m => m.MergedPersonId, m => m.SurvivorPersonId, ct);
            ids.AddRange(survivorOf.Keys);
            var awards = await db.AwardRecords.AsNoTracking().Where(a => a.PersonId != null && ids.Contains(a.PersonId.Value)).ToListAsync(ct);
            var awardIds = awards.Select(a => a.Id).ToList();
            var revoked = (await db.RevokedAwards.AsNoTracking().Where(r => awardIds.Contains(r.AwardRecordId)).Select(r => r.AwardRecordId)
                .ToListAsync(ct)).ToHashSet();
            return Results.Ok(list.Select(x => new RegistryPersonDto(x.p.Id, x.p.FullName, x.p.BirthYear, x.p.OrgUnitId, x.Name,
                [.. awards.Where(a => survivorOf.GetValueOrDefault(a.PersonId!.Value, a.PersonId.Value) == x.p.Id).OrderBy(a => a.DecisionDate)
                    .Select(a => new RegistryAwardDto(a.Id, a.AwardCode, a.Year, a.DecisionNumber, a.DecisionDate, revoked.Contains(a.Id)))])));
        }).WithName("SearchRegistry").WithSummary("Sổ theo dõi khen thưởng: cá nhân trong phạm vi người gọi (q: tìm theo tên, không dấu)");

        return app;
    }

    private static DossierSummaryDto Summary(Dossier d, string unit) => new(d.Id, d.Title, d.Status.ToString(), d.Status.Vietnamese(),
        d.ProposingUnitId, unit, d.ReceivingUnitId, d.Kind.ToString(), d.DecidingLevel.ToString(), d.Year, d.SubmitBefore, d.Round, d.Version,
        d.SupplementBefore, d.LateAccepted);

    internal static async Task<DossierDto?> LoadAsync(int id, CurrentUser me, TdktDbContext db, CancellationToken ct, CitizenIds? citizenIds = null)
    {
        var scope = await me.ScopeAsync(ct);
        var d = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (d is null)
        {
            return null;
        }

        var unit = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Id == d.ProposingUnitId, ct);
        if (!NominationAccess.CanSee(scope, unit.Path, d))
        {
            return null;
        }

        var nominees = await db.Nominees.AsNoTracking().Where(n => n.DossierId == id).OrderBy(n => n.Id).ToListAsync(ct);
        var timeline = await db.DossierTransitions.AsNoTracking().Where(t => t.DossierId == id).OrderBy(t => t.At).ThenBy(t => t.Id).ToListAsync(ct);
        var decision = await db.Decisions.AsNoTracking().SingleOrDefaultAsync(x => x.DossierId == id, ct);
        DecisionDto? decisionDto = null;
        if (decision is not null)
        {
            var recipients = await db.DecisionRecipients.AsNoTracking().Where(r => r.DecisionId == decision.Id).OrderBy(r => r.Serial).ToListAsync(ct);
            var recipientIds = recipients.Select(r => r.Id).ToList();
            var revoked = (await db.RevokedAwards.AsNoTracking().Where(r => recipientIds.Contains(r.DecisionRecipientId))
                .Select(r => r.DecisionRecipientId).ToListAsync(ct)).ToHashSet();
            decisionDto = new DecisionDto(decision.Id, decision.Number, decision.DecisionDate, decision.IssuingBodyName, decision.SignerName,
                decision.SignerTitle, [.. recipients.Select(r => new RecipientDto(r.Serial, FactCodes.Code(r.SubjectKind), r.Name, r.AwardCode,
                    r.AwardName, r.Amount, revoked.Contains(r.Id)))]);
        }

        return new DossierDto(Summary(d, unit.Name), d.ReturnReason,
            [.. nominees.Select(n => new NomineeDto(n.Id, FactCodes.Code(n.Kind), n.Name, n.Gender, n.BirthYear, n.Ethnicity, n.Position,
                n.WorkUnit, n.Address, citizenIds?.Masked(n.CitizenIdProtected), n.AwardCode, n.Achievement, n.Verdict.ToString(),
                n.VerdictReason, n.CouncilVotesFor, n.CouncilMembers, n.CouncilPassed))],
            [.. timeline.Select(t => new TransitionDto(t.At, t.From.ToString(), t.To.ToString(), t.Action.ToString(), t.Action.Vietnamese(), t.Reason, t.UserName))],
            decisionDto, await EscalationAsync(db, scope, d, ct));
    }

    private static async Task<EscalationDto?> EscalationAsync(TdktDbContext db, Domain.Security.OrgScope scope, Dossier d, CancellationToken ct)
    {
        if (d.OriginDossierId is null && !d.IsEscalated)
        {
            return null;
        }

        var links = await EscalationLinks.ForAsync(db, scope, d, ct);
        return new EscalationDto(links.OriginId, links.OriginLabel, links.HigherId, links.HigherLabel);
    }
}
