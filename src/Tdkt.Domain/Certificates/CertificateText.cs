using System.Globalization;
using System.Text.RegularExpressions;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;

namespace Tdkt.Domain.Certificates;

/// <summary>What one certificate says, independent of where it is printed.</summary>
public sealed record CertificateFacts(
    string IssuingBodyName,
    string SignerTitle,
    string SignerName,
    IReadOnlyList<string> CapacityLines,
    string AwardCode,
    string AwardName,
    LegalBasis Basis,
    SubjectKind Kind,
    string RecipientName,
    string? Gender,
    string? Details,
    string? Achievement,
    string? DecisionWording,
    string DecisionNumber,
    DateOnly DecisionDate,
    int Serial,
    string Place);

/// <summary>The wording of a certificate (ND 98/2023 Art 104 sample): issuer line, "TẶNG" or "TẶNG DANH HIỆU", the form,
/// the recipient, details, achievement, decision number and date, số sổ vàng, place and date, signer.</summary>
public static partial class CertificateText
{
    public const string NationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    private static readonly CultureInfo Vi = ViFormat.Culture;

    public static IReadOnlyDictionary<CertificateField, string> For(CertificateFacts f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new Dictionary<CertificateField, string>
        {
            [CertificateField.NationalTitle] = NationalTitle,
            [CertificateField.Motto] = Motto,
            [CertificateField.Issuer] = IssuerHeading(f.IssuingBodyName, f.SignerTitle),
            [CertificateField.Present] = PresentWord(f.AwardCode, f.Basis),
            [CertificateField.FormName] = f.AwardName.ToUpper(Vi),
            [CertificateField.Recipient] = RecipientLine(f.Kind, f.RecipientName, f.Gender),
            [CertificateField.Details] = f.Details?.Trim() ?? string.Empty,
            [CertificateField.Achievement] = AchievementLine(f.Achievement, f.DecisionWording),
            [CertificateField.DecisionNumber] = "Quyết định số " + f.DecisionNumber,
            [CertificateField.DecisionDate] = "ngày " + ViFormat.Date(f.DecisionDate),
            [CertificateField.GoldenBook] = "Số sổ vàng: " + f.Serial.ToString("00", CultureInfo.InvariantCulture),
            [CertificateField.PlaceDate] = PlaceDate(f.Place, f.DecisionDate),
            [CertificateField.SignerCapacity] = f.CapacityLines.Count > 1 ? f.CapacityLines[0] : string.Empty,
            [CertificateField.SignerTitle] = f.CapacityLines.Count > 0 ? f.CapacityLines[^1] : string.Empty,
            [CertificateField.SignerName] = f.SignerName,
        };
    }

    /// <summary>"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU" for a people's committee (the certificate is given in the name of
    /// its chairman, even when a vice-chairman signs for him); "GIÁM ĐỐC SỞ NỘI VỤ" for a department; otherwise
    /// the signer's office followed by the body.</summary>
    public static string IssuerHeading(string bodyName, string signerTitle)
    {
        ArgumentNullException.ThrowIfNull(bodyName);
        var name = bodyName.Trim();
        var folded = VietnameseText.Fold(name);
        if (folded.StartsWith("ubnd ", StringComparison.Ordinal) || folded.StartsWith("uy ban nhan dan", StringComparison.Ordinal))
        {
            var rest = UbndPrefix().Replace(name, string.Empty);
            return ("Chủ tịch Ủy ban nhân dân " + rest).ToUpper(Vi);
        }

        if (folded.StartsWith("so ", StringComparison.Ordinal))
        {
            return ("Giám đốc " + name).ToUpper(Vi);
        }

        var office = string.IsNullOrWhiteSpace(signerTitle) ? "Thủ trưởng" : signerTitle.Trim();
        return (office + " " + name).ToUpper(Vi);
    }

    /// <summary>"TẶNG DANH HIỆU" for an emulation title (CSTĐ, LĐTT, TTLĐXS…), "TẶNG" for a commendation form
    /// (Giấy khen, Bằng khen, Cờ…).</summary>
    public static string PresentWord(string awardCode, LegalBasis basis)
    {
        var def = DefaultCatalogue.For(awardCode, basis);
        return def.IsSuccess && def.Value!.Category == AwardCategory.EmulationTitle ? "TẶNG DANH HIỆU" : "TẶNG";
    }

    public static string RecipientLine(SubjectKind kind, string name, string? gender) => kind switch
    {
        SubjectKind.Individual => VietnameseText.Fold(gender ?? string.Empty) switch
        {
            "nam" => "Ông " + name.Trim(),
            "nu" => "Bà " + name.Trim(),
            _ => name.Trim(),
        },
        SubjectKind.Household => Documents.DocumentText.SubjectName(kind, name), // never "Hộ gia đình Hộ ông…"
        _ => name.Trim(),
    };

    /// <summary>"Đã có thành tích …": the nominee's achievement when given, else the decision's wording.</summary>
    public static string AchievementLine(string? achievement, string? decisionWording)
    {
        var a = achievement?.Trim().TrimEnd('.');
        if (!string.IsNullOrEmpty(a))
        {
            return VietnameseText.Fold(a).StartsWith("da ", StringComparison.Ordinal) ? Upper1(a) : "Đã có thành tích " + Lower1(a);
        }

        var w = decisionWording?.Trim().TrimEnd('.');
        if (string.IsNullOrEmpty(w))
        {
            return string.Empty;
        }

        var i = VietnameseText.Fold(w).IndexOf("da co thanh tich", StringComparison.Ordinal);
        return i >= 0 ? Upper1(w[i..]) : "Đã có thành tích: " + Lower1(w);
    }

    /// <summary>The locality of a people's committee ("UBND thành phố Lai Châu" → "Lai Châu"); null for other bodies,
    /// whose place is the province's.</summary>
    public static string? PlaceOf(string bodyName)
    {
        var name = bodyName.Trim();
        var rest = UbndPrefix().Replace(name, string.Empty);
        if (rest.Length == name.Length)
        {
            return null;
        }

        rest = LocalityPrefix().Replace(rest, string.Empty).Trim();
        return rest.Length == 0 ? null : rest;
    }

    /// <summary>"Lai Châu, ngày 15 tháng 01 năm 2024".</summary>
    public static string PlaceDate(string place, DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{place}, ngày {date.Day:00} tháng {date.Month:00} năm {date.Year}");

    private static string Upper1(string s) => s.Length == 0 ? s : char.ToUpper(s[0], Vi) + s[1..];

    private static string Lower1(string s) => s.Length == 0 ? s : char.ToLower(s[0], Vi) + s[1..];

    [GeneratedRegex(@"^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex UbndPrefix();

    [GeneratedRegex(@"^(tỉnh|thành phố|huyện|thị xã|xã|phường|thị trấn|đặc khu)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LocalityPrefix();
}
