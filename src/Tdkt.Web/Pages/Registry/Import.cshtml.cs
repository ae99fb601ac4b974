using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;
using Tdkt.Domain.Organizations;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Registry;

/// <summary>Nhập lịch sử khen thưởng từ tệp Excel (.xlsx) hoặc CSV (UTF-8): all rows or none, every problem by row and column.</summary>
[RequestSizeLimit(ImportAwardHistoryHandler.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportAwardHistoryHandler.MaxRequestBytes)]
public sealed class ImportModel(CurrentUser me, ImportAwardHistoryHandler handler) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<ImportError> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        ImportAwardHistoryHandler.CanImport(await me.ScopeAsync(ct)) ? Page() : NotFound();

    public async Task<IActionResult> OnGetTemplateAsync(CancellationToken ct) =>
        ImportAwardHistoryHandler.CanImport(await me.ScopeAsync(ct))
            ? File(ImportAwardHistoryHandler.Template(), Xlsx.ContentType, "mau-nhap-lich-su-khen-thuong.xlsx")
            : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ImportAwardHistoryHandler.CanImport(await me.ScopeAsync(ct)))
        {
            return NotFound();
        }

        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Hãy chọn tệp Excel (.xlsx) hoặc CSV (.csv) cần nhập.");
            return Page();
        }

        if (Upload.Length > ImportAwardHistoryHandler.MaxFileBytes)
        {
            ModelState.AddModelError(nameof(Upload), $"Tệp quá lớn. Dung lượng tối đa là {ImportAwardHistoryHandler.MaxFileBytes / 1024 / 1024} MB; hãy chia thành nhiều tệp.");
            return Page();
        }

        var bytes = new byte[Upload.Length];
        await using (var stream = Upload.OpenReadStream())
        {
            await stream.ReadExactlyAsync(bytes, ct);
        }

        var result = await handler.HandleAsync(bytes, ct);
        if (result.IsFailure)
        {
            ModelState.AddModelError(nameof(Upload), result.Error!.Message);
            return Page();
        }

        if (result.Value!.Errors.Count > 0)
        {
            Errors = result.Value.Errors;
            return Page();
        }

        TempData["Success"] = $"Đã nhập {result.Value.Imported} quyết định khen thưởng từ tệp \"{Path.GetFileName(Upload.FileName)}\".";
        return RedirectToPage("Index");
    }
}

public sealed record ImportAwardHistoryOutcome(int Imported, IReadOnlyList<ImportError> Errors);

public sealed class ImportAwardHistoryHandler(TdktDbContext db, CurrentUser me)
{
    /// <summary>100,000 rows are about 4 MB as .xlsx and 9 MB as CSV.</summary>
    public const int MaxFileBytes = 20 * 1024 * 1024;
    public const int MaxRequestBytes = 24 * 1024 * 1024;
    public static readonly Role[] Roles = [Role.UnitClerk, Role.Appraiser, Role.Admin];

    public static bool CanImport(OrgScope scope) => Roles.Any(scope.Has);

    public const string UnitHeader = "Mã đơn vị";
    public const string NameHeader = "Họ và tên";
    public const string BirthYearHeader = "Năm sinh";
    public const string AwardHeader = "Mã danh hiệu";
    public const string YearHeader = "Năm";
    public const string DecisionNumberHeader = "Số quyết định";
    public const string DecisionDateHeader = "Ngày quyết định";
    public const string KindHeader = "Loại khen thưởng";

    public static readonly string[] Headers =
        [UnitHeader, NameHeader, BirthYearHeader, AwardHeader, YearHeader, DecisionNumberHeader, DecisionDateHeader, KindHeader];

    public const string AuditActionText = "Nhập lịch sử khen thưởng từ Excel";
    public const string CsvAuditActionText = "Nhập lịch sử khen thưởng từ CSV";

    public async Task<Result<ImportAwardHistoryOutcome>> HandleAsync(byte[] content, CancellationToken ct) =>
        await ImportAsync(db, await me.ScopeAsync(ct), content, ct);

