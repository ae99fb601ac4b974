using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;
using Tdkt.Domain.Nominations;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Nominations;

/// <summary>The nominees of a draft (or returned) dossier as a spreadsheet: one row per nominee, edited in place; a block
/// pasted from Excel fills rows from the cell it lands on. The server checks every cell with the Excel import's rules
/// (<see cref="NomineeImport.CheckRows"/>) and marks each problem next to its cell; "Lưu" saves only a fully valid grid,
/// "Lưu các dòng hợp lệ" saves the valid rows and keeps the others, as typed, with their messages (ADR-0032).</summary>
public sealed class NomineeGridModel(TdktDbContext db, CurrentUser me, EditNomineeHandler editNominee, ImportNomineesHandler importNominees, DossierWorkflow workflow, NominationChecks checks) : PageModel
{
    public const int Columns = 11;
    public const int MaxRows = 500;
    private const int BlankRows = 3;

    [BindProperty]
    public List<GridRow> Rows { get; set; } = [];

    [BindProperty]
    public string? PasteText { get; set; }

    [BindProperty]
    public int PasteRow { get; set; }

    [BindProperty]
    public int PasteCol { get; set; }

    public Dossier Dossier { get; private set; } = null!;

    /// <summary>Award names the dossier's deciding level may award (ADR-0032).</summary>
    public IReadOnlyList<string> AwardNames { get; private set; } = [];

    /// <summary>Problems by row index, then column index.</summary>
    public Dictionary<int, Dictionary<int, string>> CellErrors { get; } = [];

    /// <summary>Whole-row problems (a pasted line with the wrong number of columns).</summary>
    public Dictionary<int, string> RowErrors { get; } = [];

    public string? Summary { get; private set; }

