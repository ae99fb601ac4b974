using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Council;
using Tdkt.Domain.Nominations;
using Tdkt.Domain.Organizations;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.OrgUnits;

/// <summary>Bàn giao công việc của đơn vị đã đóng: <c>Preview</c> only lists what would move.</summary>
public sealed record HandoverCommand(int Id, int? SuccessorId, string? Reason, bool Preview);

/// <summary>One thing that moves: what it is, which row, and the change in words.</summary>
public sealed record HandoverItem(HandoverItemKind Kind, string EntityId, string What, string Change);

public sealed record HandoverPlan(int UnitId, string UnitName, int SuccessorId, string SuccessorName, IReadOnlyList<HandoverItem> Items, bool Done);

/// <summary>
/// Hands a closed unit's open work to its successor (ADR-0030): open dossiers (re-addressed as proposing unit and/or
/// receiving body), plans of the closure year and after, report requests still running, council memberships in office,
/// user grants and users' home unit. Without preview: one transaction, one save, one audit row per moved row with the
/// action "Bàn giao công việc" and the reason given. Both units must be in the caller's Admin subtree (else 404).
/// </summary>
public sealed class HandoverOrgUnitHandler(TdktDbContext db, CurrentUser me, TimeProvider clock, TdktSettings settings)
{
    public const string AuditAction = "Bàn giao công việc của đơn vị đã đóng";

