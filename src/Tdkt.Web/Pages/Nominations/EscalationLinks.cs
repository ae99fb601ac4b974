using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Nominations;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;

namespace Tdkt.Web.Pages.Nominations;

/// <summary>
/// The two ends of an escalation chain as one viewer may see them (ADR-0013): "Hồ sơ gốc" on a dossier made by
/// escalation, "Hồ sơ trình cấp trên" on the original. The other dossier's id is given only when the viewer may see
/// that dossier; otherwise only the body's name, so no id leaks outside the viewer's scope.
/// </summary>
public sealed record EscalationLinks(int? OriginId, string? OriginLabel, int? HigherId, string? HigherLabel)
{
    public static readonly EscalationLinks None = new(null, null, null, null);

    public static async Task<EscalationLinks> ForAsync(TdktDbContext db, OrgScope scope, Dossier d, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(d);
        var links = None;
        if (d.OriginDossierId is { } originId)
        {
            var (origin, path, label) = await EndAsync(db, originId, ct);
            links = links with
            {
                OriginId = NominationAccess.CanSee(scope, path, origin) ? originId : null,
                OriginLabel = $"hồ sơ đề nghị của {label.Proposing}, do {label.Receiving} thẩm định",
            };
        }

        if (d.EscalatedDossierId is { } higherId)
        {
            var (higher, path, label) = await EndAsync(db, higherId, ct);
            links = links with
            {
                HigherId = NominationAccess.CanSee(scope, path, higher) ? higherId : null,
                HigherLabel = $"gửi {label.Receiving} — {higher.Status.Vietnamese()}",
            };
        }
        else if (d.EscalatedToExternal is { } external)
        {
            links = links with { HigherLabel = $"gửi {external} (ngoài hệ thống)" };
        }

        return links;
    }

    private static async Task<(Dossier Dossier, string ProposingPath, (string Proposing, string Receiving) Names)> EndAsync(
        TdktDbContext db, int id, CancellationToken ct)
    {
        var other = await db.Dossiers.AsNoTracking().SingleAsync(x => x.Id == id, ct);
        var proposing = await db.OrgUnits.AsNoTracking().Where(u => u.Id == other.ProposingUnitId).Select(u => new { u.Path, u.Name }).SingleAsync(ct);
        var receiving = await db.OrgUnits.AsNoTracking().Where(u => u.Id == other.ReceivingUnitId).Select(u => u.Name).SingleAsync(ct);
        return (other, proposing.Path, (proposing.Name, receiving));
    }
}
