using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;
using Tdkt.Domain.Security;
using Tdkt.Domain.Statistics;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Awards;
using Tdkt.Web.Pages.Registry;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.ThongKe;

/// <summary>Revoked awards: left out (default), shown beside the counts, or listed alone (records only).</summary>
public enum RevokedMode
{
    Exclude,
    Show,
    Only,
}

/// <summary>Filters shared by the pivot, the API and the record list (all optional; keys as in the URL).</summary>
public sealed record StatFilters(int? Unit = null, int? Year = null, string? Form = null, string? Level = null, string? Kind = null,
    string? Subject = null, string? Movement = null, string? Issuer = null, string? Decision = null, string? Person = null,
    RevokedMode Revoked = RevokedMode.Exclude);

/// <summary>The chosen unit (root), the day its tree is read on, unit id → bucket (direct sub-unit) for every unit it covers.</summary>
public sealed record StatUnitScope(int RootId, string RootName, DateOnly AsOf, IReadOnlyDictionary<int, int> Buckets);

/// <summary>One award record of a drill-down / registry list.</summary>
public sealed record StatRecord(int Id, int Year, DateOnly DecisionDate, string DecisionNumber, string AwardCode, string AwardName,
    string Kind, string SubjectKind, string Name, int? PersonId, int OrgUnitId, string UnitName, decimal? Amount, int? DecisionId,
    bool Revoked, string? RevocationAct, string IssuerName = "", string LevelName = "");

/// <summary>
/// Award statistics straight from the registry (award_records, money from decision_recipients, revocations), scoped to
/// the caller: the chosen unit must be in scope (else 404), its figures roll predecessors into successors as of the
/// chosen day (<see cref="UnitRollup"/>). One SQL GROUP BY per request (over the pre-aggregated cells when they cover it, ADR-0036); labels and pivot in C#. ADR-0021.
/// </summary>
public sealed class AwardStatistics(TdktDbContext db)
{
    public const int PageSize = 50;

    /// <summary>Export ceiling of the record list (.xlsx, CSV, JSON).</summary>
    public const int MaxExportRows = 100_000;

    private Labels? _labels;
    private Dictionary<int, string>? _unitNames;

    /// <summary>Root = <paramref name="unitId"/> (must be in scope, else NotFound) or the caller's first scope root.</summary>
    public async Task<Result<StatUnitScope>> UnitScopeAsync(OrgScope scope, int? unitId, DateOnly asOf, CancellationToken ct)
    {
        var roots = scope.Roots();
        if (roots.Count == 0)
        {
            return new NotFoundError();
        }

        int rootId;
        if (unitId is { } requested)
        {
            var visible = await db.OrgUnits.AsNoTracking().VisibleTo(scope).AnyAsync(u => u.Id == requested, ct);
            if (!visible)
            {
                return new NotFoundError();
            }

            rootId = requested;
        }
        else
        {
            rootId = Domain.Organizations.OrgPath.Ids(roots[0])[^1];
        }

        var tree = await TreeAsync(ct);
        _unitNames ??= tree.Names;
        // A day outside the chosen unit's life is moved into it (a ward created in 2025 asked "as of 2023" reports its
        // predecessors as of its first day; a closed unit as of its last).
        var root = tree.Units[rootId];
        if (asOf < root.ValidFrom)
        {
            asOf = root.ValidFrom;
        }
        else if (root.ValidTo is { } end && asOf > end)
        {
            asOf = end;
        }

        var buckets = tree.Rollup.Buckets(rootId, asOf);
        return new StatUnitScope(rootId, tree.Names[rootId], asOf, buckets);
    }

    /// <summary>With a cache (the pages on the primary), the unit tree is read once per registry generation — any write
    /// of org_units or org_unit_successions moves it on (migrations Wave5Perf, Wave6Cache) — instead of 45,000 units
    /// and their successions on every request (issue 17). Without one (the replica, the tests' direct use), read now.</summary>
    public RegistryCache? Cache { get; init; }

    private sealed record UnitTree(IReadOnlyDictionary<int, RollupUnit> Units, Dictionary<int, string> Names, UnitRollup Rollup);