    public static readonly IReadOnlyList<string> Positions =
    [
        "Giám đốc", "Phó Giám đốc", "Trưởng phòng", "Phó Trưởng phòng", "Chánh Văn phòng", "Chuyên viên", "Chuyên viên chính",
        "Cán sự", "Kế toán", "Giáo viên", "Hiệu trưởng", "Bác sĩ", "Điều dưỡng", "Kỹ sư", "Công nhân", "Nông dân",
        "Chủ tịch UBND", "Phó Chủ tịch UBND", "Bí thư", "Trưởng thôn", "Công an viên", "Chiến sĩ", "Học sinh", "Sinh viên",
    ];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Rows = await StoredRowsAsync(ct);
        PadBlankRows();
        return Page();
    }

    /// <summary>Checks every cell; saves nothing.</summary>
    public async Task<IActionResult> OnPostCheckAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var bad = await CheckAsync(ct);
        Summary = bad.Count == 0 ? "Không có lỗi: có thể lưu." : ErrorSummary();
        PadBlankRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAddRowsAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Rows.AddRange(Enumerable.Range(0, 10).Select(_ => new GridRow()));
        Trim();
        return Page();
    }

    /// <summary>A block copied from Excel (tab-separated lines) lands on the cell <see cref="PasteRow"/>, <see cref="PasteCol"/>
    /// and fills rows from there; every cell is then checked.</summary>
    public async Task<IActionResult> OnPostPasteAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var lines = ClipboardText.Lines(PasteText);
        var col = Math.Clamp(PasteCol, 0, Columns - 1);
        var row = Math.Clamp(PasteRow, 0, MaxRows);
        if (lines.Count > 0 && col == 0 && VietnameseText.Fold(lines[0].FirstOrDefault() ?? "").StartsWith("doi tuong", StringComparison.Ordinal))
        {
            lines = [.. lines.Skip(1)]; // the template's header row came along
        }

        var width = lines.Count == 0 ? 0 : lines.Max(l => l.Count);
        var pastedRows = new List<int>();
        foreach (var cells in lines)
        {
            while (Rows.Count <= row)
            {
                Rows.Add(new GridRow());
            }

            var target = Rows[row];
            for (var c = 0; c < cells.Count && col + c < Columns; c++)
            {
                target.Set(col + c, cells[c]);
            }

            if (col + cells.Count > Columns)
            {
                RowErrors[row] = $"Dòng dán có {cells.Count} cột nhưng từ ô này bảng chỉ còn {Columns - col} cột; phần thừa chưa được đặt vào bảng: "
                    + string.Join(" | ", cells.Skip(Columns - col)) + ".";
            }
            else if (cells.Count != width)
            {
                RowErrors[row] = $"Dòng dán có {cells.Count} cột, các dòng khác có {width} cột: kiểm tra lại các ô của dòng này.";
            }

            pastedRows.Add(row);
            row++;
        }

        Trim();
        await CheckAsync(ct);
        Summary = lines.Count == 0 ? "Không có dữ liệu để dán." : $"Đã dán {lines.Count} dòng. " + (CellErrors.Count + RowErrors.Count == 0 ? "Không có lỗi: có thể lưu." : ErrorSummary());
        PadBlankRows();
        return Page();
    }

    /// <summary>Saves the grid: with <paramref name="validOnly"/> false only when every row is valid (nothing is saved
    /// otherwise); with it true the valid rows are saved and the rows with errors stay on screen, as typed.</summary>
    public async Task<IActionResult> OnPostSaveAsync(int id, bool validOnly, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var bad = await CheckAsync(ct);
        if (bad.Count > 0 && !validOnly)
        {
            Summary = "Chưa lưu gì. " + ErrorSummary() + " Sửa các ô được đánh dấu rồi lưu lại, hoặc bấm \"Lưu các dòng hợp lệ\".";
            PadBlankRows();
            return Page();
        }

        var stored = await db.Nominees.AsNoTracking().Where(n => n.DossierId == id).ToDictionaryAsync(n => n.Id, ct);
        var edits = new List<(int Id, NomineeData Data)>();
        var added = new List<(int Row, NomineeData Data)>();
        foreach (var (index, data) in Valid)
        {
            if (Rows[index].Id is { } nid)
            {
                if (Changed(stored[nid], data))
                {
                    edits.Add((nid, data));
                }
            }
            else
            {
                added.Add((index + 1, data));
            }
        }

        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            foreach (var (nid, data) in edits)
            {
                var r = await editNominee.HandleAsync(id, nid, data, ct);
                if (r.IsFailure)
                {
                    return Refused(r.Error!);
                }
            }

            if (added.Count > 0)
            {
                var r = await importNominees.HandleAsync(id, added, ct);
                if (r.IsFailure)
                {
                    return Refused(r.Error!);
                }
            }

            await tx.CommitAsync(ct);
        }

        var saved = edits.Count + added.Count;
        if (bad.Count == 0)
        {
            TempData["Success"] = saved == 0 ? "Không có thay đổi nào để lưu." : $"Đã lưu {saved} dòng ({added.Count} đối tượng mới, {edits.Count} đối tượng sửa).";
            return RedirectToPage("NomineeGrid", new { id });
        }

        // keep the rows with errors exactly as typed, under the nominees now stored
        var kept = bad.Select(i => Rows[i]).ToList();
        Rows = [.. await StoredRowsAsync(ct), .. kept];
        CellErrors.Clear();
        RowErrors.Clear();
        await CheckAsync(ct);
        Summary = $"Đã lưu {saved} dòng hợp lệ. " + ErrorSummary() + " Các dòng này chưa được lưu.";
        PadBlankRows();
        return Page();
    }

    private List<(int Index, NomineeData Data)> Valid { get; } = [];

    /// <summary>Checks every non-blank row; returns the indexes of rows with a problem.</summary>
    private async Task<List<int>> CheckAsync(CancellationToken ct)
    {
        Valid.Clear();
        var stored = await db.Nominees.AsNoTracking().Where(n => n.DossierId == Dossier.Id).ToListAsync(ct);
        var postedIds = Rows.Where(r => r.Id is not null).Select(r => r.Id!.Value).ToHashSet();
        var existing = stored.Where(n => !postedIds.Contains(n.Id)).Select(n => (n.Name, n.BirthYear)).ToList();
        var results = NomineeImport.CheckRows(Rows.Select((r, i) => (i + 1, r.Cells)), Dossier.Year, existing, line => $"dòng {line}");
        var allowed = AllowedCodes();
        var today = workflow.Today;
        foreach (var check in results)
        {
            var index = check.Line - 1;
            var errors = check.Errors.ToDictionary(e => e.Key, e => Capitalise(e.Value));
            var row = Rows[index];
            if (row.Id is { } nid && stored.All(n => n.Id != nid))
            {
                RowErrors[index] = "Đối tượng này không còn trong hồ sơ; xóa số thứ tự để thêm như đối tượng mới.";
            }

            if (check.Data is { } data)
            {
                var storedCode = row.Id is { } sid ? stored.FirstOrDefault(n => n.Id == sid)?.AwardCode : null;
                var code = AwardCodes.TryNormalize(data.AwardCode, out var c) ? c : data.AwardCode ?? "";
                if (!allowed.Contains(code) && code != storedCode)
                {
                    errors[9] = $"\"{CodeNames.Award(code)}\" không thuộc thẩm quyền quyết định của cấp xét hồ sơ này; chọn trong danh sách.";
                }
                else if (!(await checks.DefinitionAsync(code, today, ct)).Accepts(data.Kind))
                {
                    errors[9] = $"\"{CodeNames.Award(code)}\" không xét tặng cho đối tượng {data.Kind.Vietnamese().ToLowerInvariant()}.";
                }
                else if (Nominee.Create(Dossier.Id, data, s => s).Error is ValidationError v)
                {
                    errors[NomineeImport.ColumnIndexOf(v.Field) ?? 1] = v.Message;
                }
            }

            if (errors.Count > 0)
            {
                CellErrors[index] = errors;
            }
            else if (check.Data is { } ok && !RowErrors.ContainsKey(index))
            {
                Valid.Add((index, ok));
            }
        }

        return [.. CellErrors.Keys.Union(RowErrors.Keys).Where(i => !Rows[i].IsBlank).Order()];
    }

    private string ErrorSummary()
    {
        var rows = CellErrors.Keys.Union(RowErrors.Keys).Count(i => !Rows[i].IsBlank);
        var cells = CellErrors.Values.Sum(e => e.Count) + RowErrors.Count;
        return $"Có {cells} lỗi ở {rows} dòng (đánh dấu đỏ cạnh từng ô).";
    }

    private IActionResult Refused(Error error)
    {
        db.ChangeTracker.Clear();
        Summary = "Chưa lưu gì: " + error.Message;
        PadBlankRows();
        return Page();
    }

    private HashSet<string> AllowedCodes()
    {
        var codes = DefaultCatalogue.All.Where(d => d.DecidingLevel == Dossier.DecidingLevel).Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        return codes.Count > 0 ? codes : [.. DefaultCatalogue.All.Select(d => d.Code)];
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var d = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (d is null || !d.IsEditableByUnit)
        {
            return false;
        }

        var path = await db.OrgUnits.AsNoTracking().Where(u => u.Id == d.ProposingUnitId).Select(u => u.Path).SingleAsync(ct);
        if (!NominationAccess.IsProposerOf(scope, path, d))
        {
            return false;
        }

        Dossier = d;
        var allowed = AllowedCodes();
        AwardNames = [.. NomineeImport.Awards.Where(a => allowed.Contains(a.Code)).Select(a => a.Name)];
        Trim();
        return true;
    }

    private async Task<List<GridRow>> StoredRowsAsync(CancellationToken ct) =>
        [.. (await db.Nominees.AsNoTracking().Where(n => n.DossierId == Dossier.Id).OrderBy(n => n.Id).ToListAsync(ct)).Select(GridRow.From)];

    private void PadBlankRows()
    {
        var blanks = Rows.AsEnumerable().Reverse().TakeWhile(r => r.IsBlank).Count();
        for (var i = blanks; i < BlankRows && Rows.Count < MaxRows; i++)
        {
            Rows.Add(new GridRow());
        }
    }

    private void Trim()
    {
        if (Rows.Count > MaxRows)
        {
            Rows.RemoveRange(MaxRows, Rows.Count - MaxRows);
        }
    }

    private static bool Changed(Nominee n, NomineeData d) =>
        n.Kind != d.Kind || n.Name != d.Name?.Trim() || VietnameseText.Fold(n.Gender ?? "") != VietnameseText.Fold(d.Gender ?? "")
        || n.BirthYear != d.BirthYear || n.Ethnicity != d.Ethnicity || n.Position != d.Position || n.WorkUnit != d.WorkUnit
        || n.Address != d.Address || d.CitizenId is not null || n.AwardCode != d.AwardCode || n.Achievement != d.Achievement?.Trim();

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}

