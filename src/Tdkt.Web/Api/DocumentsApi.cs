using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Nominations;
using Tdkt.Web.Data;
using Tdkt.Web.Documents;
using Tdkt.Web.Pages.Nominations;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Api;

/// <summary>Generated documents under /api/v1: the decision (.docx and .pdf rendered from the same .docx) and the
/// dossier's tờ trình, and the tờ trình's number and date. Scoped like the dossier page: outside the caller's scope 404.</summary>
public static class DocumentsApi
{
    public sealed record SubmissionLetterRequest(string? Number, DateOnly? Date);

    public sealed record SubmissionLetterDto(int DossierId, string? Number, DateOnly? Date);

    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization().WithTags("Tdkt API v1 — văn bản");

        api.MapGet("/decisions/{id:int}/document.docx", async (int id, CurrentUser me, TdktDbContext db, DocumentSources sources, CancellationToken ct) =>
            await DecisionDocxAsync(id, me, db, sources, ct) is { } docx
                ? Results.File(docx.Bytes, Nd30.ContentType, docx.Name + ".docx")
                : Results.NotFound())
            .Produces(StatusCodes.Status200OK, contentType: Nd30.ContentType)
            .WithName("GetDecisionDocx")
            .WithSummary("Quyết định khen thưởng (.docx, thể thức Nghị định 30/2020/NĐ-CP) kèm danh sách");

        api.MapGet("/decisions/{id:int}/document.pdf", async (int id, CurrentUser me, TdktDbContext db, DocumentSources sources, CancellationToken ct) =>
        {
            if (await DecisionDocxAsync(id, me, db, sources, ct) is not { } docx)
            {
                return Results.NotFound();
            }

            var pdf = await DocxPdf.ConvertAsync(docx.Bytes, TimeSpan.FromSeconds(120), ct);
            return pdf is null
                ? Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Chưa xuất được PDF",
                    detail: "Máy chủ chưa cài LibreOffice (libreoffice-writer-nogui); hãy chạy scripts/install-prereqs.sh hoặc tải bản .docx.")
                : Results.File(pdf, "application/pdf", docx.Name + ".pdf");
        })
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .WithName("GetDecisionPdf")
            .WithSummary("Quyết định khen thưởng dạng PDF, kết xuất từ chính tệp .docx");

        api.MapGet("/dossiers/{id:int}/submission-letter.docx", async (int id, CurrentUser me, TdktDbContext db, DocumentSources sources, CancellationToken ct) =>
            await VisibleDossierAsync(id, me, db, ct) is { } d
                ? Results.File(NominationDocx.Submission(await sources.SubmissionAsync(d, ct)), Nd30.ContentType, $"to-trinh-{id}.docx")
                : Results.NotFound())
            .Produces(StatusCodes.Status200OK, contentType: Nd30.ContentType)
            .WithName("GetSubmissionLetterDocx")
            .WithSummary("Tờ trình đề nghị khen thưởng của hồ sơ (.docx), ngày của tờ trình là ngày gửi");

        api.MapGet("/dossiers/{id:int}/nominees/{nomineeId:int}/achievement-report.docx",
            async (int id, int nomineeId, CurrentUser me, TdktDbContext db, DocumentSources sources, CancellationToken ct) =>
            await AchievementReportAsync(id, nomineeId, me, db, sources, ct) is { } bytes
                ? Results.File(bytes, Nd30.ContentType, $"bao-cao-thanh-tich-{id}-{nomineeId}.docx")
                : Results.NotFound())
            .Produces(StatusCodes.Status200OK, contentType: Nd30.ContentType)
            .WithName("GetAchievementReportDocx")
            .WithSummary("Báo cáo thành tích của một đối tượng (.docx, mẫu theo hình thức khen thưởng và loại đối tượng, điền sẵn dữ liệu đã có)");
        api.MapPut("/dossiers/{id:int}/submission-letter", async (int id, SubmissionLetterRequest body, SubmissionLetters letters, CancellationToken ct) =>
        {
            var r = await letters.RecordAsync(id, body.Number, body.Date, ct);
            return r.IsSuccess ? Results.Ok(new SubmissionLetterDto(id, r.Value!.SubmissionNumber, r.Value.SubmissionDate)) : r.Error!.ToApiResult();
        })
            .WithName("PutSubmissionLetter")
            .WithSummary("Ghi số và ngày tờ trình của hồ sơ (dùng trong “Xét đề nghị … tại Tờ trình số … ngày …”)");

        return app;
    }

    /// <summary>The nominee's báo cáo thành tích, if the caller may see the dossier (else null: 404).</summary>
    public static async Task<byte[]?> AchievementReportAsync(int id, int nomineeId, CurrentUser me, TdktDbContext db, DocumentSources sources, CancellationToken ct)
    {
        if (await VisibleDossierAsync(id, me, db, ct) is not { } d)
        {
            return null;
        }

        var n = await db.Nominees.AsNoTracking().SingleOrDefaultAsync(x => x.Id == nomineeId && x.DossierId == id, ct);
        return n is null ? null : AchievementReportDocx.Build(await sources.AchievementAsync(d, n, ct));
    }

    private static async Task<Dossier?> VisibleDossierAsync(int id, CurrentUser me, TdktDbContext db, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var d = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (d is null)
        {
            return null;
        }

        var path = await db.OrgUnits.AsNoTracking().Where(u => u.Id == d.ProposingUnitId).Select(u => u.Path).SingleAsync(ct);
        return NominationAccess.CanSee(scope, path, d) ? d : null;
    }

    private static async Task<(byte[] Bytes, string Name)?> DecisionDocxAsync(int id, CurrentUser me, TdktDbContext db, DocumentSources sources, CancellationToken ct)
    {
        var dec = await db.Decisions.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (dec is null || await VisibleDossierAsync(dec.DossierId, me, db, ct) is not { } d)
        {
            return null;
        }

        var recipients = await db.DecisionRecipients.AsNoTracking().Where(r => r.DecisionId == id).OrderBy(r => r.Serial).ToListAsync(ct);
        return (NominationDocx.DecisionDocx(await sources.DecisionAsync(d, dec, recipients, ct)), $"quyet-dinh-{dec.SequenceNumber:00}-{dec.Year}");
    }
}
