using Tdkt.Domain.Common;

namespace Tdkt.Domain.Organizations;

/// <summary>One problem in an import file, located by file line and column header.</summary>
public sealed record ImportError(int Line, string Column, string Message)
{
    public override string ToString() => Line == 0
        ? Message
        : $"Dòng {Line}, cột \"{Column}\": {Message}";
}

/// <summary>A validated row ready to insert; parents are given by code (in the file or already stored).</summary>
public sealed record OrgUnitImportRow(int Line, string Code, string Name, OrgUnitKind Kind, string ParentCode,
    DateOnly ValidFrom, DateOnly? ValidTo);

/// <summary>What the importer knows about a unit already stored.</summary>
public sealed record ExistingUnit(string Code, bool InCallerScope, DateOnly ValidFrom, DateOnly? ValidTo);

/// <summary>
/// Validates a CSV of org units (UTF-8, Vietnamese headers). All or nothing: rows come back only
/// when the whole file is valid, and in an order where every parent precedes its children.
/// </summary>
public static class OrgUnitImport
{
    public const string CodeHeader = "Mã đơn vị";
    public const string NameHeader = "Tên đơn vị";
    public const string KindHeader = "Loại đơn vị";
    public const string ParentHeader = "Mã đơn vị cha";
    public const string ValidFromHeader = "Ngày hiệu lực";
    public const string ValidToHeader = "Ngày hết hiệu lực";
    public const int MaxRows = 5000;

    public static readonly string[] Headers = [CodeHeader, NameHeader, KindHeader, ParentHeader, ValidFromHeader, ValidToHeader];

    public sealed record Outcome(IReadOnlyList<OrgUnitImportRow> Rows, IReadOnlyList<ImportError> Errors)
    {
        public bool IsValid => Errors.Count == 0;
    }

    public static Outcome Validate(string csvText, IReadOnlyDictionary<string, ExistingUnit> existing)
    {
        var errors = new List<ImportError>();
        var rows = Csv.Read(csvText);
        if (rows.Count == 0)
        {
            return Fail(new ImportError(0, string.Empty, "Tệp rỗng. Hãy dùng tệp mẫu có dòng tiêu đề: " + string.Join(", ", Headers) + "."));
        }

        var columns = MapHeaders(rows[0], errors);
        if (errors.Count > 0)
        {
            return new Outcome([], errors);
        }

        if (rows.Count - 1 > MaxRows)
        {
            return Fail(new ImportError(0, string.Empty, $"Tệp có quá nhiều dòng (tối đa {MaxRows}). Hãy chia thành nhiều tệp."));
        }

        var parsed = new List<OrgUnitImportRow>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows.Skip(1))
        {
            string Cell(string header) =>
                columns[header] < row.Fields.Count ? row.Fields[columns[header]].Trim() : string.Empty;

            var before = errors.Count;
            var code = Cell(CodeHeader).ToUpperInvariant();
            var name = Cell(NameHeader);
            var parentCode = Cell(ParentHeader).ToUpperInvariant();

            if (!OrgUnitKindNames.TryParse(Cell(KindHeader), out var kind))
            {
                errors.Add(new ImportError(row.Line, KindHeader,
                    $"Loại đơn vị \"{Cell(KindHeader)}\" không hợp lệ. Hãy ghi một trong: tỉnh, sở, huyện, phòng, xã, phường, thị trấn, đặc khu, trường, bệnh viện, doanh nghiệp, đoàn thể."));
            }

            DateOnly validFrom = default;
            if (!ViFormat.TryParseDate(Cell(ValidFromHeader), out validFrom))
            {
                errors.Add(new ImportError(row.Line, ValidFromHeader,
                    $"Ngày \"{Cell(ValidFromHeader)}\" không hợp lệ. Hãy ghi theo dạng dd/MM/yyyy, ví dụ 01/07/2025."));
            }

            DateOnly? validTo = null;
            if (Cell(ValidToHeader).Length > 0)
            {
                if (ViFormat.TryParseDate(Cell(ValidToHeader), out var to))
                {
                    validTo = to;
                }
                else
                {
                    errors.Add(new ImportError(row.Line, ValidToHeader,
                        $"Ngày \"{Cell(ValidToHeader)}\" không hợp lệ. Hãy ghi theo dạng dd/MM/yyyy hoặc để trống nếu đơn vị còn hoạt động."));
                }
            }

            if (OrgUnit.Validate(code, name, validFrom, validTo) is { } invalid && errors.Count == before)
            {
                errors.Add(new ImportError(row.Line, HeaderOf(invalid.Field), invalid.Message));
            }
            else if (code.Length == 0 && errors.Count == before)
            {
                errors.Add(new ImportError(row.Line, CodeHeader, "Mã đơn vị là bắt buộc."));
            }

            if (code.Length > 0)
            {
                if (seen.TryGetValue(code, out var firstLine))
                {
                    errors.Add(new ImportError(row.Line, CodeHeader, $"Mã \"{code}\" bị trùng với dòng {firstLine}. Mỗi mã chỉ được xuất hiện một lần."));
                }
                else if (existing.ContainsKey(code))
                {
                    errors.Add(new ImportError(row.Line, CodeHeader, $"Mã \"{code}\" đã có trong hệ thống. Hãy dùng mã khác."));
                }
                else
                {
                    seen[code] = row.Line;
                }
            }

            if (parentCode.Length == 0)
            {
                errors.Add(new ImportError(row.Line, ParentHeader, "Mã đơn vị cha là bắt buộc (đơn vị cấp tỉnh do quản trị hệ thống tạo trực tiếp)."));
            }

            if (errors.Count == before)
            {
                parsed.Add(new OrgUnitImportRow(row.Line, code, VietnameseText.Normalize(name), kind, parentCode, validFrom, validTo));
            }
        }

