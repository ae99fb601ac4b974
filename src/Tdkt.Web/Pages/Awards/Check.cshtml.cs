using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards.Eligibility;
using Tdkt.Domain.Common;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Awards;

/// <summary>Xét thử tiêu chuẩn: an officer types the facts (or pastes the API's JSON) and sees every criterion with
/// its reason and article. Same validation and engine as POST /api/v1/eligibility/evaluate.</summary>
public sealed class CheckModel(TdktDbContext db, CurrentUser me, AwardData data, TimeProvider clock, TdktSettings settings) : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public EligibilityResult? Result { get; private set; }
    public List<SelectListItem> AwardOptions { get; private set; } = [];

    public sealed class InputModel
    {
        [Display(Name = "Danh hiệu, hình thức xét")]
        public string? Award { get; set; }

        [Display(Name = "Năm đánh giá thành tích")]
        public string? Year { get; set; }

        [Display(Name = "Ngày quyết định")]
        public string? DecisionDate { get; set; }

        [Display(Name = "Đối tượng")]
        public string? Kind { get; set; } = "individual";

        [Display(Name = "Xếp loại hằng năm")]
        public string? Ratings { get; set; }

        [Display(Name = "Danh hiệu, hình thức đã nhận")]
        public string? Titles { get; set; }

        [Display(Name = "Sáng kiến, đề tài")]
        public string? Initiatives { get; set; }

        [Display(Name = "Kỷ luật")]
        public string? Disciplines { get; set; }

        [Display(Name = "Vụ việc đang xem xét")]
        public string? Holds { get; set; }

        [Display(Name = "Tổng số thành viên")]
        public int? MembersTotal { get; set; }

        [Display(Name = "Số hoàn thành nhiệm vụ")]
        public int? MembersCompleted { get; set; }

        [Display(Name = "Số Lao động tiên tiến")]
        public int? MembersLdtt { get; set; }

        [Display(Name = "Số CSTĐ cơ sở")]
        public int? MembersCstdcs { get; set; }

        [Display(Name = "Số bị kỷ luật từ cảnh cáo")]
        public int? MembersDisciplined { get; set; }

        [Display(Name = "Hoặc dán JSON (như API xét thử)")]
        public string? Json { get; set; }
    }

    public void OnGet()
    {
        AwardOptions = AwardPages.AwardOptions(Input.Award);
        Input.DecisionDate = ViFormat.Date(clock.Today(settings));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        AwardOptions = AwardPages.AwardOptions(Input.Award);
        var request = BuildRequest();
        if (request.IsFailure)
        {
            return this.ToPageResult(request.Error!);
        }

        var input = EligibilityRequests.Parse(request.Value);
        if (input.IsFailure)
        {
            return this.ToPageResult(input.Error!);
        }

        var loaded = await me.GetAsync(ct);
        var path = loaded is null ? null
            : await db.OrgUnits.AsNoTracking().Where(u => u.Id == loaded.User.OrgUnitId).Select(u => u.Path).SingleOrDefaultAsync(ct);
        var i = input.Value!;
        var result = EligibilityEngine.Evaluate(i.Award, i.Year, i.DecisionDate, i.Facts, await data.SettingsForPathAsync(path, ct));
        if (result.IsFailure)
        {
            return this.ToPageResult(result.Error!);
        }

        Result = result.Value;
        return Page();
    }

    private Result<EvaluateRequest?> BuildRequest()
    {
        if (!string.IsNullOrWhiteSpace(Input.Json))
        {
            try
            {
                return JsonSerializer.Deserialize<EvaluateRequest>(Input.Json, Json);
            }
            catch (JsonException)
            {
                return new ValidationError("Json", "JSON dán vào không hợp lệ. Hãy dùng đúng mẫu của API xét thử (award, year, decisionDate, subject).");
            }
        }

        int? year = null;
        if (!string.IsNullOrWhiteSpace(Input.Year))
        {
            if (!int.TryParse(Input.Year, NumberStyles.Integer, CultureInfo.InvariantCulture, out var y))
            {
                return new ValidationError("Year", $"Năm đánh giá \"{Input.Year}\" không hợp lệ; hãy nhập 4 chữ số, ví dụ 2025.");
            }

            year = y;
        }

        var ratings = new List<RatingDto>();
        var titles = new List<TitleDto>();
        var initiatives = new List<InitiativeDto>();
        var disciplines = new List<DisciplineDto>();
        var holds = new List<HoldDto>();
        foreach (var (line, parts) in Lines(Input.Ratings))
        {
            if (parts.Length != 2 || !int.TryParse(parts[0], out var ry))
            {
                return new ValidationError("Ratings", $"Xếp loại hằng năm, dòng {line}: hãy ghi \"năm mức\", ví dụ \"2024 HTXSNV\".");
            }

            ratings.Add(new RatingDto(ry, parts[1]));
        }

        foreach (var (line, parts) in Lines(Input.Titles))
        {
            if (parts.Length is < 2 or > 3 || !int.TryParse(parts[0], out var ty))
            {
                return new ValidationError("Titles", $"Danh hiệu đã nhận, dòng {line}: hãy ghi \"năm mã [loại]\", ví dụ \"2024 CSTDCS\" hoặc \"2024 BK_TINH thematic\".");
            }

            titles.Add(new TitleDto(ty, parts[1], null, parts.Length > 2 ? parts[2] : null));
        }

        foreach (var (line, parts) in Lines(Input.Initiatives))
        {
            if (parts.Length < 2 || !int.TryParse(parts[0], out var iy))
            {
                return new ValidationError("Initiatives", $"Sáng kiến, dòng {line}: hãy ghi \"năm phạm vi [đã dùng cho…]\", ví dụ \"2024 tinh\" hoặc \"2023 coso CSTDCS 2023\".");
            }

            initiatives.Add(new InitiativeDto(iy, parts[1], parts.Length > 2 ? string.Join(' ', parts[2..]) : null));
        }

        foreach (var (line, parts) in Lines(Input.Disciplines))
        {
            if (parts.Length != 3)
            {
                return new ValidationError("Disciplines", $"Kỷ luật, dòng {line}: hãy ghi \"hình thức từ-ngày đến-ngày\", ví dụ \"khien_trach 01/03/2024 31/08/2024\".");
            }

            disciplines.Add(new DisciplineDto(parts[0], parts[1], parts[2]));
        }

        foreach (var (line, parts) in Lines(Input.Holds))
        {
            if (parts.Length is < 2 or > 3)
            {
                return new ValidationError("Holds", $"Vụ việc, dòng {line}: hãy ghi \"loại từ-ngày [đến-ngày]\", ví dụ \"complaint 01/11/2025\".");
            }

            holds.Add(new HoldDto(parts[0], parts[1], parts.Length > 2 ? parts[2] : null));
        }

        var members = Input.MembersTotal is null ? null
            : new MembersDto(Input.MembersTotal, Input.MembersCompleted, Input.MembersLdtt, Input.MembersCstdcs, Input.MembersDisciplined);
        return new EvaluateRequest(Input.Award, year, Input.DecisionDate,
            new SubjectDto(Input.Kind, ratings, titles, initiatives, disciplines, holds, members, null, null));
    }

    private static IEnumerable<(int Line, string[] Parts)> Lines(string? text)
    {
        var lines = (text ?? string.Empty).Replace("\r", "", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var parts = lines[i].Split([' ', '\t', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length > 0)
            {
                yield return (i + 1, parts);
            }
        }
    }
}
