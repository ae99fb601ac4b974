using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;
using Tdkt.Domain.Nominations;
using Tdkt.Web.Infrastructure;

namespace Tdkt.Web.Pages.Nominations;

/// <summary>
/// The Excel list of nominees: a template with dropdown lists and an instructions sheet (no sample rows), and
/// parsing that reports every problem of every row at once (all-or-nothing import, ADR-0025): unknown kind,
/// birth year not a number, in the future or under 16 at the achievement year, a citizen ID that is not 12 digits,
/// a person twice in the file or already in the dossier.
/// </summary>
public static class NomineeImport
{
    public const int MinimumAge = 16;

    public static readonly IReadOnlyList<string> Headers =
    [
        "Đối tượng (Cá nhân/Tập thể/Hộ gia đình)", "Họ và tên / Tên tập thể / Chủ hộ", "Giới tính", "Năm sinh", "Dân tộc",
        "Chức vụ", "Đơn vị công tác", "Địa chỉ (hộ gia đình)", "Số CCCD (không bắt buộc)", "Hình thức khen thưởng", "Tóm tắt thành tích",
        "Nhóm đối tượng (cá nhân)",
    ];

    /// <summary>The 54 ethnic groups of Việt Nam (Danh mục các dân tộc Việt Nam, Tổng cục Thống kê).</summary>
    public static readonly IReadOnlyList<string> EthnicGroups =
    [
        "Kinh", "Tày", "Thái", "Mường", "Khmer", "Hoa", "Nùng", "Mông", "Dao", "Gia Rai", "Ê Đê", "Ba Na", "Sán Chay", "Chăm", "Cơ Ho",
        "Xơ Đăng", "Sán Dìu", "Hrê", "Ra Glai", "Mnông", "Thổ", "Xtiêng", "Khơ Mú", "Bru - Vân Kiều", "Cơ Tu", "Giáy", "Tà Ôi", "Mạ",
        "Giẻ - Triêng", "Co", "Chơ Ro", "Xinh Mun", "Hà Nhì", "Chu Ru", "Lào", "Kháng", "La Chí", "Phù Lá", "La Hủ", "La Ha", "Pà Thẻn",
        "Chứt", "Lự", "Lô Lô", "Mảng", "Cơ Lao", "Bố Y", "Cống", "Ngái", "Si La", "Pu Péo", "Rơ Măm", "Brâu", "Ơ Đu",
    ];

    public static readonly IReadOnlyList<string> Kinds = ["Cá nhân", "Tập thể", "Hộ gia đình"];
    public static readonly IReadOnlyList<string> Genders = ["Nam", "Nữ"];

    private static readonly Dictionary<string, int> FieldColumns = new(StringComparer.Ordinal)
    {
        ["Kind"] = 0, ["Name"] = 1, ["Gender"] = 2, ["BirthYear"] = 3, ["Ethnicity"] = 4, ["Position"] = 5, ["WorkUnit"] = 6,
        ["Address"] = 7, ["CitizenId"] = 8, ["AwardCode"] = 9, ["Achievement"] = 10, ["OrgUnitId"] = 6, ["Group"] = 11,
    };

    /// <summary>Award names of the catalogue (one per code) as offered in the template's dropdown.</summary>
    public static IReadOnlyList<(string Code, string Name)> Awards { get; } =
        [.. DefaultCatalogue.All.DistinctBy(d => d.Code).Select(d => (d.Code, CodeNames.Award(d.Code)))];

    /// <summary>The template column of a <see cref="NomineeData"/> field name, if it has one.</summary>
    public static int? ColumnIndexOf(string field) => FieldColumns.TryGetValue(field, out var i) ? i : null;

    /// <summary>"B (Họ và tên…)" for a field name.</summary>
    public static string ColumnOf(string field) =>
        FieldColumns.TryGetValue(field, out var i) ? $"{Xlsx.ColumnName(i)} ({Headers[i]})" : field;

