using System.Globalization;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;
using Tdkt.Domain.Documents;
using static Tdkt.Web.Documents.Nd30;

namespace Tdkt.Web.Documents;

/// <summary>One line of the nominee's record: a year's rating or title, an award received, an initiative.</summary>
public sealed record AchievementFact(int Year, string Text, string? Decision);

/// <summary>What the product knows of a nominee, for the báo cáo thành tích form (pre-filled; the nominee completes it).</summary>
public sealed record AchievementReportModel(AchievementReportForm Form, IssuingBody Unit, SubjectKind Kind, string Name, int? BirthYear,
    string? Gender, string? Ethnicity, string? Position, string? WorkUnit, string? Address, string AwardName, string Period,
    string? Achievement, IReadOnlyList<AchievementFact> Ratings, IReadOnlyList<AchievementFact> Awards, IReadOnlyList<AchievementFact> Initiatives,
    int Year);

/// <summary>
/// The báo cáo thành tích (Decree 152/2025 appendix form chosen by <see cref="AchievementReportForm.For"/>) as a
/// Decree-30-valid .docx: the unit's header, the motto, "BÁO CÁO THÀNH TÍCH" with its purpose, sections I–III
/// pre-filled (sơ lược lý lịch or đặc điểm, thành tích, danh hiệu and khen thưởng already received), and the two
/// signatures (the reporter; the head confirming). Blanks are dotted lines for the nominee to complete.
/// </summary>
public static class AchievementReportDocx
{
    private const string Blank = "……………………………………………";

    public static byte[] Build(AchievementReportModel m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var f = m.Form;
        var collective = f.Subject != AchievementSubject.Individual;
        return Document(body =>
        {
            body.Append(HeaderBlock(m.Unit, string.Empty, PlaceDate(m.Unit, null, m.Year)));
            Title(body, "BÁO CÁO THÀNH TÍCH", $"{Capital(f.Purpose)}: {m.AwardName}");
            body.Append(Para(string.Create(CultureInfo.InvariantCulture, $"(Mẫu số {f.Number} — Phụ lục kèm theo Nghị định số 152/2025/NĐ-CP; thời gian lập thành tích: {m.Period})"),
                italic: true, center: true, size: 24));
            body.Append(Para((f.Subject switch
            {
                AchievementSubject.Individual => "Họ và tên: ",
                AchievementSubject.Household => string.Empty, // "Hộ gia đình Giàng A Páo": never "Hộ gia đình: Hộ gia đình …"
                _ => "Tên tập thể đề nghị: ",
            }) + DocumentText.SubjectName(m.Kind, m.Name), bold: true, indent: true));

            body.Append(Para(f.Subject switch
            {
                AchievementSubject.Individual => "I. SƠ LƯỢC LÝ LỊCH",
                AchievementSubject.Household => "I. SƠ LƯỢC VỀ HỘ GIA ĐÌNH",
                _ => "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH",
            }, bold: true, before: 120));
            foreach (var line in Profile(m))
            {
                body.Append(Para(line, indent: true, justify: true));
            }

            body.Append(Para("II. THÀNH TÍCH ĐẠT ĐƯỢC", bold: true, before: 120));
            body.Append(Para(collective ? "1. Chức năng, nhiệm vụ và kết quả thực hiện:" : "1. Quyền hạn, nhiệm vụ được giao:", indent: true));
            body.Append(Para(Blank, indent: true));
            body.Append(Para(f.Number switch
            {
                "05" => "2. Thành tích đột xuất (hoàn cảnh, việc làm, kết quả, phạm vi ảnh hưởng):",
                "07" => "2. Thành tích trong đợt thi đua, chuyên đề:",
                "06" => "2. Quá trình công tác, cống hiến:",
                _ => "2. Thành tích đạt được:",
            }, indent: true));
            body.Append(Para(string.IsNullOrWhiteSpace(m.Achievement) ? Blank : m.Achievement.Trim(), indent: true, justify: true));
            if (m.Initiatives.Count > 0 || !collective)
            {
                body.Append(Para("3. Sáng kiến, đề tài khoa học đã được công nhận:", indent: true));
                body.Append(Facts(["Năm", "Tên sáng kiến, đề tài", "Phạm vi"], m.Initiatives));
            }

            body.Append(Para("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG", bold: true, before: 120));
            body.Append(Para("1. Danh hiệu thi đua, kết quả đánh giá, xếp loại:", indent: true));
            body.Append(Facts(["Năm", "Danh hiệu thi đua, xếp loại", "Số, ngày quyết định"], m.Ratings));
            body.Append(Para("2. Hình thức khen thưởng:", indent: true));
            body.Append(Facts(["Năm", "Hình thức khen thưởng", "Số, ngày quyết định"], m.Awards));
            if (f.Note is { } note)
            {
                body.Append(Para("Ghi chú: " + note, italic: true, size: 22, justify: true, before: 120));
            }

            if (body.LastChild is DocumentFormat.OpenXml.Wordprocessing.Paragraph last)
            {
                KeepWithNext(last);
            }

            body.Append(Signatures(f.Subject));
        });
    }

