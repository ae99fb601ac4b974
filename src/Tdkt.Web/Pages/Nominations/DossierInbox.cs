using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Nominations;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;

namespace Tdkt.Web.Pages.Nominations;

/// <summary>
/// Filters of the dossier inbox, as they appear in the URL (so a link can be shared and the home page's counters
/// open exactly the list they count): buoc (a step or a group of steps), donvi (proposing unit and its subtree),
/// nam, hinhthuc (an award among the nominees), phongtrao, han (7ngay: submission deadline in the next 7 days;
/// quahan: appraisal overdue), viec (xinykien: a consultation waits for its answer), q (words of the title),
/// sap (sort) and trang (page).
/// </summary>
public sealed record DossierFilter(string? Step = null, int? UnitId = null, int? Year = null, string? Award = null, int? MovementId = null,
    string? Deadline = null, string? Task = null, string? Text = null, string? Sort = null, int Page = 1)
{
    public const string Appraising = "dangthamdinh";
    public const string AwaitingSignature = "choky";
    public const string Open = "dangxuly";
    public const string Next7Days = "7ngay";
    public const string Overdue = "quahan";
    public const string Consultations = "xinykien";

    public static readonly IReadOnlyList<(string Value, string Name)> Steps =
    [
        (nameof(DossierStatus.Draft), DossierStatus.Draft.Vietnamese()),
        (nameof(DossierStatus.Returned), DossierStatus.Returned.Vietnamese()),
        (nameof(DossierStatus.Submitted), DossierStatus.Submitted.Vietnamese()),
        (Appraising, "Đang thẩm định (đã tiếp nhận)"),
        (AwaitingSignature, "Chờ ký quyết định"),
        (Open, "Đang xử lý (chưa có kết quả)"),
        (nameof(DossierStatus.Decided), DossierStatus.Decided.Vietnamese()),
        (nameof(DossierStatus.NotAwarded), DossierStatus.NotAwarded.Vietnamese()),
        (nameof(DossierStatus.Escalated), DossierStatus.Escalated.Vietnamese()),
        (nameof(DossierStatus.Revoked), DossierStatus.Revoked.Vietnamese()),
    ];

    public static readonly IReadOnlyList<(string Value, string Name)> Sorts =
    [
        ("moi", "Mới tạo trước"), ("han", "Hạn gần nhất trước"), ("ten", "Theo tên hồ sơ"), ("donvi", "Theo đơn vị đề nghị"), ("nam", "Theo năm"),
    ];

    public static DossierFilter From(IQueryCollection q)
    {
        static int? Int(string? s) => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;
        static string? Str(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim()[..Math.Min(s.Trim().Length, 200)];
        return new DossierFilter(Str(q["buoc"]), Int(q["donvi"]), Int(q["nam"]), Str(q["hinhthuc"]), Int(q["phongtrao"]), Str(q["han"]),
            Str(q["viec"]), Str(q["q"]), Str(q["sap"]), Math.Clamp(Int(q["trang"]) ?? 1, 1, 100_000));
    }

    /// <summary>The URL of this filter (another page, another sort, or the export handler).</summary>
    public string Url(int? page = null, string? handler = null, string path = "/Nominations")
    {
        var q = new List<KeyValuePair<string, string?>>
        {
            new("buoc", Step), new("donvi", UnitId?.ToString(CultureInfo.InvariantCulture)), new("nam", Year?.ToString(CultureInfo.InvariantCulture)),
            new("hinhthuc", Award), new("phongtrao", MovementId?.ToString(CultureInfo.InvariantCulture)), new("han", Deadline), new("viec", Task),
            new("q", Text), new("sap", Sort), new("handler", handler),
            new("trang", (page ?? 1) > 1 ? page!.Value.ToString(CultureInfo.InvariantCulture) : null),
        };
        return path + QueryString.Create(q.Where(kv => !string.IsNullOrWhiteSpace(kv.Value)));
    }

    public bool IsEmpty => this with { Sort = null, Page = 1 } == new DossierFilter();

    internal static DossierStatus[]? StatusesOf(string? step) => step switch
    {
        null => null,
        Appraising => [DossierStatus.Received, DossierStatus.UnderAppraisal],
        AwaitingSignature => [DossierStatus.Appraised, DossierStatus.CouncilRecorded],
        Open => [DossierStatus.Submitted, DossierStatus.Received, DossierStatus.UnderAppraisal, DossierStatus.Appraised, DossierStatus.CouncilRecorded],
        _ => Enum.TryParse<DossierStatus>(step, ignoreCase: false, out var s) && Enum.IsDefined(s) ? [s] : [],
    };
}

/// <summary>The inbox: what the caller may see, filtered, with the appraisal clock, sorted. The home page's counters
/// count with the same code, so a counter and the list it opens always agree.</summary>
public sealed class DossierInbox(TdktDbContext db, DossierWorkflow workflow, NominationChecks checks)
{
    public sealed record Row(Dossier Dossier, string Unit, DateOnly? Due, int? WorkingDaysLeft);

    /// <summary>More than this many matching dossiers: the list says so and asks for a narrower filter.</summary>
    public const int MaxRows = 5000;

    public DateOnly Today => workflow.Today;

    /// <summary>One page of the inbox with the exact total and up to 20 overdue dossiers of the whole filter.</summary>
    public sealed record Page(IReadOnlyList<Row> Rows, int Total, bool Capped, IReadOnlyList<Row> Overdue);

    /// <summary>
    /// One page. The default sort (newest first) and the year sort page and count in PostgreSQL, so a province officer
    /// who sees 15,000 dossiers loads 50 of them, not all (issue 17: 2 s → a few ms on national data). The sorts by
    /// the appraisal deadline (working days, a C# calendar) and by Vietnamese name, and the overdue filter, sort the
    /// filtered list in memory as before (at most <see cref="MaxRows"/> rows).
    /// </summary>
    public async Task<Page> PageAsync(OrgScope scope, DossierFilter f, int pageSize, CancellationToken ct)
    {
        if (f.Deadline == DossierFilter.Overdue || f.Sort is "han" or "ten" or "donvi")
        {
            var all = await ListAsync(scope, f, ct);
            var pages = Math.Max(1, (all.Count + pageSize - 1) / pageSize);
            var page = Math.Min(f.Page, pages);
            var overdue = f.Deadline == DossierFilter.Overdue ? [] : all.Where(r => r.WorkingDaysLeft < 0).Take(OverdueShown).ToList();
            return new Page([.. all.Skip((page - 1) * pageSize).Take(pageSize)], all.Count, all.Count >= MaxRows, overdue);
        }

        var dossiers = await FilteredAsync(scope, f, ct);
        var total = await dossiers.CountAsync(ct);
        var lastPage = Math.Max(1, (total + pageSize - 1) / pageSize);
        var skip = (Math.Min(f.Page, lastPage) - 1) * pageSize;
        var ordered = f.Sort == "nam"
            ? dossiers.OrderByDescending(d => d.Year).ThenByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id)
            : dossiers.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id);
        var rows = await RowsAsync(ordered.Skip(skip).Take(pageSize), ct);
        return new Page(rows, total, false, await OverdueAsync(dossiers, ct));
    }

    /// <summary>All matching rows (at most <see cref="MaxRows"/>), sorted as asked: the .xlsx export and the in-memory sorts.</summary>
    public async Task<IReadOnlyList<Row>> ListAsync(OrgScope scope, DossierFilter f, CancellationToken ct)
    {
        var dossiers = await FilteredAsync(scope, f, ct);
        IEnumerable<Row> rows = await RowsAsync(dossiers.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id).Take(MaxRows), ct);
        if (f.Deadline == DossierFilter.Overdue)
        {
            rows = rows.Where(r => r.WorkingDaysLeft < 0);
        }

        rows = f.Sort switch
        {
            "han" => rows.OrderBy(r => r.Due ?? r.Dossier.SubmitBefore ?? DateOnly.MaxValue),
            "ten" => rows.OrderBy(r => r.Dossier.Title, StringComparer.Create(Domain.Common.ViFormat.Culture, ignoreCase: true)),
            "donvi" => rows.OrderBy(r => r.Unit, StringComparer.Create(Domain.Common.ViFormat.Culture, ignoreCase: true)),
            "nam" => rows.OrderByDescending(r => r.Dossier.Year),
            _ => rows,
        };
        return [.. rows];
    }

    /// <summary>How many match: a COUNT in PostgreSQL; for the overdue filter only the dossiers under appraisal are read
    /// (three columns each), since "overdue" counts working days.</summary>
    public async Task<int> CountAsync(OrgScope scope, DossierFilter f, CancellationToken ct)
    {
        var dossiers = await FilteredAsync(scope, f, ct);
        return f.Deadline == DossierFilter.Overdue ? (await OverdueIdsAsync(dossiers, int.MaxValue, ct)).Count : await dossiers.CountAsync(ct);
    }

    private const int OverdueShown = 20;

    private async Task<IReadOnlyList<Row>> OverdueAsync(IQueryable<Dossier> dossiers, CancellationToken ct)
    {
        var ids = await OverdueIdsAsync(dossiers, OverdueShown, ct);
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await RowsAsync(dossiers.Where(d => ids.Contains(d.Id)), ct);
        return [.. rows.OrderBy(r => ids.IndexOf(r.Dossier.Id))];
    }

    /// <summary>The dossiers under appraisal past their working-day deadline, newest first.</summary>
    private async Task<List<int>> OverdueIdsAsync(IQueryable<Dossier> dossiers, int take, CancellationToken ct)
    {
        var open = await dossiers.Where(d => d.ReceivedOn != null && (d.Status == DossierStatus.Received || d.Status == DossierStatus.UnderAppraisal))
            .OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id)
            .Select(d => new { d.Id, ReceivedOn = d.ReceivedOn!.Value, d.AppraisalWorkingDays }).Take(MaxRows).ToListAsync(ct);
        if (open.Count == 0)
        {
            return [];
        }

        var calendar = await checks.CalendarAsync(ct);
        var today = Today;
        return [.. open.Where(d => calendar.WorkingDaysBetween(today, calendar.AddWorkingDays(d.ReceivedOn, d.AppraisalWorkingDays)) < 0)
            .Select(d => d.Id).Take(take)];
    }

    private async Task<List<Row>> RowsAsync(IQueryable<Dossier> dossiers, CancellationToken ct)
    {
        var list = await (from d in dossiers
                          join u in db.OrgUnits.AsNoTracking() on d.ProposingUnitId equals u.Id
                          select new { d, u.Name }).ToListAsync(ct);
        var calendar = await checks.CalendarAsync(ct);
        var today = Today;
        return [.. list.Select(x =>
        {
            DateOnly? due = x.d.ReceivedOn is { } r && x.d.Status is DossierStatus.Received or DossierStatus.UnderAppraisal
                ? calendar.AddWorkingDays(r, x.d.AppraisalWorkingDays) : null;
            return new Row(x.d, x.Name, due, due is { } dd ? calendar.WorkingDaysBetween(today, dd) : null);
        })];
    }

    /// <summary>The visible dossiers narrowed by every filter that SQL can apply (all but the working-day overdue test).</summary>
    private async Task<IQueryable<Dossier>> FilteredAsync(OrgScope scope, DossierFilter f, CancellationToken ct)
    {
        var dossiers = NominationAccess.Visible(db, scope).AsNoTracking();
        if (DossierFilter.StatusesOf(f.Step) is { } statuses)
        {
            dossiers = dossiers.Where(d => statuses.Contains(d.Status));
        }

        if (f.UnitId is { } unitId)
        {
            var path = await db.UnitPathAsync(unitId, ct) ?? "\u0000";
            var subtree = db.OrgUnits.Where(u => u.Path.StartsWith(path)).Select(u => u.Id);
            dossiers = dossiers.Where(d => subtree.Contains(d.ProposingUnitId));
        }

        if (f.Year is { } year)
        {
            dossiers = dossiers.Where(d => d.Year == year);
        }

        if (f.MovementId is { } movementId)
        {
            dossiers = dossiers.Where(d => d.MovementId == movementId);
        }

        if (f.Award is { } award)
        {
            var withAward = db.Nominees.Where(n => n.AwardCode == award).Select(n => n.DossierId);
            dossiers = dossiers.Where(d => withAward.Contains(d.Id));
        }

        if (f.Task == DossierFilter.Consultations)
        {
            var waiting = db.ConsultationRequests.Where(c => c.Answer == null).Select(c => c.DossierId);
            dossiers = dossiers.Where(d => waiting.Contains(d.Id));
        }

        var today = Today;
        if (f.Deadline == DossierFilter.Next7Days)
        {
            var until = today.AddDays(7);
            dossiers = dossiers.Where(d => (d.Status == DossierStatus.Draft || d.Status == DossierStatus.Returned)
                && d.SubmitBefore != null && d.SubmitBefore >= today && d.SubmitBefore <= until);
        }
        else if (f.Deadline == DossierFilter.Overdue)
        {
            dossiers = dossiers.Where(d => d.ReceivedOn != null && (d.Status == DossierStatus.Received || d.Status == DossierStatus.UnderAppraisal));
        }

        if (f.Text is { } text)
        {
            var pattern = "%" + text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            dossiers = dossiers.Where(d => EF.Functions.ILike(TdktDbContext.Unaccent(d.Title), TdktDbContext.Unaccent(pattern)));
        }

        return dossiers;
    }

}
