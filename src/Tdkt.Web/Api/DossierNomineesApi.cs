using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;
using Tdkt.Domain.Nominations;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Nominations;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Api;

/// <summary>Nominees of a dossier under /api/v1 (ADR-0008): list and add (clerk, while Draft/Returned), the appraiser's
/// verdict and the council result per nominee — the same use case handlers and rules as the page (ADR-0029).
/// Out of scope 404, illegal at this step 409, bad input 400 naming the field.</summary>
public static class DossierNomineesApi
{
    public sealed record AddNomineeRequest(string? Kind, string? Name, string? Gender, int? BirthYear, string? Ethnicity, string? Position,
        string? WorkUnit, int? OrgUnitId, string? Address, string? CitizenId, string? AwardCode, string? Achievement,
        bool? IsLeader = null, bool? IsDirectWorker = null);

    public sealed record VerdictRequest(bool? Accept, string? Reason);

    public sealed record CouncilResultRequest(int? VotesFor, int? TotalMembers, string? Source);

    public sealed record CreatedDto(int Id);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "Dữ liệu không hợp lệ");

    /// <summary>The body as <typeparamref name="T"/>, or a 400 naming the JSON path at fault.</summary>
    private static async Task<(T? Body, IResult? Error)> ReadAsync<T>(HttpRequest http, CancellationToken ct) where T : class
    {
        try
        {
            var body = await JsonSerializer.DeserializeAsync<T>(http.Body, Json, ct);
            return body is null ? (null, Invalid("body", "Thiếu nội dung JSON.")) : (body, null);
        }
        catch (JsonException e)
        {
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "body" : e.Path.TrimStart('$', '.');
            return (null, Invalid(field, $"Nội dung JSON không hợp lệ tại \"{field}\"."));
        }
    }

    public static IEndpointRouteBuilder MapDossierNomineesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/dossiers/{id:int}/nominees").RequireAuthorization().WithTags("Tdkt API v1 — hồ sơ đề nghị khen thưởng");

        api.MapGet("", async (int id, CurrentUser me, TdktDbContext db, CitizenIds citizenIds, CancellationToken ct) =>
            await DossiersApi.LoadAsync(id, me, db, ct, citizenIds) is { } dto ? Results.Ok(dto.Nominees) : new NotFoundError().ToApiResult())
            .WithName("ListNominees").WithSummary("Đối tượng đề nghị khen thưởng của hồ sơ, với kết quả thẩm định và Hội đồng");

        api.MapPost("", async (int id, HttpRequest http, CurrentUser me, TdktDbContext db, AddNomineeHandler handler, CancellationToken ct) =>
        {
            if (await DossiersApi.LoadAsync(id, me, db, ct) is null)
            {
                return new NotFoundError().ToApiResult();
            }

            var (r, error) = await ReadAsync<AddNomineeRequest>(http, ct);
            if (r is null)
            {
                return error!;
            }

            if (!TryKind(r.Kind, out var kind))
            {
                return Invalid("kind", "Loại đối tượng (kind) phải là individual (cá nhân), collective (tập thể), household (hộ gia đình) hoặc village (thôn, bản).");
            }

            var data = new NomineeData(kind, r.Name, r.Gender, r.BirthYear, r.Ethnicity, r.Position,
                r.WorkUnit, r.OrgUnitId, r.Address, r.CitizenId, r.AwardCode, r.Achievement, r.IsLeader, r.IsDirectWorker);
            var result = await handler.HandleAsync(id, data, ct);
            return result.IsFailure ? Problem(result.Error!) : Results.Created($"/api/v1/dossiers/{id}/nominees", new CreatedDto(result.Value));
        }).Accepts<AddNomineeRequest>("application/json").Produces<CreatedDto>(StatusCodes.Status201Created)
            .WithName("AddNominee").WithSummary("Thêm đối tượng vào hồ sơ (cán bộ đơn vị đề nghị, khi hồ sơ đang soạn hoặc bị trả lại)");

        api.MapPost("/{nomineeId:int}/verdict", async (int id, int nomineeId, HttpRequest http, CurrentUser me, TdktDbContext db,
            AppraiseNomineeHandler handler, CancellationToken ct) =>
        {
            if (await DossiersApi.LoadAsync(id, me, db, ct) is null)
            {
                return new NotFoundError().ToApiResult();
            }

            var (r, error) = await ReadAsync<VerdictRequest>(http, ct);
            if (r is null)
            {
                return error!;
            }

            if (r.Accept is not { } accept)
            {
                return Invalid("accept", "Hãy cho biết kết quả thẩm định (accept): true là đủ điều kiện, false là không đủ (kèm lý do).");
            }

            var result = await handler.HandleAsync(id, nomineeId, accept, r.Reason, ct);
            return result.IsFailure ? Problem(result.Error!) : Results.NoContent();
        }).Accepts<VerdictRequest>("application/json")
            .WithName("AppraiseNominee").WithSummary("Kết quả thẩm định một đối tượng (chuyên viên thẩm định của cơ quan tiếp nhận)");

        api.MapPost("/{nomineeId:int}/council", async (int id, int nomineeId, HttpRequest http, CurrentUser me, TdktDbContext db,
            RecordCouncilResultHandler handler, CancellationToken ct) =>
        {
            if (await DossiersApi.LoadAsync(id, me, db, ct) is null)
            {
                return new NotFoundError().ToApiResult();
            }

            var (r, error) = await ReadAsync<CouncilResultRequest>(http, ct);
            if (r is null)
            {
                return error!;
            }

            if (r.VotesFor is not { } votesFor)
            {
                return Invalid("votesFor", "Hãy gửi số phiếu đồng ý (votesFor).");
            }

            if (r.TotalMembers is not { } members)
            {
                return Invalid("totalMembers", "Hãy gửi tổng số thành viên Hội đồng (totalMembers), kể cả người vắng mặt.");
            }

            if (!Enum.TryParse<CouncilSource>(r.Source ?? nameof(CouncilSource.Minutes), ignoreCase: true, out var source) || int.TryParse(r.Source, out _))
            {
                return Invalid("source", "Nguồn kết quả (source) phải là minutes (biên bản họp) hoặc ballot (phiếu bầu).");
            }

            var result = await handler.HandleAsync(id, nomineeId, votesFor, members, source, ct);
            return result.IsFailure ? Problem(result.Error!) : Results.NoContent();
        }).Accepts<CouncilResultRequest>("application/json")
            .WithName("RecordCouncilResult").WithSummary("Kết quả bỏ phiếu của Hội đồng cho một đối tượng (thư ký Hội đồng, chuyên viên thẩm định)");

        api.MapPatch("/{nomineeId:int}", async (int id, int nomineeId, HttpRequest http, CurrentUser me, TdktDbContext db, EditNomineeHandler handler,
            CancellationToken ct) =>
        {
            if (await DossiersApi.LoadAsync(id, me, db, ct) is null)
            {
                return new NotFoundError().ToApiResult();
            }

            var (r, error) = await ReadAsync<AddNomineeRequest>(http, ct);
            if (r is null)
            {
                return error!;
            }

            if (!TryKind(r.Kind, out var kind))
            {
                return Invalid("kind", "Loại đối tượng (kind) phải là individual (cá nhân), collective (tập thể), household (hộ gia đình) hoặc village (thôn, bản).");
            }

            var data = new NomineeData(kind, r.Name, r.Gender, r.BirthYear, r.Ethnicity, r.Position,
                r.WorkUnit, r.OrgUnitId, r.Address, r.CitizenId, r.AwardCode, r.Achievement, r.IsLeader, r.IsDirectWorker);
            var result = await handler.HandleAsync(id, nomineeId, data, ct);
            return result.IsFailure ? Problem(result.Error!) : Results.NoContent();
        }).Accepts<AddNomineeRequest>("application/json")
            .WithName("EditNominee").WithSummary("Sửa đối tượng (gửi đủ các trường như khi thêm; số định danh để trống thì giữ số đã lưu) — khi hồ sơ đang soạn hoặc bị trả lại");

        api.MapDelete("/{nomineeId:int}", async (int id, int nomineeId, CurrentUser me, TdktDbContext db, RemoveNomineeHandler handler, CancellationToken ct) =>
        {
            if (await DossiersApi.LoadAsync(id, me, db, ct) is null)
            {
                return new NotFoundError().ToApiResult();
            }

            var result = await handler.HandleAsync(id, nomineeId, ct);
            return result.IsFailure ? Problem(result.Error!) : Results.NoContent();
        }).WithName("RemoveNominee").WithSummary("Xóa đối tượng khỏi hồ sơ đang soạn hoặc bị trả lại");

        app.MapDelete("/api/v1/dossiers/{id:int}/attachments/{attachmentId:int}", async (int id, int attachmentId, CurrentUser me, TdktDbContext db,
            RemoveAttachmentHandler handler, CancellationToken ct) =>
        {
            if (await DossiersApi.LoadAsync(id, me, db, ct) is null)
            {
                return new NotFoundError().ToApiResult();
            }

            var result = await handler.HandleAsync(id, attachmentId, ct);
            return result.IsFailure ? Problem(result.Error!) : Results.NoContent();
        }).RequireAuthorization().WithTags("Tdkt API v1 — hồ sơ đề nghị khen thưởng")
            .WithName("RemoveAttachment").WithSummary("Gỡ tệp đính kèm chưa gửi khỏi hồ sơ đang soạn hoặc bị trả lại");

        // The public-holiday calendar of the working-day clocks: read by anyone signed in, edited by an admin of the
        // province (HolidaysModel.CanEdit), else 404 — the rules of /Nominations/Holidays.
        var holidays = app.MapGroup("/api/v1/holidays").RequireAuthorization().WithTags("Tdkt API v1 — hồ sơ đề nghị khen thưởng");
        holidays.MapGet("", async (int? year, TdktDbContext db, DossierWorkflow workflow, CancellationToken ct) =>
        {
            if (year is < HolidaysModel.MinYear or > HolidaysModel.MaxYear)
            {
                return Invalid("year", HolidaysModel.YearMessage);
            }

            var y = year ?? workflow.Today.Year;
            var days = await db.PublicHolidays.AsNoTracking().Where(h => h.Date >= new DateOnly(y, 1, 1) && h.Date <= new DateOnly(y, 12, 31))
                .OrderBy(h => h.Date).Select(h => new HolidayDto(h.Date, h.Name)).ToListAsync(ct);
            return Results.Ok(days);
        }).WithName("ListHolidays").WithSummary("Ngày nghỉ lễ, Tết của một năm (không tính khi đếm ngày làm việc)");

        holidays.MapPost("", async (HttpRequest http, CurrentUser me, TdktDbContext db, CancellationToken ct) =>
        {
            if (!HolidaysModel.CanEdit(await me.ScopeAsync(ct)))
            {
                return new NotFoundError().ToApiResult();
            }

            var (r, error) = await ReadAsync<HolidayRequest>(http, ct);
            if (r is null)
            {
                return error!;
            }

            var added = await HolidaysModel.AddAsync(db, r.Date, r.Name, ct);
            return added.IsFailure ? Problem(added.Error!) : Results.Created($"/api/v1/holidays?year={added.Value.Year}", new HolidayDto(added.Value, r.Name!.Trim()));
        }).Accepts<HolidayRequest>("application/json").Produces<HolidayDto>(StatusCodes.Status201Created)
            .WithName("AddHoliday").WithSummary("Thêm ngày nghỉ (date: dd/MM/yyyy) — quản trị cấp tỉnh");

        holidays.MapDelete("/{date}", async (string date, CurrentUser me, TdktDbContext db, CancellationToken ct) =>
        {
            if (!HolidaysModel.CanEdit(await me.ScopeAsync(ct)))
            {
                return new NotFoundError().ToApiResult();
            }

            // The date in the path as yyyy-MM-dd (slashes cannot be in a path segment).
            var removed = DateOnly.TryParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d)
                ? await HolidaysModel.RemoveAsync(db, ViFormat.Date(d), ct)
                : new NotFoundError();
            return removed.IsFailure ? removed.Error!.ToApiResult() : Results.NoContent();
        }).WithName("RemoveHoliday").WithSummary("Xóa ngày nghỉ (yyyy-MM-dd) — quản trị cấp tỉnh");

        return app;
    }

    public sealed record HolidayRequest(string? Date, string? Name);

    public sealed record HolidayDto(DateOnly Date, string Name);

    /// <summary>Field errors of the service carry the page's input names; the API names its JSON fields in camelCase.</summary>
    private static IResult Problem(Error error) => error is ValidationError v
        ? Invalid(JsonNamingPolicy.CamelCase.ConvertName(v.Field), v.Message)
        : error.ToApiResult();

    private static bool TryKind(string? text, out SubjectKind kind)
    {
        kind = default;
        return text is not null && (FactCodes.TryParse(text, out kind) || (Enum.TryParse(text, ignoreCase: true, out kind) && !int.TryParse(text, out _)));
    }
}