    /// <summary>The template: the header row only, dropdowns (kind, gender, ethnic group, award) fed from a "Danh mục"
    /// sheet, and a "Hướng dẫn" sheet.</summary>
    public static byte[] Template()
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var book = doc.AddWorkbookPart();
            book.Workbook = new Workbook();
            var sheets = book.Workbook.AppendChild(new Sheets());
            var lists = new[] { Kinds, Genders, EthnicGroups, Awards.Select(a => a.Name).ToList(), WorkerGroup.Choices };

            var main = AddSheet(book, sheets, 1, "Danh sách", [Headers]);
            var validations = new DataValidations();
            void Dropdown(int column, int listIndex)
            {
                var col = Xlsx.ColumnName(listIndex);
                var letter = Xlsx.ColumnName(column);
                validations.Append(new DataValidation(new Formula1($"'Danh mục'!${col}$2:${col}${lists[listIndex].Count + 1}"))
                {
                    Type = DataValidationValues.List, AllowBlank = true, ShowErrorMessage = true, ShowInputMessage = true,
                    ErrorTitle = "Giá trị không có trong danh mục", Error = "Hãy chọn một giá trị trong danh sách.",
                    SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{letter}2:{letter}2000" },
                });
            }

            Dropdown(0, 0);
            Dropdown(2, 1);
            Dropdown(4, 2);
            Dropdown(9, 3);
            Dropdown(11, 4);
            validations.Count = (uint)validations.ChildElements.Count;
            main.Worksheet.Append(validations);

            var catalogueRows = new List<IReadOnlyList<string>> { new[] { "Đối tượng", "Giới tính", "Dân tộc", "Hình thức khen thưởng", "Nhóm đối tượng" } };
            for (var r = 0; r < lists.Max(l => l.Count); r++)
            {
                catalogueRows.Add([.. lists.Select(l => r < l.Count ? l[r] : string.Empty)]);
            }

