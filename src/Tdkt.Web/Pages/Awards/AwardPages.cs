using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;
using Tdkt.Domain.Security;

namespace Tdkt.Web.Pages.Awards;

/// <summary>What the award pages share: Vietnamese names of the catalogue enums, number fields, the admin check.</summary>
public static class AwardPages
{
    public const string ReasonRequired = "Hãy ghi lý do thay đổi (căn cứ văn bản, ý kiến chỉ đạo…): lý do được lưu vào nhật ký.";

    /// <summary>Catalogue, settings and base salary are reference data of the provinces: only an Admin granted on a
    /// province (root unit) edits them.</summary>
    public static Task<bool> IsCatalogueAdminAsync(AwardData data, OrgScope scope, CancellationToken ct) =>
        data.AdministeredProvinces(scope).AnyAsync(ct);

    public static string Vietnamese(this AwardGroup group) => group switch
    {
        AwardGroup.IndividualTitle => "Danh hiệu cá nhân",
        AwardGroup.CollectiveTitle => "Danh hiệu tập thể",
        AwardGroup.EmulationFlag => "Cờ thi đua",
        AwardGroup.CultureTitle => "Danh hiệu văn hóa",
        AwardGroup.Order => "Huân chương",
        AwardGroup.Medal => "Huy chương",
        AwardGroup.CertificateOfMerit => "Bằng khen",
        AwardGroup.CertificateOfCommendation => "Giấy khen",
    };

    public static string Vietnamese(this DecidingLevel level) => level switch
    {
        DecidingLevel.StatePresident => "Chủ tịch nước",
        DecidingLevel.Government => "Chính phủ",
        DecidingLevel.PrimeMinister => "Thủ tướng Chính phủ",
        DecidingLevel.Province => "Chủ tịch UBND tỉnh",
        DecidingLevel.Grassroots => "Cấp cơ sở",
    };

    public static string Vietnamese(this LegalBasis basis) => basis.DisplayText();

    public static string Vietnamese(this CommendationKind kind) => kind switch
    {
        CommendationKind.Merit => "Công trạng",
        CommendationKind.Thematic => "Theo đợt, chuyên đề",
        CommendationKind.AdHoc => "Đột xuất",
        CommendationKind.Dedication => "Quá trình cống hiến",
        CommendationKind.Seniority => "Niên hạn",
        CommendationKind.Foreign => "Đối ngoại",
    };

    public static string Vietnamese(this InitiativeScope scope) => scope switch
    {
        InitiativeScope.Grassroots => "Cơ sở",
        InitiativeScope.Provincial => "Tỉnh",
        InitiativeScope.National => "Toàn quốc",
    };

    public static string Vietnamese(this DisciplineLevel level) => level switch
    {
        DisciplineLevel.Reprimand => "Khiển trách",
        DisciplineLevel.Warning => "Cảnh cáo",
        DisciplineLevel.SalaryDemotion => "Hạ bậc lương",
        DisciplineLevel.Demotion => "Giáng chức",
        DisciplineLevel.Dismissal => "Cách chức",
        DisciplineLevel.ForcedResignation => "Buộc thôi việc",
    };

    public static string Vietnamese(this HoldKind kind) => kind switch
    {
        HoldKind.DisciplineReview => "Đang xem xét kỷ luật",
        HoldKind.Investigation => "Đang bị điều tra",
        HoldKind.Inspection => "Đang thanh tra, kiểm tra",
        HoldKind.Complaint => "Có đơn thư khiếu nại, tố cáo đang xác minh",
    };

    public static string Number(decimal value) => value.ToString("0.##", ViFormat.Culture);

    /// <summary>"1,5" or "1.5" (a single separator is the decimal mark); the error names the field.</summary>
    public static Result<decimal?> ParseDecimal(string? text, string field, string label, decimal min, decimal max, bool required)
    {
        var t = (text ?? string.Empty).Trim().Replace(',', '.');
        if (t.Length == 0)
        {
            return required ? new ValidationError(field, $"{label} là bắt buộc.") : Result<decimal?>.Success(null);
        }

        if (!decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) || v < min || v > max)
        {
            return new ValidationError(field, $"{label} \"{text!.Trim()}\" không hợp lệ; hãy nhập số từ {Number(min)} đến {Number(max)}, ví dụ 1,5.");
        }

        return v;
    }

    /// <summary>Money as typed by users: "2.340.000", "2 340 000 đ" or "2340000".</summary>
    public static Result<decimal> ParseMoney(string? text, string field, string label)
    {
        var digits = new string([.. (text ?? string.Empty).Where(char.IsAsciiDigit)]);
        var cleaned = (text ?? string.Empty).Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal)
            .Replace("đ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal).Trim();
        if (digits.Length == 0 || cleaned != digits || !decimal.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var v) || v <= 0 || v > 100_000_000m)
        {
            return new ValidationError(field, $"{label} \"{text?.Trim()}\" không hợp lệ; hãy nhập số tiền bằng đồng, ví dụ 2.530.000.");
        }

        return v;
    }

    public static List<SelectListItem> AwardOptions(string? selected = null) =>
        [.. DefaultCatalogue.All.Where(d => d.Basis == LegalBasis.Nd152_2025)
            .Select(d => new SelectListItem($"{d.Name} ({d.Code})", d.Code, d.Code == selected))];
}
