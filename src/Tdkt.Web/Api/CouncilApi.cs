using Tdkt.Domain.Council;
using Tdkt.Web.Pages.Council;
using Tdkt.Web.Pages.Shared;

namespace Tdkt.Web.Api;

/// <summary>Council sessions under /api/v1 (ADR-0010): the same use case handlers and queries as the pages (ADR-0029). The session
/// answer carries agenda, attendance and — once voting has closed — the counts; for a secret ballot it never says who
/// voted how (member-level data is only "has voted" for the caller). Each agenda nominee carries its public-notice state
/// and objections (ADR-0011; senders only for the receiving body's staff).</summary>
public static class CouncilApi
{
    public sealed record MemberDto(int Id, string Name, string Position, string Office, string OfficeText, bool Present, bool WrittenOpinion);

    public sealed record AgendaDto(int NomineeId, int DossierId, string DossierTitle, string Name, string AwardCode, string AwardName,
        decimal ThresholdPercent, string? BlockedReason, string? MyConflict, IReadOnlyList<string> ConflictedMembers, int Voted, bool IVoted,
        int? Agree, int? Disagree, int? TotalMembers, bool? Passed, NoticesApi.NomineeNoticeDto Notice);

    public sealed record OpenVoteDto(int NomineeId, string Member, bool Agree);

    public sealed record SessionDto(int Id, int OrgUnitId, string Council, string Title, DateOnly MeetingDate, string Place, bool SecretBallot,
        string Quorum, string Status, string StatusText, int MembersInOffice, int Present, bool QuorumMet, IReadOnlyList<MemberDto> Attendance,
        IReadOnlyList<AgendaDto> Agenda, IReadOnlyList<OpenVoteDto>? OpenVotes, IReadOnlyList<int> CountingCommittee);

    /// <summary>POST /api/v1/council/sessions/{id}/counting-committee: the Ban kiểm phiếu elected at the session
    /// (secret ballot): <c>headId</c> (Trưởng ban) and <c>memberIds</c>, council member ids of members present.</summary>
    public sealed record CountingCommitteeRequest(int? HeadId, IReadOnlyList<int>? MemberIds);

    public sealed record VoteRequest(int? NomineeId, bool? Agree);

    /// <summary>POST /api/v1/council/sessions: the council of <c>unitId</c> meets on <c>meetingDate</c> (yyyy-MM-dd, not in the past).</summary>
    public sealed record ScheduleRequest(int? UnitId, string? Title, DateOnly? MeetingDate, string? Place, bool? SecretBallot,
        [property: ApiEnum(ApiEnums.QuorumRule)] string? Quorum, bool? ExcludeSameUnit);

    /// <summary>POST /api/v1/council/sessions/{id}/transitions: <c>action</c> is open_voting, close_voting or finalise.</summary>
    public sealed record SessionTransitionRequest([property: ApiEnum(ApiEnums.CouncilSessionAction)] string? Action);

    /// <summary>snake_case; the kebab-case spellings (open-voting…) and "finalize" are still accepted.</summary>
    public static IReadOnlyList<string> SessionActions => ApiEnums.Values(ApiEnums.CouncilSessionAction);

