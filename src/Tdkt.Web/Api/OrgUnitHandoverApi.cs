using Tdkt.Web.Pages.OrgUnits;
using Tdkt.Web.Pages.Shared;

namespace Tdkt.Web.Api;

/// <summary>POST /api/v1/org-units/{id}/handover (ADR-0030): the same <see cref="HandoverOrgUnitHandler"/> as the page.</summary>
public static class OrgUnitHandoverApi
{
    /// <summary><c>successorId</c>: the open unit that takes the work; <c>reason</c>: why (required unless
    /// <c>preview</c>); <c>preview</c>: true lists what would move and changes nothing.</summary>
    public sealed record HandoverRequest(int? SuccessorId, string? Reason, bool? Preview);

    /// <summary><c>kind</c>: dossier, plan, report_request, council_member, grant, user_home_unit.</summary>
    public sealed record HandoverItemDto(string Kind, string KindText, string EntityId, string What, string Change);

    public sealed record HandoverDto(int UnitId, string UnitName, int SuccessorId, string SuccessorName, bool Done, IReadOnlyList<HandoverItemDto> Items);

    public static RouteGroupBuilder MapOrgUnitHandover(this RouteGroupBuilder api)
    {
        api.MapPost("/org-units/{id:int}/handover", async (int id, HandoverRequest? body, HandoverOrgUnitHandler handler, CancellationToken ct) =>
        {
            var r = await handler.HandleAsync(new HandoverCommand(id, body?.SuccessorId, body?.Reason, body?.Preview == true), ct);
            if (r.IsFailure)
            {
                return r.Error!.ToApiResult();
            }

            var p = r.Value!;
            return Results.Ok(new HandoverDto(p.UnitId, p.UnitName, p.SuccessorId, p.SuccessorName, p.Done,
                p.Items.Select(i => new HandoverItemDto(Snake(i.Kind.ToString()), Domain.Organizations.Handover.Vietnamese(i.Kind), i.EntityId, i.What, i.Change)).ToList()));
        }).WithName("HandOverOrgUnit")
          .WithSummary("Bàn giao công việc của đơn vị đã đóng cho đơn vị tiếp nhận (preview: chỉ liệt kê, không thay đổi)");
        return api;
    }

    private static string Snake(string name) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}