    private static IEnumerable<string> Profile(AchievementReportModel m)
    {
        switch (m.Form.Subject)
        {
            case AchievementSubject.Individual:
                yield return "- Họ và tên: " + m.Name + (string.IsNullOrWhiteSpace(m.Gender) ? string.Empty : "; giới tính: " + m.Gender);
                yield return "- Năm sinh: " + (m.BirthYear?.ToString(CultureInfo.InvariantCulture) ?? Blank) + "; dân tộc: " + (m.Ethnicity ?? Blank);
                yield return "- Quê quán: " + Blank;
                yield return "- Trú quán: " + (m.Address ?? Blank);
                yield return "- Đơn vị công tác: " + (m.WorkUnit ?? m.Unit.UnitName);
                yield return "- Chức vụ (Đảng, chính quyền, đoàn thể): " + (m.Position ?? Blank);
                yield return "- Trình độ chuyên môn, nghiệp vụ; lý luận chính trị: " + Blank;
                break;
            case AchievementSubject.Household:
                yield return "- Chủ hộ: " + m.Name;
                yield return "- Địa chỉ: " + (m.Address ?? Blank);
                yield return "- Số nhân khẩu: " + Blank + "; nghề nghiệp chính: " + Blank;
                break;
            default:
                yield return "- Tên tập thể: " + m.Name;
                yield return "- Địa chỉ, đơn vị quản lý: " + (m.WorkUnit ?? m.Unit.UnitName);
                yield return "- Số thành viên (cán bộ, công chức, viên chức, người lao động): " + Blank;
                yield return "- Cơ cấu tổ chức, chức năng, nhiệm vụ được giao: " + Blank;
                break;
        }
    }

    private static DocumentFormat.OpenXml.Wordprocessing.Table Facts(IReadOnlyList<string> headers, IReadOnlyList<AchievementFact> facts)
    {
        IReadOnlyList<IReadOnlyList<string>> rows = facts.Count == 0
            ? [[string.Empty, Blank, string.Empty]]
            : [.. facts.OrderBy(x => x.Year).Select(x => (IReadOnlyList<string>)[x.Year.ToString(CultureInfo.InvariantCulture), x.Text, x.Decision ?? string.Empty])];
        return Grid(headers, [1200, 5155, 3000], rows);
    }

    private static DocumentFormat.OpenXml.Wordprocessing.Table Signatures(AchievementSubject subject)
    {
        const int half = TextWidth / 2;
        var (left, right) = subject switch
        {
            AchievementSubject.Individual => ("THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ", "NGƯỜI BÁO CÁO THÀNH TÍCH"),
            AchievementSubject.Household => ("XÁC NHẬN CỦA ỦY BAN NHÂN DÂN XÃ, PHƯỜNG", "CHỦ HỘ"),
            _ => ("XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG", "THỦ TRƯỞNG ĐƠN VỊ"),
        };
        var row = new DocumentFormat.OpenXml.Wordprocessing.TableRow(
            new DocumentFormat.OpenXml.Wordprocessing.TableRowProperties(new DocumentFormat.OpenXml.Wordprocessing.CantSplit()),
            new DocumentFormat.OpenXml.Wordprocessing.TableCell(CellProps(half), Para(left, bold: true, size: 26, center: true, before: 240),
                Para("(Ký, đóng dấu)", italic: true, size: 26, center: true), Para(string.Empty), Para(string.Empty)),
            new DocumentFormat.OpenXml.Wordprocessing.TableCell(CellProps(TextWidth - half), Para(right, bold: true, size: 26, center: true, before: 240),
                Para("(Ký, ghi rõ họ và tên)", italic: true, size: 26, center: true), Para(string.Empty), Para(string.Empty)));
        return Table([half, TextWidth - half], borders: false, row);
    }

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpper(s[0], ViFormat.Culture) + s[1..];
}
