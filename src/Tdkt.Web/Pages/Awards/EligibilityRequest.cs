using System.Globalization;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Awards.Eligibility;
using Tdkt.Domain.Common;
using Tdkt.Web.Api;

namespace Tdkt.Web.Pages.Awards;

/// <summary>Body of POST /api/v1/eligibility/evaluate (and what the /Awards/Check form builds).</summary>
public sealed record EvaluateRequest(string? Award, int? Year, string? DecisionDate, SubjectDto? Subject);

public sealed record SubjectDto([property: ApiEnum(ApiEnums.SubjectKind)] string? Kind, List<RatingDto>? Ratings, List<TitleDto>? Titles, List<InitiativeDto>? Initiatives,
    List<DisciplineDto>? Disciplines, List<HoldDto>? Holds, MembersDto? Members, bool? ConductConfirmed, bool? ArmedForces);

public sealed record RatingDto(int? Year, string? Rating);

/// <summary>A title or form received; <c>kind</c> merit (default) / thematic / adhoc...</summary>
public sealed record TitleDto(int? Year, string? Award, string? DecisionDate = null, string? Kind = null);

public sealed record InitiativeDto(int? Year, [property: ApiEnum(ApiEnums.InitiativeScope)] string? Scope, string? UsedFor = null,
    [property: ApiEnum(ApiEnums.InitiativeKind)] string? Kind = null);

public sealed record DisciplineDto([property: ApiEnum(ApiEnums.DisciplineLevel)] string? Level, string? From, string? To);

public sealed record HoldDto([property: ApiEnum(ApiEnums.HoldKind)] string? Kind, string? From, string? To);

/// <summary>Member figures of a collective for the assessed year.</summary>
public sealed record MembersDto(int? Total, int? CompletedTasks, int? Ldtt, int? Cstdcs, int? DisciplinedWarningOrAbove);

public sealed record CriterionDto(string Code, bool Met, string Message, string Reference, bool Required);

public sealed record EvaluateResponse(bool Eligible, string Award, string AwardName, int Year, DateOnly DecisionDate,
    string LegalBasis, string LegalBasisCode, string RuleSetVersion, IReadOnlyList<CriterionDto> Criteria)
{
    public static EvaluateResponse From(EligibilityResult r) => new(r.Eligible, r.AwardCode, r.AwardName, r.Year, r.DecisionDate,
        r.LegalBasis, r.Basis.Code(), r.RuleSetVersion,
        [.. r.Criteria.Select(c => new CriterionDto(c.Code, c.Met, c.Message, c.Reference, c.Required))]);
}

/// <summary>A checked request: what the engine needs.</summary>
public sealed record EvaluationInput(string Award, int Year, DateOnly DecisionDate, SubjectFacts Facts);

/// <summary>Validates a what-if request; every error names the JSON field ("subject.ratings[1].rating").</summary>
public static class EligibilityRequests
{
    private const string DateHint = "yyyy-MM-dd, ví dụ 2025-12-15";

