using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Organizations;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.OrgUnits;

/// <summary>Nhập đơn vị từ tệp CSV: all rows or none, every problem listed by line and column.</summary>
[RequestSizeLimit(ImportOrgUnitsHandler.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportOrgUnitsHandler.MaxRequestBytes)]
public sealed class ImportModel(CurrentUser me, ImportOrgUnitsHandler handler) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<ImportError> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        (await me.ScopeAsync(ct)).Has(Role.Admin) ? Page() : NotFound();

    /// <summary>Tải tệp mẫu: UTF-8 with BOM (so Excel reads the diacritics), header row and two examples.</summary>
    public async Task<IActionResult> OnGetTemplateAsync(CancellationToken ct)
    {
        if (!(await me.ScopeAsync(ct)).Has(Role.Admin))
        {
            return NotFound();
        }

        return File(ImportOrgUnitsHandler.Template(), "text/csv; charset=utf-8", "mau-nhap-don-vi.csv");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!(await me.ScopeAsync(ct)).Has(Role.Admin))
        {
            return NotFound();
        }

        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Hãy chọn tệp CSV cần nhập.");
            return Page();
        }

        if (Upload.Length > ImportOrgUnitsHandler.MaxFileBytes)
        {
            ModelState.AddModelError(nameof(Upload),
                $"Tệp quá lớn ({Upload.Length / 1024:N0} KB). Dung lượng tối đa là {ImportOrgUnitsHandler.MaxFileBytes / 1024 / 1024} MB; hãy chia thành nhiều tệp.");
            return Page();
        }

        var bytes = new byte[Upload.Length];
        await using (var stream = Upload.OpenReadStream())
        {
            await stream.ReadExactlyAsync(bytes, ct);
        }

        var result = await handler.HandleAsync(new ImportOrgUnitsCommand(bytes), ct);
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

        TempData["Success"] = $"Đã nhập {result.Value.Imported} đơn vị từ tệp \"{Path.GetFileName(Upload.FileName)}\".";
        return RedirectToPage("Index");
    }
}

public sealed record ImportOrgUnitsCommand(byte[] Content);

public sealed record ImportOrgUnitsOutcome(int Imported, IReadOnlyList<ImportError> Errors);

public sealed class ImportOrgUnitsHandler(TdktDbContext db, CurrentUser me)
{
    public const int MaxFileBytes = 2 * 1024 * 1024;

    /// <summary>The request may be larger than the file limit so that a too-big file still reaches the page
    /// and gets a Vietnamese message; beyond this the server refuses the request itself (413).</summary>
    public const int MaxRequestBytes = 10 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public async Task<Result<ImportOrgUnitsOutcome>> HandleAsync(ImportOrgUnitsCommand cmd, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!scope.Has(Role.Admin))
        {
            return new NotFoundError();
        }

        await using var tx = await db.BeginTreeWriteAsync(ct);

        string text;
        try
        {
            text = StrictUtf8.GetString(cmd.Content);
        }
        catch (DecoderFallbackException)
        {
            return new ValidationError("Upload",
                "Tệp không phải mã UTF-8 nên tiếng Việt sẽ bị lỗi. Trong Excel, hãy chọn Lưu thành \"CSV UTF-8 (Comma delimited)\" rồi nhập lại.");
        }

        if (Infrastructure.UploadLimits.CheckCsv(text) is { } tooMany)
        {
            return new ValidationError("Upload", tooMany);
        }

        var stored = await db.OrgUnits.AsNoTracking()
            .Select(u => new { u.Code, u.Path, u.ValidFrom, u.ValidTo })
            .ToListAsync(ct);
        var existing = stored.ToDictionary(
            u => u.Code,
            u => new ExistingUnit(u.Code, scope.Covers(u.Path, Role.Admin), u.ValidFrom, u.ValidTo),
            StringComparer.OrdinalIgnoreCase);

        var outcome = OrgUnitImport.Validate(text, existing);
        if (!outcome.IsValid)
        {
            return new ImportOrgUnitsOutcome(0, outcome.Errors);
        }

        var inFile = outcome.Rows.Select(r => r.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var storedParentCodes = outcome.Rows.Select(r => r.ParentCode).Where(c => !inFile.Contains(c)).Distinct().ToList();
        var parents = await db.Administered(scope).Where(u => storedParentCodes.Contains(u.Code)).ToListAsync(ct);
        var byCode = parents.ToDictionary(u => u.Code, StringComparer.OrdinalIgnoreCase);

        var errors = new List<ImportError>();
        foreach (var row in outcome.Rows) // parents come before their children
        {
            if (!byCode.TryGetValue(row.ParentCode, out var parent))
            {
                errors.Add(new ImportError(row.Line, OrgUnitImport.ParentHeader, $"Không tìm thấy đơn vị cha mã \"{row.ParentCode}\" trong phạm vi bạn quản lý."));
                continue;
            }

            var created = OrgUnit.Create(row.Code, row.Name, row.Kind, parent, row.ValidFrom, row.ValidTo);
            if (created.IsFailure)
            {
                errors.Add(new ImportError(row.Line, ColumnOf(created.Error!), created.Error!.Message));
                continue;
            }

            var unit = created.Value!;
            db.OrgUnits.Add(unit);
            unit.PlaceInTree();
            byCode[unit.Code] = unit;
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return new ImportOrgUnitsOutcome(0, errors);
        }

        db.AuditAction = "Nhập từ tệp CSV";
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (OrgUnitAdmin.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            return new ImportOrgUnitsOutcome(0,
                [new ImportError(0, string.Empty, "Một số mã đơn vị vừa được người khác thêm trong lúc nhập. Không đơn vị nào được nhập; hãy kiểm tra lại tệp và nhập lại.")]);
        }

        await tx.CommitAsync(ct);
        return new ImportOrgUnitsOutcome(outcome.Rows.Count, []);
    }

    /// <summary>The downloadable template: the exact headers and two example rows under LCH.</summary>
    public static byte[] Template()
    {
        string[][] rows =
        [
            OrgUnitImport.Headers,
            ["LCH-SXD", "Sở Xây dựng tỉnh Lai Châu", "sở", "LCH", "01/01/2004", ""],
            ["LCH-SXD-TTKD", "Trung tâm Giám định chất lượng xây dựng, Sở Xây dựng tỉnh Lai Châu", "đơn vị sự nghiệp", "LCH-SXD", "01/03/2010", ""],
        ];
        var text = string.Join("\r\n", rows.Select(r => string.Join(",", r.Select(Quote)))) + "\r\n";
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', ';', '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    private static string ColumnOf(Error error) => error is ValidationError v
        ? v.Field switch
        {
            "ValidFrom" => OrgUnitImport.ValidFromHeader,
            "ValidTo" => OrgUnitImport.ValidToHeader,
            "ParentId" => OrgUnitImport.ParentHeader,
            "Name" => OrgUnitImport.NameHeader,
            _ => OrgUnitImport.CodeHeader,
        }
        : string.Empty;
}
