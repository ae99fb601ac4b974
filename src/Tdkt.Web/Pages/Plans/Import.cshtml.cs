using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Planning;
using Tdkt.Domain.Planning.Import;
using Tdkt.Web.Data;
using Tdkt.Web.Documents;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Plans;

/// <summary>
/// Nhập kế hoạch từ văn bản: upload → preview of what was read (nothing saved) → confirm. The extracted text
/// travels in the form between the two steps and is parsed again on confirm, so no draft is kept on the server.
/// </summary>
[RequestSizeLimit(10 * 1024 * 1024)]
public sealed class ImportModel(TdktDbContext db, CurrentUser me, ImportPlanHandler handler, TimeProvider clock, TdktSettings settings) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public ImportPlanInput Input { get; set; } = new();

    public PlanDraft? Draft { get; private set; }
    public List<SelectListItem> OwnerUnits { get; private set; } = [];
    public List<SelectListItem> Movements { get; private set; } = [];

    public sealed class ImportPlanInput
    {
        public string? Text { get; set; }
        public string? FileName { get; set; }
        public int OwnerUnitId { get; set; }
        public int? MovementId { get; set; }
        public int Year { get; set; }
        public bool DeadlinesAsTasks { get; set; } = true;
    }

    public async Task<IActionResult> OnGetAsync(int? movementId, CancellationToken ct)
    {
        if (!await LoadOptionsAsync(ct))
        {
            return NotFound();
        }

        Input.Year = clock.Today(settings).Year;
        Input.MovementId = movementId;
        return Page();
    }

    /// <summary>Step 1: read the file and show what was understood.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        if (!await LoadOptionsAsync(ct))
        {
            return NotFound();
        }

        if (Upload is null)
        {
            ModelState.AddModelError("Upload", "Hãy chọn tệp kế hoạch (.docx, .txt hoặc .md).");
            return Page();
        }

        if (Upload.Length > UploadedText.MaxUploadBytes)
        {
            ModelState.AddModelError("Upload", "Tệp lớn hơn 5 MB. Hãy bỏ bớt hình ảnh hoặc chỉ giữ phần văn bản của kế hoạch.");
            return Page();
        }

        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, ct);
        var text = UploadedText.Read(Upload.FileName, buffer.ToArray());
        if (text.IsFailure)
        {
            return this.ToPageResult(text.Error!, inputPrefix: string.Empty);
        }

        Input.Text = text.Value;
        Input.FileName = Path.GetFileName(Upload.FileName);
        return Preview();
    }

    /// <summary>Step 2: the user confirmed: parse the same text again and save the plan with its tasks.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        if (!await LoadOptionsAsync(ct))
        {
            return NotFound();
        }

        var result = await handler.HandleAsync(new ImportPlanCommand(Input.Text, Input.OwnerUnitId, Input.MovementId, Input.Year, Input.DeadlinesAsTasks), ct);
        if (result.IsFailure)
        {
            var page = this.ToPageResult(result.Error!);
            return Input.Text is null ? page : Preview();
        }

        TempData["Success"] = "Đã tạo kế hoạch từ văn bản. Hãy kiểm tra các nhiệm vụ được đánh dấu \"Chưa xác định đơn vị\".";
        return RedirectToPage("Details", new { id = result.Value });
    }

    private IActionResult Preview()
    {
        var parsed = PlanDocumentParser.Parse(Input.Text, Input.Year > 0 ? Input.Year : null);
        if (parsed.IsFailure)
        {
            ModelState.AddModelError("Upload", parsed.Error!.Message);
            return Page();
        }

        Draft = parsed.Value;
        if (Draft!.Year is { } y)
        {
            ModelState.Remove("Input.Year"); // the box shows the document's year, not the posted default
            Input.Year = y;
        }

        if (Input.OwnerUnitId == 0 && Draft.IssuingBody is { } body)
        {
            var folded = VietnameseText.Fold(body);
            var guess = OwnerUnits.FirstOrDefault(o => VietnameseText.Fold(o.Text).Contains(folded, StringComparison.Ordinal));
            if (guess is not null)
            {
                Input.OwnerUnitId = int.Parse(guess.Value, CultureInfo.InvariantCulture);
            }
        }

        return Page();
    }

    private async Task<bool> LoadOptionsAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        OwnerUnits = await PlanningAccess.UnitOptionsAsync(db, scope, ct, PlanningAccess.Managers);
        Movements = (await db.VisibleMovements(scope).AsNoTracking().OrderBy(m => m.Name).Select(m => new { m.Id, m.Name }).ToListAsync(ct))
            .Select(m => new SelectListItem(m.Name, m.Id.ToString(CultureInfo.InvariantCulture))).ToList();
        return OwnerUnits.Count > 0;
    }
}

