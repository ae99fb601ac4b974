using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;
using Tdkt.Domain.Nominations;
using Tdkt.Web.Infrastructure;

namespace Tdkt.Web.Pages.Nominations;

/// <summary>The Excel list of nominees: template, parsing with row/column errors (all-or-nothing import).</summary>
public static class NomineeImport
{
    public static readonly IReadOnlyList<string> Headers =
    [
        "Đối tượng (Cá nhân/Tập thể/Hộ gia đình)", "Họ và tên / Tên tập thể / Chủ hộ", "Giới tính", "Năm sinh", "Dân tộc",
        "Chức vụ", "Đơn vị công tác", "Địa chỉ (hộ gia đình)", "Số CCCD (không bắt buộc)", "Mã hình thức khen thưởng", "Tóm tắt thành tích",
    ];

    private static readonly Dictionary<string, int> FieldColumns = new(StringComparer.Ordinal)
    {
        ["Kind"] = 0, ["Name"] = 1, ["Gender"] = 2, ["BirthYear"] = 3, ["Ethnicity"] = 4, ["Position"] = 5, ["WorkUnit"] = 6,
        ["Address"] = 7, ["CitizenId"] = 8, ["AwardCode"] = 9, ["Achievement"] = 10, ["OrgUnitId"] = 6,
    };

    /// <summary>"B (Họ và tên…)" for a field name.</summary>
    public static string ColumnOf(string field) =>
        FieldColumns.TryGetValue(field, out var i) ? $"{Xlsx.ColumnName(i)} ({Headers[i]})" : field;

    public static byte[] Template() => Xlsx.Write("Danh sach de nghi", Headers,
    [
        ["Cá nhân", "Lò Văn Minh", "Nam", 1982, "Thái", "Trưởng bản", "Phường Tân Phong", "", "", AwardCodes.Gk, "Vận động 5 hộ thoát nghèo năm 2023"],
        ["Hộ gia đình", "Giàng A Páo", "", "", "", "", "", "Tổ dân phố 3, phường Tân Phong", "", AwardCodes.Gk, "Thoát nghèo bền vững, giúp 2 hộ khác"],
    ]);

    public static Result<IReadOnlyList<(int Row, NomineeData Data)>> Parse(byte[] content)
    {
        var read = Xlsx.Read(content, "Không đọc được tệp Excel (.xlsx). Hãy dùng tệp mẫu.");
        if (read.IsFailure)
        {
            return read.Error!;
        }

        var sheet = read.Value!;

        var rows = new List<(int, NomineeData)>();
        var errors = new List<string>();
        foreach (var (line, cells) in sheet.Skip(1))
        {
            string? Cell(int i) => i < cells.Length && !string.IsNullOrWhiteSpace(cells[i]) ? cells[i].Trim() : null;
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
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
                errors.Add($"Dòng {line}, cột {ColumnOf("Kind")}: ghi \"Cá nhân\", \"Tập thể\" hoặc \"Hộ gia đình\".");
                continue;
            }

            int? year = null;
            if (Cell(3) is { } y)
            {
                if (!int.TryParse(y, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v))
                {
                    errors.Add($"Dòng {line}, cột {ColumnOf("BirthYear")}: năm sinh phải là số (ví dụ 1985).");
                    continue;
                }

                year = v;
            }

            rows.Add((line, new NomineeData(kind.Value, Cell(1), Cell(2), year, Cell(4), Cell(5), Cell(6), null, Cell(7), Cell(8), Cell(9), Cell(10))));
        }

        if (errors.Count > 0)
        {
            return new ValidationError("Upload", "Chưa nhập đối tượng nào vì tệp có lỗi: " + string.Join(" ", errors));
        }

        return rows;
    }
}
