using System.Globalization;
using Tdkt.Domain.Common;

namespace Tdkt.Domain.Certificates;

/// <summary>What can be placed on a certificate (bằng, giấy khen, giấy chứng nhận), in print order.</summary>
public enum CertificateField
{
    Emblem,
    NationalTitle,
    Motto,
    Issuer,
    Present,
    FormName,
    Recipient,
    Details,
    Achievement,
    DecisionNumber,
    DecisionDate,
    GoldenBook,
    PlaceDate,
    SignerCapacity,
    SignerTitle,
    SignerName,
    QrCode,
}

public enum FieldAlign
{
    Left,
    Center,
    Right,
}

/// <summary>Where one field goes on the A4 landscape sheet. <see cref="XMm"/> is the anchor of the alignment (left edge,
/// centre or right edge), <see cref="YMm"/> the top of the text. <see cref="Size"/> is the font size in points for text,
/// the side in millimetres for the emblem and the QR code (whose X, Y are then the top-left corner, or the centre of
/// the top edge when centred). <see cref="OnBlank"/>: printed in "print on blank" mode (pre-printed forms, phôi).</summary>
public sealed record FieldPosition(CertificateField Field, decimal XMm, decimal YMm, decimal Size, FieldAlign Align, bool OnBlank);

/// <summary>A4 landscape layout of a certificate (ND 98/2023 Art 104 sample, carried by ND 152/2025: UNVERIFIED) and the
/// rules for editing it. Pure: positions in millimetres, no rendering.</summary>
public static class CertificateLayout
{
    public const decimal PageWidthMm = 297m;
    public const decimal PageHeightMm = 210m;
    public const decimal MinFontPt = 6m;
    public const decimal MaxFontPt = 72m;
    public const decimal PointMm = 0.3528m;

    /// <summary>Width allowed for wrapping fields (details, achievement); other fields stay on one line.</summary>
    public const decimal WrapWidthMm = 235m;

    public static bool IsImage(CertificateField f) => f is CertificateField.Emblem or CertificateField.QrCode;

    public static bool Wraps(CertificateField f) => f is CertificateField.Details or CertificateField.Achievement;

    public static string Label(CertificateField f) => f switch
    {
        CertificateField.Emblem => "Quốc huy / biểu tượng",
        CertificateField.NationalTitle => "Quốc hiệu",
        CertificateField.Motto => "Tiêu ngữ",
        CertificateField.Issuer => "Người tặng (chức danh, cơ quan)",
        CertificateField.Present => "“TẶNG” / “TẶNG DANH HIỆU”",
        CertificateField.FormName => "Tên hình thức khen thưởng",
        CertificateField.Recipient => "Họ tên / tên tập thể được khen",
        CertificateField.Details => "Chức vụ, đơn vị",
        CertificateField.Achievement => "Thành tích",
        CertificateField.DecisionNumber => "Số quyết định",
        CertificateField.DecisionDate => "Ngày quyết định",
        CertificateField.GoldenBook => "Số sổ vàng",
        CertificateField.PlaceDate => "Địa danh, ngày tháng năm",
        CertificateField.SignerCapacity => "Thẩm quyền ký",
        CertificateField.SignerTitle => "Chức vụ người ký",
        CertificateField.SignerName => "Họ tên người ký",
        CertificateField.QrCode => "Mã QR xác minh",
        _ => f.ToString(),
    };