/// <summary>One grid row as typed (strings, so nothing typed is lost); <see cref="Id"/> is set for a stored nominee.</summary>
public sealed class GridRow
{
    public int? Id { get; set; }
    public string? Kind { get; set; }
    public string? Name { get; set; }
    public string? Gender { get; set; }
    public string? BirthYear { get; set; }
    public string? Ethnicity { get; set; }
    public string? Position { get; set; }
    public string? WorkUnit { get; set; }
    public string? Address { get; set; }
    public string? CitizenId { get; set; }
    public string? Award { get; set; }
    public string? Achievement { get; set; }

    /// <summary>Masked citizen ID of a stored nominee (a blank cell keeps it).</summary>
    public string? StoredCitizenId { get; set; }

    public IReadOnlyList<string?> Cells => [Kind, Name, Gender, BirthYear, Ethnicity, Position, WorkUnit, Address, CitizenId, Award, Achievement];

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);

    public void Set(int column, string? value)
    {
        value = value?.Trim();
        switch (column)
        {
            case 0: Kind = value; break;
            case 1: Name = value; break;
            case 2: Gender = value; break;
            case 3: BirthYear = value; break;
            case 4: Ethnicity = value; break;
            case 5: Position = value; break;
            case 6: WorkUnit = value; break;
            case 7: Address = value; break;
            case 8: CitizenId = value; break;
            case 9: Award = value; break;
            default: Achievement = value; break;
        }
    }

    public static GridRow From(Nominee n) => new()
    {
        Id = n.Id,
        Kind = n.Kind.Vietnamese(),
        Name = n.Name,
        Gender = n.Gender is null ? null : char.ToUpperInvariant(n.Gender[0]) + n.Gender[1..],
        BirthYear = n.BirthYear?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Ethnicity = n.Ethnicity,
        Position = n.Position,
        WorkUnit = n.WorkUnit,
        Address = n.Address,
        Award = CodeNames.Award(n.AwardCode),
        Achievement = n.Achievement,
        StoredCitizenId = n.CitizenIdLast4 is null ? null : n.MaskedCitizenId,
    };
}

/// <summary>Text copied from Excel or LibreOffice: lines of tab-separated cells; a cell holding a tab, a quote or a line
/// break comes quoted ("a ""b"""), which is undone here.</summary>
public static class ClipboardText
{
    public static List<List<string>> Lines(string? text)
    {
        var lines = new List<List<string>>();
        if (string.IsNullOrEmpty(text))
        {
            return lines;
        }

        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(ch);
                }
            }
            else if (ch == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (ch == '\t')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (ch is '\n' or '\r')
            {
                if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                cells.Add(cell.ToString());
                cell.Clear();
                lines.Add(cells);
                cells = [];
            }
            else
            {
                cell.Append(ch);
            }
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            lines.Add(cells);
        }

        return lines;
    }
}