    public static Result<EvaluationInput> Parse(EvaluateRequest? request)
    {
        if (request is null)
        {
            return new ValidationError("award", "Hãy gửi nội dung JSON gồm \"award\", \"year\", \"decisionDate\" và \"subject\".");
        }

        if (!AwardCodes.TryNormalize(request.Award, out var award))
        {
            return string.IsNullOrWhiteSpace(request.Award)
                ? new ValidationError("award", $"Hãy gửi \"award\": mã danh hiệu, hình thức khen thưởng, ví dụ {AwardCodes.CstdTinh}.")
                : DefaultCatalogue.UnknownAward(request.Award);
        }

        if (request.Year is null && string.IsNullOrWhiteSpace(request.DecisionDate))
        {
            return new ValidationError("year",
                "Hãy gửi \"year\" (năm đánh giá thành tích) hoặc \"decisionDate\" (ngày quyết định; khi thiếu \"year\", năm đánh giá lấy theo năm của ngày này).");
        }

        if (string.IsNullOrWhiteSpace(request.DecisionDate))
        {
            return new ValidationError("decisionDate", $"Hãy gửi \"decisionDate\": ngày quyết định khen thưởng ({DateHint}); căn cứ pháp lý chọn theo ngày này.");
        }

        var decision = Date(request.DecisionDate, "decisionDate", "Ngày quyết định");
        if (decision.IsFailure)
        {
            return decision.Error!;
        }

        var day = decision.Value!.Value;
        var basis = LegalBases.ForDecisionDate(day);
        if (basis.IsFailure)
        {
            return basis.Error!;
        }

        var year = request.Year ?? day.Year;
        var s = request.Subject ?? new SubjectDto(null, null, null, null, null, null, null, null, null);
        var kind = SubjectKind.Individual;
        if (!string.IsNullOrWhiteSpace(s.Kind) && !FactCodes.TryParse(s.Kind, out kind))
        {
            return new ValidationError("subject.kind", $"Đối tượng \"{s.Kind}\" không hợp lệ. Hãy dùng một trong: individual, collective, household, village.");
        }

        var ratings = new List<YearRating>();
        for (var i = 0; i < (s.Ratings?.Count ?? 0); i++)
        {
            var r = s.Ratings![i];
            var field = $"subject.ratings[{I(i)}]";
            if (r?.Year is not { } ry)
            {
                return new ValidationError(field + ".year", $"Xếp loại thứ {I(i + 1)} thiếu \"year\" (năm được xếp loại).");
            }

            if (!Ratings.TryParseRating(r.Rating, out var rating))
            {
                return new ValidationError(field + ".rating",
                    $"Xếp loại \"{r.Rating}\" năm {I(ry)} không hợp lệ. Chỉ nhận một trong bốn mức: HTXSNV, HTTNV, HTNV, KHTNV.");
            }

            ratings.Add(new YearRating(ry, rating));
        }

        var awards = new List<AwardRecord>();
        for (var i = 0; i < (s.Titles?.Count ?? 0); i++)
        {
            var t = s.Titles![i];
            var field = $"subject.titles[{I(i)}]";
            if (t?.Year is not { } ty)
            {
                return new ValidationError(field + ".year", $"Danh hiệu, hình thức thứ {I(i + 1)} thiếu \"year\".");
            }

            if (!AwardCodes.TryNormalize(t.Award, out var code))
            {
                return new ValidationError(field + ".award", $"Mã danh hiệu \"{t.Award}\" năm {I(ty)} không có trong danh mục, ví dụ: {AwardCodes.Cstdcs}.");
            }

            var commendation = CommendationKind.Merit;
            if (!string.IsNullOrWhiteSpace(t.Kind) && !FactCodes.TryParse(t.Kind, out commendation))
            {
                return new ValidationError(field + ".kind", $"Loại khen thưởng \"{t.Kind}\" không hợp lệ. Hãy dùng: merit, thematic, adhoc, dedication, seniority, foreign.");
            }

            var decided = new DateOnly(ty, 12, 31);
            if (!string.IsNullOrWhiteSpace(t.DecisionDate))
            {
                var d = Date(t.DecisionDate, field + ".decisionDate", "Ngày quyết định");
                if (d.IsFailure)
                {
                    return d.Error!;
                }

                decided = d.Value!.Value;
            }

            awards.Add(new AwardRecord(ty, code, decided, commendation));
        }

        var initiatives = new List<Initiative>();
        for (var i = 0; i < (s.Initiatives?.Count ?? 0); i++)
        {
            var x = s.Initiatives![i];
            var field = $"subject.initiatives[{I(i)}]";
            if (x?.Year is not { } iy)
            {
                return new ValidationError(field + ".year", $"Sáng kiến thứ {I(i + 1)} thiếu \"year\".");
            }

            if (!FactCodes.TryParse(x.Scope, out InitiativeScope scope))
            {
                return new ValidationError(field + ".scope", $"Phạm vi sáng kiến \"{x.Scope}\" không hợp lệ. Hãy dùng: co_so, tinh, toan_quoc.");
            }

            var ik = InitiativeKind.Initiative;
            if (!string.IsNullOrWhiteSpace(x.Kind) && !FactCodes.TryParse(x.Kind, out ik))
            {
                return new ValidationError(field + ".kind", $"Loại \"{x.Kind}\" không hợp lệ. Hãy dùng: initiative, scientific_work, combat_ingenuity.");
            }

            initiatives.Add(new Initiative(iy, scope, string.IsNullOrWhiteSpace(x.UsedFor) ? null : x.UsedFor.Trim(), ik));
        }

        var disciplines = new List<Discipline>();
        for (var i = 0; i < (s.Disciplines?.Count ?? 0); i++)
        {
            var x = s.Disciplines![i];
            var field = $"subject.disciplines[{I(i)}]";
            if (!FactCodes.TryParse(x?.Level, out DisciplineLevel level))
            {
                return new ValidationError(field + ".level",
                    $"Hình thức kỷ luật \"{x?.Level}\" không hợp lệ. Hãy dùng: khien_trach, canh_cao, ha_bac_luong, giang_chuc, cach_chuc, buoc_thoi_viec.");
            }

            var from = Date(x!.From, field + ".from", "Ngày bắt đầu kỷ luật");
            if (from.IsFailure || from.Value is null)
            {
                return from.Error ?? new ValidationError(field + ".from", $"Hãy gửi \"from\": ngày bắt đầu thời hạn kỷ luật ({DateHint}).");
            }

            var to = Date(x.To, field + ".to", "Ngày kết thúc kỷ luật");
            if (to.IsFailure || to.Value is null)
            {
                return to.Error ?? new ValidationError(field + ".to", $"Hãy gửi \"to\": ngày kết thúc thời hạn kỷ luật ({DateHint}).");
            }

            disciplines.Add(new Discipline(level, from.Value.Value, to.Value.Value));
        }

        var holds = new List<Hold>();
        for (var i = 0; i < (s.Holds?.Count ?? 0); i++)
        {
            var x = s.Holds![i];
            var field = $"subject.holds[{I(i)}]";
            if (!FactCodes.TryParse(x?.Kind, out HoldKind hk))
            {
                return new ValidationError(field + ".kind",
                    $"Loại vụ việc \"{x?.Kind}\" không hợp lệ. Hãy dùng: discipline_review, investigation, inspection, complaint.");
            }

            var from = Date(x!.From, field + ".from", "Ngày bắt đầu");
            if (from.IsFailure || from.Value is null)
            {
                return from.Error ?? new ValidationError(field + ".from", $"Hãy gửi \"from\": ngày bắt đầu vụ việc ({DateHint}).");
            }

            var to = Date(x.To, field + ".to", "Ngày kết thúc");
            if (to.IsFailure)
            {
                return to.Error!;
            }

            holds.Add(new Hold(hk, from.Value.Value, to.Value));
        }

        var members = new List<MemberStats>();
        if (s.Members is { } m)
        {
            if (m.Total is not (> 0))
            {
                return new ValidationError("subject.members.total", "\"members.total\" (tổng số thành viên) phải lớn hơn 0.");
            }

            foreach (var (value, name) in new[] { (m.CompletedTasks, "completedTasks"), (m.Ldtt, "ldtt"), (m.Cstdcs, "cstdcs"), (m.DisciplinedWarningOrAbove, "disciplinedWarningOrAbove") })
            {
                if (value is < 0 || value > m.Total)
                {
                    return new ValidationError("subject.members." + name, $"\"members.{name}\" phải từ 0 đến tổng số thành viên ({I(m.Total.Value)}).");
                }
            }

            members.Add(new MemberStats(year, m.Total.Value, m.CompletedTasks ?? 0, m.Ldtt ?? 0, m.Cstdcs ?? 0, m.DisciplinedWarningOrAbove ?? 0));
        }

        var facts = new SubjectFacts
        {
            Kind = kind,
            Ratings = ratings,
            Awards = awards,
            Initiatives = initiatives,
            Disciplines = disciplines,
            Holds = holds,
            Members = members,
            ConductConfirmed = s.ConductConfirmed ?? true,
            ArmedForces = s.ArmedForces ?? false,
        };
        return new EvaluationInput(award, year, day, facts);
    }

    private static Result<DateOnly?> Date(string? text, string field, string label)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Result<DateOnly?>.Success(null);
        }

        return ViFormat.TryParseDate(text, out var d)
            ? Result<DateOnly?>.Success(d)
            : new ValidationError(field, $"{label} \"{text.Trim()}\" không hợp lệ. Dùng {DateHint} hoặc dd/MM/yyyy.");
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
