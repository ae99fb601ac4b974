using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Documents;
using Tdkt.Domain.Nominations;
using Tdkt.Web.Data;
using Tdkt.Web.Documents;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Nominations;

/// <summary>
/// The draft decision as it will print, before signing (issue 12): the same <see cref="DecisionModel"/> as the .docx,
/// rendered in HTML; the signer corrects the trích yếu and Điều 1–3 (stored on the dossier, read by the issue), records
/// the tờ trình's number and date, and issues from here. Issuing is refused with empty or placeholder texts, without
/// the tờ trình's number, or with a signer's office that does not fit the body — nothing is issued then.
/// </summary>
public sealed class DecisionPreviewModel(TdktDbContext db, CurrentUser me, DocumentSources sources, SubmissionLetters letters, IssueDecisionHandler issue)
    : PageModel
{
    [BindProperty]
    public PreviewInput Input { get; set; } = new();

    public Dossier Dossier { get; private set; } = null!;
    public DecisionModel Draft { get; private set; } = null!;
    public bool CanSign { get; private set; }
    public bool CanEditLetter { get; private set; }

    /// <summary>The texts may still change (before issuing) and the user signs at the receiving body.</summary>
    public bool CanEdit => CanSign && Dossier.Status is DossierStatus.Appraised or DossierStatus.CouncilRecorded;

    public sealed class PreviewInput
    {
        public uint Version { get; set; }
        public string? Summary { get; set; }
        public string? Article1 { get; set; }
        public string? Article2 { get; set; }
        public string? Article3 { get; set; }
        public SignerCapacity Capacity { get; set; } = SignerCapacity.Chairman;
        public string? SignerTitle { get; set; }
        public string? SubmissionNumber { get; set; }
        public DateOnly? SubmissionDate { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, string? title, CancellationToken ct)
    {
        if (!await LoadAsync(id, title, ct))
        {
            return NotFound();
        }

        Fill();
        return Page();
    }

    /// <summary>The draft as .docx (no number, no date yet).</summary>
    public async Task<IActionResult> OnGetDocxAsync(int id, string? title, CancellationToken ct) =>
        await LoadAsync(id, title, ct) ? File(NominationDocx.DecisionDocx(Draft), Nd30.ContentType, $"du-thao-quyet-dinh-{id}.docx") : NotFound();

    public async Task<IActionResult> OnPostSaveAsync(int id, CancellationToken ct)
    {
        var error = await SaveTextsAsync(id, ct);
        if (error is not null)
        {
            return await FailAsync(id, error, ct);
        }

        TempData["Success"] = "Đã lưu dự thảo quyết định.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostSubmissionLetterAsync(int id, CancellationToken ct)
    {
        var r = await letters.RecordAsync(id, Input.SubmissionNumber, Input.SubmissionDate, ct);
        if (r.IsFailure)
        {
            return await FailAsync(id, r.Error!, ct);
        }

        TempData["Success"] = "Đã ghi số, ngày tờ trình.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostIssueAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, Input.SignerTitle, ct))
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(Dossier.SubmissionNumber))
        {
            return await FailAsync(id, new ValidationError("SubmissionNumber", DecisionIssuer.MissingSubmissionNumber), ct);
        }

        var office = SignatureCapacity.OfficeOf(Input.SignerTitle) ?? SignatureCapacity.HeadOffice(Draft.Issuer.Kind);
        var capacity = SignatureCapacity.Lines(Draft.Issuer.Kind, office, Input.Capacity == SignerCapacity.OnBehalf);
        if (capacity.IsFailure)
        {
            return await FailAsync(id, new ValidationError("SignerTitle", "Chức vụ, thẩm quyền người ký: " + capacity.Error!.Message), ct);
        }

        var error = await SaveTextsAsync(id, ct);
        if (error is not null)
        {
            return await FailAsync(id, error, ct);
        }

        var version = await db.Dossiers.AsNoTracking().Where(x => x.Id == id).Select(x => x.Version).SingleAsync(ct);
        var issued = await issue.HandleAsync(id, version, new IssueCommand(Input.Capacity, Input.SignerTitle, Input.Article1), ct);
        if (issued.IsFailure)
        {
            return await FailAsync(id, issued.Error!, ct);
        }

        TempData["Success"] = "Đã ban hành quyết định.";
        return RedirectToPage("Details", new { id });
    }

    /// <summary>Stores the corrected texts (refused when empty or a placeholder), with an audit row.</summary>
    private async Task<Error?> SaveTextsAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, Input.SignerTitle, ct))
        {
            return new NotFoundError();
        }

        if (!CanEdit)
        {
            return new ConflictError("Chỉ người ký của cơ quan tiếp nhận sửa được dự thảo, và chỉ trước khi ban hành.");
        }

        var d = await db.Dossiers.SingleAsync(x => x.Id == id, ct);
        if (d.Version != Input.Version)
        {
            return new ConflictError("Hồ sơ vừa được người khác thay đổi; hãy tải lại trang.");
        }

        var r = d.EditDecisionText(Input.Summary, Input.Article1, Input.Article2, Input.Article3);
        if (r.IsFailure)
        {
            db.ChangeTracker.Clear();
            return r.Error;
        }

        db.AuditAction = "Sửa dự thảo quyết định";
        await db.SaveChangesAsync(ct);
        return null;
    }

    private async Task<IActionResult> FailAsync(int id, Error error, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var input = Input;
        if (!await LoadAsync(id, Input.SignerTitle, ct))
        {
            return NotFound();
        }

        Input = input;
        Input.Version = Dossier.Version;
        return this.ToPageResult(error);
    }

    private void Fill()
    {
        Input.Version = Dossier.Version;
        Input.Summary = Draft.Summary;
        Input.Article1 = Draft.Article1;
        Input.Article2 = Draft.Article2;
        Input.Article3 = Draft.Article3;
        Input.SubmissionNumber = Dossier.SubmissionNumber;
        Input.SubmissionDate = Dossier.SubmissionDate;
    }

    private async Task<bool> LoadAsync(int id, string? signerTitle, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var d = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (d is null)
        {
            return false;
        }

        var path = await db.OrgUnits.AsNoTracking().Where(u => u.Id == d.ProposingUnitId).Select(u => u.Path).SingleAsync(ct);
        if (!NominationAccess.CanSee(scope, path, d))
        {
            return false;
        }

        Dossier = d;
        CanSign = NominationAccess.CanSign(scope, d.ReceivingUnitId);
        CanEditLetter = !d.IsFinal && (NominationAccess.IsProposerOf(scope, path, d) || NominationAccess.CanAppraise(scope, d.ReceivingUnitId) || CanSign);
        var user = await me.GetAsync(ct);
        Draft = await sources.DraftAsync(d, signerTitle ?? user?.User.Position, user?.User.FullName, ct);
        return true;
    }
}
