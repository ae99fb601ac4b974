using Tdkt.Domain.Common;
using Tdkt.Domain.Conferences;
using Tdkt.Domain.Documents;
using Tdkt.Domain.Organizations;
using static Tdkt.Web.Documents.Nd30;

namespace Tdkt.Web.Documents;

/// <summary>What a giấy mời needs. <paramref name="Today"/> is not printed: the invitation carries the date the
/// organiser sets (<paramref name="IssuedOn"/>), else a blank day in the event's year for the clerk to fill in.</summary>
public sealed record InvitationDocxModel(ConferenceEvent Event, string OrganiserName, string? OrganiserParentName,
    IReadOnlyList<EventDelegate> Delegates, DateOnly Today, OrgUnitKind? OrganiserKind = null, DateOnly? IssuedOn = null, DocumentProfile? Profile = null);

/// <summary>
/// Giấy mời per Decree 30/2020 (Nd30 header and signature): one page per delegate, merged into one document
/// (or a single delegate). Names the person, the event, its day and venue; refused without a concrete day and venue.
/// </summary>
public static class InvitationDocx
{
    public static Result<byte[]> Build(InvitationDocxModel m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var e = m.Event;
        if (e.ExactDate is null)
        {
            return new ValidationError("ExactDate",
                $"Chưa in được giấy mời: sự kiện mới ghi thời gian “{e.TimeText}”. Hãy nhập “Ngày tổ chức” cụ thể (và giờ bắt đầu, ví dụ “08 giờ 00”) trên trang sự kiện rồi in lại.");
        }

        if (string.IsNullOrWhiteSpace(e.Venue))
        {
            return new ValidationError("Venue", "Chưa in được giấy mời: hãy nhập “Địa điểm” tổ chức trên trang sự kiện rồi in lại.");
        }

        var organiser = IssuingBody.Of(m.OrganiserName, m.OrganiserKind, m.OrganiserParentName);
        var profile = m.Profile ?? DocumentProfile.Default(DocumentKind.Invitation, organiser);
        var capacity = profile.Capacity(SignatureCapacity.Lines(organiser.Kind, SignatureCapacity.HeadOffice(organiser.Kind), organiser.IsCommittee).Value!, organiser.Kind);
        return Document(body =>
        {
            for (var i = 0; i < m.Delegates.Count; i++)
            {
                var d = m.Delegates[i];
                var header = HeaderBlock(organiser, "Số: " + DocumentNumber.Format(null, "GM", organiser.Symbol), PlaceDate(organiser, m.IssuedOn, e.ExactDate.Value.Year));
                if (i > 0)
                {
                    body.Append(NewPage(Para(string.Empty, after: 0)));
                }

                body.Append(header);
                Title(body, "GIẤY MỜI", "Dự " + e.Title);
                var who = DocumentText.JoinUnique(d.FullName, d.Position, d.UnitName);
                body.Append(Para("Kính gửi: " + who + ".", center: true, before: 240, after: 240));
                body.Append(Para($"{organiser.FullName} trân trọng kính mời {who} tới dự {e.Title}.", indent: true, justify: true));
                body.Append(Para("Thời gian: " + TimeLine(e) + ".", indent: true, justify: true));
                body.Append(Para("Địa điểm: " + e.Venue!.Trim().TrimEnd('.') + ".", indent: true, justify: true));
                if (e.Agenda.Count > 0)
                {
                    body.Append(Para("Nội dung: " + string.Join("; ", e.Agenda) + ".", indent: true, justify: true));
                }

                body.Append(Para("Rất mong đồng chí tới dự đúng thời gian./.", indent: true, justify: true));
                Sign(body, profile.Recipients, capacity, null);
            }
        });
    }

    /// <summary>"08 giờ 00, ngày 15/12/2023": the exact date with the duration or time the event records.</summary>
    public static string TimeLine(ConferenceEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.ExactDate is { } d ? (e.Duration is null ? string.Empty : e.Duration + ", ") + $"ngày {ViFormat.Date(d)}" : e.TimeText;
    }
}
