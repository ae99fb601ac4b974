using System.Globalization;
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

/// <summary>Nhập lịch sử khen thưởng từ tệp Excel (.xlsx): all rows or none, every problem by row and column.</summary>
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
            ModelState.AddModelError(nameof(Upload), "Hãy chọn tệp Excel (.xlsx) cần nhập.");
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
    public const int MaxFileBytes = 5 * 1024 * 1024;
    public const int MaxRequestBytes = 10 * 1024 * 1024;
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

    public async Task<Result<ImportAwardHistoryOutcome>> HandleAsync(byte[] content, CancellationToken ct) =>
        await ImportAsync(db, await me.ScopeAsync(ct), content, ct);

    /// <summary>Validates the sheet all-or-nothing within <paramref name="scope"/>, then writes the rows by binary COPY.</summary>
    public static async Task<Result<ImportAwardHistoryOutcome>> ImportAsync(TdktDbContext db, OrgScope scope, byte[] content, CancellationToken ct)
    {
        if (!CanImport(scope))
        {
            return new NotFoundError();
        }

        var sheet = Xlsx.Read(content);
        if (sheet is null)
        {
            return new ValidationError("Upload", "Tệp không phải bảng tính Excel (.xlsx). Trong Excel, hãy chọn Lưu thành \"Excel Workbook (*.xlsx)\" rồi nhập lại.");
        }

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
        var unitIds = units.Values.ToList();
        var people = await db.People.AsNoTracking().Where(p => unitIds.Contains(p.OrgUnitId)).OrderBy(p => p.Id).ToListAsync(ct);
        var personByKey = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var p in people)
        {
            // Namesakes born the same year in one unit already in the registry: the oldest entry is matched.
            personByKey.TryAdd(PersonKey(p.OrgUnitId, p.FullName, p.BirthYear), p);
        }

        var existing = (await db.AwardRecords.AsNoTracking().Where(a => unitIds.Contains(a.OrgUnitId))
                .Select(a => new { a.PersonId, a.OrgUnitId, a.AwardCode, a.Year }).ToListAsync(ct))
            .Select(a => RecordKey(a.PersonId, a.OrgUnitId, a.AwardCode, a.Year)).ToHashSet(StringComparer.Ordinal);

        var records = new List<(AwardRecordEntry Record, Person? Person)>();
        var newPeople = new List<Person>();
        foreach (var (line, cells) in rows.Skip(1))
        {
            string Cell(string h) => columns[h] < cells.Length ? VietnameseText.Normalize(cells[columns[h]]) : string.Empty;
            var rowErrors = new List<ImportError>();
            void Error(string column, string message) => rowErrors.Add(new ImportError(line, column, message));

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

            if (rowErrors.Count > 0)
            {
                errors.AddRange(rowErrors);
                continue;
            }

            Person? person = null;
            if (name.Length > 0)
            {
                var key = PersonKey(unitId, name, birthYear);
                if (!personByKey.TryGetValue(key, out person))
                {
                    person = new Person { FullName = name, BirthYear = birthYear, OrgUnitId = unitId };
                    newPeople.Add(person);
                    personByKey[key] = person;
                }
            }

            // A new person has no id yet (given at write time) and no records in the registry: keyed by name instead.
            var recordKey = person is { Id: 0 }
                ? string.Create(CultureInfo.InvariantCulture, $"n{PersonKey(unitId, name, birthYear)}|{code}|{year}")
                : RecordKey(person?.Id, unitId, code, year);
            if (!existing.Add(recordKey))
            {
                Error(AwardHeader, $"{(person is null ? "Tập thể" : person.FullName)} đã có {code} năm {year.ToString(CultureInfo.InvariantCulture)} trong sổ hoặc ở dòng trên.");
                errors.AddRange(rowErrors);
                continue;
            }

            var basis = LegalBases.ForDecisionDate(date);
            records.Add((new AwardRecordEntry
            {
                OrgUnitId = unitId,
                AwardCode = code,
                Year = year,
                DecisionNumber = number,
                DecisionDate = date,
                Kind = kind,
                Basis = basis.IsSuccess ? basis.Value : null,
            }, person));
        }

        if (errors.Count > 0)
        {
            return new ImportAwardHistoryOutcome(0, errors);
        }

        await WriteAsync(db, newPeople, records, ct);
        return new ImportAwardHistoryOutcome(records.Count, []);
    }

    /// <summary>Writes validated rows by PostgreSQL binary COPY in one transaction (people first, then the award
    /// records, then one audit row with the count): a failure leaves nothing. Ids come from the HiLo sequence, a block
    /// of <see cref="HiLoBlock"/> per nextval as EF Core uses it, so later EF inserts never collide.</summary>
    public static async Task WriteAsync(
        TdktDbContext db, IReadOnlyList<Person> newPeople, IReadOnlyList<(AwardRecordEntry Record, Person? Person)> records, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var conn = (NpgsqlConnection)db.Database.GetDbConnection();
                var ids = await AllocateIdsAsync(conn, newPeople.Count + records.Count, ct);
                var next = 0;
                foreach (var p in newPeople)
                {
                    p.Id = ids[next++];
                }

                foreach (var (record, person) in records)
                {
                    record.Id = ids[next++];
                    record.PersonId = person?.Id;
                }

                await using (var import = await conn.BeginBinaryImportAsync(
                    "COPY people (\"Id\", \"FullName\", \"BirthYear\", \"OrgUnitId\") FROM STDIN (FORMAT BINARY)", ct))
                {
                    foreach (var p in newPeople)
                    {
                        await import.StartRowAsync(ct);
                        await import.WriteAsync(p.Id, NpgsqlDbType.Integer, ct);
                        await import.WriteAsync(p.FullName, NpgsqlDbType.Varchar, ct);
                        await WriteNullableAsync(import, p.BirthYear, NpgsqlDbType.Integer, ct);
                        await import.WriteAsync(p.OrgUnitId, NpgsqlDbType.Integer, ct);
                    }

                    await import.CompleteAsync(ct);
                }

                await using (var import = await conn.BeginBinaryImportAsync(
                    "COPY award_records (\"Id\", \"OrgUnitId\", \"PersonId\", \"AwardCode\", \"Year\", \"DecisionNumber\", \"DecisionDate\", \"Kind\", \"Basis\") FROM STDIN (FORMAT BINARY)", ct))
                {
                    foreach (var (r, _) in records)
                    {
                        await import.StartRowAsync(ct);
                        await import.WriteAsync(r.Id, NpgsqlDbType.Integer, ct);
                        await import.WriteAsync(r.OrgUnitId, NpgsqlDbType.Integer, ct);
                        await WriteNullableAsync(import, r.PersonId, NpgsqlDbType.Integer, ct);
                        await import.WriteAsync(r.AwardCode, NpgsqlDbType.Varchar, ct);
                        await import.WriteAsync(r.Year, NpgsqlDbType.Integer, ct);
                        await import.WriteAsync(r.DecisionNumber, NpgsqlDbType.Varchar, ct);
                        await import.WriteAsync(r.DecisionDate, NpgsqlDbType.Date, ct);
                        await import.WriteAsync(r.Kind.ToString(), NpgsqlDbType.Varchar, ct);
                        if (r.Basis is { } basis)
                        {
                            await import.WriteAsync(basis.ToString(), NpgsqlDbType.Varchar, ct);
                        }
                        else
                        {
                            await import.WriteNullAsync(ct);
                        }
                    }

                    await import.CompleteAsync(ct);
                }

                var units = records.Select(r => r.Record.OrgUnitId).Distinct().Take(2).ToList();
                db.AuditEntries.Add(db.NewAuditEntry(AuditActionText, nameof(AwardRecordEntry),
                    string.Create(CultureInfo.InvariantCulture, $"{records.Count} bản ghi"),
                    units.Count == 1 ? units[0] : null,
                    string.Create(CultureInfo.InvariantCulture, $"Đã nhập {records.Count} quyết định khen thưởng, {newPeople.Count} người mới.")));
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });
    }

    /// <summary>EF Core's HiLo block: the sequence increments by 10 and each value v hands out v..v+9.</summary>
    public const int HiLoBlock = 10;

    private static async Task<int[]> AllocateIdsAsync(NpgsqlConnection conn, int count, CancellationToken ct)
    {
        var ids = new int[count];
        if (count == 0)
        {
            return ids;
        }

        var blocks = (count + HiLoBlock - 1) / HiLoBlock;
        await using var cmd = new NpgsqlCommand(
            "SELECT nextval('\"EntityFrameworkHiLoSequence\"') FROM generate_series(1, @n)", conn);
        cmd.Parameters.AddWithValue("n", blocks);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var i = 0;
        while (i < count && await reader.ReadAsync(ct))
        {
            var start = checked((int)reader.GetInt64(0));
            for (var k = 0; k < HiLoBlock && i < count; k++)
            {
                ids[i++] = start + k;
            }
        }

        return ids;
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter import, int? value, NpgsqlDbType type, CancellationToken ct) =>
        value is { } v ? import.WriteAsync(v, type, ct) : import.WriteNullAsync(ct);

    private static string PersonKey(int unitId, string name, int? birthYear) =>
        string.Create(CultureInfo.InvariantCulture, $"{unitId}|{VietnameseText.Fold(name)}|{birthYear}");

    private static string RecordKey(int? personId, int unitId, string code, int year) =>
        personId is { } p
            ? string.Create(CultureInfo.InvariantCulture, $"p{p}|{code}|{year}")
            : string.Create(CultureInfo.InvariantCulture, $"u{unitId}|{code}|{year}");

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