        CheckParents(parsed, existing, errors);
        if (errors.Count > 0)
        {
            return new Outcome([], errors.OrderBy(e => e.Line).ToList());
        }

        return new Outcome(Order(parsed), []);
    }

    private static void CheckParents(List<OrgUnitImportRow> rows, IReadOnlyDictionary<string, ExistingUnit> existing, List<ImportError> errors)
    {
        var inFile = rows.ToDictionary(r => r.Code, StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            if (inFile.TryGetValue(row.ParentCode, out var parentRow))
            {
                if (row.ValidFrom < parentRow.ValidFrom)
                {
                    errors.Add(new ImportError(row.Line, ValidFromHeader, $"Ngày hiệu lực không được trước ngày hiệu lực của đơn vị cha (dòng {parentRow.Line})."));
                }

                continue;
            }

            if (!existing.TryGetValue(row.ParentCode, out var parent) || !parent.InCallerScope)
            {
                errors.Add(new ImportError(row.Line, ParentHeader,
                    $"Không tìm thấy đơn vị cha mã \"{row.ParentCode}\" trong tệp hoặc trong phạm vi bạn quản lý. Hãy kiểm tra lại mã."));
            }
            else if (parent.ValidTo is { } end && (row.ValidTo is null || row.ValidTo > end))
            {
                errors.Add(new ImportError(row.Line, ParentHeader,
                    $"Đơn vị cha \"{row.ParentCode}\" đã ngừng hoạt động từ {ViFormat.Date(end)}. Hãy chọn đơn vị cha khác."));
            }
            else if (row.ValidFrom < parent.ValidFrom)
            {
                errors.Add(new ImportError(row.Line, ValidFromHeader,
                    $"Ngày hiệu lực không được trước ngày hiệu lực của đơn vị cha ({ViFormat.Date(parent.ValidFrom)})."));
            }
        }

        // Parent chains inside the file must end at a stored unit; a loop never does.
        foreach (var row in rows)
        {
            var visited = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { row.Code };
            var current = row;
            while (inFile.TryGetValue(current.ParentCode, out var next))
            {
                if (!visited.Add(next.Code))
                {
                    errors.Add(new ImportError(row.Line, ParentHeader, "Quan hệ cha - con tạo thành vòng lặp. Hãy kiểm tra cột mã đơn vị cha."));
                    break;
                }

                current = next;
            }
        }
    }

    private static List<OrgUnitImportRow> Order(List<OrgUnitImportRow> rows)
    {
        var inFile = rows.ToDictionary(r => r.Code, StringComparer.OrdinalIgnoreCase);
        int Depth(OrgUnitImportRow r)
        {
            var d = 0;
            while (inFile.TryGetValue(r.ParentCode, out var p))
            {
                d++;
                r = p;
            }

            return d;
        }

        return rows.OrderBy(Depth).ThenBy(r => r.Line).ToList();
    }

    private static Dictionary<string, int> MapHeaders(Csv.Row header, List<ImportError> errors)
    {
        var map = new Dictionary<string, int>();
        foreach (var h in Headers)
        {
            var index = header.Fields.ToList().FindIndex(f => VietnameseText.Fold(f) == VietnameseText.Fold(h));
            if (index < 0)
            {
                errors.Add(new ImportError(1, h, $"Thiếu cột \"{h}\" ở dòng tiêu đề. Hãy dùng tệp mẫu."));
            }
            else
            {
                map[h] = index;
            }
        }

        return map;
    }

    private static string HeaderOf(string field) => field switch
    {
        "Code" => CodeHeader,
        "Name" => NameHeader,
        "ValidFrom" => ValidFromHeader,
        "ValidTo" => ValidToHeader,
        "ParentId" => ParentHeader,
        _ => field,
    };

    private static Outcome Fail(ImportError e) => new([], [e]);
}
