using Tdkt.Domain.Council;
using Tdkt.Web.Pages.Council;
using Tdkt.Web.Pages.Shared;

namespace Tdkt.Web.Api;

/// <summary>Council sessions under /api/v1 (ADR-0010): the same <see cref="CouncilService"/> as the pages. The session
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
        IReadOnlyList<AgendaDto> Agenda, IReadOnlyList<OpenVoteDto>? OpenVotes);

    public sealed record VoteRequest(int? NomineeId, bool? Agree);

    public static IEndpointRouteBuilder MapCouncilApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/council").RequireAuthorization().WithTags("Tdkt API v1 — Hội đồng Thi đua - Khen thưởng");

        api.MapGet("/sessions/{id:int}", async (int id, CouncilService council, CancellationToken ct) =>
        {
            var r = await council.GetAsync(id, ct);
            return r.Value is { } v ? Results.Ok(Dto(v)) : r.Error!.ToApiResult();
        }).WithName("GetCouncilSession").WithSummary("Phiên họp Hội đồng: chương trình, điểm danh, kết quả kiểm phiếu (không bao giờ nêu ai bỏ phiếu thế nào khi bỏ phiếu kín)");

        api.MapPost("/sessions/{id:int}/votes", async (int id, VoteRequest body, CouncilService council, CancellationToken ct) =>
        {
            if (body.NomineeId is not { } nomineeId)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["nomineeId"] = ["Hãy cho biết đối tượng được bỏ phiếu (nomineeId)."] }, title: "Dữ liệu không hợp lệ");
            }

            if (body.Agree is not { } agree)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["agree"] = ["Hãy cho biết ý kiến: agree = true (đồng ý) hoặc false (không đồng ý)."] }, title: "Dữ liệu không hợp lệ");
            }

            var r = await council.VoteAsync(id, nomineeId, agree, ct);
            return r.IsSuccess ? Results.Ok(new { voted = true }) : r.Error!.ToApiResult();
        }).WithName("CastCouncilVote").WithSummary("Thành viên có mặt bỏ phiếu đồng ý / không đồng ý cho một đối tượng (một lần)");

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
            s.SecretBallot ? null : [.. v.OpenVotes.Select(o => new OpenVoteDto(o.NomineeId, o.Member, o.Agree))]);
    }
}
