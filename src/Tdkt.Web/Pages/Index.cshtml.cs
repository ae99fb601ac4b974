using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages;

public sealed class IndexModel(TdktDbContext db, CurrentUser me, TimeProvider clock, TdktSettings settings,
    Nominations.DossierInbox inbox, Council.CouncilQueries council) : PageModel
{
    /// <summary>One counter of the work queue: how many, and the list that shows exactly them.</summary>
    public sealed record Counter(string Label, int Count, string Url, string TestId);

    /// <summary>The work queue, one group per role the user holds (ADR-0025).</summary>
    public IReadOnlyList<(string Heading, IReadOnlyList<Counter> Counters)> Queues { get; private set; } = [];

    public string FullName { get; private set; } = string.Empty;
    public string? Position { get; private set; }
    public string HomeUnit { get; private set; } = string.Empty;
    public IReadOnlyList<GrantView> Grants { get; private set; } = [];
    public IReadOnlySet<Role> Roles { get; private set; } = new HashSet<Role>();
    public IReadOnlyList<Plans.TaskRow> DueSoon { get; private set; } = [];
    public IReadOnlyDictionary<int, string> PlanTitles { get; private set; } = new Dictionary<int, string>();

    public sealed record GrantView(Role Role, int UnitId, string UnitName, bool UnitClosed, int OpenUnitsInScope);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var loaded = await me.GetAsync(ct);
        if (loaded is null)
        {
            return Challenge();
        }

        FullName = loaded.User.FullName;
        Position = loaded.User.Position;
        HomeUnit = (await db.UnitAsync(loaded.User.OrgUnitId, ct))?.Name ?? string.Empty;
        var today = clock.Today(settings);
        var list = new List<GrantView>();
        foreach (var g in loaded.Scope.Grants.OrderBy(g => g.Role))
        {
            var unit = await db.UnitAsync(g.OrgUnitId, ct) ?? throw new InvalidOperationException($"Unit {g.OrgUnitId} of a grant is missing.");
            var open = await db.OrgUnits.CountAsync(u => u.Path.StartsWith(g.Path) && (u.ValidTo == null || u.ValidTo >= today), ct);
            list.Add(new GrantView(g.Role, unit.Id, unit.Name, unit.ValidTo is not null, open));
        }

        Grants = list;
        Roles = loaded.Scope.Grants.Select(g => g.Role).ToHashSet();

        // Reminders (shown here only; no e-mail is sent): tasks led by the user's units, due within 7 days, not done.
        var soon = today.AddDays(Domain.Planning.TaskProgress.DefaultReminderDays);
        var myUnits = db.OrgUnits.VisibleTo(loaded.Scope).Select(u => u.Id);
        var tasks = db.PlanTasks.Where(t => t.LeadUnitId != null && myUnits.Contains(t.LeadUnitId.Value) && t.End != null
            && t.End >= today && t.End <= soon && t.Status != Domain.Planning.TaskProgressStatus.Done);
        DueSoon = await Plans.PlanQueries.TaskRowsAsync(db, loaded.Scope, tasks, today, ct);
        var planIds = DueSoon.Select(t => t.Task.PlanId).Distinct().ToList();
        PlanTitles = await db.Plans.Where(p => planIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Title, ct);
        Queues = await QueuesAsync(loaded.Scope, loaded.User.Id, today, ct);
        return Page();
    }

    private async Task<IReadOnlyList<(string, IReadOnlyList<Counter>)>> QueuesAsync(OrgScope scope, string userId, DateOnly today, CancellationToken ct)
    {
        var roles = scope.Grants.Select(g => g.Role).ToHashSet();
        var queues = new List<(string, IReadOnlyList<Counter>)>();
        async Task<Counter> Dossiers(string label, Nominations.DossierFilter f, string testId) =>
            new(label, await inbox.CountAsync(scope, f, ct), f.Url(), testId);

        if (roles.Contains(Role.UnitClerk))
        {
            queues.Add(("Hồ sơ của đơn vị",
            [
                await Dossiers("Hồ sơ đang soạn (chưa gửi)", new(Step: nameof(Domain.Nominations.DossierStatus.Draft)), "q-drafts"),
                await Dossiers("Hồ sơ bị trả lại, cần bổ sung", new(Step: nameof(Domain.Nominations.DossierStatus.Returned)), "q-returned"),
                await Dossiers("Hồ sơ có hạn nộp trong 7 ngày tới", new(Deadline: Nominations.DossierFilter.Next7Days, Sort: "han"), "q-deadlines"),
                new("Báo cáo định kỳ đến hạn (7 ngày tới) chưa nộp", await ReportsDueAsync(scope, today, ct), "/Reports", "q-reports"),
            ]));
        }

        if (roles.Contains(Role.Appraiser))
        {
            queues.Add(("Thẩm định hồ sơ",
            [
                await Dossiers("Hồ sơ chờ tiếp nhận", new(Step: nameof(Domain.Nominations.DossierStatus.Submitted)), "q-to-receive"),
                await Dossiers("Hồ sơ đang thẩm định", new(Step: Nominations.DossierFilter.Appraising, Sort: "han"), "q-appraising"),
                await Dossiers("Hồ sơ quá hạn thẩm định", new(Deadline: Nominations.DossierFilter.Overdue, Sort: "han"), "q-overdue"),
                await Dossiers("Xin ý kiến chưa có trả lời", new(Task: Nominations.DossierFilter.Consultations), "q-consultations"),
            ]));
        }

        if (roles.Contains(Role.Signer))
        {
            queues.Add(("Ký quyết định",
            [
                await Dossiers("Hồ sơ chờ ký quyết định", new(Step: Nominations.DossierFilter.AwaitingSignature), "q-to-sign"),
            ]));
        }

        if (roles.Contains(Role.CouncilSecretary) || roles.Contains(Role.CouncilMember))
        {
            var councils = await council.OverviewAsync(ct);
            var sessions = councils.SelectMany(c => c.Sessions.Select(s => (c.CanRun, Session: s))).ToList();
            var counters = new List<Counter>();
            if (roles.Contains(Role.CouncilSecretary))
            {
                var toPrepare = sessions.Where(x => x.CanRun && x.Session.Status == Domain.Council.CouncilSessionStatus.Scheduled).ToList();
                var voting = sessions.Where(x => x.CanRun && x.Session.Status == Domain.Council.CouncilSessionStatus.VotingOpen).ToList();
                counters.Add(new("Phiên họp cần chuẩn bị", toPrepare.Count, SessionUrl(toPrepare.Select(x => x.Session.Id)), "q-sessions-prepare"));
                counters.Add(new("Phiên họp đang bỏ phiếu", voting.Count, SessionUrl(voting.Select(x => x.Session.Id)), "q-sessions-voting"));
            }

            if (roles.Contains(Role.CouncilMember))
            {
                var waiting = await BallotsWaitingAsync(userId, sessions.Select(x => x.Session).Where(s => s.Status == Domain.Council.CouncilSessionStatus.VotingOpen).ToList(), ct);
                counters.Add(new("Phiếu bầu chờ bạn bỏ", waiting.Count, SessionUrl(waiting), "q-ballots"));
            }

            queues.Add(("Hội đồng Thi đua - Khen thưởng", counters));
        }

        if (roles.Contains(Role.Viewer) || (roles.Contains(Role.Signer) && queues.Count == 1))
        {
            var year = today.Year;
            queues.Add(($"Tình hình chung năm {year}",
            [
                await Dossiers("Hồ sơ đang xử lý", new(Step: Nominations.DossierFilter.Open, Year: year), "q-open"),
                await Dossiers("Hồ sơ đã có quyết định khen thưởng", new(Step: nameof(Domain.Nominations.DossierStatus.Decided), Year: year), "q-decided"),
                await Dossiers("Hồ sơ bị trả lại", new(Step: nameof(Domain.Nominations.DossierStatus.Returned), Year: year), "q-returned-all"),
                await Dossiers("Hồ sơ quá hạn thẩm định", new(Deadline: Nominations.DossierFilter.Overdue), "q-overdue-all"),
            ]));
        }

        return queues;
    }

    private static string SessionUrl(IEnumerable<int> ids)
    {
        var list = ids.Distinct().ToList();
        return list.Count == 1 ? $"/Council/Session/{list[0]}" : "/Council";
    }

    /// <summary>Open sessions where this user, as a member on the roster, has not yet voted on every agenda item.</summary>
    private async Task<List<int>> BallotsWaitingAsync(string userId, IReadOnlyList<Domain.Council.CouncilSession> open, CancellationToken ct)
    {
        if (open.Count == 0)
        {
            return [];
        }

        var ids = open.Select(s => s.Id).ToList();
        var memberIds = await db.CouncilMembers.AsNoTracking().Where(m => m.UserId == userId).Select(m => m.Id).ToListAsync(ct);
        var attending = await db.CouncilAttendance.AsNoTracking().Where(a => ids.Contains(a.SessionId) && a.Present && memberIds.Contains(a.MemberId))
            .Select(a => a.SessionId).Distinct().ToListAsync(ct);
        var items = await db.CouncilAgendaItems.AsNoTracking().Where(i => attending.Contains(i.SessionId) && i.BlockedReason == null)
            .GroupBy(i => i.SessionId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var voted = await db.BallotParticipation.AsNoTracking().Where(p => attending.Contains(p.SessionId) && memberIds.Contains(p.MemberId))
            .GroupBy(p => p.SessionId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return [.. items.Where(i => i.Count > (voted.FirstOrDefault(v => v.Key == i.Key)?.Count ?? 0)).Select(i => i.Key)];
    }

    /// <summary>Report requests addressed to the clerk's units, due in the next 7 days (or already late this month), with no
    /// submitted answer from that unit for the period.</summary>
    private async Task<int> ReportsDueAsync(OrgScope scope, DateOnly today, CancellationToken ct)
    {
        var myUnits = await db.OrgUnits.AsNoTracking().VisibleTo(scope, Role.UnitClerk).Select(u => u.Id).ToListAsync(ct);
        var from = today.AddDays(-30);
        var until = today.AddDays(7);
        var requests = await db.ReportRequests.AsNoTracking().Where(r => r.DueDate >= from && r.DueDate <= until)
            .Select(r => new { r.Id, r.RecipientUnitIds, r.DueDate }).Take(500).ToListAsync(ct);
        var ids = requests.Select(r => r.Id).ToList();
        var submitted = await db.ReportSubmissions.AsNoTracking()
            .Where(s => ids.Contains(s.RequestId) && s.Status == Domain.Planning.SubmissionStatus.Submitted && myUnits.Contains(s.OrgUnitId))
            .Select(s => new { s.RequestId, s.OrgUnitId }).ToListAsync(ct);
        return requests.Sum(r => r.RecipientUnitIds.Count(u => myUnits.Contains(u) && !submitted.Any(s => s.RequestId == r.Id && s.OrgUnitId == u)));
    }
}