            AddSheet(book, sheets, 2, "Danh mục", catalogueRows);
            AddSheet(book, sheets, 3, "Hướng dẫn",
            [
                ["Hướng dẫn nhập danh sách đối tượng đề nghị khen thưởng"],
                ["1. Mỗi dòng của trang \"Danh sách\" là một đối tượng; dòng 1 là tiêu đề, giữ nguyên."],
                ["2. Cột A, C, E, J, L: chọn trong danh sách thả xuống (lấy từ trang \"Danh mục\")."],
                ["3. Năm sinh: 4 chữ số (ví dụ 1985); đối tượng phải đủ " + MinimumAge + " tuổi trong năm xét thành tích."],
                ["4. Số CCCD: 12 chữ số, không bắt buộc; hệ thống lưu dạng mã hóa và chỉ hiện 4 số cuối."],
                ["5. Hộ gia đình: ghi tên chủ hộ ở cột B và địa chỉ ở cột H."],
                ["6. Tệp có lỗi thì không đối tượng nào được nhập; hệ thống liệt kê mọi lỗi theo dòng, cột để sửa một lần."],
                ["7. Người đã có trong hồ sơ (cùng họ tên và năm sinh) không nhập lại được."],
                ["8. Cột L (cá nhân): lãnh đạo, quản lý; công nhân, nông dân, người lao động trực tiếp; hoặc khác — dùng cho thống kê khen thưởng người lao động trực tiếp. Để trống nếu chưa xác định."],
            ]);
            book.Workbook.Save();
        }

        return stream.ToArray();
    }

    public static Result<IReadOnlyList<(int Row, NomineeData Data)>> Parse(byte[] content) => Parse(content, null, []);

    /// <param name="content">The uploaded .xlsx.</param>
    /// <param name="achievementYear">The dossier's year: the nominee must be at least 16 then.</param>
    /// <param name="existing">Nominees already in the dossier (name and birth year) — the duplicate guard.</param>
    public static Result<IReadOnlyList<(int Row, NomineeData Data)>> Parse(byte[] content, int? achievementYear,
        IReadOnlyCollection<(string Name, int? BirthYear)> existing)
    {
        var read = Xlsx.Read(content, "Không đọc được tệp Excel (.xlsx). Hãy dùng tệp mẫu.");
        if (read.IsFailure)
        {
            return read.Error!;
        }

        var checks = CheckRows(read.Value!.Skip(1).Select(r => (r.Item1, (IReadOnlyList<string?>)r.Item2)), achievementYear, existing, first => $"dòng {first} của tệp");
        var errors = checks.SelectMany(c => c.Errors.OrderBy(e => e.Key).Select(e => $"Dòng {c.Line}, cột {Xlsx.ColumnName(e.Key)} ({Headers[e.Key]}): {e.Value}")).ToList();
        if (errors.Count > 0)
        {
            return new ValidationError("Upload", $"Chưa nhập đối tượng nào vì tệp có {errors.Count} lỗi: " + string.Join(" ", errors));
        }

        return checks.Select(c => (c.Line, c.Data!)).ToList();
    }

    /// <summary>Checks rows of the 11 template columns (the Excel file and the on-screen grid share it): every problem of every
    /// row, keyed by column index, Vietnamese. Blank rows are skipped. A row with no error carries its <see cref="NomineeData"/>.</summary>
    /// <param name="rows">Line number (as shown to the clerk) and the cells.</param>
    /// <param name="achievementYear">The dossier's year: an individual must be at least 16 then.</param>
    /// <param name="existing">People already in the dossier and not among <paramref name="rows"/> — the duplicate guard.</param>
    /// <param name="sameAs">How to name the earlier line a duplicate repeats ("dòng 3 của tệp").</param>
    public static IReadOnlyList<RowCheck> CheckRows(IEnumerable<(int Line, IReadOnlyList<string?> Cells)> rows, int? achievementYear,
        IReadOnlyCollection<(string Name, int? BirthYear)> existing, Func<int, string> sameAs)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(sameAs);
        var thisYear = DateTime.Today.Year;
        var referenceYear = achievementYear ?? thisYear;
        var seen = existing.Select(e => Key(e.Name, e.BirthYear)).ToHashSet(StringComparer.Ordinal);
        var inFile = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<RowCheck>();
        foreach (var (line, cells) in rows)
        {
            string? Cell(int i) => i < cells.Count && !string.IsNullOrWhiteSpace(cells[i]) ? cells[i]!.Trim() : null;
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var rowErrors = new Dictionary<int, string>();
            void Error(string field, string message)
            {
                var col = FieldColumns[field];
                rowErrors[col] = rowErrors.TryGetValue(col, out var before) ? before + " " + message : message;
            }

            SubjectKind? kind = VietnameseText.Fold(Cell(0) ?? "") switch
            {
                "ca nhan" => SubjectKind.Individual,
                "tap the" => SubjectKind.Collective,
                "ho gia dinh" => SubjectKind.Household,
                _ => null,
            };
            if (kind is null)
            {
                Error("Kind", "ghi \"Cá nhân\", \"Tập thể\" hoặc \"Hộ gia đình\".");
            }

            var name = Cell(1);
            if (name is null)
            {
                Error("Name", "chưa ghi họ và tên (tên tập thể, tên chủ hộ).");
            }

            int? year = null;
            if (Cell(3) is { } y)
            {
                if (!int.TryParse(y, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v))
                {
                    Error("BirthYear", $"năm sinh \"{y}\" không phải là số (ví dụ 1985).");
                }
                else if (v > thisYear)
                {
                    Error("BirthYear", $"năm sinh {v} ở tương lai.");
                }
                else if (v < 1900)
                {
                    Error("BirthYear", $"năm sinh {v} không hợp lệ.");
                }
                else if (kind == SubjectKind.Individual && referenceYear - v < MinimumAge)
                {
                    Error("BirthYear", $"sinh năm {v} thì năm {referenceYear} chưa đủ {MinimumAge} tuổi.");
                }
                else
                {
                    year = v;
                }
            }

            if (Cell(2) is { } gender && !Genders.Any(g => VietnameseText.Fold(g) == VietnameseText.Fold(gender)))
            {
                Error("Gender", $"giới tính \"{gender}\": ghi \"Nam\" hoặc \"Nữ\".");
            }

            var ethnicity = Cell(4);
            if (ethnicity is not null)
            {
                var match = EthnicGroups.FirstOrDefault(e => VietnameseText.Fold(e) == VietnameseText.Fold(ethnicity));
                if (match is null)
                {
                    Error("Ethnicity", $"dân tộc \"{ethnicity}\" không có trong danh mục 54 dân tộc.");
                }

                ethnicity = match ?? ethnicity;
            }

            if (kind == SubjectKind.Household && Cell(7) is null)
            {
                Error("Address", "hộ gia đình cần ghi địa chỉ.");
            }

            var citizenId = Cell(8)?.Replace(" ", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal);
            if (citizenId is not null && (citizenId.Length != 12 || !citizenId.All(char.IsAsciiDigit)))
            {
                Error("CitizenId", "số CCCD phải gồm đúng 12 chữ số.");
            }

            if (!WorkerGroup.TryParse(Cell(11), out var leader, out var worker))
            {
                Error("Group", $"nhóm đối tượng \"{Cell(11)}\": chọn {string.Join("; ", WorkerGroup.Choices)}.");
            }

            var award = Cell(9);
            if (award is null)
            {
                Error("AwardCode", "chưa chọn hình thức khen thưởng.");
            }
            else
            {
                var byName = Awards.FirstOrDefault(a => VietnameseText.Fold(a.Name) == VietnameseText.Fold(award));
                award = byName.Code ?? award;
                if (!AwardCodes.TryNormalize(award, out _))
                {
                    Error("AwardCode", $"\"{Cell(9)}\" không có trong danh mục hình thức khen thưởng.");
                }
            }

            if (Cell(10) is null)
            {
                Error("Achievement", "chưa tóm tắt thành tích.");
            }

            if (name is not null && kind is not null)
            {
                var key = Key(name, year);
                if (seen.Contains(key))
                {
                    Error("Name", $"\"{name}\"{(year is null ? "" : $" (sinh năm {year})")} đã có trong hồ sơ.");
                }
                else if (inFile.TryGetValue(key, out var first))
                {
                    Error("Name", $"\"{name}\" trùng với {sameAs(first)}.");
                }
                else
                {
                    inFile[key] = line;
                }
            }

            var data = rowErrors.Count > 0 ? null
                : new NomineeData(kind!.Value, name, Cell(2), year, ethnicity, Cell(5), Cell(6), null, Cell(7), citizenId, award, Cell(10), leader, worker);
            result.Add(new RowCheck(line, data, rowErrors));
        }

        return result;
    }

    /// <summary>Same name (folded) and birth year: the domain's same-person key (<see cref="SamePerson.Key"/>).</summary>
    private static string Key(string name, int? birthYear) => SamePerson.Key(name, birthYear);

    private static WorksheetPart AddSheet(WorkbookPart book, Sheets sheets, uint id, string name, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var part = book.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Count; c++)
            {
                if (rows[r][c].Length == 0)
                {
                    continue;
                }

                row.Append(new Cell
                {
                    CellReference = $"{Xlsx.ColumnName(c)}{r + 1}",
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(rows[r][c])),
                });
            }

            data.Append(row);
        }

        part.Worksheet = new Worksheet(data);
        sheets.Append(new Sheet { Id = book.GetIdOfPart(part), SheetId = id, Name = name });
        return part;
    }
}

/// <summary>One checked row: its problems by column index (empty when valid) and, when valid, what to save.</summary>
public sealed record RowCheck(int Line, NomineeData? Data, IReadOnlyDictionary<int, string> Errors);
