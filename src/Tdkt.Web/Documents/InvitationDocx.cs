using Tdkt.Domain.Common;
using Tdkt.Domain.Conferences;
using static Tdkt.Web.Documents.Nd30;

namespace Tdkt.Web.Documents;

public sealed record InvitationDocxModel(ConferenceEvent Event, string OrganiserName, string? OrganiserParentName,
    IReadOnlyList<EventDelegate> Delegates, DateOnly Today);

/// <summary>
/// Giấy mời per Decree 30/2020 (Nd30 header and signature): one page per delegate, merged into one document
/// (or a single delegate). Names the person, the event, its time and venue.
/// </summary>
public static class InvitationDocx
{
    public static byte[] Build(InvitationDocxModel m) => Nd30.Document(body =>
    {
        var e = m.Event;
        for (var i = 0; i < m.Delegates.Count; i++)
        {
            var d = m.Delegates[i];
            if (i > 0)
            {
                body.Append(PageBreak());
            }

            body.Append(HeaderBlock(m.OrganiserParentName, m.OrganiserName, "Số:      /GM-UBND", PlaceDate(m.OrganiserName, m.Today, m.Today.Year)));
            body.Append(Para(string.Empty));
            body.Append(Para("GIẤY MỜI", bold: true, size: 28, center: true));
            body.Append(Para("Dự " + e.Title, bold: true, size: 28, center: true));
            body.Append(Para(string.Empty));
            var who = d.FullName + (d.Position is null ? string.Empty : " - " + d.Position) + (d.UnitName is null ? string.Empty : ", " + d.UnitName);
            body.Append(Para("Kính gửi: " + who, center: true));
            body.Append(Para(string.Empty));
            body.Append(Para($"{m.OrganiserName} trân trọng kính mời {who} tới dự {e.Title}.", indent: true, justify: true));
            body.Append(Para("Thời gian: " + TimeLine(e), indent: true, justify: true));
            body.Append(Para("Địa điểm: " + (e.Venue ?? "(sẽ thông báo sau)"), indent: true, justify: true));
            if (e.Agenda.Count > 0)
            {
                body.Append(Para("Nội dung: " + string.Join("; ", e.Agenda) + ".", indent: true, justify: true));
            }

            body.Append(Para("Rất mong đồng chí tới dự đúng thời gian./.", indent: true, justify: true));
            body.Append(SignatureBlock(["- Như trên;", "- Lưu: VT."], ["TM. " + Authority(m.OrganiserName), "CHỦ TỊCH"], null));
        }
    });

    /// <summary>The exact date when fixed ("ngày 15/12/2023"), else the time as the plan writes it.</summary>
    public static string TimeLine(ConferenceEvent e) =>
        e.ExactDate is { } d ? (e.Duration is null ? string.Empty : e.Duration + ", ") + $"ngày {ViFormat.Date(d)}" : e.TimeText;
}