    public async Task<Result<HandoverPlan>> HandleAsync(HandoverCommand cmd, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (cmd.SuccessorId is not { } successorId)
        {
            return await db.Administered(scope).AnyAsync(u => u.Id == cmd.Id, ct)
                ? new ValidationError("successorId", "Hãy chọn đơn vị tiếp nhận công việc.")
                : new NotFoundError();
        }

        await using var tx = cmd.Preview ? null : await db.BeginTreeWriteAsync(ct);
        var unit = await db.Administered(scope).AsNoTracking().SingleOrDefaultAsync(u => u.Id == cmd.Id, ct);
        var successor = await db.Administered(scope).AsNoTracking().SingleOrDefaultAsync(u => u.Id == successorId, ct);
        if (unit is null || successor is null)
        {
            return new NotFoundError();
        }

        var today = clock.Today(settings);
        var checkedReason = Handover.Check(unit, successor, cmd.Reason, today, cmd.Preview);
        if (checkedReason.IsFailure)
        {
            return checkedReason.Error!;
        }

        var items = new List<HandoverItem>();
        await DossiersAsync(unit, successor, items, ct);
        await PlansAsync(unit, successor, items, ct);
        await ReportRequestsAsync(unit, successor, items, ct);
        await CouncilAsync(unit, successor, today, items, ct);
        await GrantsAsync(unit, successor, items, ct);
        var plan = new HandoverPlan(unit.Id, unit.Name, successor.Id, successor.Name, items, Done: !cmd.Preview);
        if (cmd.Preview)
        {
            db.ChangeTracker.Clear();
            return plan;
        }

        try
        {
            await db.SaveChangesAsync(new AuditNote(AuditAction, $"{checkedReason.Value} (từ {unit.Name} sang {successor.Name})"), ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new ConflictError("Có hồ sơ hoặc dữ liệu vừa được thay đổi ở nơi khác. Hãy xem trước lại rồi bàn giao.");
        }

        await tx!.CommitAsync(ct);
        return plan;
    }

    private async Task DossiersAsync(OrgUnit unit, OrgUnit successor, List<HandoverItem> items, CancellationToken ct)
    {
        var dossiers = await db.Dossiers
            .Where(d => (d.ProposingUnitId == unit.Id || d.ReceivingUnitId == unit.Id)
                && d.Status != DossierStatus.Decided && d.Status != DossierStatus.NotAwarded && d.Status != DossierStatus.Revoked)
            .OrderBy(d => d.Id).ToListAsync(ct);
        if (dossiers.Count == 0)
        {
            return;
        }

        var unitIds = dossiers.SelectMany(d => new[] { d.ProposingUnitId, d.ReceivingUnitId }).Append(successor.Id).Distinct().ToList();
        var units = await db.OrgUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        var successions = await db.OrgUnitSuccessions.AsNoTracking().Where(s => unitIds.Contains(s.PredecessorId))
            .OrderBy(s => s.EffectiveOn).ToListAsync(ct);
        var extra = successions.Select(s => s.SuccessorId).Append(successor.ParentId ?? successor.Id).Where(id => !units.ContainsKey(id)).Distinct().ToList();
        foreach (var u in await db.OrgUnits.AsNoTracking().Where(u => extra.Contains(u.Id)).ToListAsync(ct))
        {
            units[u.Id] = u;
        }

        foreach (var d in dossiers)
        {
            var receiving = units[d.ReceivingUnitId];
            var receivingSuccessor = successions.LastOrDefault(s => s.PredecessorId == receiving.Id && units.TryGetValue(s.SuccessorId, out var su) && !su.IsClosed)?.SuccessorId;
            var newReceiving = Handover.ReceivingBody(unit.Id, successor.Id, successor.ParentId, receiving.Id, receiving.IsClosed, receivingSuccessor);
            var proposerMoves = d.ProposingUnitId == unit.Id;
            if (d.HandOver(unit.Id, successor.Id, newReceiving).IsFailure)
            {
                continue;
            }

            var changes = new List<string>();
            if (proposerMoves)
            {
                changes.Add($"Đơn vị đề nghị: {Label(unit)} → {successor.Name}");
            }

            if (newReceiving != receiving.Id)
            {
                changes.Add($"Cơ quan tiếp nhận: {Label(receiving)} → {units[newReceiving].Name}");
            }

            items.Add(new HandoverItem(HandoverItemKind.Dossier, Key(d.Id), $"{d.Title} ({d.Status.Vietnamese()})", string.Join("; ", changes)));
        }
    }

    private async Task PlansAsync(OrgUnit unit, OrgUnit successor, List<HandoverItem> items, CancellationToken ct)
    {
        var fromYear = unit.ValidTo!.Value.Year;
        foreach (var p in await db.Plans.Where(p => p.OwnerUnitId == unit.Id && p.Year >= fromYear).OrderBy(p => p.Id).ToListAsync(ct))
        {
            p.HandOver(successor.Id);
            items.Add(new HandoverItem(HandoverItemKind.Plan, Key(p.Id), $"{p.Title} (năm {p.Year})", $"Đơn vị ban hành: {Label(unit)} → {successor.Name}"));
        }
    }

    private async Task ReportRequestsAsync(OrgUnit unit, OrgUnit successor, List<HandoverItem> items, CancellationToken ct)
    {
        var lastDay = unit.ValidTo!.Value;
        var requests = await db.ReportRequests
            .Where(r => (r.RequesterUnitId == unit.Id || r.RecipientUnitIds.Contains(unit.Id)) && (r.RecursYearly || r.DueDate > lastDay))
            .OrderBy(r => r.Id).ToListAsync(ct);
        foreach (var r in requests)
        {
            var change = r.RequesterUnitId == unit.Id ? $"Đơn vị yêu cầu: {Label(unit)} → {successor.Name}" : $"Đơn vị phải báo cáo: {Label(unit)} → {successor.Name}";
            r.HandOver(unit.Id, successor.Id);
            items.Add(new HandoverItem(HandoverItemKind.ReportRequest, Key(r.Id), r.Title, change));
        }
    }

    private async Task CouncilAsync(OrgUnit unit, OrgUnit successor, DateOnly today, List<HandoverItem> items, CancellationToken ct)
    {
        var lastDay = unit.ValidTo!.Value;
        var members = await db.CouncilMembers.Where(m => m.OrgUnitId == unit.Id && m.ValidTo == null).OrderBy(m => m.Office).ThenBy(m => m.Id).ToListAsync(ct);
        if (members.Count == 0)
        {
            return;
        }

        var atSuccessor = await db.CouncilMembers.AsNoTracking()
            .Where(m => m.OrgUnitId == successor.Id && m.ValidFrom <= today && (m.ValidTo == null || m.ValidTo >= today))
            .Select(m => new { m.UserId, m.Office }).ToListAsync(ct);
        var held = atSuccessor.Select(m => m.Office).ToList();
        var from = today < successor.ValidFrom ? successor.ValidFrom : today;
        foreach (var m in members)
        {
            m.End(lastDay < m.ValidFrom ? m.ValidFrom : lastDay);
            if (atSuccessor.Any(s => s.UserId == m.UserId))
            {
                items.Add(new HandoverItem(HandoverItemKind.CouncilMember, Key(m.Id), $"{m.DisplayName} ({m.Office.Vietnamese()})",
                    $"Thôi làm thành viên Hội đồng {unit.Name}; đã là thành viên Hội đồng {successor.Name}"));
                continue;
            }

            var office = Handover.OfficeAtSuccessor(m.Office, held);
            held.Add(office);
            db.CouncilMembers.Add(m.MoveTo(successor.Id, office, from));
            items.Add(new HandoverItem(HandoverItemKind.CouncilMember, Key(m.Id), $"{m.DisplayName} ({m.Office.Vietnamese()})",
                $"Chuyển sang Hội đồng {successor.Name} từ {ViFormat.Date(from)}, {office.Vietnamese().ToLower(ViFormat.Culture)}"));
        }
    }

    private async Task GrantsAsync(OrgUnit unit, OrgUnit successor, List<HandoverItem> items, CancellationToken ct)
    {
        var grants = await db.RoleGrants.Where(g => g.OrgUnitId == unit.Id).OrderBy(g => g.Id).ToListAsync(ct);
        var userIds = grants.Select(g => g.UserId).ToList();
        var users = await db.Users.Where(u => userIds.Contains(u.Id) || u.OrgUnitId == unit.Id).ToDictionaryAsync(u => u.Id, ct);
        var existing = await db.RoleGrants.AsNoTracking().Where(g => g.OrgUnitId == successor.Id && userIds.Contains(g.UserId))
            .Select(g => new { g.UserId, g.Role }).ToListAsync(ct);
        foreach (var g in grants)
        {
            var who = users.TryGetValue(g.UserId, out var u) ? $"{u.FullName} ({u.UserName})" : g.UserId;
            if (existing.Any(e => e.UserId == g.UserId && e.Role == g.Role))
            {
                db.RoleGrants.Remove(g);
                items.Add(new HandoverItem(HandoverItemKind.Grant, Key(g.Id), $"{who}: {g.Role.Vietnamese()}",
                    $"Bỏ quyền tại {unit.Name} (đã có quyền này tại {successor.Name})"));
                continue;
            }

            g.OrgUnitId = successor.Id;
            items.Add(new HandoverItem(HandoverItemKind.Grant, Key(g.Id), $"{who}: {g.Role.Vietnamese()}", $"Phạm vi: {Label(unit)} → {successor.Name}"));
        }

        foreach (var user in users.Values.Where(u => u.OrgUnitId == unit.Id).OrderBy(u => u.UserName, StringComparer.Ordinal))
        {
            user.OrgUnitId = successor.Id;
            items.Add(new HandoverItem(HandoverItemKind.UserHomeUnit, user.Id, $"{user.FullName} ({user.UserName})", $"Đơn vị công tác: {Label(unit)} → {successor.Name}"));
        }
    }

    /// <summary>A closed unit's name with its last day, so "Phường Tân Phong → Phường Tân Phong" reads as two units.</summary>
    private static string Label(OrgUnit u) => u.ValidTo is { } end ? $"{u.Name} (đến {ViFormat.Date(end)})" : u.Name;

    private static string Key(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