    private async Task<UnitTree> TreeAsync(CancellationToken ct) => Cache is null
        ? await ReadTreeAsync(ct)
        : await Cache.GetOrAddAsync("statistics-unit-tree", await RegistryCache.GenerationAsync(db, ct), () => ReadTreeAsync(CancellationToken.None),
            t => t.Units.Count);

    private async Task<UnitTree> ReadTreeAsync(CancellationToken ct)
    {
        // One read of the units serves the roll-up and the labels (names).
        var rows = await db.OrgUnits.AsNoTracking().Select(u => new { u.Id, u.ParentId, u.ValidFrom, u.ValidTo, u.Name }).ToListAsync(ct);
        var units = rows.Select(u => new RollupUnit(u.Id, u.ParentId, u.ValidFrom, u.ValidTo)).ToList();
        var successions = await db.OrgUnitSuccessions.AsNoTracking()
            .Select(s => new RollupSuccession(s.PredecessorId, s.SuccessorId, s.EffectiveOn)).ToListAsync(ct);
        return new UnitTree(units.ToDictionary(u => u.Id), rows.ToDictionary(u => u.Id, u => u.Name), new UnitRollup(units, successions));
    }

    /// <summary>The URL's request and filters checked (ValidationError naming the field) and the unit resolved
    /// (NotFoundError when outside the caller's scope).</summary>
    public async Task<Result<(StatRequest Request, StatFilters Filters, StatUnitScope Unit)>> ResolveAsync(OrgScope scope, StatQuery query,
        DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parsed = query.Parse(today);
        if (parsed.IsFailure)
        {
            return parsed.Error!;
        }

        var (request, filters, _) = parsed.Value;
        var unit = await UnitScopeAsync(scope, filters.Unit, request.AsOf, ct);
        return unit.IsFailure ? unit.Error! : (request, filters, unit.Value!);
    }

    /// <summary>Read the pre-aggregated cells (award_stat_cells, ADR-0036) when they cover the request; false = always the
    /// award records themselves (the tests compare both).</summary>
    public bool UseCells { get; set; } = true;