    private static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "Dữ liệu không hợp lệ");

    public static IEndpointRouteBuilder MapCouncilApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/council").RequireAuthorization().WithTags("Tdkt API v1 — Hội đồng Thi đua - Khen thưởng");

        api.MapGet("/sessions/{id:int}", async (int id, CouncilQueries council, CancellationToken ct) =>
        {
            var r = await council.GetAsync(id, ct);
            return r.Value is { } v ? Results.Ok(Dto(v)) : r.Error!.ToApiResult();
        }).WithName("GetCouncilSession").WithSummary("Phiên họp Hội đồng: chương trình, điểm danh, kết quả kiểm phiếu (không bao giờ nêu ai bỏ phiếu thế nào khi bỏ phiếu kín)");

        api.MapPost("/sessions/{id:int}/votes", async (int id, VoteRequest body, CastVoteHandler vote, CancellationToken ct) =>
        {
            if (body.NomineeId is not { } nomineeId)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["nomineeId"] = ["Hãy cho biết đối tượng được bỏ phiếu (nomineeId)."] }, title: "Dữ liệu không hợp lệ");
            }

            if (body.Agree is not { } agree)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["agree"] = ["Hãy cho biết ý kiến: agree = true (đồng ý) hoặc false (không đồng ý)."] }, title: "Dữ liệu không hợp lệ");
            }

            var r = await vote.HandleAsync(id, nomineeId, agree, ct);
            return r.IsSuccess ? Results.Ok(new { voted = true }) : r.Error!.ToApiResult();
        }).WithName("CastCouncilVote").WithSummary("Thành viên có mặt bỏ phiếu đồng ý / không đồng ý cho một đối tượng (một lần)");

        api.MapPost("/sessions", async (ScheduleRequest body, ScheduleSessionHandler schedule, CouncilQueries council, CancellationToken ct) =>
        {
            if (body.UnitId is not { } unitId)
            {
                return Invalid("unitId", "Hãy cho biết Hội đồng của đơn vị nào (unitId).");
            }

            QuorumRule? quorum = null;
            if (!string.IsNullOrWhiteSpace(body.Quorum))
            {
                if (!ApiEnums.TryParse<QuorumRule>(body.Quorum, out var q))
                {
                    return Invalid("quorum", "Tỷ lệ có mặt tối thiểu (quorum) không hợp lệ. " + ApiEnums.OneOf(ApiEnums.QuorumRule));
                }

                quorum = q;
            }

            var r = await schedule.HandleAsync(unitId, new ScheduleCommand(body.Title, body.MeetingDate, body.Place, body.SecretBallot ?? true, quorum,
                body.ExcludeSameUnit), ct);
            if (r.IsFailure)
            {
                return r.Error is Tdkt.Domain.Common.ValidationError v
                    ? Invalid(v.Field.Length == 0 ? "body" : char.ToLowerInvariant(v.Field[0]) + v.Field[1..], v.Message)
                    : r.Error!.ToApiResult();
            }

            var view = await council.GetAsync(r.Value, ct);
            return Results.Created($"/api/v1/council/sessions/{r.Value}", Dto(view.Value!));
        }).Produces<SessionDto>(StatusCodes.Status201Created).WithName("ScheduleCouncilSession")
            .WithSummary("Triệu tập phiên họp Hội đồng (unitId, title, meetingDate — không trước hôm nay, place, secretBallot, quorum, excludeSameUnit)");

        api.MapPost("/sessions/{id:int}/transitions", async (int id, SessionTransitionRequest body, HttpContext http, CouncilQueries council, CancellationToken ct) =>
        {
            var action = body.Action?.Trim().Equals("finalize", StringComparison.OrdinalIgnoreCase) == true
                ? "finalise" : ApiEnums.Canonical(ApiEnums.CouncilSessionAction, body.Action);
            Tdkt.Domain.Common.Result r;
            if (action == "open_voting")
            {
                r = await http.RequestServices.GetRequiredService<OpenVotingHandler>().HandleAsync(id, ct);
            }
            else if (action == "close_voting")
            {
                r = await http.RequestServices.GetRequiredService<CloseVotingHandler>().HandleAsync(id, ct);
            }
            else if (action == "finalise")
            {
                r = await http.RequestServices.GetRequiredService<FinaliseSessionHandler>().HandleAsync(id, ct);
            }
            else
            {
                return Invalid("action", "Thao tác (action) là một trong: " + string.Join(", ", SessionActions) + ".");
            }

            if (r.IsFailure)
            {
                return r.Error!.ToApiResult();
            }

            var view = await council.GetAsync(id, ct);
            return Results.Ok(Dto(view.Value!));
        }).Produces<SessionDto>().WithName("TransitionCouncilSession")
            .WithSummary("Bước của phiên họp: open_voting (chỉ từ ngày họp và khi đã hết thời hạn công khai, không còn phản ánh chưa xác minh — nếu không 409 nêu lý do), close_voting (bỏ phiếu kín: sau khi ghi Ban kiểm phiếu), finalise; cách viết cũ open-voting, close-voting vẫn được nhận");

        api.MapPost("/sessions/{id:int}/counting-committee", async (int id, CountingCommitteeRequest body, ElectCountingCommitteeHandler handler,
            CouncilQueries council, CancellationToken ct) =>
        {
            var r = await handler.HandleAsync(id, body.HeadId, body.MemberIds ?? [], ct);
            if (r.IsFailure)
            {
                return r.Error is Tdkt.Domain.Common.ValidationError v
                    ? Invalid(v.Field == "CountingCommitteeHead" ? "headId" : "memberIds", v.Message)
                    : r.Error!.ToApiResult();
            }

            var view = await council.GetAsync(id, ct);
            return Results.Ok(Dto(view.Value!));
        }).Produces<SessionDto>().WithName("ElectCountingCommittee")
            .WithSummary("Ghi Ban kiểm phiếu do Hội đồng bầu tại phiên họp bỏ phiếu kín (headId — Trưởng ban, memberIds — ủy viên; ít nhất 3 người, đều có mặt); bắt buộc trước close_voting");

        return app;
    }

    public static SessionDto Dto(SessionView v)
    {
        ArgumentNullException.ThrowIfNull(v);
        var s = v.Session;
        return new SessionDto(s.Id, s.OrgUnitId, v.UnitName, s.Title, s.MeetingDate, s.Place, s.SecretBallot, s.Quorum.ToString(), s.Status.ToString(),
            s.Status.Vietnamese(), v.Roster.Count, v.Present, v.QuorumMet,
            [.. v.Roster.Select(r => new MemberDto(r.MemberId, r.Name, r.Position, r.Office.ToString(), r.Office.Vietnamese(), r.Present, r.WrittenOpinion))],
            [.. v.Agenda.Select(a => new AgendaDto(a.NomineeId, a.DossierId, a.DossierTitle, a.Name, a.AwardCode, a.AwardName, a.ThresholdPercent,
                a.BlockedReason, a.MyConflict, a.ConflictedMembers, a.Voted, a.IVoted, a.Agree, a.Disagree, a.Total, a.Passed,
                NoticesApi.NoticeOf(a.Notice)))],
            s.SecretBallot ? null : [.. v.OpenVotes.Select(o => new OpenVoteDto(o.NomineeId, o.Member, o.Agree))], s.CountingCommittee);
    }
}
