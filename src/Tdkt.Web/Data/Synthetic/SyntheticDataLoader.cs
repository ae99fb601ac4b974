using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Awards.Money;
using Tdkt.Domain.Common;
using Tdkt.Domain.Nominations;
using Tdkt.Domain.Organizations;
using Tdkt.Domain.Security;
using Tdkt.Web.Pages.Nominations;

namespace Tdkt.Web.Data.Synthetic;

/// <summary>
/// Loads a synthetic data set (<see cref="SyntheticScale"/>) into an empty, migrated Tdkt database with Npgsql binary
/// COPY (issue 17 item 1). Fixed seed: the same scale gives the same rows. Users to sign in with (password
/// <see cref="Password"/>): <c>thamdinh.t01</c>… (appraiser of a province), <c>lanhdao.t01</c>… (signer of a province),
/// <c>thamdinh.x{id}</c> (appraiser of a commune), <c>canbo.x{id}</c> and <c>canbo.u{id}</c> (clerk of a commune or unit).
/// </summary>
public sealed class SyntheticDataLoader(string connectionString, SyntheticScale scale, Action<string> report)
{
    /// <summary>Synthetic data only: every generated user has this password (printed by the seed command).</summary>
    public const string Password = "Tdkt-synthetic-2026";

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly DateOnly ValidFrom = new(2025, 7, 1);

    private readonly List<UnitRow> _units = [];
    private int[] _firstPerson = [];
    private int[] _peopleCount = [];
    private long _awardRecords;
    private long _transitions;
    private int _nominees;
    private int _users;
    private int _files;
    private int _attachments;
    private (int UnitIndex, int State, int Year, bool Provincial, int Nominees)[] _picks = [];
    private int[] _firstNominee = [];
    private readonly List<DecisionRow> _decisions = [];
    private Dictionary<(int Body, int Year), int> _counters = [];
    private int _firstDecisionRecord;
    private int _recipients;

    /// <summary>A synthetic decision: the dossier (0-based), the issuing body's unit id, the date, its number that year.</summary>
    private sealed record DecisionRow(int Dossier, int Body, DateOnly Day, int Sequence);

    public sealed record Counts(int Provinces, int Communes, int Units, int People, long AwardRecords, int Dossiers, int Nominees, long Transitions, int Users,
        int Attachments = 0, int Files = 0, int Decisions = 0, int Recipients = 0);

    private sealed record UnitRow(int Id, string Code, string Name, OrgUnitKind Kind, int? ParentId, string Path, int ProvinceId, int? CommuneId);