    /// <summary>The built-in layout: emblem, national title and motto on top, the issuer in red, "TẶNG", the form in
    /// red capitals, the recipient, details and achievement centred; decision number, date and số sổ vàng bottom left
    /// under the QR code; place, date, capacity and signer bottom right.</summary>
    public static IReadOnlyList<FieldPosition> Default { get; } =
    [
        new(CertificateField.Emblem, 148.5m, 12m, 22m, FieldAlign.Center, false),
        new(CertificateField.NationalTitle, 148.5m, 36m, 14m, FieldAlign.Center, false),
        new(CertificateField.Motto, 148.5m, 43m, 14m, FieldAlign.Center, false),
        new(CertificateField.Issuer, 148.5m, 54m, 17m, FieldAlign.Center, true),
        new(CertificateField.Present, 148.5m, 65m, 16m, FieldAlign.Center, true),
        new(CertificateField.FormName, 148.5m, 74m, 34m, FieldAlign.Center, false),
        new(CertificateField.Recipient, 148.5m, 93m, 24m, FieldAlign.Center, true),
        new(CertificateField.Details, 148.5m, 106m, 15m, FieldAlign.Center, true),
        new(CertificateField.Achievement, 148.5m, 115m, 15m, FieldAlign.Center, true),
        new(CertificateField.QrCode, 24m, 140m, 26m, FieldAlign.Left, true),
        new(CertificateField.DecisionNumber, 24m, 170m, 12m, FieldAlign.Left, true),
        new(CertificateField.DecisionDate, 24m, 177m, 12m, FieldAlign.Left, true),
        new(CertificateField.GoldenBook, 24m, 184m, 12m, FieldAlign.Left, true),
        new(CertificateField.PlaceDate, 215m, 140m, 13m, FieldAlign.Center, true),
        new(CertificateField.SignerCapacity, 215m, 148m, 13m, FieldAlign.Center, true),
        new(CertificateField.SignerTitle, 215m, 154m, 13m, FieldAlign.Center, true),
        new(CertificateField.SignerName, 215m, 184m, 14m, FieldAlign.Center, true),
    ];

    /// <summary>The default layout with a template's own positions laid over it (fields the template lacks keep the default).</summary>
    public static IReadOnlyList<FieldPosition> Merge(IEnumerable<FieldPosition>? custom)
    {
        var own = (custom ?? []).GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Last());
        return [.. Default.Select(d => own.TryGetValue(d.Field, out var p) ? p : d)];
    }

    /// <summary>Every field must lie inside the A4 landscape sheet (297 × 210 mm), with a readable font size.
    /// <paramref name="fieldPrefix"/> names the form rows ("Fields[3].XMm").</summary>
    public static Result Validate(IReadOnlyList<FieldPosition> fields, string fieldPrefix = "Fields")
    {
        ArgumentNullException.ThrowIfNull(fields);
        for (var i = 0; i < fields.Count; i++)
        {
            var f = fields[i];
            var name = Label(f.Field);
            var key = string.Create(CultureInfo.InvariantCulture, $"{fieldPrefix}[{i}]");
            if (f.XMm < 0 || f.XMm > PageWidthMm)
            {
                return new ValidationError(key + ".XMm", $"Trường “{name}”: hoành độ X phải từ 0 đến 297 mm (khổ A4 ngang); hãy nhập lại.");
            }

            if (f.YMm < 0 || f.YMm > PageHeightMm)
            {
                return new ValidationError(key + ".YMm", $"Trường “{name}”: tung độ Y phải từ 0 đến 210 mm (khổ A4 ngang); hãy nhập lại.");
            }

            if (IsImage(f.Field))
            {
                if (f.Size < 10m || f.Size > 80m)
                {
                    return new ValidationError(key + ".Size", $"Trường “{name}”: cạnh hình phải từ 10 đến 80 mm.");
                }

                var left = f.Align switch { FieldAlign.Center => f.XMm - f.Size / 2, FieldAlign.Right => f.XMm - f.Size, _ => f.XMm };
                if (left < 0 || left + f.Size > PageWidthMm || f.YMm + f.Size > PageHeightMm)
                {
                    return new ValidationError(key + ".XMm", $"Trường “{name}”: hình cạnh {Mm(f.Size)} mm đặt tại ({Mm(f.XMm)}; {Mm(f.YMm)}) bị tràn ra ngoài trang A4 ngang (297 × 210 mm); hãy dời vào trong.");
                }

                continue;
            }

            if (f.Size < MinFontPt || f.Size > MaxFontPt)
            {
                return new ValidationError(key + ".Size", $"Trường “{name}”: cỡ chữ phải từ 6 đến 72 pt.");
            }

            if (f.YMm + f.Size * PointMm > PageHeightMm)
            {
                return new ValidationError(key + ".YMm", $"Trường “{name}”: dòng chữ cỡ {Mm(f.Size)} pt tại Y = {Mm(f.YMm)} mm bị tràn xuống dưới mép trang (210 mm); hãy giảm Y.");
            }
        }

        return Result.Success();
    }

    private static string Mm(decimal v) => v.ToString("0.#", ViFormat.Culture);
}
