using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Tdkt.Domain.Planning.Import;
using Tdkt.Web.Documents;

namespace Tdkt.Web.Api;

/// <summary>
/// POST /api/v1/plans/import/preview: a .docx, .txt or .md plan read into the structured preview the import page
/// shows, as JSON; nothing is saved. Bad input (empty, binary, over 5 MB, .docx with macros or outside links)
/// answers 400 with a Vietnamese message naming the field "file".
/// </summary>
public static class PlanImportApi
{
    private const long MaxRequestBytes = 32 * 1024 * 1024;

    public sealed record LegalBasisDto(string Lead, string Text, IReadOnlyList<string> Numbers);

    public sealed record SectionDto(string Numeral, string Heading, string Kind);

    public sealed record TaskDto(string Number, string Content, string? LeadUnit, IReadOnlyList<string> CoordinatingUnits, string? Group,
        ApiV1.TimeframeDto Timeframe);

    public sealed record DeadlineDto(string Sentence, string Phrase, string? Actor, string? Recipient, string? Section, ApiV1.TimeframeDto Timeframe);

    public sealed record ParticipantsDto(int? ExpectedTotal, string? TotalText, IReadOnlyList<ParticipantGroup> Groups);

    public sealed record BudgetDto(decimal? AmountVnd, string? AmountText, string? DecisionNumber, string SourceText);

    public sealed record SignerDto(IReadOnlyList<string> Capacity, string? Position, string? Name);

    public sealed record PreviewDto(
        string? FileName, string? Kind, string? Title, string? Number, DateOnly? Date, string? DateText, string? Place, int? Year,
        string? Issuer, string? ParentIssuer, IReadOnlyList<LegalBasisDto> LegalBases, IReadOnlyList<SectionDto> Sections,
        IReadOnlyList<TaskDto> Tasks, IReadOnlyList<DeadlineDto> Deadlines, ParticipantsDto? Participants, int? ExpectedDelegates,
        BudgetDto? Budget, SignerDto? Signer, IReadOnlyList<string> Recipients, IReadOnlyDictionary<string, double> Confidence,
        IReadOnlyList<string> RestoredWords, IReadOnlyList<string> Warnings);

    public static RouteGroupBuilder MapPlanImportPreview(this RouteGroupBuilder api)
    {
        api.MapPost("/plans/import/preview", async (HttpRequest request, int? year, CancellationToken ct) =>
        {
            if (!request.HasFormContentType)
            {
                return Invalid("Hãy gửi tệp kế hoạch dạng multipart/form-data, trường \"file\" (.docx, .txt hoặc .md).");
            }

            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = MaxRequestBytes }, ct);
            }
            catch (InvalidDataException)
            {
                return Invalid("Tệp lớn hơn 5 MB. Hãy bỏ bớt hình ảnh hoặc chỉ giữ phần văn bản của kế hoạch.");
            }

            var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
            if (file is null)
            {
                return Invalid("Hãy gửi tệp kế hoạch trong trường \"file\" (.docx, .txt hoặc .md).");
            }

            if (file.Length > UploadedText.MaxUploadBytes)
            {
                return Invalid("Tệp lớn hơn 5 MB. Hãy bỏ bớt hình ảnh hoặc chỉ giữ phần văn bản của kế hoạch.");
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            var text = UploadedText.Read(file.FileName, buffer.ToArray());
            if (text.IsFailure)
            {
                return Invalid(text.Error!.Message);
            }

            var parsed = PlanDocumentParser.Parse(text.Value, year is >= 1900 and <= 2200 ? year : null);
            return parsed.IsFailure ? Invalid(parsed.Error!.Message) : Results.Ok(ToDto(parsed.Value!, Path.GetFileName(file.FileName)));
        })
        .DisableAntiforgery()
        .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes))
        .WithName("PreviewPlanImport")
        .WithSummary("Đọc thử văn bản kế hoạch (.docx, .txt, .md; trường \"file\"): tiêu đề, số, ngày, nơi ban hành, căn cứ, mục, nhiệm vụ, thời hạn, độ tin cậy từng trường. Không lưu gì.");
        return api;
    }

    private static IResult Invalid(string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [message] }, title: "Dữ liệu không hợp lệ");

    private static PreviewDto ToDto(PlanDraft d, string fileName) => new(
        fileName,
        d.DocumentKind,
        d.Title,
        d.DocumentNumber,
        d.IssueDate?.Date,
        d.IssueDate?.Text,
        d.Place,
        d.Year,
        d.IssuingBody,
        d.ParentIssuer,
        d.LegalBases.Select(b => new LegalBasisDto(b.Lead, b.Text, PlanHeaderReader.InstrumentNumbers(b.Text))).ToList(),
        d.Sections.Select(s => new SectionDto(s.Numeral, s.Heading, JsonNamingPolicy.CamelCase.ConvertName(s.Kind.ToString()))).ToList(),
        d.Tasks.Select(t => new TaskDto(t.Number, t.Content, t.LeadUnit, t.CoordinatingUnits, t.Group, ApiV1.TimeframeDto.From(t.Timeframe))).ToList(),
        d.Deadlines.Select(x => new DeadlineDto(x.Sentence, x.Phrase, x.Actor, x.Recipient, x.Section, ApiV1.TimeframeDto.From(x.Timeframe))).ToList(),
        d.Participants is { } p ? new ParticipantsDto(p.ExpectedTotal, p.TotalText, p.Groups) : null,
        d.Participants?.ExpectedTotal,
        d.Budget is { } b ? new BudgetDto(b.AmountVnd, b.AmountText, b.Decision?.Number, b.SourceText) : null,
        d.Signer is { } s ? new SignerDto(s.Capacity, s.Position, s.Name) : null,
        d.Recipients,
        d.Confidence,
        d.RestoredWords,
        d.Warnings);
}