public sealed record ImportPlanCommand(string? Text, int OwnerUnitId, int? MovementId, int Year, bool DeadlinesAsTasks);

/// <summary>Saves a parsed plan document as a plan with sections and tasks, in one save.</summary>
public sealed class ImportPlanHandler(TdktDbContext db, CurrentUser me)
{
    public async Task<Result<int>> HandleAsync(ImportPlanCommand cmd, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var owner = await db.OrgUnits.VisibleTo(scope, PlanningAccess.Managers).AsNoTracking().SingleOrDefaultAsync(u => u.Id == cmd.OwnerUnitId, ct);
        if (owner is null)
        {
            return new ValidationError("OwnerUnitId", "Hãy chọn đơn vị ban hành kế hoạch trong phạm vi bạn được giao.");
        }

        if (cmd.MovementId is { } mid && !await db.VisibleMovements(scope).AnyAsync(m => m.Id == mid, ct))
        {
            return new ValidationError("MovementId", "Phong trào không tồn tại hoặc ngoài phạm vi của bạn.");
        }

        var parsed = PlanDocumentParser.Parse(cmd.Text, cmd.Year > 0 ? cmd.Year : null);
        if (parsed.IsFailure)
        {
            return parsed.Error!;
        }

        var draft = parsed.Value!;
        var year = draft.Year ?? cmd.Year;
        var sections = draft.Sections
            .Where(s => s.Body.Length > 0)
            .Select(s => new PlanSection(KindOf(s.Kind), s.Heading, s.Body))
            .ToList();
        var created = Plan.Create(new PlanData(draft.Title, draft.DocumentNumber, owner.Id, year, draft.IssueDate?.Date,
            cmd.MovementId, null, draft.LegalBases.Select(l => l.Text).ToList(), sections));
        if (created.IsFailure)
        {
            return created.Error!;
        }

        var plan = created.Value!;
        db.Plans.Add(plan); // HiLo gives the id now, so tasks and plan go in one save
        var order = 0;
        foreach (var row in draft.Tasks)
        {
            var error = await AddTaskAsync(plan, ++order, row.Content, row.LeadUnit, row.CoordinatingUnits, row.TimeframeText, year, owner.Path, ct);
            if (error is not null)
            {
                return error;
            }
        }

        if (cmd.DeadlinesAsTasks)
        {
            foreach (var d in draft.Deadlines)
            {
                var error = await AddTaskAsync(plan, ++order, d.Sentence, d.Actor ?? "(chưa rõ đơn vị thực hiện)", [], d.Phrase, year, owner.Path, ct);
                if (error is not null)
                {
                    return error;
                }
            }
        }

        db.AuditAction = "Nhập kế hoạch từ văn bản";
        await db.SaveChangesAsync(ct);
        return plan.Id;
    }

    private async Task<Error?> AddTaskAsync(Plan plan, int order, string content, string? lead, IReadOnlyList<string> coordinating,
        string timeframe, int year, string ownerPath, CancellationToken ct)
    {
        var leadText = string.IsNullOrWhiteSpace(lead) ? "(chưa rõ đơn vị chủ trì)" : lead;
        var leadId = await UnitMatcher.MatchAsync(db, leadText, ownerPath, ct);
        var coordinatingIds = new List<int>();
        foreach (var c in coordinating)
        {
            if (await UnitMatcher.MatchAsync(db, c, ownerPath, ct) is { } id)
            {
                coordinatingIds.Add(id);
            }
        }

        var task = PlanTask.Create(plan.Id, order, content, leadId, leadText, coordinatingIds,
            coordinating.Count == 0 ? null : string.Join("; ", coordinating), timeframe, year);
        if (task.IsFailure)
        {
            return new ValidationError("Text", $"Nhiệm vụ {order}: {task.Error!.Message}");
        }

        db.PlanTasks.Add(task.Value!);
        return null;
    }

    private static PlanSectionKind KindOf(DraftSectionKind kind) => kind switch
    {
        DraftSectionKind.Purpose => PlanSectionKind.Purpose,
        DraftSectionKind.Content => PlanSectionKind.Content,
        DraftSectionKind.Solutions => PlanSectionKind.Solutions,
        DraftSectionKind.Schedule => PlanSectionKind.Schedule,
        DraftSectionKind.Organisation => PlanSectionKind.Implementation,
        DraftSectionKind.Budget => PlanSectionKind.Budget,
        DraftSectionKind.Participants => PlanSectionKind.Other,
        DraftSectionKind.Other => PlanSectionKind.Other,
    };
}