    /// <summary>The cells hold whole decision years and no decision number or person: a period of whole years without
    /// those two filters is read from them, anything else from the records.</summary>
    public static bool CellsCover(StatRequest request, StatFilters filters)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(filters);
        return request.From is { Month: 1, Day: 1 } && request.To is { Month: 12, Day: 31 }
            && string.IsNullOrWhiteSpace(filters.Decision) && string.IsNullOrWhiteSpace(filters.Person);
    }

    /// <summary>The pivot of <paramref name="request"/> under <paramref name="filters"/>: from the cells when they cover
    /// it (<see cref="CellsCover"/>), else one GROUP BY over the records; the same facts either way.</summary>
    public async Task<Result<PivotTable>> PivotAsync(StatUnitScope unit, StatRequest request, StatFilters filters, CancellationToken ct,
        int maxCells = PivotTable.DefaultMaxCells)
    {
        var labels = await LabelsAsync(ct);
        var cells = UseCells && CellsCover(request, filters);
        var sql = new StringBuilder("select ");
        var columns = request.GroupBy.Select(d => KeyExpression(d, cells)).ToList();
        foreach (var c in columns)
        {
            sql.Append(c).Append(", ");
        }

        var parameters = new List<NpgsqlParameter>();
        if (cells)
        {
            sql.Append("sum(c.\"Count\")::bigint, sum(c.\"Amount\"), c.\"Revoked\"");
            AppendCells(sql, unit, request, filters, parameters, labels);
        }
        else
        {
            sql.Append("count(*), coalesce(sum(dr.\"Amount\"), 0), rv.\"Id\" is not null");
            AppendFrom(sql, unit, request, filters, parameters, labels, withBuckets: true,
                withDossier: request.GroupBy.Contains(StatDimension.Movement) || filters.Movement is not null, withPerson: filters.Person is not null);
        }

        sql.Append(" group by ");
        for (var i = 1; i <= columns.Count + 1; i++)
        {
            sql.Append(i == 1 ? "" : ", ").Append(i == columns.Count + 1 ? columns.Count + 3 : i);
        }

        if (cells)
        {
            sql.Append(" having sum(c.\"Count\") <> 0"); // a cell emptied by a move (issued, revoked) stays as a zero row
        }

        var facts = new List<StatFact>();
        await ReadAsync(sql.ToString(), parameters, r =>
        {
            var keys = new string[columns.Count];
            for (var i = 0; i < columns.Count; i++)
            {
                var raw = r.IsDBNull(i) ? string.Empty : Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture) ?? string.Empty;
                keys[i] = request.GroupBy[i] == StatDimension.Level ? labels.LevelOf(raw) : raw;
            }

            var revoked = r.GetBoolean(columns.Count + 2);
            if (!revoked || filters.Revoked != RevokedMode.Exclude)
            {
                facts.Add(new StatFact(keys, r.GetInt64(columns.Count), r.GetDecimal(columns.Count + 1), revoked));
            }
        }, ct);
        return PivotTable.Build(request.GroupBy, facts, (d, key) => labels.SortKey(d, key, unit), maxCells);
    }

    /// <summary>
    /// The fairness breakdown (<see cref="FairnessTable"/>) by level or form: individuals awarded (not revoked) in the
    /// period next to individuals proposed — original nominee lines (not the copies carried up by escalation) of dossiers of
    /// the units covered whose first submission falls in the period. Gender from the person (awards) or the nominee line;
    /// ethnicity and the leader / direct-worker flags as recorded on the award (at decision) and on the nominee. ADR-0033.
    /// </summary>
    public async Task<FairnessTable> FairnessAsync(StatUnitScope unit, StatRequest request, StatFilters filters, StatDimension rowBy, CancellationToken ct)
    {
        var labels = await LabelsAsync(ct);
        var facts = new List<FairnessFact>();
        string Key(string code) => rowBy == StatDimension.Level ? labels.LevelOf(code) : code;
        void Add(FairnessSource source, DbDataReader r) => facts.Add(new FairnessFact(source, Key(r.GetString(0)),
            r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2),
            r.IsDBNull(3) ? null : r.GetBoolean(3), r.IsDBNull(4) ? null : r.GetBoolean(4), r.GetInt64(5)));

        var awarded = new StringBuilder("select a.\"AwardCode\", p.\"Gender\", a.\"Ethnicity\", a.\"IsLeader\", a.\"IsDirectWorker\", count(*)");
        var ps = new List<NpgsqlParameter>();
        AppendFrom(awarded, unit, request, filters with { Subject = nameof(SubjectKind.Individual), Revoked = RevokedMode.Exclude }, ps, labels,
            withBuckets: false, withDossier: filters.Movement is not null, withPerson: true);
        awarded.Append(" group by 1, 2, 3, 4, 5");
        await ReadAsync(awarded.ToString(), ps, r => Add(FairnessSource.Awarded, r), ct);

        var proposed = new StringBuilder("select n.\"AwardCode\", n.\"Gender\", n.\"Ethnicity\", n.\"IsLeader\", n.\"IsDirectWorker\", count(*) "
            + "from nominees n join dossiers ds on ds.\"Id\" = n.\"DossierId\" "
            + "join lateral (select min(t.\"At\") as at from dossier_transitions t where t.\"DossierId\" = ds.\"Id\" and t.\"Action\" = 'Submit') s on true "
            + "where n.\"Kind\" = 'Individual' and n.\"OriginNomineeId\" is null and ds.\"ProposingUnitId\" = any(@uids) "
            + "and (s.at at time zone 'Asia/Ho_Chi_Minh')::date between @from and @to");
        var pp = new List<NpgsqlParameter>
        {
            new("uids", unit.Buckets.Keys.ToArray()), new("from", request.From), new("to", request.To),
        };
        if (filters.Year is { } y)
        {
            proposed.Append(" and extract(year from s.at at time zone 'Asia/Ho_Chi_Minh') = @year");
            pp.Add(new NpgsqlParameter("year", y));
        }

        void Equal(string? value, string expression, string name)
        {
            if (value is not null)
            {
                proposed.Append(" and ").Append(expression).Append(" = @").Append(name);
                pp.Add(new NpgsqlParameter(name, value));
            }
        }

        Equal(filters.Form, "n.\"AwardCode\"", "form");
        Equal(filters.Kind, "ds.\"Kind\"", "kind");
        Equal(filters.Movement, "coalesce('M' || ds.\"MovementId\", 'C' || ds.\"ConferenceId\", '')", "movement");
        if (filters.Level is not null)
        {
            proposed.Append(" and n.\"AwardCode\" = any(@levelcodes)");
            pp.Add(new NpgsqlParameter("levelcodes", labels.CodesOfLevel(filters.Level)));
        }

        proposed.Append(" group by 1, 2, 3, 4, 5");
        await ReadAsync(proposed.ToString(), pp, r => Add(FairnessSource.Proposed, r), ct);
        return FairnessTable.Build(facts, k => labels.SortKey(rowBy, k, unit));
    }

    /// <summary>The annual report of the unit's subtree (predecessors included) for the decisions of <paramref name="year"/>:
    /// one fact per form and subject kind, with money and, among individuals, women, ethnic-minority people and direct
    /// workers as recorded. Revoked awards never count.</summary>
    public async Task<IReadOnlyList<ReportLine>> AnnualReportAsync(StatUnitScope unit, int year, CancellationToken ct)
    {
        var labels = await LabelsAsync(ct);
        var request = new StatRequest([StatDimension.Form], new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), unit.AsOf);
        var subject = KeyExpression(StatDimension.Subject);
        var sql = new StringBuilder("select a.\"AwardCode\", " + subject + ", count(*), coalesce(sum(dr.\"Amount\"), 0), "
            + "count(*) filter (where p.\"Gender\" = 'nữ'), "
            + "count(*) filter (where a.\"Ethnicity\" is not null and lower(f_unaccent(a.\"Ethnicity\")) <> 'kinh'), "
            + "count(*) filter (where a.\"IsDirectWorker\")");
        var ps = new List<NpgsqlParameter>();
        AppendFrom(sql, unit, request, new StatFilters(), ps, labels, withBuckets: false, withDossier: false, withPerson: true);
        sql.Append(" group by 1, 2");
        var facts = new List<ReportFact>();
        await ReadAsync(sql.ToString(), ps, r =>
        {
            var code = r.GetString(0);
            facts.Add(new ReportFact(labels.LevelOf(code), code, r.GetString(1), r.GetInt64(2), r.GetDecimal(3), r.GetInt64(4), r.GetInt64(5), r.GetInt64(6)));
        }, ct);
        return AnnualReport.Build(facts, code => labels.SortKey(StatDimension.Form, code, unit));
    }

    /// <summary>Name of a form, or of a level subtotal, or "Tổng cộng", for a report line.</summary>
    public async Task<Func<ReportLine, string>> ReportLabelerAsync(StatUnitScope unit, CancellationToken ct)
    {
        var labels = await LabelsAsync(ct);
        return line => line.Code is { } code ? labels.FormName(code)
            : line.Level.Length == 0 ? "Tổng cộng" : labels.Label(StatDimension.Level, line.Level, unit);
    }

    /// <summary>Label of a key of a grouping, for people (Vietnamese, never a code).</summary>
    public async Task<Func<StatDimension, string, string>> LabelerAsync(StatUnitScope unit, CancellationToken ct)
    {
        var labels = await LabelsAsync(ct);
        return (d, key) => labels.Label(d, key, unit);
    }

    /// <summary>One page of the records (or all up to <see cref="MaxExportRows"/> when <paramref name="page"/> is null).</summary>
    public async Task<(long Total, IReadOnlyList<StatRecord> Rows)> RecordsAsync(StatUnitScope unit, StatRequest request, StatFilters filters,
        string? sort, int? page, CancellationToken ct)
    {
        var labels = await LabelsAsync(ct);
        var parameters = new List<NpgsqlParameter>();
        var from = new StringBuilder();
        AppendFrom(from, unit, request, filters, parameters, labels, withBuckets: false, withDossier: true, withPerson: true);
        long total = 0;
        await ReadAsync("select count(*)" + from, parameters, r => total = r.GetInt64(0), ct);

        var order = sort switch
        {
            "ngay" => "a.\"DecisionDate\", a.\"Id\"",
            "ten" => "coalesce(p.\"FullName\", dr.\"Name\", ''), a.\"Id\"",
            "donvi" => "a.\"OrgUnitId\", a.\"Id\"",
            "hinhthuc" => "a.\"AwardCode\", a.\"Id\"",
            "tien" => "coalesce(dr.\"Amount\", 0) desc, a.\"Id\"",
            _ => "a.\"DecisionDate\" desc, a.\"Id\" desc",
        };
        var limit = page is { } p ? $" limit {PageSize} offset {Math.Max(0, p - 1) * PageSize}" : $" limit {MaxExportRows}";
        var rows = new List<StatRecord>();
        var select = "select a.\"Id\", a.\"Year\", a.\"DecisionDate\", a.\"DecisionNumber\", a.\"AwardCode\", a.\"Kind\", "
            + "coalesce(dr.\"SubjectKind\", case when a.\"PersonId\" is null then 'Collective' else 'Individual' end), "
            + "coalesce(p.\"FullName\", dr.\"Name\", ''), a.\"PersonId\", a.\"OrgUnitId\", dr.\"Amount\", dr.\"DecisionId\", rv.\"Id\" is not null, "
            + "(select coalesce(x.\"ActNumber\", '') from revocations x where x.\"Id\" = rv.\"RevocationId\"), coalesce(a.\"SignerOrgUnitId\"::text, '')";
        await ReadAsync(select + from + " order by " + order + limit, parameters, r =>
        {
            var code = r.GetString(4);
            var unitId = r.GetInt32(9);
            var subject = r.GetString(6);
            var name = r.GetString(7);
            rows.Add(new StatRecord(r.GetInt32(0), r.GetInt32(1), r.GetFieldValue<DateOnly>(2), r.GetString(3), code, labels.FormName(code),
                labels.Label(StatDimension.Kind, r.GetString(5), unit), labels.Label(StatDimension.Subject, subject, unit),
                name.Length == 0 && subject == nameof(SubjectKind.Collective) ? labels.UnitName(unitId) : name,
                r.IsDBNull(8) ? null : r.GetInt32(8), unitId, labels.UnitName(unitId),
                r.IsDBNull(10) ? null : r.GetDecimal(10), r.IsDBNull(11) ? null : r.GetInt32(11), r.GetBoolean(12),
                r.IsDBNull(13) ? null : r.GetString(13), labels.Label(StatDimension.Issuer, r.GetString(14), unit),
                labels.Label(StatDimension.Level, labels.LevelOf(code), unit)));
        }, ct);
        return (total, rows);
    }

    /// <summary>Sorting options of the record list (URL value → Vietnamese).</summary>
    public static readonly IReadOnlyList<(string Value, string Text)> Sorts =
    [
        ("", "Ngày quyết định (mới nhất trước)"), ("ngay", "Ngày quyết định (cũ nhất trước)"), ("ten", "Họ tên, tên tập thể"),
        ("donvi", "Đơn vị"), ("hinhthuc", "Danh hiệu, hình thức"), ("tien", "Tiền thưởng (cao nhất trước)"),
    ];

    /// <summary>Award options (code, name) of the catalogue, for the filters.</summary>
    public async Task<IReadOnlyList<(string Code, string Name)>> FormsAsync(CancellationToken ct) =>
        (await LabelsAsync(ct)).Forms;

    /// <summary>Choices of the unit filter: the caller's scope roots, the chosen unit and its direct sub-units on the day.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> UnitOptionsAsync(OrgScope scope, StatUnitScope unit, CancellationToken ct)
    {
        var labels = await LabelsAsync(ct);
        var roots = scope.Roots().Select(p => Domain.Organizations.OrgPath.Ids(p)[^1]);
        return roots.Select(id => (id, labels.UnitName(id)))
            .Append((unit.RootId, unit.RootName))
            .Concat(await BucketUnitsAsync(unit, ct))
            .DistinctBy(x => x.Item1).ToList();
    }

    /// <summary>Direct sub-units of the root as of the day, for the unit filter (id, name).</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> BucketUnitsAsync(StatUnitScope unit, CancellationToken ct)
    {
        var labels = await LabelsAsync(ct);
        return unit.Buckets.Values.Distinct().Select(id => (id, labels.UnitName(id))).OrderBy(x => x.Item1 == unit.RootId ? "" : x.Item2, StringComparer.Ordinal).ToList();
    }

    /// <summary>SQL of a grouping's key over the records (a, dr, ds) or over the cells (c); m.bk is the unit's bucket.</summary>
    private static string KeyExpression(StatDimension d, bool cells = false) => d switch
    {
        StatDimension.Unit => "m.bk::text",
        StatDimension.Year => cells ? "c.\"Year\"::text" : "extract(year from a.\"DecisionDate\")::int::text",
        StatDimension.Form or StatDimension.Level => cells ? "c.\"AwardCode\"" : "a.\"AwardCode\"",
        StatDimension.Kind => cells ? "c.\"Kind\"" : "a.\"Kind\"",
        StatDimension.Subject => cells ? "c.\"SubjectKind\"" : "coalesce(dr.\"SubjectKind\", case when a.\"PersonId\" is null then 'Collective' else 'Individual' end)",
        StatDimension.Movement => cells ? "c.\"Movement\"" : "coalesce('M' || ds.\"MovementId\", 'C' || ds.\"ConferenceId\", '')",
        StatDimension.Issuer => cells ? "coalesce(nullif(c.\"Issuer\", 0)::text, '')" : "coalesce(a.\"SignerOrgUnitId\"::text, '')",
        _ => throw new ArgumentOutOfRangeException(nameof(d)),
    };

    /// <summary>FROM and WHERE over the cells (ADR-0036), the same filters as <see cref="AppendFrom"/> on cell keys.</summary>
    private static void AppendCells(StringBuilder sql, StatUnitScope unit, StatRequest request, StatFilters f, List<NpgsqlParameter> ps, Labels labels)
    {
        sql.Append(" from award_stat_cells c join unnest(@uids, @bks) m(uid, bk) on m.uid = c.\"OrgUnitId\" where c.\"Year\" between @fy and @ty");
        ps.Add(new NpgsqlParameter("uids", unit.Buckets.Keys.ToArray()));
        ps.Add(new NpgsqlParameter("bks", unit.Buckets.Values.ToArray()));
        ps.Add(new NpgsqlParameter("fy", request.From.Year));
        ps.Add(new NpgsqlParameter("ty", request.To.Year));
        if (f.Year is { } y)
        {
            sql.Append(" and c.\"Year\" = @year");
            ps.Add(new NpgsqlParameter("year", y));
        }

        void Equal(string? value, StatDimension d, string name)
        {
            if (value is not null)
            {
                sql.Append(" and ").Append(KeyExpression(d, cells: true)).Append(" = @").Append(name);
                ps.Add(new NpgsqlParameter(name, value));
            }
        }

        Equal(f.Form, StatDimension.Form, "form");
        Equal(f.Kind, StatDimension.Kind, "kind");
        Equal(f.Subject, StatDimension.Subject, "subject");
        Equal(f.Movement, StatDimension.Movement, "movement");
        Equal(f.Issuer, StatDimension.Issuer, "issuer");
        if (f.Level is not null)
        {
            sql.Append(" and c.\"AwardCode\" = any(@levelcodes)");
            ps.Add(new NpgsqlParameter("levelcodes", labels.CodesOfLevel(f.Level)));
        }
    }

    private static void AppendFrom(StringBuilder sql, StatUnitScope unit, StatRequest request, StatFilters f, List<NpgsqlParameter> ps,
        Labels labels, bool withBuckets, bool withDossier, bool withPerson)
    {
        var ids = unit.Buckets.Keys.ToArray();
        sql.Append(" from award_records a");
        if (withBuckets)
        {
            sql.Append(" join unnest(@uids, @bks) m(uid, bk) on m.uid = a.\"OrgUnitId\"");
            ps.Add(new NpgsqlParameter("uids", ids));
            ps.Add(new NpgsqlParameter("bks", unit.Buckets.Values.ToArray()));
        }

        sql.Append(" left join decision_recipients dr on dr.\"AwardRecordId\" = a.\"Id\" left join revoked_awards rv on rv.\"AwardRecordId\" = a.\"Id\"");
        if (withDossier)
        {
            sql.Append(" left join decisions d on d.\"Id\" = dr.\"DecisionId\" left join dossiers ds on ds.\"Id\" = d.\"DossierId\"");
        }

        if (withPerson)
        {
            sql.Append(" left join people p on p.\"Id\" = a.\"PersonId\"");
        }

        sql.Append(" where a.\"DecisionDate\" between @from and @to");
        ps.Add(new NpgsqlParameter("from", request.From));
        ps.Add(new NpgsqlParameter("to", request.To));
        if (!withBuckets)
        {
            sql.Append(" and a.\"OrgUnitId\" = any(@uids)");
            ps.Add(new NpgsqlParameter("uids", ids));
        }

        if (f.Year is { } y)
        {
            sql.Append(" and a.\"DecisionDate\" between @y1 and @y2");
            ps.Add(new NpgsqlParameter("y1", new DateOnly(Math.Clamp(y, 1, 9999), 1, 1)));
            ps.Add(new NpgsqlParameter("y2", new DateOnly(Math.Clamp(y, 1, 9999), 12, 31)));
        }

        void Equal(string? value, string expression, string name)
        {
            if (value is not null)
            {
                sql.Append(" and ").Append(expression).Append(" = @").Append(name);
                ps.Add(new NpgsqlParameter(name, value));
            }
        }

        Equal(f.Form, "a.\"AwardCode\"", "form");
        Equal(f.Kind, "a.\"Kind\"", "kind");
        Equal(f.Subject, KeyExpression(StatDimension.Subject), "subject");
        Equal(f.Movement, KeyExpression(StatDimension.Movement), "movement");
        Equal(f.Issuer, KeyExpression(StatDimension.Issuer), "issuer");
        if (f.Level is not null)
        {
            sql.Append(" and a.\"AwardCode\" = any(@levelcodes)");
            ps.Add(new NpgsqlParameter("levelcodes", labels.CodesOfLevel(f.Level)));
        }

        if (!string.IsNullOrWhiteSpace(f.Decision))
        {
            sql.Append(" and a.\"DecisionNumber\" ilike @decision");
            ps.Add(new NpgsqlParameter("decision", "%" + Escape(f.Decision.Trim()) + "%"));
        }

        if (!string.IsNullOrWhiteSpace(f.Person))
        {
            sql.Append(" and p.\"").Append(Person.FoldedName).Append("\" like f_unaccent(@person)");
            ps.Add(new NpgsqlParameter("person", "%" + Escape(f.Person.Trim().ToLowerInvariant()) + "%"));
        }

        if (!withBuckets)
        {
            sql.Append(f.Revoked switch
            {
                RevokedMode.Exclude => " and rv.\"Id\" is null",
                RevokedMode.Only => " and rv.\"Id\" is not null",
                _ => string.Empty,
            });
        }
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");

    private async Task ReadAsync(string sql, List<NpgsqlParameter> parameters, Action<DbDataReader> row, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(ct);
        }

        try
        {
            await using var command = new NpgsqlCommand(sql, connection);
            foreach (var p in parameters)
            {
                command.Parameters.Add(p.Clone());
            }

            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                row(reader);
            }
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    private async Task<Labels> LabelsAsync(CancellationToken ct)
    {
        if (_labels is not null)
        {
            return _labels;
        }

        var catalogue = (await db.AwardCatalogue.AsNoTracking().Select(c => new { c.Code, c.Name, c.DecidingLevel, c.Rank, c.ValidFrom }).ToListAsync(ct))
            .GroupBy(c => c.Code).Select(g => g.OrderByDescending(c => c.ValidFrom).First())
            .ToDictionary(c => c.Code, c => (c.Name, c.DecidingLevel, c.Rank), StringComparer.Ordinal);
        var units = _unitNames ?? (Cache is not null ? (await TreeAsync(ct)).Names
            : await db.OrgUnits.AsNoTracking().Select(u => new { u.Id, u.Name }).ToDictionaryAsync(u => u.Id, u => u.Name, ct));
        var movements = await db.Movements.AsNoTracking().Select(m => new { m.Id, m.Name }).ToDictionaryAsync(m => "M" + m.Id, m => m.Name, ct);
        foreach (var c in await db.ConferenceEvents.AsNoTracking().Select(c => new { c.Id, c.Title }).ToListAsync(ct))
        {
            movements["C" + c.Id] = c.Title;
        }

        return _labels = new Labels(catalogue, units, movements);
    }

    /// <summary>Names of the keys: catalogue, units, movements and conferences.</summary>
    private sealed class Labels(IReadOnlyDictionary<string, (string Name, DecidingLevel Level, int Rank)> catalogue,
        IReadOnlyDictionary<int, string> units, IReadOnlyDictionary<string, string> movements)
    {
        public IReadOnlyList<(string Code, string Name)> Forms { get; } =
            catalogue.OrderBy(c => c.Value.Rank).ThenBy(c => c.Value.Name, StringComparer.Ordinal).Select(c => (c.Key, c.Value.Name)).ToList();

        public string FormName(string code) => catalogue.TryGetValue(code, out var c) ? c.Name : code;

        public string UnitName(int id) => units.TryGetValue(id, out var n) ? n : string.Empty;

        /// <summary>TW (Trung ương), TINH, CS; "" when the code is not in the catalogue.</summary>
        public string LevelOf(string code) => catalogue.TryGetValue(code, out var c)
            ? c.Level switch { DecidingLevel.Province => "TINH", DecidingLevel.Grassroots => "CS", _ => "TW" }
            : string.Empty;

        public string[] CodesOfLevel(string level) => catalogue.Keys.Where(k => LevelOf(k) == level).ToArray();

        public string Label(StatDimension d, string key, StatUnitScope unit) => d switch
        {
            StatDimension.Unit => int.TryParse(key, CultureInfo.InvariantCulture, out var id)
                ? id == unit.RootId ? $"{UnitName(id)} (trực tiếp)" : UnitName(id)
                : key,
            StatDimension.Year => key,
            StatDimension.Form => FormName(key),
            StatDimension.Level => key switch { "TW" => "Trung ương", "TINH" => "Cấp tỉnh", "CS" => "Cấp cơ sở (huyện, xã, đơn vị)", _ => "Chưa xác định" },
            StatDimension.Kind => Enum.TryParse<CommendationKind>(key, out var k) ? k.Vietnamese() : key,
            StatDimension.Subject => Enum.TryParse<SubjectKind>(key, out var s) ? s.Vietnamese() : key,
            StatDimension.Movement => key.Length == 0 ? "Không theo phong trào, hội nghị" : movements.TryGetValue(key, out var m) ? m : key,
            StatDimension.Issuer => key.Length == 0 ? "Không ghi cơ quan ban hành"
                : int.TryParse(key, CultureInfo.InvariantCulture, out var i) ? UnitName(i) : key,
            _ => key,
        };

        public string SortKey(StatDimension d, string key, StatUnitScope unit) => d switch
        {
            StatDimension.Year => key.PadLeft(6, '0'),
            StatDimension.Form => (catalogue.TryGetValue(key, out var c) ? c.Rank : 99999).ToString("D6", CultureInfo.InvariantCulture) + key,
            StatDimension.Level => key switch { "TW" => "1", "TINH" => "2", "CS" => "3", _ => "9" },
            StatDimension.Unit when key == unit.RootId.ToString(CultureInfo.InvariantCulture) => "\u0001",
            _ => Label(d, key, unit),
        };
    }
}