    /// <summary>Reads the file as .xlsx (zip signature) or else as UTF-8 CSV with the same headers.</summary>
    public static Result<(IReadOnlyList<(int Line, string[] Cells)> Rows, bool Csv)> ReadRows(byte[] content)
    {
        if (content.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            var sheet = Xlsx.Read(content, "Tệp không phải bảng tính Excel (.xlsx). Trong Excel, hãy chọn Lưu thành \"Excel Workbook (*.xlsx)\" rồi nhập lại.");
            return sheet.IsSuccess ? (sheet.Value!, false) : sheet.Error!;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return new ValidationError("Upload", "Tệp không phải Excel (.xlsx) hoặc CSV mã UTF-8. Trong Excel, hãy chọn Lưu thành \"CSV UTF-8 (Comma delimited) (*.csv)\" hoặc \"Excel Workbook (*.xlsx)\" rồi nhập lại.");
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return new ValidationError("Upload", "Tệp không phải Excel (.xlsx) hoặc CSV. Hãy dùng tệp mẫu.");
        }

        if (UploadLimits.CheckCsv(text) is { } tooMany)
        {
            return new ValidationError("Upload", tooMany);
        }

        return (Csv.Read(text).Select(r => (r.Line, r.Fields.ToArray())).ToList(), true);
    }

    /// <summary>Validates the rows all-or-nothing within <paramref name="scope"/> in one pass, then stages them by
    /// binary COPY and resolves people and duplicates in SQL in the same transaction (<see cref="WriteAsync"/>).</summary>
    public static async Task<Result<ImportAwardHistoryOutcome>> ImportAsync(TdktDbContext db, OrgScope scope, byte[] content, CancellationToken ct)
    {
        if (!CanImport(scope))
        {
            return new NotFoundError();
        }

        var read = ReadRows(content);
        if (read.IsFailure)
        {
            return read.Error!;
        }

        var (sheet, csv) = read.Value;
        var rows = sheet.Where(r => r.Cells.Any(c => c.Length > 0)).ToList();
        if (rows.Count == 0)
        {
            return new ImportAwardHistoryOutcome(0, [new ImportError(0, string.Empty, "Tệp không có dữ liệu. Hãy dùng tệp mẫu.")]);
        }

        var header = rows[0].Cells.Select(c => VietnameseText.Normalize(c)).ToArray();
        var errors = new List<ImportError>();
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var h in Headers)
        {
            var i = Array.FindIndex(header, x => VietnameseText.Fold(x) == VietnameseText.Fold(h));
            if (i < 0)
            {
                errors.Add(new ImportError(rows[0].Line, h, $"Thiếu cột \"{h}\" ở dòng tiêu đề. Hãy dùng tệp mẫu."));
            }

            columns[h] = i;
        }

        if (errors.Count > 0)
        {
            return new ImportAwardHistoryOutcome(0, errors);
        }

