using System.Text.Json;
using Tdkt.Domain.Common;
using Tdkt.Domain.Notices;
using Tdkt.Web.Pages.Notices;
using Tdkt.Web.Pages.Shared;

namespace Tdkt.Web.Api;

/// <summary>Public notice and objections under /api/v1 (ADR-0011): the same <see cref="NoticeService"/> as the pages
/// and the same rules — staff of the publishing body see a notice and its objections (with the sender), the
/// appraiser publishes and verifies; anything else answers 404.</summary>
public static class NoticesApi
{
    public sealed record ObjectionDto(int Id, int NoticeId, int NomineeId, DateTimeOffset SubmittedAt, string Content, string Outcome, string OutcomeText,
        string? Verification, string? ResolvedBy, DateTimeOffset? ResolvedAt, bool NomineeRejected, string? SenderName, string? Contact, uint Version);

    /// <summary>A nominee's notice state on the council agenda: period, end date and objections.</summary>
    public sealed record NomineeNoticeDto(bool Required, string State, string StateText, int? NoticeId, string? Title, DateOnly? StartDate,
        DateOnly? EndDate, int? WorkingDays, int OpenObjections, IReadOnlyList<ObjectionDto> Objections);

    public sealed record NoticeSummaryDto(int Id, string Title, int OrgUnitId, string Body, DateOnly StartDate, DateOnly EndDate, int WorkingDays,
        string State, string StateText, int Entries, int OpenObjections);

    public sealed record EntryDto(int Id, int DossierId, int NomineeId, string Kind, string Name, int? BirthYear, string UnitName, string AwardName,
        string Achievement, IReadOnlyList<ObjectionDto> Objections);

    public sealed record NoticeDto(int Id, string Title, int OrgUnitId, string Body, DateOnly StartDate, DateOnly EndDate, int WorkingDays,
        string State, string StateText, DateTimeOffset PublishedAt, string PublishedBy, bool CanVerify, IReadOnlyList<EntryDto> Entries);

    public sealed record CandidateDto(int NomineeId, int DossierId, string DossierTitle, int BodyUnitId, string Name, string AwardName, bool Required);

    public sealed record PublishRequest(string? Title, string? StartDate, int[]? NomineeIds);

    public sealed record VerifyRequest(string? Outcome, string? Verification, bool? RejectNominee, uint? Version);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder MapNoticesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/notices").RequireAuthorization().WithTags("Tdkt API v1 — công khai, lấy ý kiến");

        api.MapGet("", async (NoticeService notices, CancellationToken ct) =>
        {
            var today = notices.Today;
            return Results.Ok((await notices.ListAsync(ct)).Select(n =>
            {
                var state = today < n.Start ? NoticeState.Upcoming : today <= n.End ? NoticeState.Open : NoticeState.Ended;
                return new NoticeSummaryDto(n.Id, n.Title, n.OrgUnitId, n.Body, n.Start, n.End, n.WorkingDays, state.ToString(), state.Vietnamese(),
                    n.Entries, n.OpenObjections);
            }));
        }).WithName("ListNotices").WithSummary("Thông báo công khai, lấy ý kiến của cơ quan nơi người gọi công tác (vai trò tại đúng cơ quan thẩm định)");

        api.MapGet("/candidates", async (NoticeService notices, CancellationToken ct) =>
            Results.Ok((await notices.CandidatesAsync(ct)).Select(c => new CandidateDto(c.NomineeId, c.DossierId, c.DossierTitle, c.BodyUnitId, c.Name,
                c.AwardName, c.Required))))
            .WithName("ListNoticeCandidates").WithSummary("Đối tượng đã thẩm định \"Đạt\" chưa công khai (chuyên viên thẩm định); required: hình thức phải công khai");

        api.MapGet("/{id:int}", async (int id, NoticeService notices, CancellationToken ct) =>
        {
            var r = await notices.GetAsync(id, ct);
            return r.Value is { } v ? Results.Ok(Dto(v)) : r.Error!.ToApiResult();
        }).WithName("GetNotice").WithSummary("Một thông báo với danh sách và các phản ánh, góp ý (kèm người gửi) — cán bộ của cơ quan thẩm định; ngoài phạm vi: 404");

        api.MapPost("", async (HttpRequest http, NoticeService notices, CancellationToken ct) =>
        {
            var (request, bad) = await ReadAsync<PublishRequest>(http, ct);
            if (bad is not null)
            {
                return bad;
            }

            if (request?.NomineeIds is not { Length: > 0 } ids)
            {
                return Invalid("nomineeIds", "Hãy gửi nomineeIds: mã các đối tượng đã thẩm định \"Đạt\" cần công khai.");
            }

            DateOnly? start = null;
            if (!string.IsNullOrWhiteSpace(request.StartDate))
            {
                if (!ViFormat.TryParseDate(request.StartDate, out var s))
                {
                    return Invalid("startDate", $"Ngày bắt đầu công khai \"{request.StartDate}\" không hợp lệ. Dùng yyyy-MM-dd hoặc dd/MM/yyyy.");
                }

                start = s;
            }

            var r = await notices.PublishAsync(new PublishNoticeCommand(request.Title, start, ids), ct);
            if (r.IsFailure)
            {
                return ApiError(r.Error!);
            }

            var created = await notices.GetAsync(r.Value, ct);
            return Results.Created($"/api/v1/notices/{r.Value}", Dto(created.Value!));
        })
        .Accepts<PublishRequest>("application/json")
        .Produces<NoticeDto>(StatusCodes.Status201Created)
        .WithName("PublishNotice").WithSummary("Công khai danh sách lấy ý kiến (title, startDate, nomineeIds) — chuyên viên thẩm định của cơ quan nhận hồ sơ");

