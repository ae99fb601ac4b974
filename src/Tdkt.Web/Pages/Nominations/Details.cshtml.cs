using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;
using Tdkt.Domain.Nominations;
using Tdkt.Web.Data;
using Tdkt.Web.Documents;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Nominations;

/// <summary>One dossier: preparation (nominees, files, checks), the steps of the receiving body, the decision and
/// the timeline. Every POST goes through the use case's handler (ADR-0029), injected into its page handler.</summary>
[RequestSizeLimit(Uploads.MaxDocumentBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.MaxDocumentBytes + 1024 * 1024)]
public sealed class DetailsModel(TdktDbContext db, CurrentUser me, DossierWorkflow workflow, EscalationPlanner planner, NominationChecks checks, DocumentSources sources) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public Dossier Dossier { get; private set; } = null!;
    public string ProposingUnit { get; private set; } = string.Empty;
    public string ReceivingUnit { get; private set; } = string.Empty;
    /// <summary>The checked nominees of the page shown (<see cref="PageSize"/> a page: bounded work for 500 nominees).</summary>
    public IReadOnlyList<NomineeCheck> Nominees { get; private set; } = [];

    /// <summary>Every nominee of the dossier, names only (attachment list, import duplicates).</summary>
    public IReadOnlyList<(int Id, string Name, int? BirthYear)> AllNominees { get; private set; } = [];

    public const int PageSize = 50;

    /// <summary>Page of the nominee list (?trang=2).</summary>
    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public int PageCount { get; private set; } = 1;

    /// <summary>Nominees of the page shown with a warning (not eligible, missing part, duplicate).</summary>
    public int WarningsOnPage => Nominees.Count(c => c.Eligibility is { Eligible: false } || c.EligibilityError is not null || c.MissingParts.Count > 0 || c.Duplicates.Count > 0);
    public IReadOnlyList<DossierPart> MissingDossierParts { get; private set; } = [];
    public IReadOnlyList<QuotaLine> Quota { get; private set; } = [];
    public IReadOnlyList<(DossierAttachment A, StoredFile F)> Files { get; private set; } = [];
    public IReadOnlyList<DossierTransition> Timeline { get; private set; } = [];
    public IReadOnlyList<ConsultationRequest> Consultations { get; private set; } = [];
    public Decision? Decision { get; private set; }
    public IReadOnlyList<DecisionRecipient> Recipients { get; private set; } = [];

    /// <summary>Revocation acts of the decision, with the recipients each revoked.</summary>
    public IReadOnlyList<(Revocation Act, IReadOnlyList<DecisionRecipient> Revoked)> Revocations { get; private set; } = [];

    /// <summary>decision_recipients ids whose award was revoked → the act number.</summary>
    public IReadOnlyDictionary<int, Revocation> RevokedBy { get; private set; } = new Dictionary<int, Revocation>();
    public int? DaysLeft { get; private set; }
    public DateOnly? AppraisalDue { get; private set; }
    public int? AppraisalDaysLeft { get; private set; }
    public bool IsProposer { get; private set; }
    public bool CanAppraise { get; private set; }
    public bool CanCouncil { get; private set; }
    public bool CanSign { get; private set; }

    /// <summary>"Hồ sơ gốc" / "Hồ sơ trình cấp trên" (ADR-0013): ids only where the viewer may see the other dossier.</summary>
    public EscalationLinks Escalation { get; private set; } = EscalationLinks.None;
    public bool CanEscalate { get; private set; }

    /// <summary>On a dossier made by escalation: each carried nominee's result at the lower level (appraisal, council).</summary>
    public IReadOnlyList<(string Name, Nominee Lower)> LowerResults { get; private set; } = [];
    public bool CanRecordCentral { get; private set; }

    public sealed class InputModel
    {
        public uint Version { get; set; }
        public SubjectKind Kind { get; set; } = SubjectKind.Individual;
        public string? Name { get; set; }
        public string? Gender { get; set; }
        public int? BirthYear { get; set; }
        public string? Ethnicity { get; set; }

        /// <summary>Nhóm đối tượng (<see cref="WorkerGroup"/>): lãnh đạo, quản lý / lao động trực tiếp / khác; blank = not stated.</summary>
        public string? Group { get; set; }

        public string? Position { get; set; }
        public string? WorkUnit { get; set; }
        public string? Address { get; set; }
        public string? CitizenId { get; set; }
        public string? AwardCode { get; set; } = AwardCodes.Gk;
        public string? Achievement { get; set; }
        public int? NomineeId { get; set; }
        public string? PartCode { get; set; }
        public string? Reason { get; set; }
        public bool Accept { get; set; }
        public string? Agency { get; set; }
        public string? Question { get; set; }
        public int? RequestId { get; set; }
        public string? Answer { get; set; }
        public int VotesFor { get; set; }
        public int TotalMembers { get; set; }
        public SignerCapacity Capacity { get; set; } = SignerCapacity.ForChairman;
        public string? SignerTitle { get; set; }
        public string? Wording { get; set; }
        public List<int> RecipientIds { get; set; } = [];
        public string? Grounds { get; set; }

        /// <summary>Hạn bổ sung of a return (dd/MM/yyyy; blank: the default number of working days).</summary>
        public string? SupplementBefore { get; set; }

        public int? AttachmentId { get; set; }

        /// <summary>The new deadline of an extension (dd/MM/yyyy).</summary>
        public string? Deadline { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input.Version = Dossier.Version;
        return Page();
    }

    public async Task<IActionResult> OnGetTemplateAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? File(NomineeImport.Template(), Xlsx.ContentType, "mau-danh-sach-de-nghi-khen-thuong.xlsx") : NotFound();

    public async Task<IActionResult> OnGetFileAsync(int id, int fileId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || Files.FirstOrDefault(f => f.F.Id == fileId).F is not { } f)
        {
            return NotFound();
        }

        var content = await db.StoredFiles.AsNoTracking().Where(x => x.Id == f.Id).Select(x => x.Content).SingleAsync(ct);
        return File(content, f.ContentType, f.FileName);
    }

    /// <summary>The nominee's báo cáo thành tích form (.docx), pre-filled; completed, it comes back as the
    /// BAO_CAO_THANH_TICH part of that nominee (the attach form above).</summary>
    public async Task<IActionResult> OnGetAchievementReportAsync(int id, int nomineeId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var n = await db.Nominees.AsNoTracking().SingleOrDefaultAsync(x => x.Id == nomineeId && x.DossierId == id, ct);
        return n is null
            ? NotFound()
            : File(AchievementReportDocx.Build(await sources.AchievementAsync(Dossier, n, ct)), Nd30.ContentType, $"bao-cao-thanh-tich-{id}-{nomineeId}.docx");
    }

    public async Task<IActionResult> OnGetSubmissionDocxAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var bytes = NominationDocx.Submission(await sources.SubmissionAsync(Dossier, ct));
        return File(bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"to-trinh-{id}.docx");
    }

    public async Task<IActionResult> OnGetDecisionDocxAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || Decision is null)
        {
            return NotFound();
        }

        var bytes = NominationDocx.DecisionDocx(await sources.DecisionAsync(Dossier, Decision, Recipients, ct));
        return File(bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"quyet-dinh-{Decision.SequenceNumber}-{Decision.Year}.docx");
    }

    /// <summary>The revocation act <paramref name="act"/> of this dossier's decision as a Decree 30 .docx.</summary>
    public async Task<IActionResult> OnGetRevocationDocxAsync(int id, int act, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || Decision is null || Revocations.FirstOrDefault(r => r.Act.Id == act) is not { Act: not null } found)
        {
            return NotFound();
        }

        var revokesAll = Recipients.All(r => RevokedBy.TryGetValue(r.Id, out var by) && by.Id <= act);
        var bytes = NominationDocx.RevocationDocx(await sources.DecisionAsync(Dossier, Decision, Recipients, ct), found.Act,
            [.. found.Revoked.Select(DocumentSources.Line)], revokesAll);
        return File(bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"quyet-dinh-huy-bo-{found.Act.Id}.docx");
    }

    public async Task<IActionResult> OnGetRecipientsXlsxAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || Decision is null)
        {
            return NotFound();
        }

        return File(NominationDocx.RecipientsXlsx(Decision, Recipients), Xlsx.ContentType, $"danh-sach-khen-thuong-{Decision.SequenceNumber}-{Decision.Year}.xlsx");
    }

    public Task<IActionResult> OnPostAddNomineeAsync(int id, [FromServices] AddNomineeHandler handler, CancellationToken ct) => ActAsync(id, "Đã thêm đối tượng.", async () =>
    {
        if (!WorkerGroup.TryParse(Input.Group, out var leader, out var worker))
        {
            return new ValidationError("Group", $"Nhóm đối tượng \"{Input.Group}\" không có; chọn: {string.Join("; ", WorkerGroup.Choices)}.");
        }

        var data = new NomineeData(Input.Kind, Input.Name, Input.Gender, Input.BirthYear, Input.Ethnicity,
            Input.Position, Input.WorkUnit, null, Input.Address, Input.CitizenId, Input.AwardCode, Input.Achievement, leader, worker);
        return (await handler.HandleAsync(id, data, ct)).Error;
    }, ct);

    public Task<IActionResult> OnPostRemoveNomineeAsync(int id, [FromServices] RemoveNomineeHandler handler, CancellationToken ct) => ActAsync(id, "Đã xóa đối tượng.", async () =>
        (await handler.HandleAsync(id, Input.NomineeId ?? 0, ct)).Error, ct);

    public Task<IActionResult> OnPostImportAsync(int id, [FromServices] ImportNomineesHandler handler, CancellationToken ct) => ActAsync(id, "Đã nhập danh sách đối tượng.", async () =>
    {
        if (Upload is null)
        {
            return new ValidationError("Upload", "Hãy chọn tệp Excel (.xlsx) theo mẫu.");
        }

        var parsed = NomineeImport.Parse(await FileResults.ReadAsync(Upload, Uploads.MaxDocumentBytes, ct), Dossier.Year,
            [.. AllNominees.Select(x => (x.Name, x.BirthYear))]);
        return parsed.IsFailure ? parsed.Error : (await handler.HandleAsync(id, parsed.Value!, ct)).Error;
    }, ct);

    public Task<IActionResult> OnPostAttachAsync(int id, [FromServices] AttachFileHandler handler, CancellationToken ct) => ActAsync(id, "Đã đính kèm tệp.", async () =>
    {
        if (Upload is null)
        {
            return new ValidationError("Upload", "Hãy chọn tệp (PDF, DOCX, XLSX hoặc ảnh).");
        }

        var bytes = await FileResults.ReadAsync(Upload, Uploads.MaxDocumentBytes, ct);
        return (await handler.HandleAsync(id, Input.NomineeId, Input.PartCode, Upload.FileName, bytes, ct)).Error;
    }, ct);

    public Task<IActionResult> OnPostSubmitAsync(int id, [FromServices] SubmitDossierHandler handler, CancellationToken ct) => ActAsync(id, "Đã gửi hồ sơ.", async () =>
        (await handler.HandleAsync(id, Input.Version, ct)).Error, ct);

    public Task<IActionResult> OnPostReceiveAsync(int id, [FromServices] ReceiveDossierHandler handler, CancellationToken ct) => ActAsync(id, "Đã tiếp nhận hồ sơ.", async () =>
        (await handler.HandleAsync(id, Input.Version, ct)).Error, ct);

    public Task<IActionResult> OnPostReturnAsync(int id, [FromServices] ReturnDossierHandler handler, CancellationToken ct) => ActAsync(id, "Đã trả lại hồ sơ.", async () =>
        ParseDate(Input.SupplementBefore, "SupplementBefore", "Hạn bổ sung", out var due) ?? (await handler.HandleAsync(id, Input.Version, Input.Reason, due, ct)).Error, ct);

    public Task<IActionResult> OnPostExtendDeadlineAsync(int id, [FromServices] ExtendDeadlineHandler handler, CancellationToken ct) => ActAsync(id, "Đã gia hạn nộp hồ sơ.", async () =>
        ParseDate(Input.Deadline, "Deadline", "Hạn nộp mới", out var d) ?? (await handler.HandleAsync(id, Input.Version, d, Input.Reason, ct)).Error, ct);

    public Task<IActionResult> OnPostRemoveAttachmentAsync(int id, [FromServices] RemoveAttachmentHandler handler, CancellationToken ct) => ActAsync(id, "Đã gỡ tệp khỏi hồ sơ.", async () =>
        (await handler.HandleAsync(id, Input.AttachmentId ?? 0, ct)).Error, ct);

    public async Task<IActionResult> OnPostDeleteDraftAsync(int id, [FromServices] DeleteDraftHandler handler, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var error = (await handler.HandleAsync(id, Input.Version, ct)).Error;
        if (error is not null)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            return this.ToPageResult(error);
        }

        TempData["Success"] = "Đã xóa hồ sơ đang soạn.";
        return RedirectToPage("Index");
    }

    public Task<IActionResult> OnPostAcceptLateAsync(int id, [FromServices] AcceptLateHandler handler, CancellationToken ct) => ActAsync(id, "Đã chấp nhận nộp muộn.", async () =>
        (await handler.HandleAsync(id, Input.Version, Input.Reason, ct)).Error, ct);

    private static ValidationError? ParseDate(string? text, string field, string label, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!ViFormat.TryParseDate(text, out var d))
        {
            return new ValidationError(field, $"{label}: ngày không hợp lệ, ghi dd/MM/yyyy.");
        }

        date = d;
        return null;
    }

    public Task<IActionResult> OnPostAppraiseAsync(int id, [FromServices] AppraiseNomineeHandler handler, CancellationToken ct) => ActAsync(id, "Đã ghi kết quả thẩm định.", async () =>
        (await handler.HandleAsync(id, Input.NomineeId ?? 0, Input.Accept, Input.Reason, ct)).Error, ct);

    public Task<IActionResult> OnPostConsultAsync(int id, [FromServices] ConsultAgencyHandler handler, CancellationToken ct) => ActAsync(id, "Đã ghi yêu cầu xin ý kiến.", async () =>
        (await handler.HandleAsync(id, Input.Agency, Input.Question, null, ct)).Error, ct);

    public Task<IActionResult> OnPostAnswerAsync(int id, [FromServices] AnswerConsultationHandler handler, CancellationToken ct) => ActAsync(id, "Đã ghi ý kiến trả lời.", async () =>
        (await handler.HandleAsync(id, Input.RequestId ?? 0, Input.Answer, null, ct)).Error, ct);

    public Task<IActionResult> OnPostCompleteAppraisalAsync(int id, [FromServices] CompleteAppraisalHandler handler, CancellationToken ct) => ActAsync(id, "Đã hoàn thành thẩm định.", async () =>
        (await handler.HandleAsync(id, Input.Version, ct)).Error, ct);

    public Task<IActionResult> OnPostCouncilAsync(int id, [FromServices] RecordCouncilResultHandler handler, CancellationToken ct) => ActAsync(id, "Đã ghi kết quả Hội đồng.", async () =>
        (await handler.HandleAsync(id, Input.NomineeId ?? 0, Input.VotesFor, Input.TotalMembers, CouncilSource.Minutes, ct)).Error, ct);

    public Task<IActionResult> OnPostCompleteCouncilAsync(int id, [FromServices] CompleteCouncilHandler handler, CancellationToken ct) => ActAsync(id, "Đã chốt kết quả Hội đồng.", async () =>
        (await handler.HandleAsync(id, Input.Version, ct)).Error, ct);

    /// <summary>Issuing is done on the decision preview only (the signer sees the draft as it will print first):
    /// a post here issues nothing and leads there.</summary>
    public IActionResult OnPostIssue(int id)
    {
        return RedirectToPage("DecisionPreview", new { id });
    }

    public Task<IActionResult> OnPostRevokeAsync(int id, [FromServices] RevokeDecisionHandler handler, CancellationToken ct) => ActAsync(id, "Đã ban hành quyết định hủy bỏ, thu hồi khen thưởng.", async () =>
        (await handler.HandleAsync(id, Input.Version, new RevokeCommand(Input.RecipientIds, Input.Grounds), ct)).Error, ct);

    public Task<IActionResult> OnPostNotAwardAsync(int id, [FromServices] NotAwardHandler handler, CancellationToken ct) => ActAsync(id, "Đã ghi không khen thưởng.", async () =>
        (await handler.HandleAsync(id, Input.Version, Input.Reason, ct)).Error, ct);

    private async Task<IActionResult> ActAsync(int id, string success, Func<Task<Error?>> act, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var error = await act();
        if (error is not null)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            return this.ToPageResult(error);
        }

        TempData["Success"] = success;
        return RedirectToPage("Details", new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var d = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (d is null)
        {
            return false;
        }

        var unit = await db.UnitAsync(d.ProposingUnitId, ct) ?? throw new InvalidOperationException($"Unit {d.ProposingUnitId} of dossier {d.Id} is missing.");
        // The receiving body sees a draft addressed to it once the deadline has passed, so that it can extend it or
        // accept it late, and after it did (ADR-0038); otherwise a draft is the unit's own.
        var bodyDraft = d.Status == DossierStatus.Draft && NominationAccess.CanAppraise(scope, d.ReceivingUnitId)
            && ((d.EffectiveDeadline is { } dl && workflow.Today >= dl) || d.LateAccepted
                || await db.DossierTransitions.AnyAsync(t => t.DossierId == id && t.Action == DossierAction.ExtendDeadline, ct));
        if (!NominationAccess.CanSee(scope, unit.Path, d) && !bodyDraft)
        {
            return false;
        }

        Dossier = d;
        ProposingUnit = unit.Name;
        ReceivingUnit = (await db.UnitAsync(d.ReceivingUnitId, ct))?.Name ?? string.Empty;
        IsProposer = NominationAccess.IsProposerOf(scope, unit.Path, d);
        CanAppraise = NominationAccess.CanAppraise(scope, d.ReceivingUnitId);
        CanCouncil = NominationAccess.CanRecordCouncil(scope, d.ReceivingUnitId);
        CanSign = NominationAccess.CanSign(scope, d.ReceivingUnitId);
        var today = workflow.Today;
        AllNominees = [.. (await db.Nominees.AsNoTracking().Where(n => n.DossierId == id).OrderBy(n => n.Id)
            .Select(n => new { n.Id, n.Name, n.BirthYear }).ToListAsync(ct)).Select(n => (n.Id, n.Name, n.BirthYear))];
        PageCount = Math.Max(1, (AllNominees.Count + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Nominees = await checks.CheckAsync(d, today, withEligibility: d.IsEditableByUnit || !d.IsFinal, ct, (PageNumber - 1) * PageSize, PageSize);
        MissingDossierParts = await checks.MissingDossierPartsAsync(d, ct);
        Quota = await checks.QuotaAsync(d, ct);
        Files = [.. (await (from a in db.DossierAttachments.AsNoTracking()
                            join f in db.StoredFiles.AsNoTracking() on a.StoredFileId equals f.Id
                            where a.DossierId == id
                            orderby a.UploadedAt
                            // metadata only: the bytes are read when a file is downloaded (handler File), not on every view
                            select new
                            {
                                a,
                                f = new StoredFile
                                {
                                    Id = f.Id, FileName = f.FileName, ContentType = f.ContentType, Length = f.Length, Sha256 = f.Sha256,
                                    UploadedAt = f.UploadedAt, UploadedByUserId = f.UploadedByUserId, OrgUnitId = f.OrgUnitId,
                                },
                            }).ToListAsync(ct)).Select(x => (x.a, x.f))];
        Timeline = await db.DossierTransitions.AsNoTracking().Where(t => t.DossierId == id).OrderBy(t => t.At).ThenBy(t => t.Id).ToListAsync(ct);
        Consultations = await db.ConsultationRequests.AsNoTracking().Where(c => c.DossierId == id).OrderBy(c => c.Id).ToListAsync(ct);
        Decision = await db.Decisions.AsNoTracking().SingleOrDefaultAsync(x => x.DossierId == id, ct);
        Recipients = Decision is null ? [] : await db.DecisionRecipients.AsNoTracking().Where(r => r.DecisionId == Decision.Id).OrderBy(r => r.Serial).ToListAsync(ct);
        var acts = Decision is null ? [] : await db.Revocations.AsNoTracking().Where(r => r.DecisionId == Decision.Id).OrderBy(r => r.Id).ToListAsync(ct);
        var actIds = acts.Select(a => a.Id).ToList();
        var lines = actIds.Count == 0 ? [] : await db.RevokedAwards.AsNoTracking().Where(r => actIds.Contains(r.RevocationId)).ToListAsync(ct);
        RevokedBy = lines.ToDictionary(l => l.DecisionRecipientId, l => acts.Single(a => a.Id == l.RevocationId));
        Revocations = [.. acts.Select(a => (a, (IReadOnlyList<DecisionRecipient>)[.. Recipients.Where(r => lines.Any(l => l.RevocationId == a.Id && l.DecisionRecipientId == r.Id))]))];
        Escalation = await EscalationLinks.ForAsync(db, scope, d, ct);
        if (d.OriginDossierId is not null)
        {
            var originIds = Nominees.Where(n => n.Nominee.OriginNomineeId is not null).Select(n => n.Nominee.OriginNomineeId!.Value).ToList();
            var lower = await db.Nominees.AsNoTracking().Where(n => originIds.Contains(n.Id)).ToDictionaryAsync(n => n.Id, ct);
            LowerResults = [.. Nominees.Where(n => n.Nominee.OriginNomineeId is { } o && lower.ContainsKey(o))
                .Select(n => (n.Nominee.Name, lower[n.Nominee.OriginNomineeId!.Value]))];
        }

        CanEscalate = NominationAccess.CanEscalate(scope, d.ReceivingUnitId) && !d.IsEscalated && Dossier.CanMove(d.Status, DossierAction.Escalate)
            && await planner.PlanAsync(d, ct) is { Higher.Count: > 0 }; // access checked above: CanEscalate on this dossier
        CanRecordCentral = d.EscalatedToExternal is not null && !d.EscalationClosed && (CanSign || CanAppraise);
        DaysLeft = d.EffectiveDeadline is { } b ? b.DayNumber - today.DayNumber : null;
        if (d.ReceivedOn is { } r && d.Status is DossierStatus.Received or DossierStatus.UnderAppraisal)
        {
            var calendar = await checks.CalendarAsync(ct);
            AppraisalDue = calendar.AddWorkingDays(r, d.AppraisalWorkingDays);
            AppraisalDaysLeft = calendar.WorkingDaysBetween(today, AppraisalDue.Value);
        }

        return true;
    }
}