    /// <summary>True when the database has no org units yet (the loader refuses to mix with other data).</summary>
    public static async Task<bool> IsEmptyAsync(string connectionString)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT NOT EXISTS (SELECT 1 FROM org_units)", conn);
        return (bool)(await cmd.ExecuteScalarAsync())!;
    }

    /// <summary>True when the database holds a synthetic data set (its first user): the demo data is not added to it.</summary>
    public static Task<bool> IsSyntheticAsync(TdktDbContext db)
    {
        var first = UserId(1);
        return db.Users.AnyAsync(u => u.Id == first);
    }

    public async Task<Counts> LoadAsync(CancellationToken ct = default)
    {
        BuildUnits();
        PlanDossiers();
        await using var conn = new NpgsqlConnection(connectionString + ";Command Timeout=0");
        await conn.OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await Step("org_units", () => CopyUnits(conn, ct));
        // The two big tables are loaded without their secondary indexes, which are rebuilt once afterwards (a sort
        // instead of millions of index insertions); as a superuser the per-row foreign-key checks are skipped too
        // (every reference is constructed valid), as a restore would (ADR-0039).
        var rebuild = await DropSecondaryIndexesAsync(conn, ["people", "award_records"], ct);
        var superuser = await SkipRowTriggersIfSuperuserAsync(conn, ct);
        await Step("people", () => CopyPeople(conn, ct));
        // The statistics cells (award_stat_cells) follow by themselves when the triggers are on: the COPY fires
        // award_records' statement trigger once for one grouped upsert (ADR-0036); as a superuser they are rebuilt below.
        await Step("award_records", () => CopyAwards(conn, ct));
        await Step(string.Create(Inv, $"indexes of people, award_records rebuilt ({rebuild.Count}{(superuser ? ", row triggers skipped" : "")})"), async () =>
        {
            foreach (var ddl in rebuild)
            {
                await using var cmd = new NpgsqlCommand(ddl, conn);
                await cmd.ExecuteNonQueryAsync(ct);
            }
        });
        if (superuser)
        {
            await using var back = new NpgsqlCommand("SET session_replication_role = origin", conn);
            await back.ExecuteNonQueryAsync(ct);
            // The replica role also silenced the statistics cells' statement trigger: rebuild them once (ADR-0036).
            await Step("award_stat_cells rebuilt", async () =>
            {
                await using var cells = new NpgsqlCommand("SELECT award_stat_cells_rebuild()", conn);
                await cells.ExecuteNonQueryAsync(ct);
            });
        }

        await Step("dossiers, nominees, dossier_transitions", () => CopyDossiers(conn, ct));
        await Step("stored_files, dossier_attachments", () => CopyAttachments(conn, ct));
        await Step("decisions, decision_recipients, decision_counters", () => CopyDecisions(conn, ct));
        await Step("users, role_grants", () => CopyUsers(conn, ct));
        // HiLo hands out ids from one sequence for every table: start the app's ids above everything loaded.
        var top = Math.Max(Math.Max(_awardRecords + _units.Count + 1000, _transitions + 1000), _attachments + 1000L);
        await using (var cmd = new NpgsqlCommand($"SELECT setval('\"EntityFrameworkHiLoSequence\"', {top.ToString(Inv)})", conn))
        {
            await cmd.ExecuteNonQueryAsync(ct);
        }

        await tx.CommitAsync(ct);
        await Step("ANALYZE", async () =>
        {
            await using var analyze = new NpgsqlCommand("ANALYZE", conn);
            await analyze.ExecuteNonQueryAsync(ct);
        });
        return new Counts(scale.ProvinceIndexes.Count, _units.Count(u => u.Kind == OrgUnitKind.Commune), _units.Count,
            _firstPerson.Length == 0 ? 0 : _peopleCount.Sum(), _awardRecords, scale.Dossiers, _nominees, _transitions, _users,
            _attachments, _files, _decisions.Count, _recipients);
    }

    /// <summary>Drops the non-unique, non-primary-key indexes of the tables (inside the load's transaction) and returns
    /// the statements that recreate them.</summary>
    private static async Task<List<string>> DropSecondaryIndexesAsync(NpgsqlConnection conn, string[] tables, CancellationToken ct)
    {
        var defs = new List<(string Name, string Ddl)>();
        await using (var cmd = new NpgsqlCommand(
            "SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            + "JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
            + "WHERE n.nspname = current_schema() AND t.relname = ANY(@t) AND NOT i.indisprimary AND NOT i.indisunique "
            + "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)", conn))
        {
            cmd.Parameters.AddWithValue("t", tables);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                defs.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in defs)
        {
            await using var drop = new NpgsqlCommand($"DROP INDEX \"{name}\"", conn);
            await drop.ExecuteNonQueryAsync(ct);
        }

        return defs.Select(d => d.Ddl).ToList();
    }

    private static async Task<bool> SkipRowTriggersIfSuperuserAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("SELECT rolsuper FROM pg_roles WHERE rolname = current_user", conn);
        if (await cmd.ExecuteScalarAsync(ct) is not true)
        {
            return false;
        }

        await using var set = new NpgsqlCommand("SET session_replication_role = replica", conn);
        await set.ExecuteNonQueryAsync(ct);
        return true;
    }

    private async Task Step(string what, Func<Task> work)
    {
        var sw = Stopwatch.StartNew();
        await work();
        report(string.Create(Inv, $"  {what}: {sw.Elapsed.TotalSeconds:F1} s"));
    }

    private void BuildUnits()
    {
        var id = 0;
        foreach (var p in scale.ProvinceIndexes)
        {
            var (name, city, _) = SyntheticNames.Provinces[p];
            var pid = ++id;
            var pCode = "T" + (p + 1).ToString("00", Inv);
            _units.Add(new UnitRow(pid, pCode, (city ? "Thành phố " : "Tỉnh ") + name, OrgUnitKind.Province, null, $"/{pid}/", pid, null));
            for (var a = 0; a < scale.AgenciesPerProvince; a++)
            {
                var aid = ++id;
                var agency = SyntheticNames.Agencies[a % SyntheticNames.Agencies.Length] + (city ? " thành phố " : " tỉnh ") + name;
                _units.Add(new UnitRow(aid, $"{pCode}-S{a + 1:00}", agency, OrgUnitKind.ProvincialAgency, pid, $"/{pid}/{aid}/", pid, null));
                for (var u = 0; u < scale.UnitsPerAgency; u++)
                {
                    var uid = ++id;
                    _units.Add(new UnitRow(uid, $"{pCode}-S{a + 1:00}-{u + 1:00}", SyntheticNames.AgencyUnit(u, agency), OrgUnitKind.PublicServiceUnit, aid, $"/{pid}/{aid}/{uid}/", pid, null));
                }
            }

            for (var c = 0; c < scale.CommunesOf(p); c++)
            {
                var cid = ++id;
                var place = SyntheticNames.Place(((ulong)p << 16) + (ulong)c);
                var ward = city ? c % 3 != 2 : c % 7 == 0;
                _units.Add(new UnitRow(cid, $"{pCode}-X{c + 1:000}", (ward ? "Phường " : "Xã ") + place, OrgUnitKind.Commune, pid, $"/{pid}/{cid}/", pid, cid));
                for (var u = 0; u < scale.UnitsPerCommune; u++)
                {
                    var uid = ++id;
                    _units.Add(new UnitRow(uid, $"{pCode}-X{c + 1:000}-{u + 1:00}", SyntheticNames.CommuneUnit(u, place), OrgUnitKind.PublicServiceUnit, cid, $"/{pid}/{cid}/{uid}/", pid, cid));
                }
            }
        }

        // People per unit: about equal, ±40 %, provinces themselves have none (their staff sit in the agencies).
        var random = new Random(20261202);
        _firstPerson = new int[_units.Count];
        _peopleCount = new int[_units.Count];
        var eligible = _units.Count(u => u.Kind != OrgUnitKind.Province);
        var average = (double)scale.People / eligible;
        var next = 1;
        var left = scale.People;
        var remaining = eligible;
        for (var i = 0; i < _units.Count; i++)
        {
            _firstPerson[i] = next;
            if (_units[i].Kind == OrgUnitKind.Province)
            {
                continue;
            }

            remaining--;
            var n = remaining == 0 ? left : Math.Min(left - remaining, Math.Max(1, (int)Math.Round(average * (0.6 + (0.8 * random.NextDouble())))));
            _peopleCount[i] = n;
            next += n;
            left -= n;
        }
    }

    private async Task CopyUnits(NpgsqlConnection conn, CancellationToken ct)
    {
        await using var import = await conn.BeginBinaryImportAsync(
            "COPY org_units (\"Id\", \"Code\", \"Name\", \"Kind\", \"ParentId\", \"Path\", \"ValidFrom\") FROM STDIN (FORMAT BINARY)", ct);
        foreach (var u in _units)
        {
            import.StartRow();
            import.Write(u.Id, NpgsqlDbType.Integer);
            import.Write(u.Code, NpgsqlDbType.Varchar);
            import.Write(u.Name, NpgsqlDbType.Varchar);
            import.Write(u.Kind.ToString(), NpgsqlDbType.Varchar);
            WriteNullable(import, u.ParentId);
            import.Write(u.Path, NpgsqlDbType.Varchar);
            import.Write(ValidFrom, NpgsqlDbType.Date);
        }

        await import.CompleteAsync(ct);
    }

    private async Task CopyPeople(NpgsqlConnection conn, CancellationToken ct)
    {
        await using var import = await conn.BeginBinaryImportAsync(
            "COPY people (\"Id\", \"FullName\", \"BirthYear\", \"Gender\", \"OrgUnitId\", \"Position\") FROM STDIN (FORMAT BINARY)", ct);
        for (var i = 0; i < _units.Count; i++)
        {
            for (var p = _firstPerson[i]; p < _firstPerson[i] + _peopleCount[i]; p++)
            {
                var key = (ulong)p;
                import.StartRow();
                import.Write(p, NpgsqlDbType.Integer);
                import.Write(SyntheticNames.Person(key), NpgsqlDbType.Varchar);
                import.Write(BirthYear(p), NpgsqlDbType.Integer);
                import.Write(SyntheticNames.IsFemale(key) ? "nữ" : "nam", NpgsqlDbType.Varchar);
                import.Write(_units[i].Id, NpgsqlDbType.Integer);
                import.Write(SyntheticNames.Position(key), NpgsqlDbType.Varchar);
            }
        }

        await import.CompleteAsync(ct);
    }

    private static int BirthYear(int person) => 1962 + (int)(SyntheticNames.Mix((ulong)person, 8) % 40);

    /// <summary>Each person: in each working year of the 20 (from age 22) about half get an award, mostly Lao động tiên
    /// tiến, then Chiến sĩ thi đua cơ sở, Giấy khen, Bằng khen; each unit gets Tập thể lao động tiên tiến most years.</summary>
    private async Task CopyAwards(NpgsqlConnection conn, CancellationToken ct)
    {
        await using var import = await conn.BeginBinaryImportAsync(
            "COPY award_records (\"Id\", \"OrgUnitId\", \"PersonId\", \"AwardCode\", \"Year\", \"DecisionNumber\", \"DecisionDate\", \"SignerOrgUnitId\", \"Kind\", \"Basis\") FROM STDIN (FORMAT BINARY)", ct);
        var id = 0;
        var merit = nameof(CommendationKind.Merit);
        var years = Enumerable.Range(0, SyntheticScale.Years).Select(y => SyntheticScale.FirstYear + y).ToArray();
        var dates = years.Select(y => new DateOnly(y, 12, 20)).ToArray();
        var bases = dates.Select(d => LegalBases.ForDecisionDate(d) is { IsSuccess: true } b ? b.Value.ToString() : null).ToArray();
        var yearText = years.Select(y => y.ToString(Inv)).ToArray();
        for (var i = 0; i < _units.Count; i++)
        {
            var u = _units[i];
            var signer = u.CommuneId ?? u.ProvinceId;
            for (var y = 0; y < years.Length; y++)
            {
                if (u.Kind != OrgUnitKind.Province && SyntheticNames.Mix((ulong)u.Id, (ulong)(100 + y)) % 100 < 55)
                {
                    Award(null, u.Id, AwardCodes.Ttldtt, y, signer);
                }
            }

            for (var p = _firstPerson[i]; p < _firstPerson[i] + _peopleCount[i]; p++)
            {
                var firstYear = Math.Max(0, BirthYear(p) + 22 - SyntheticScale.FirstYear);
                for (var y = firstYear; y < years.Length; y++)
                {
                    var roll = SyntheticNames.Mix((ulong)p, (ulong)(200 + y)) % 1000;
                    var code = roll switch
                    {
                        < 420 => AwardCodes.Ldtt,
                        < 520 => AwardCodes.Cstdcs,
                        < 560 => AwardCodes.Gk,
                        < 570 => AwardCodes.BkTinh,
                        _ => null,
                    };
                    if (code is not null)
                    {
                        Award(p, u.Id, code, y, code == AwardCodes.BkTinh ? u.ProvinceId : signer);
                    }
                }
            }
        }

        // The records of the synthetic decisions, in the decisions' order: CopyDecisions links its recipients to them.
        _firstDecisionRecord = id + 1;
        foreach (var dr in _decisions)
        {
            var (ui, _, year, provincial, count) = _picks[dr.Dossier];
            var toProvince = provincial || _units[ui].CommuneId is null;
            var number = DecisionNumber(dr);
            var basis = LegalBases.ForDecisionDate(dr.Day).Value.ToString();
            for (var n = 0; n < count; n++)
            {
                import.StartRow();
                import.Write(++id, NpgsqlDbType.Integer);
                import.Write(_units[ui].Id, NpgsqlDbType.Integer);
                import.Write(NomineePerson(dr.Dossier, n), NpgsqlDbType.Integer);
                import.Write(NomineeAward(toProvince, n), NpgsqlDbType.Varchar);
                import.Write(year, NpgsqlDbType.Integer);
                import.Write(number, NpgsqlDbType.Varchar);
                import.Write(dr.Day, NpgsqlDbType.Date);
                import.Write(dr.Body, NpgsqlDbType.Integer);
                import.Write(merit, NpgsqlDbType.Varchar);
                import.Write(basis, NpgsqlDbType.Varchar);
            }
        }

        _awardRecords = id;
        await import.CompleteAsync(ct);

        void Award(int? person, int unit, string code, int y, int signer)
        {
            import.StartRow();
            import.Write(++id, NpgsqlDbType.Integer);
            import.Write(unit, NpgsqlDbType.Integer);
            WriteNullable(import, person);
            import.Write(code, NpgsqlDbType.Varchar);
            import.Write(years[y], NpgsqlDbType.Integer);
            import.Write(string.Concat(id.ToString(Inv), "/QĐ-", yearText[y]), NpgsqlDbType.Varchar);
            import.Write(dates[y], NpgsqlDbType.Date);
            import.Write(signer, NpgsqlDbType.Integer);
            import.Write(merit, NpgsqlDbType.Varchar);
            if (bases[y] is { } basis)
            {
                import.Write(basis, NpgsqlDbType.Varchar);
            }
            else
            {
                import.WriteNull();
            }
        }
    }

    /// <summary>States by share per 1,000 dossiers; the first dossiers take each state once so every state exists.</summary>
    private static readonly (DossierStatus Status, int Per1000, DossierAction[] Path)[] States =
    [
        (DossierStatus.Draft, 80, []),
        (DossierStatus.Submitted, 80, [DossierAction.Submit]),
        (DossierStatus.Returned, 40, [DossierAction.Submit, DossierAction.Return]),
        (DossierStatus.Received, 60, [DossierAction.Submit, DossierAction.Receive]),
        (DossierStatus.UnderAppraisal, 80, [DossierAction.Submit, DossierAction.Receive, DossierAction.StartAppraisal]),
        (DossierStatus.Appraised, 50, [DossierAction.Submit, DossierAction.Receive, DossierAction.StartAppraisal, DossierAction.CompleteAppraisal]),
        (DossierStatus.CouncilRecorded, 40, [DossierAction.Submit, DossierAction.Receive, DossierAction.StartAppraisal, DossierAction.CompleteAppraisal, DossierAction.RecordCouncil]),
        (DossierStatus.Decided, 480, [DossierAction.Submit, DossierAction.Receive, DossierAction.StartAppraisal, DossierAction.CompleteAppraisal, DossierAction.RecordCouncil, DossierAction.Issue]),
        (DossierStatus.NotAwarded, 40, [DossierAction.Submit, DossierAction.Receive, DossierAction.StartAppraisal, DossierAction.CompleteAppraisal, DossierAction.NotAward]),
        (DossierStatus.Revoked, 10, [DossierAction.Submit, DossierAction.Receive, DossierAction.StartAppraisal, DossierAction.CompleteAppraisal, DossierAction.RecordCouncil, DossierAction.Issue, DossierAction.Revoke]),
        (DossierStatus.Escalated, 20, [DossierAction.Submit, DossierAction.Receive, DossierAction.StartAppraisal, DossierAction.CompleteAppraisal, DossierAction.Escalate]),
    ];

    private static DossierStatus After(DossierAction action, DossierStatus from) => action switch
    {
        DossierAction.Submit => DossierStatus.Submitted,
        DossierAction.Return => DossierStatus.Returned,
        DossierAction.Receive => DossierStatus.Received,
        DossierAction.StartAppraisal => DossierStatus.UnderAppraisal,
        DossierAction.CompleteAppraisal => DossierStatus.Appraised,
        DossierAction.RecordCouncil => DossierStatus.CouncilRecorded,
        DossierAction.Issue => DossierStatus.Decided,
        DossierAction.NotAward => DossierStatus.NotAwarded,
        DossierAction.Revoke => DossierStatus.Revoked,
        DossierAction.Escalate => DossierStatus.Escalated,
        _ => from,
    };

    /// <summary>Which unit proposes each dossier, its state, year, level and number of nominees; then the decisions of
    /// the decided ones (below). Planned before the award records, which include the decisions' own records.</summary>
    private void PlanDossiers()
    {
        var random = new Random(17_2026);
        var proposers = Enumerable.Range(0, _units.Count).Where(i => _units[i].Kind != OrgUnitKind.Province).ToArray();
        var picks = _picks = new (int UnitIndex, int State, int Year, bool Provincial, int Nominees)[scale.Dossiers];
        var byShare = States.SelectMany((s, i) => Enumerable.Repeat(i, s.Per1000)).ToArray();
        _firstNominee = new int[picks.Length];
        var nominee = 1;
        for (var d = 0; d < picks.Length; d++)
        {
            var state = d < States.Length ? d : byShare[random.Next(byShare.Length)];
            var open = States[state].Status is not (DossierStatus.Decided or DossierStatus.NotAwarded or DossierStatus.Revoked or DossierStatus.Escalated);
            var year = open ? 2025 + random.Next(2) : SyntheticScale.FirstYear + random.Next(SyntheticScale.Years);
            picks[d] = (proposers[random.Next(proposers.Length)], state, year, random.NextDouble() < 0.3, 1 + random.Next(5));
            _firstNominee[d] = nominee;
            nominee += picks[d].Nominees;
        }

        // Decisions exist for the dossiers decided since the rules the app applies (01/01/2024): the older ones were
        // decided on paper before the system, and their awards are in the imported history. Numbered per issuing body
        // and year as DecisionIssuer numbers them.
        var counters = new Dictionary<(int Body, int Year), int>();
        for (var d = 0; d < picks.Length; d++)
        {
            var (ui, state, year, provincial, _) = picks[d];
            var day = DateOnly.FromDateTime(Created(d, year).AddDays(States[state].Path.Length).UtcDateTime);
            if (States[state].Status != DossierStatus.Decided || day < LegalBases.FirstSupportedDate)
            {
                continue;
            }

            var u = _units[ui];
            var body = provincial || u.CommuneId is null ? u.ProvinceId : u.CommuneId!.Value;
            var seq = counters[(body, day.Year)] = counters.GetValueOrDefault((body, day.Year)) + 1;
            _decisions.Add(new DecisionRow(d, body, day, seq));
        }

        _counters = counters;
    }

    private async Task CopyDossiers(NpgsqlConnection conn, CancellationToken ct)
    {
        var picks = _picks;
        await using (var import = await conn.BeginBinaryImportAsync(
            "COPY dossiers (\"Id\", \"Title\", \"ProposingUnitId\", \"ReceivingUnitId\", \"Kind\", \"DecidingLevel\", \"Year\", \"Status\", \"Round\", \"ReceivedOn\", \"AppraisalWorkingDays\", \"CreatedAt\", \"LateAccepted\", \"EscalationClosed\") FROM STDIN (FORMAT BINARY)", ct))
        {
            for (var d = 0; d < picks.Length; d++)
            {
                var (ui, state, year, provincial, _) = picks[d];
                var u = _units[ui];
                var status = States[state].Status;
                var toProvince = provincial || u.CommuneId is null;
                var created = Created(d, year);
                import.StartRow();
                import.Write(d + 1, NpgsqlDbType.Integer);
                import.Write($"Đề nghị khen thưởng năm {year.ToString(Inv)} - {u.Name}", NpgsqlDbType.Varchar);
                import.Write(u.Id, NpgsqlDbType.Integer);
                import.Write(toProvince ? u.ProvinceId : u.CommuneId!.Value, NpgsqlDbType.Integer);
                import.Write(nameof(CommendationKind.Merit), NpgsqlDbType.Varchar);
                import.Write(toProvince ? nameof(DecidingLevel.Province) : nameof(DecidingLevel.Grassroots), NpgsqlDbType.Varchar);
                import.Write(year, NpgsqlDbType.Integer);
                import.Write(status.ToString(), NpgsqlDbType.Varchar);
                import.Write(1, NpgsqlDbType.Integer);
                if (States[state].Path.Contains(DossierAction.Receive))
                {
                    import.Write(DateOnly.FromDateTime(created.AddDays(3).UtcDateTime), NpgsqlDbType.Date);
                }
                else
                {
                    import.WriteNull();
                }

                import.Write(20, NpgsqlDbType.Integer);
                import.Write(created, NpgsqlDbType.TimestampTz);
                import.Write(false, NpgsqlDbType.Boolean);
                import.Write(false, NpgsqlDbType.Boolean);
            }

            await import.CompleteAsync(ct);
        }

        await using (var import = await conn.BeginBinaryImportAsync(
            "COPY nominees (\"Id\", \"DossierId\", \"Kind\", \"Name\", \"Gender\", \"BirthYear\", \"Position\", \"WorkUnit\", \"OrgUnitId\", \"AwardCode\", \"Achievement\", \"Verdict\") FROM STDIN (FORMAT BINARY)", ct))
        {
            var id = 0;
            for (var d = 0; d < picks.Length; d++)
            {
                var (ui, state, _, provincial, count) = picks[d];
                var status = States[state].Status;
                var verdict = status is DossierStatus.Decided or DossierStatus.Revoked or DossierStatus.Escalated or DossierStatus.CouncilRecorded or DossierStatus.Appraised
                    ? NomineeVerdict.Accepted
                    : status == DossierStatus.NotAwarded ? NomineeVerdict.Rejected : NomineeVerdict.Pending;
                var toProvince = provincial || _units[ui].CommuneId is null;
                for (var n = 0; n < count; n++)
                {
                    var person = NomineePerson(d, n);
                    import.StartRow();
                    import.Write(++id, NpgsqlDbType.Integer);
                    import.Write(d + 1, NpgsqlDbType.Integer);
                    import.Write(nameof(SubjectKind.Individual), NpgsqlDbType.Varchar);
                    import.Write(SyntheticNames.Person((ulong)person), NpgsqlDbType.Varchar);
                    import.Write(SyntheticNames.IsFemale((ulong)person) ? "nữ" : "nam", NpgsqlDbType.Varchar);
                    import.Write(BirthYear(person), NpgsqlDbType.Integer);
                    import.Write(SyntheticNames.Position((ulong)person), NpgsqlDbType.Varchar);
                    import.Write(_units[ui].Name, NpgsqlDbType.Varchar);
                    import.Write(_units[ui].Id, NpgsqlDbType.Integer);
                    import.Write(NomineeAward(toProvince, n), NpgsqlDbType.Varchar);
                    import.Write("Hoàn thành xuất sắc nhiệm vụ được giao; có sáng kiến được công nhận và áp dụng tại đơn vị.", NpgsqlDbType.Varchar);
                    import.Write(verdict.ToString(), NpgsqlDbType.Varchar);
                }
            }

            _nominees = id;
            await import.CompleteAsync(ct);
        }

        await using (var import = await conn.BeginBinaryImportAsync(
            "COPY dossier_transitions (\"Id\", \"DossierId\", \"From\", \"To\", \"Action\", \"At\", \"UserName\") FROM STDIN (FORMAT BINARY)", ct))
        {
            long id = 0;
            for (var d = 0; d < picks.Length; d++)
            {
                var (_, state, year, _, _) = picks[d];
                var from = DossierStatus.Draft;
                var at = Created(d, year);
                foreach (var action in States[state].Path)
                {
                    var to = After(action, from);
                    at = at.AddDays(1);
                    import.StartRow();
                    import.Write(++id, NpgsqlDbType.Bigint);
                    import.Write(d + 1, NpgsqlDbType.Integer);
                    import.Write(from.ToString(), NpgsqlDbType.Varchar);
                    import.Write(to.ToString(), NpgsqlDbType.Varchar);
                    import.Write(action.ToString(), NpgsqlDbType.Varchar);
                    import.Write(at, NpgsqlDbType.TimestampTz);
                    import.Write("Dữ liệu mô phỏng", NpgsqlDbType.Varchar);
                    from = to;
                }
            }

            _transitions = id;
            await import.CompleteAsync(ct);
        }
    }

    /// <summary>The registry person behind nominee <paramref name="n"/> of dossier <paramref name="d"/>: someone of the
    /// proposing unit.</summary>
    private int NomineePerson(int d, int n)
    {
        var ui = _picks[d].UnitIndex;
        return _peopleCount[ui] == 0 ? 1 + (d % Math.Max(1, _peopleCount.Sum())) : _firstPerson[ui] + ((d * 7 + n) % _peopleCount[ui]);
    }

    private static string NomineeAward(bool toProvince, int n) =>
        toProvince ? (n == 0 ? AwardCodes.BkTinh : AwardCodes.CstdTinh) : (n % 2 == 0 ? AwardCodes.Cstdcs : AwardCodes.Gk);

    private string DecisionNumber(DecisionRow dr) =>
        string.Create(Inv, $"{dr.Sequence:00}/{DecisionIssuer.Symbol(IssuingBodyName(dr))}");

    /// <summary>The people's committee of the province or commune ("Ủy ban nhân dân thành phố Hà Nội"): the unit is named
    /// after the place, the decision after the body that signs it.</summary>
    private string IssuingBodyName(DecisionRow dr)
    {
        var place = _units[dr.Body - 1].Name;
        return "Ủy ban nhân dân " + char.ToLowerInvariant(place[0]) + place[1..];
    }

    /// <summary>The decisions planned in <see cref="PlanDossiers"/>, one recipient per nominee (all accepted) linked to its
    /// award record, money by the default tables, and the bodies' number counters, so the next decision issued in the
    /// app takes the next number.</summary>
    private async Task CopyDecisions(NpgsqlConnection conn, CancellationToken ct)
    {
        var accounts = Users().Select((u, i) => (u.UserName, Id: UserId(i + 1))).ToDictionary(x => x.UserName, x => x.Id, StringComparer.Ordinal);
        var signers = _units.Where(u => u.Kind == OrgUnitKind.Province)
            .ToDictionary(u => u.Id, u => accounts[string.Create(Inv, $"lanhdao.t{int.Parse(u.Code[1..], Inv):00}")]);
        await using (var import = await conn.BeginBinaryImportAsync(
            "COPY decisions (\"Id\", \"DossierId\", \"IssuingUnitId\", \"Year\", \"SequenceNumber\", \"Number\", \"DecisionDate\", \"IssuingBodyName\", \"SignerUserId\", \"SignerName\", \"SignerTitle\", \"Capacity\", \"Basis\", \"Wording\", \"IssuedAt\") FROM STDIN (FORMAT BINARY)", ct))
        {
            var id = 0;
            foreach (var dr in _decisions)
            {
                var body = _units[dr.Body - 1];
                var (_, _, year, _, _) = _picks[dr.Dossier];
                import.StartRow();
                import.Write(++id, NpgsqlDbType.Integer);
                import.Write(dr.Dossier + 1, NpgsqlDbType.Integer);
                import.Write(body.Id, NpgsqlDbType.Integer);
                import.Write(dr.Day.Year, NpgsqlDbType.Integer);
                import.Write(dr.Sequence, NpgsqlDbType.Integer);
                import.Write(DecisionNumber(dr), NpgsqlDbType.Varchar);
                import.Write(dr.Day, NpgsqlDbType.Date);
                import.Write(IssuingBodyName(dr), NpgsqlDbType.Varchar);
                // The province's signer account where the data set has one; a commune's chairman has no account here.
                import.Write(signers.TryGetValue(body.Id, out var signer) ? signer : string.Empty, NpgsqlDbType.Varchar);
                import.Write(SyntheticNames.Person(0x51_6E00_0000UL + (ulong)body.Id), NpgsqlDbType.Varchar);
                import.Write("Chủ tịch", NpgsqlDbType.Varchar);
                import.Write(nameof(SignerCapacity.OnBehalf), NpgsqlDbType.Varchar);
                import.Write(LegalBases.ForDecisionDate(dr.Day).Value.ToString(), NpgsqlDbType.Varchar);
                import.Write(string.Create(Inv, $"Khen thưởng các tập thể, cá nhân đã có thành tích trong phong trào thi đua năm {year}"), NpgsqlDbType.Varchar);
                import.Write(new DateTimeOffset(dr.Day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero), NpgsqlDbType.TimestampTz);
            }

            await import.CompleteAsync(ct);
        }

        await using (var import = await conn.BeginBinaryImportAsync(
            "COPY decision_recipients (\"Id\", \"DecisionId\", \"NomineeId\", \"Serial\", \"SubjectKind\", \"Name\", \"Details\", \"AwardCode\", \"AwardName\", \"Amount\", \"Coefficient\", \"BaseSalary\", \"AwardRecordId\", \"PersonId\", \"OrgUnitId\") FROM STDIN (FORMAT BINARY)", ct))
        {
            var id = 0;
            var record = _firstDecisionRecord;
            var decision = 0;
            foreach (var dr in _decisions)
            {
                decision++;
                var (ui, _, _, provincial, count) = _picks[dr.Dossier];
                var u = _units[ui];
                var toProvince = provincial || u.CommuneId is null;
                var basis = LegalBases.ForDecisionDate(dr.Day).Value;
                for (var n = 0; n < count; n++)
                {
                    var code = NomineeAward(toProvince, n);
                    var person = NomineePerson(dr.Dossier, n);
                    var money = RewardMoney.Compute(code, SubjectKind.Individual, dr.Day).Value;
                    import.StartRow();
                    import.Write(++id, NpgsqlDbType.Integer);
                    import.Write(decision, NpgsqlDbType.Integer);
                    import.Write(_firstNominee[dr.Dossier] + n, NpgsqlDbType.Integer);
                    import.Write(n + 1, NpgsqlDbType.Integer);
                    import.Write(nameof(SubjectKind.Individual), NpgsqlDbType.Varchar);
                    import.Write(SyntheticNames.Person((ulong)person), NpgsqlDbType.Varchar);
                    import.Write(SyntheticNames.Position((ulong)person) + ", " + u.Name, NpgsqlDbType.Varchar);
                    import.Write(code, NpgsqlDbType.Varchar);
                    import.Write(DefaultCatalogue.For(code, basis).Value!.Name, NpgsqlDbType.Varchar);
                    import.Write(money?.Amount ?? 0m, NpgsqlDbType.Numeric);
                    import.Write(money?.Coefficient ?? 0m, NpgsqlDbType.Numeric);
                    import.Write(money?.BaseSalary ?? 0m, NpgsqlDbType.Numeric);
                    import.Write(record++, NpgsqlDbType.Integer);
                    import.Write(person, NpgsqlDbType.Integer);
                    import.Write(u.Id, NpgsqlDbType.Integer);
                }
            }

            _recipients = id;
            await import.CompleteAsync(ct);
        }

        await using (var import = await conn.BeginBinaryImportAsync(
            "COPY decision_counters (\"IssuingUnitId\", \"Year\", \"LastNumber\") FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var ((body, year), last) in _counters)
            {
                import.StartRow();
                import.Write(body, NpgsqlDbType.Integer);
                import.Write(year, NpgsqlDbType.Integer);
                import.Write(last, NpgsqlDbType.Integer);
            }

            await import.CompleteAsync(ct);
        }
    }

    /// <summary>A one-page PDF (an empty page): the bytes every synthetic attachment points at.</summary>
    private static readonly byte[] Pdf = BuildPdf();

    private static byte[] BuildPdf()
    {
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        ];
        var text = new System.Text.StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(text.Length);
            text.Append(Inv, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = text.Length;
        text.Append(Inv, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets)
        {
            text.Append(Inv, $"{o:0000000000} 00000 n \n");
        }

        text.Append(Inv, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return System.Text.Encoding.ASCII.GetBytes(text.ToString());
    }

    /// <summary>Every dossier that was ever submitted carries the parts its awards require (so a returned one can be sent
    /// again, as the load test's clerks do): the dossier's own parts and each nominee's, by the catalogue of the day it
    /// was made (<see cref="NominationChecks.MissingDossierPartsAsync"/>, <see cref="NominationChecks.IsPerNominee"/>).
    /// One stored file per proposing unit and part, which the unit's attachments share: the rows an upload makes, with
    /// the store kept small.</summary>
    private async Task CopyAttachments(NpgsqlConnection conn, CancellationToken ct)
    {
        var sha = Uploads.Sha256Hex(Pdf);
        var files = new Dictionary<(int UnitIndex, string Part), int>();
        var attachments = new List<(int Dossier, int? Nominee, string Part, int File, DateTimeOffset At)>();
        var nominee = 0;
        for (var d = 0; d < _picks.Length; d++)
        {
            var (ui, state, year, provincial, count) = _picks[d];
            var firstNominee = nominee + 1;
            nominee += count;
            if (!States[state].Path.Contains(DossierAction.Submit))
            {
                continue; // a draft: its parts are the clerk's to add
            }

            var created = Created(d, year);
            var day = NominationChecks.RulesDate(DateOnly.FromDateTime(created.UtcDateTime));
            var basis = LegalBases.ForDecisionDate(day).Value;
            var toProvince = provincial || _units[ui].CommuneId is null;
            var dossierParts = new HashSet<string>(StringComparer.Ordinal);
            int File(string part) => files.TryGetValue((ui, part), out var f) ? f : files[(ui, part)] = files.Count + 1;
            for (var n = 0; n < count; n++)
            {
                foreach (var part in DefaultCatalogue.For(NomineeAward(toProvince, n), basis).Value!.Dossier.Where(p => !p.Conditional))
                {
                    if (NominationChecks.IsPerNominee(part))
                    {
                        attachments.Add((d + 1, firstNominee + n, part.Code, File(part.Code), created));
                    }
                    else if (dossierParts.Add(part.Code))
                    {
                        attachments.Add((d + 1, null, part.Code, File(part.Code), created));
                    }
                }
            }
        }

        await using (var import = await conn.BeginBinaryImportAsync(
            "COPY stored_files (\"Id\", \"FileName\", \"ContentType\", \"Length\", \"Sha256\", \"Content\", \"UploadedAt\", \"OrgUnitId\") FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var ((ui, part), id) in files.OrderBy(f => f.Value))
            {
                import.StartRow();
                import.Write(id, NpgsqlDbType.Integer);
                import.Write(part.ToLowerInvariant().Replace('_', '-') + ".pdf", NpgsqlDbType.Varchar);
                import.Write("application/pdf", NpgsqlDbType.Varchar);
                import.Write((long)Pdf.Length, NpgsqlDbType.Bigint);
                import.Write(sha, NpgsqlDbType.Char);
                import.Write(Pdf, NpgsqlDbType.Bytea);
                import.Write(new DateTimeOffset(2006, 1, 1, 0, 0, 0, TimeSpan.Zero), NpgsqlDbType.TimestampTz);
                import.Write(_units[ui].Id, NpgsqlDbType.Integer);
            }

            await import.CompleteAsync(ct);
        }

        await using (var import = await conn.BeginBinaryImportAsync(
            "COPY dossier_attachments (\"Id\", \"DossierId\", \"NomineeId\", \"PartCode\", \"StoredFileId\", \"Round\", \"UploadedAt\") FROM STDIN (FORMAT BINARY)", ct))
        {
            var id = 0;
            foreach (var (dossier, nomineeId, part, file, at) in attachments)
            {
                import.StartRow();
                import.Write(++id, NpgsqlDbType.Integer);
                import.Write(dossier, NpgsqlDbType.Integer);
                WriteNullable(import, nomineeId);
                import.Write(part, NpgsqlDbType.Varchar);
                import.Write(file, NpgsqlDbType.Integer);
                import.Write(1, NpgsqlDbType.Integer);
                import.Write(at, NpgsqlDbType.TimestampTz);
            }

            await import.CompleteAsync(ct);
        }

        _files = files.Count;
        _attachments = attachments.Count;
    }

    private static DateTimeOffset Created(int dossier, int year) =>
        new DateTimeOffset(year, 1, 5, 1, 0, 0, TimeSpan.Zero).AddMinutes(dossier % (300 * 24 * 60));

    /// <summary>The generated accounts in id order (n-th → <see cref="UserId"/>(n)): per province an appraiser and a
    /// signer, per commune an appraiser and a clerk, per other unit a clerk.</summary>
    private List<(string UserName, int UnitId, Role[] Roles)> Users()
    {
        var users = new List<(string UserName, int UnitId, Role[] Roles)>();
        var provinceNo = 0;
        foreach (var u in _units)
        {
            switch (u.Kind)
            {
                case OrgUnitKind.Province:
                    provinceNo = int.Parse(u.Code[1..], Inv);
                    users.Add(($"thamdinh.t{provinceNo:00}", u.Id, [Role.Appraiser]));
                    users.Add(($"lanhdao.t{provinceNo:00}", u.Id, [Role.Signer, Role.Viewer]));
                    break;
                case OrgUnitKind.Commune:
                    users.Add(($"thamdinh.x{u.Id}", u.Id, [Role.Appraiser]));
                    users.Add(($"canbo.x{u.Id}", u.Id, [Role.UnitClerk]));
                    break;
                default:
                    users.Add(($"canbo.u{u.Id}", u.Id, [Role.UnitClerk]));
                    break;
            }
        }

        return users;
    }

    private async Task CopyUsers(NpgsqlConnection conn, CancellationToken ct)
    {
        var hash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), Password);
        var users = Users();
        var created = new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.Zero);
        await using (var import = await conn.BeginBinaryImportAsync(
            "COPY \"AspNetUsers\" (\"Id\", \"FullName\", \"Position\", \"OrgUnitId\", \"IsDisabled\", \"CreatedAt\", \"UserName\", \"NormalizedUserName\", \"EmailConfirmed\", \"PasswordHash\", \"SecurityStamp\", \"ConcurrencyStamp\", \"PhoneNumberConfirmed\", \"TwoFactorEnabled\", \"LockoutEnabled\", \"AccessFailedCount\") FROM STDIN (FORMAT BINARY)", ct))
        {
            var n = 0;
            foreach (var (name, unit, roles) in users)
            {
                n++;
                import.StartRow();
                import.Write(UserId(n), NpgsqlDbType.Text);
                import.Write(SyntheticNames.Person(0x5EED_0000_0000UL + (ulong)n), NpgsqlDbType.Varchar);
                import.Write(roles[0] == Role.Appraiser ? "Chuyên viên thẩm định" : roles[0] == Role.Signer ? "Phó Chủ tịch" : "Cán bộ thi đua, khen thưởng", NpgsqlDbType.Varchar);
                import.Write(unit, NpgsqlDbType.Integer);
                import.Write(false, NpgsqlDbType.Boolean);
                import.Write(created, NpgsqlDbType.TimestampTz);
                import.Write(name, NpgsqlDbType.Varchar);
                import.Write(name.ToUpperInvariant(), NpgsqlDbType.Varchar);
                import.Write(false, NpgsqlDbType.Boolean);
                import.Write(hash, NpgsqlDbType.Text);
                import.Write(UserId(n).Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant(), NpgsqlDbType.Text);
                import.Write(UserId(n), NpgsqlDbType.Text);
                import.Write(false, NpgsqlDbType.Boolean);
                import.Write(false, NpgsqlDbType.Boolean);
                import.Write(true, NpgsqlDbType.Boolean);
                import.Write(0, NpgsqlDbType.Integer);
            }

            await import.CompleteAsync(ct);
        }

        await using (var import = await conn.BeginBinaryImportAsync(
            "COPY role_grants (\"Id\", \"UserId\", \"Role\", \"OrgUnitId\", \"GrantedAt\") FROM STDIN (FORMAT BINARY)", ct))
        {
            var n = 0;
            var id = 0;
            foreach (var (_, unit, roles) in users)
            {
                n++;
                foreach (var role in roles)
                {
                    import.StartRow();
                    import.Write(++id, NpgsqlDbType.Integer);
                    import.Write(UserId(n), NpgsqlDbType.Text);
                    import.Write(role.ToString(), NpgsqlDbType.Varchar);
                    import.Write(unit, NpgsqlDbType.Integer);
                    import.Write(created, NpgsqlDbType.TimestampTz);
                }
            }

            await import.CompleteAsync(ct);
        }

        _users = users.Count;
    }

    private static string UserId(int n) => string.Create(Inv, $"00000000-5eed-4000-8000-{n:000000000000}");

    private static void WriteNullable(NpgsqlBinaryImporter import, int? value)
    {
        if (value is { } v)
        {
            import.Write(v, NpgsqlDbType.Integer);
        }
        else
        {
            import.WriteNull();
        }
    }
}