        api.MapPost("/{id:int}/objections/{objectionId:int}/verification", async (int id, int objectionId, HttpRequest http, NoticeService notices,
            CancellationToken ct) =>
        {
            var (request, bad) = await ReadAsync<VerifyRequest>(http, ct);
            if (bad is not null)
            {
                return bad;
            }

            // Out of scope first: a notice the caller cannot see, or an objection not on it, answers 404 whatever the body says.
            var notice = await notices.GetAsync(id, ct);
            if (notice.Value is not { } v || v.Objections.All(o => o.Id != objectionId))
            {
                return new NotFoundError().ToApiResult();
            }

            if (request?.Version is not { } version)
            {
                return Invalid("version", "Hãy gửi phiên bản (version) của phản ánh đã đọc, để tránh ghi đè thay đổi của người khác.");
            }

            if (!Enum.TryParse<ObjectionOutcome>(request.Outcome, ignoreCase: true, out var outcome) || outcome == ObjectionOutcome.Open
                || int.TryParse(request.Outcome, out _))
            {
                return Invalid("outcome", "Kết quả xác minh (outcome): Unfounded (không có cơ sở) hoặc Founded (có cơ sở).");
            }

            var r = await notices.ResolveAsync(objectionId, new ResolveObjectionCommand(outcome, request.Verification, request.RejectNominee ?? false, version), ct);
            if (r.IsFailure)
            {
                return ApiError(r.Error!);
            }

            var after = await notices.GetAsync(id, ct);
            var o = after.Value!.Objections.Single(x => x.Id == objectionId);
            return Results.Ok(Objection(NomineeObjection.From(o, withSender: true)));
        })
        .Accepts<VerifyRequest>("application/json")
        .Produces<ObjectionDto>()
        .WithName("VerifyObjection").WithSummary("Ghi kết quả xác minh một phản ánh (outcome, verification, rejectNominee, version) — một lần; đã xác minh hoặc phiên bản cũ: 409");

        return app;
    }

    public static ObjectionDto Objection(NomineeObjection o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new(o.Id, o.NoticeId, o.NomineeId, o.SubmittedAt, o.Content, o.Outcome.ToString(), o.Outcome.Vietnamese(), o.Verification,
            o.ResolvedByName, o.ResolvedAt, o.NomineeRejected, o.SenderName, o.Contact, o.Version);
    }

    public static NomineeNoticeDto NoticeOf(NomineeNotice n)
    {
        ArgumentNullException.ThrowIfNull(n);
        return new(n.Required, n.State.ToString(), n.StateText, n.NoticeId, n.Title, n.StartDate, n.EndDate, n.WorkingDays, n.OpenObjections,
            [.. n.Objections.Select(Objection)]);
    }

    private static NoticeDto Dto(NoticeView v)
    {
        var n = v.Notice;
        var state = NoticeStates.Of(n, v.Today);
        return new NoticeDto(n.Id, n.Title, n.OrgUnitId, v.Body, n.StartDate, n.EndDate, n.WorkingDays, state.ToString(), state.Vietnamese(),
            n.PublishedAt, n.PublishedByName, v.CanVerify,
            [.. v.Entries.Select(e => new EntryDto(e.Id, e.DossierId, e.NomineeId, e.Kind.ToString(), e.Name, e.BirthYear, e.UnitName, e.AwardName,
                e.Achievement, [.. v.Objections.Where(o => o.EntryId == e.Id).Select(o => Objection(NomineeObjection.From(o, withSender: true)))]))]);
    }

    /// <summary>Problem JSON for a service failure; a field error names the JSON property (camelCase).</summary>
    private static IResult ApiError(Error error) => error is ValidationError v && v.Field.Length > 0
        ? Invalid(JsonNamingPolicy.CamelCase.ConvertName(v.Field), v.Message)
        : error.ToApiResult();

    private static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "Dữ liệu không hợp lệ");

    private static async Task<(T? Value, IResult? Bad)> ReadAsync<T>(HttpRequest http, CancellationToken ct)
    {
        try
        {
            return (await JsonSerializer.DeserializeAsync<T>(http.Body, Json, ct), null);
        }
        catch (JsonException e)
        {
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "body" : e.Path.TrimStart('$', '.');
            return (default, Invalid(field, $"Nội dung JSON không hợp lệ tại \"{field}\"."));
        }
    }
}