        var units = await db.OrgUnits.AsNoTracking().VisibleTo(scope, Roles)
            .Select(u => new { u.Id, u.Code }).ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.OrdinalIgnoreCase, ct);

        var staged = new List<StagedAwardRow>(rows.Count);
        var bases = new Dictionary<DateOnly, LegalBasis?>();
        foreach (var (line, cells) in rows.Skip(1))
        {
            string Cell(string h) => columns[h] < cells.Length ? VietnameseText.Normalize(cells[columns[h]]) : string.Empty;
            var before = errors.Count;
            void Error(string column, string message) => errors.Add(new ImportError(line, column, message));

            var unitCode = Cell(UnitHeader);
            if (!units.TryGetValue(unitCode, out var unitId))
            {
                Error(UnitHeader, unitCode.Length == 0 ? "Thiếu mã đơn vị." : $"Không tìm thấy đơn vị mã \"{unitCode}\" trong phạm vi bạn được giao.");
            }

            var name = Cell(NameHeader);
            if (name.Length > Person.NameMaxLength)
            {
                Error(NameHeader, $"Họ và tên dài quá {Person.NameMaxLength} ký tự.");
            }

            int? birthYear = null;
            var birthText = Cell(BirthYearHeader);
            if (birthText.Length > 0)
            {
                if (int.TryParse(birthText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var by) && by is >= 1900 and <= 2100)
                {
                    birthYear = by;
                }
                else
                {
                    Error(BirthYearHeader, $"Năm sinh \"{birthText}\" không hợp lệ; hãy ghi 4 chữ số, ví dụ 1985.");
                }
            }

            var codeText = Cell(AwardHeader);
            if (!AwardCodes.TryNormalize(codeText, out var code))
            {
                Error(AwardHeader, $"Mã danh hiệu \"{codeText}\" không có trong danh mục (ví dụ {AwardCodes.Cstdcs}, {AwardCodes.BkTinh}).");
            }

            var yearText = Cell(YearHeader);
            if (!int.TryParse(yearText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var year) || year is < 1990 or > 2100)
            {
                Error(YearHeader, $"Năm \"{yearText}\" không hợp lệ; hãy ghi năm thành tích, ví dụ 2024.");
            }

            var number = Cell(DecisionNumberHeader);
            if (number.Length is 0 or > 60)
            {
                Error(DecisionNumberHeader, number.Length == 0 ? "Thiếu số quyết định." : "Số quyết định dài quá 60 ký tự.");
            }

            var dateText = Cell(DecisionDateHeader);
            DateOnly date = default;
            if (!ViFormat.TryParseDate(dateText, out date))
            {
                if (double.TryParse(dateText, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 100000)
                {
                    date = DateOnly.FromDateTime(DateTime.FromOADate(serial));
                }
                else
                {
                    Error(DecisionDateHeader, $"Ngày quyết định \"{dateText}\" không hợp lệ; hãy ghi dd/MM/yyyy, ví dụ 15/12/2024.");
                }
            }

            var kindText = Cell(KindHeader);
            if (!TryParseKind(kindText, out var kind))
            {
                Error(KindHeader, $"Loại khen thưởng \"{kindText}\" không hợp lệ; hãy ghi: công trạng, chuyên đề, đột xuất (để trống là công trạng).");
            }

            if (errors.Count > before)
            {
                continue;
            }

            if (!bases.TryGetValue(date, out var basis))
            {
                var b = LegalBases.ForDecisionDate(date);
                bases[date] = basis = b.IsSuccess ? b.Value : null;
            }

            staged.Add(new StagedAwardRow(line, unitId, name, birthYear, code, year, number, date, kind, basis));
        }

        if (errors.Count > 0)
        {
            return new ImportAwardHistoryOutcome(0, errors);
        }

        var duplicates = await WriteAsync(db, staged, csv ? CsvAuditActionText : AuditActionText, ct);
        return duplicates.Count > 0
            ? new ImportAwardHistoryOutcome(0, duplicates)
            : new ImportAwardHistoryOutcome(staged.Count, []);
    }

    /// <summary>One validated row; <see cref="FullName"/> empty for a collective (the unit itself).</summary>
    public sealed record StagedAwardRow(int Line, int OrgUnitId, string FullName, int? BirthYear, string AwardCode, int Year,
        string DecisionNumber, DateOnly DecisionDate, CommendationKind Kind, LegalBasis? Basis);

    /// <summary>Folded name as SQL computes it on both sides of a person match (the staging table's generated
    /// <c>name_key</c> uses the same expression).</summary>
    private const string FoldSql = "lower(public.f_unaccent({0}))";

    /// <summary>In one transaction: binary COPY of the rows into a temporary staging table; people matched in SQL
    /// (same unit, folded name, birth year; the oldest entry that was not merged away); duplicates — against the
    /// registry (counting records of people merged into the match) or an earlier line — returned as row errors with
    /// nothing written; otherwise new people and the award records inserted by INSERT … SELECT with ids from the HiLo
    /// sequence (a block of <see cref="HiLoBlock"/> per nextval, as EF Core uses it, so later EF inserts never
    /// collide), and one audit row with the count.</summary>
    public static async Task<IReadOnlyList<ImportError>> WriteAsync(
        TdktDbContext db, IReadOnlyList<StagedAwardRow> rows, string auditAction, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var conn = (NpgsqlConnection)db.Database.GetDbConnection();
                await ExecAsync(conn, """
                    CREATE TEMP TABLE import_award_rows (
                        line int NOT NULL, org_unit_id int NOT NULL, full_name text NOT NULL, birth_year int,
                        award_code text NOT NULL, year int NOT NULL, decision_number text NOT NULL, decision_date date NOT NULL,
                        kind text NOT NULL, basis text, person_id int,
                        name_key text GENERATED ALWAYS AS (NULLIF(lower(public.f_unaccent(full_name)), '')) STORED) ON COMMIT DROP
                    """, ct);
                await using (var import = await conn.BeginBinaryImportAsync(
                    "COPY import_award_rows (line, org_unit_id, full_name, birth_year, award_code, year, decision_number, decision_date, kind, basis) FROM STDIN (FORMAT BINARY)", ct))
                {
                    foreach (var r in rows)
                    {
                        await import.StartRowAsync(ct);
                        await import.WriteAsync(r.Line, NpgsqlDbType.Integer, ct);
                        await import.WriteAsync(r.OrgUnitId, NpgsqlDbType.Integer, ct);
                        await import.WriteAsync(r.FullName, NpgsqlDbType.Text, ct);
                        await WriteNullableAsync(import, r.BirthYear, NpgsqlDbType.Integer, ct);
                        await import.WriteAsync(r.AwardCode, NpgsqlDbType.Text, ct);
                        await import.WriteAsync(r.Year, NpgsqlDbType.Integer, ct);
                        await import.WriteAsync(r.DecisionNumber, NpgsqlDbType.Text, ct);
                        await import.WriteAsync(r.DecisionDate, NpgsqlDbType.Date, ct);
                        await import.WriteAsync(r.Kind.ToString(), NpgsqlDbType.Text, ct);
                        if (r.Basis is { } basis)
                        {
                            await import.WriteAsync(basis.ToString(), NpgsqlDbType.Text, ct);
                        }
                        else
                        {
                            await import.WriteNullAsync(ct);
                        }
                    }

                    await import.CompleteAsync(ct);
                }

                var fold = string.Format(CultureInfo.InvariantCulture, FoldSql, "p.\"FullName\"");
                await ExecAsync(conn, $"""
                    ANALYZE import_award_rows;
                    UPDATE import_award_rows s SET person_id = m."Id"
                    FROM (SELECT DISTINCT ON (p."OrgUnitId", {fold}, coalesce(p."BirthYear", 0))
                                 p."Id", p."OrgUnitId", {fold} AS name_key, coalesce(p."BirthYear", 0) AS birth
                          FROM people p
                          WHERE p."OrgUnitId" IN (SELECT DISTINCT org_unit_id FROM import_award_rows WHERE name_key IS NOT NULL)
                            AND NOT EXISTS (SELECT 1 FROM person_merges pm WHERE pm."MergedPersonId" = p."Id")
                          ORDER BY p."OrgUnitId", {fold}, coalesce(p."BirthYear", 0), p."Id") m
                    WHERE s.name_key IS NOT NULL AND m."OrgUnitId" = s.org_unit_id AND m.name_key = s.name_key
                      AND m.birth = coalesce(s.birth_year, 0)
                    """, ct);

                var duplicates = new List<ImportError>();
                await using (var cmd = new NpgsqlCommand("""
                    SELECT line, full_name, award_code, year FROM (
                        SELECT s.*, row_number() OVER (PARTITION BY org_unit_id, coalesce(name_key, ''), coalesce(birth_year, 0), award_code, year ORDER BY line) AS nth
                        FROM import_award_rows s) s
                    WHERE nth > 1
                       OR (s.name_key IS NULL AND EXISTS (SELECT 1 FROM award_records a
                           WHERE a."PersonId" IS NULL AND a."OrgUnitId" = s.org_unit_id AND a."AwardCode" = s.award_code AND a."Year" = s.year))
                       OR (s.person_id IS NOT NULL AND EXISTS (SELECT 1 FROM award_records a
                           WHERE a."AwardCode" = s.award_code AND a."Year" = s.year
                             AND (a."PersonId" = s.person_id
                                  OR a."PersonId" IN (SELECT pm."MergedPersonId" FROM person_merges pm WHERE pm."SurvivorPersonId" = s.person_id))))
                    ORDER BY line
                    LIMIT 1000
                    """, conn))
                await using (var reader = await cmd.ExecuteReaderAsync(ct))
                {
                    while (await reader.ReadAsync(ct))
                    {
                        var name = reader.GetString(1);
                        duplicates.Add(new ImportError(reader.GetInt32(0), AwardHeader,
                            $"{(name.Length == 0 ? "Tập thể" : name)} đã có {reader.GetString(2)} năm {reader.GetInt32(3).ToString(CultureInfo.InvariantCulture)} trong sổ hoặc ở dòng trên."));
                    }
                }

                if (duplicates.Count > 0)
                {
                    await tx.RollbackAsync(ct);
                    return duplicates;
                }

                var newPeople = await ScalarAsync(conn, """
                    CREATE TEMP TABLE import_new_people ON COMMIT DROP AS
                        SELECT row_number() OVER (ORDER BY min(line)) AS rn, org_unit_id, name_key, coalesce(birth_year, 0) AS birth,
                               min(line) AS first_line, NULL::int AS id
                        FROM import_award_rows WHERE person_id IS NULL AND name_key IS NOT NULL
                        GROUP BY org_unit_id, name_key, coalesce(birth_year, 0);
                    SELECT count(*) FROM import_new_people
                    """, ct);
                await ExecAsync(conn, $"""
                    WITH i AS MATERIALIZED ({IdsSql("(SELECT count(*) FROM import_new_people)")})
                    UPDATE import_new_people n SET id = i.id FROM i WHERE i.rn = n.rn;
                    INSERT INTO people ("Id", "FullName", "BirthYear", "OrgUnitId")
                        SELECT n.id, s.full_name, s.birth_year, s.org_unit_id FROM import_new_people n JOIN import_award_rows s ON s.line = n.first_line;
                    UPDATE import_award_rows s SET person_id = n.id FROM import_new_people n
                        WHERE s.person_id IS NULL AND n.org_unit_id = s.org_unit_id AND n.name_key = s.name_key AND n.birth = coalesce(s.birth_year, 0);
                    WITH i AS MATERIALIZED ({IdsSql("(SELECT count(*) FROM import_award_rows)")})
                    INSERT INTO award_records ("Id", "OrgUnitId", "PersonId", "AwardCode", "Year", "DecisionNumber", "DecisionDate", "Kind", "Basis")
                        SELECT i.id, s.org_unit_id, s.person_id, s.award_code, s.year, s.decision_number, s.decision_date, s.kind, s.basis
                        FROM (SELECT s.*, row_number() OVER (ORDER BY line) AS rn FROM import_award_rows s) s
                        JOIN i ON i.rn = s.rn
                    """, ct);

                var units = rows.Select(r => r.OrgUnitId).Distinct().Take(2).ToList();
                db.AuditEntries.Add(db.NewAuditEntry(auditAction, nameof(AwardRecordEntry),
                    string.Create(CultureInfo.InvariantCulture, $"{rows.Count} bản ghi"),
                    units.Count == 1 ? units[0] : null,
                    string.Create(CultureInfo.InvariantCulture, $"Đã nhập {rows.Count} quyết định khen thưởng, {newPeople} người mới.")));
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return (IReadOnlyList<ImportError>)[];
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });
    }

    /// <summary>EF Core's HiLo block: the sequence increments by 10 and each value v hands out v..v+9.</summary>
    public const int HiLoBlock = 10;

    /// <summary>(rn, id) for rn = 1..count (use as a MATERIALIZED CTE: nextval must run once), ids drawn from the HiLo sequence in blocks of <see cref="HiLoBlock"/>.</summary>
    private static string IdsSql(string count) => $"""
        SELECT row_number() OVER (ORDER BY b.v, k.k) AS rn, (b.v + k.k)::int AS id
        FROM (SELECT nextval('"EntityFrameworkHiLoSequence"') AS v FROM generate_series(1, ({count} + {HiLoBlock - 1}) / {HiLoBlock})) b
        CROSS JOIN generate_series(0, {HiLoBlock - 1}) AS k(k)
        """;

    private static async Task ExecAsync(NpgsqlConnection conn, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection conn, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter import, int? value, NpgsqlDbType type, CancellationToken ct) =>
        value is { } v ? import.WriteAsync(v, type, ct) : import.WriteNullAsync(ct);

    private static bool TryParseKind(string text, out CommendationKind kind)
    {
        switch (VietnameseText.Fold(text))
        {
            case "":
            case "cong trang":
                kind = CommendationKind.Merit;
                return true;
            case "chuyen de":
            case "theo dot":
            case "theo dot, chuyen de":
                kind = CommendationKind.Thematic;
                return true;
            case "dot xuat":
                kind = CommendationKind.AdHoc;
                return true;
            default:
                return FactCodes.TryParse(text, out kind);
        }
    }

    /// <summary>The downloadable template: the exact headers and three example rows.</summary>
    public static byte[] Template() => Xlsx.Write("Lich su khen thuong", Headers,
    [
        ["LCH-SNV", "Nguyễn Văn Mẫu", 1985, AwardCodes.Cstdcs, 2024, "125/QĐ-SNV", "15/12/2024", "công trạng"],
        ["LCH-SNV", "Nguyễn Văn Mẫu", 1985, AwardCodes.Cstdcs, 2025, "130/QĐ-SNV", "12/12/2025", "công trạng"],
        ["LCH-SNV", "", "", AwardCodes.Ttldtt, 2025, "131/QĐ-SNV", "12/12/2025", "công trạng"],
    ]);
}
