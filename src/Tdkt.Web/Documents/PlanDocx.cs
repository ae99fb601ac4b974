using System.Globalization;
using Tdkt.Domain.Common;
using Tdkt.Domain.Planning;
using static Tdkt.Web.Documents.Nd30;

namespace Tdkt.Web.Documents;

/// <summary>What the exporter needs of a plan, already loaded and scoped.</summary>
public sealed record PlanDocxModel(Plan Plan, string OwnerName, string? OwnerParentName,
    IReadOnlyList<PlanDocxTask> Tasks, DateOnly Today);

public sealed record PlanDocxTask(int Order, string Content, string Lead, string Coordinating, string Timeframe);

/// <summary>
/// A plan as a .docx laid out per Decree 30/2020/NĐ-CP (Phụ lục I, shared pieces in <see cref="Nd30"/>): header block,
/// title "KẾ HOẠCH", body, signature and "Nơi nhận", and the task table as an annex on its own page.
/// </summary>
public static class PlanDocx
{
    public static byte[] Build(PlanDocxModel m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return Document(body =>
        {
            var p = m.Plan;
            var number = "Số: " + (string.IsNullOrWhiteSpace(p.Number) ? "     /KH-UBND" : p.Number.Replace("Số:", string.Empty, StringComparison.OrdinalIgnoreCase).Trim());
            body.Append(HeaderBlock(m.OwnerParentName, m.OwnerName, number, PlaceDate(m.OwnerName, p.IssuedOn, p.Year)));
            body.Append(Para(string.Empty));
            body.Append(Para("KẾ HOẠCH", bold: true, size: 28, center: true));
            body.Append(Para(p.Title, bold: true, size: 28, center: true));
            body.Append(Para(string.Empty));

            foreach (var basis in p.LegalBases)
            {
                body.Append(Para(basis, indent: true, justify: true, italic: false));
            }

            foreach (var section in p.Sections)
            {
                body.Append(Para(section.Heading.ToUpper(ViFormat.Culture), bold: true, justify: true));
                foreach (var line in section.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    body.Append(Para(line, indent: true, justify: true));
                }
            }

            if (m.Tasks.Count > 0)
            {
                body.Append(Para("(Có nội dung nhiệm vụ kèm theo)", italic: true, indent: true));
            }

            body.Append(SignatureBlock(["- Như trên;", "- Lưu: VT."], ["TM. " + Authority(m.OwnerName), "CHỦ TỊCH"], null));

            if (m.Tasks.Count > 0)
            {
                body.Append(PageBreak());
                body.Append(Para("Phụ lục", bold: true, center: true));
                body.Append(Para("NỘI DUNG NHIỆM VỤ VÀ THỜI GIAN THỰC HIỆN", bold: true, center: true));
                body.Append(Para($"(Kèm theo Kế hoạch {NumberText(p.Number)} của {m.OwnerName})", italic: true, center: true));
                body.Append(Grid(["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"], [700, 3900, 1600, 1800, 1400],
                    m.Tasks.Select(t => (IReadOnlyList<string>)[t.Order.ToString(CultureInfo.InvariantCulture), t.Content, t.Lead, t.Coordinating, t.Timeframe])));
            }
        });
    }

    /// <summary>"Phong Thổ" from "UBND huyện Phong Thổ": the place line of the header.</summary>
    public static string PlaceOf(string ownerName) => Nd30.PlaceOf(ownerName);

    private static string NumberText(string? number) =>
        string.IsNullOrWhiteSpace(number) ? "số     /KH-UBND" : (number.StartsWith("Số", StringComparison.OrdinalIgnoreCase) ? number : "số " + number);
}
