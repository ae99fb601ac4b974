using System.Globalization;
using System.Text.RegularExpressions;
using Tdkt.Domain.Common;
using Tdkt.Domain.Documents;
using Tdkt.Domain.Organizations;
using Tdkt.Domain.Planning;
using static Tdkt.Web.Documents.Nd30;

namespace Tdkt.Web.Documents;

/// <summary>What the exporter needs of a plan, already loaded and scoped. <paramref name="Today"/> is not printed: a
/// plan carries its own date (<see cref="Plan.IssuedOn"/>) or a blank day for the clerk.</summary>
public sealed record PlanDocxModel(Plan Plan, string OwnerName, string? OwnerParentName,
    IReadOnlyList<PlanDocxTask> Tasks, DateOnly Today, OrgUnitKind? OwnerKind = null);

public sealed record PlanDocxTask(int Order, string Content, string Lead, string Coordinating, string Timeframe);

/// <summary>
/// A plan as a .docx laid out per Decree 30/2020/NĐ-CP (Phụ lục I, shared pieces in <see cref="Nd30"/>): header block,
/// title "KẾ HOẠCH" with the line, căn cứ, sections numbered I., II., III., signature and "Nơi nhận", and the task table
/// as an annex starting on a new page (page break before its title, so no blank page).
/// </summary>
public static partial class PlanDocx
{
    public static byte[] Build(PlanDocxModel m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var owner = IssuingBody.Of(m.OwnerName, m.OwnerKind, m.OwnerParentName);
        var p = m.Plan;
        var number = string.IsNullOrWhiteSpace(p.Number) ? DocumentNumber.Format(null, "KH", owner.Symbol) : DocumentNumber.Normalize(p.Number);
        return Document(body =>
        {
            body.Append(HeaderBlock(owner, "Số: " + number, PlaceDate(owner, p.IssuedOn, p.Year)));
            Title(body, "KẾ HOẠCH", p.Title);
            body.Append(Para(string.Empty, after: 0));
            for (var i = 0; i < p.LegalBases.Count; i++)
            {
                var basis = p.LegalBases[i].Trim().TrimEnd(';', '.', ' ');
                if (!basis.StartsWith("Căn cứ", StringComparison.OrdinalIgnoreCase))
                {
                    basis = "Căn cứ " + char.ToLower(basis[0], ViFormat.Culture) + basis[1..];
                }

                body.Append(Ground(basis + (i == p.LegalBases.Count - 1 ? "." : ";")));
            }

            var roman = 0;
            foreach (var section in p.Sections)
            {
                var heading = section.Heading.Trim();
                heading = RomanPrefix().IsMatch(heading) ? heading : $"{Roman(++roman)}. {heading}";
                body.Append(Para(heading.ToUpper(ViFormat.Culture), bold: true, justify: true, before: 120));
                foreach (var line in section.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    body.Append(Para(line, indent: true, justify: true));
                }
            }

            if (m.Tasks.Count > 0)
            {
                body.Append(Para("(Có nội dung nhiệm vụ kèm theo)", italic: true, indent: true));
            }

            var capacity = SignatureCapacity.Lines(owner.Kind, SignatureCapacity.HeadOffice(owner.Kind), owner.IsCommittee).Value!;
            Sign(body, ["- Như trên;", "- Lưu: VT."], capacity, null);

            if (m.Tasks.Count > 0)
            {
                body.Append(NewPage(Para("Phụ lục", bold: true, center: true, after: 0)));
                body.Append(Para("NỘI DUNG NHIỆM VỤ VÀ THỜI GIAN THỰC HIỆN", bold: true, center: true, after: 0));
                var date = p.IssuedOn is { } d ? " " + DocumentText.LongDate(d) : string.Empty;
                body.Append(Para($"(Kèm theo Kế hoạch số {number}{date} của {owner.FullName})", italic: true, center: true, after: 0));
                body.Append(Line(TextWidth, 1800));
                body.Append(Para(string.Empty, after: 0));
                body.Append(Grid(["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"], [700, 3755, 1600, 1800, 1500],
                    m.Tasks.Select(t => (IReadOnlyList<string>)[t.Order.ToString(CultureInfo.InvariantCulture), t.Content, t.Lead, t.Coordinating, t.Timeframe])));
            }
        });
    }

    /// <summary>"Lai Châu" from "UBND thành phố Lai Châu": the place line of the header.</summary>
    public static string PlaceOf(string ownerName) => IssuingBody.Of(ownerName, null, null).Place;

    private static string Roman(int n) => n switch
    {
        1 => "I", 2 => "II", 3 => "III", 4 => "IV", 5 => "V", 6 => "VI", 7 => "VII", 8 => "VIII", 9 => "IX", 10 => "X",
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    [GeneratedRegex(@"^[IVX]+\.\s", RegexOptions.None, 1000)]
    private static partial Regex RomanPrefix();
}
