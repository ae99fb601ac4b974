using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using Tdkt.Domain.Common;
using Tdkt.Domain.Council;
using Tdkt.Domain.Documents;
using Tdkt.Web.Documents;

namespace Tdkt.Web.Pages.Council;

/// <summary>Biên bản họp Hội đồng Thi đua - Khen thưởng and biên bản kiểm phiếu, in the Decree 30 layout: attendance,
/// quorum, ballot kind, per nominee the agree/disagree counts against ALL members and the outcome. For a secret ballot
/// only the counts appear, never who voted how.</summary>
public static class CouncilMinutesDocument
{
    // voteDay: the day the council voted; the minutes are dated that day.
    public static byte[] Build(SessionView v, string? parentName, DateOnly voteDay)
    {
        ArgumentNullException.ThrowIfNull(v);
        var s = v.Session;
        var council = new IssuingBody("Hội đồng Thi đua - Khen thưởng", BodyKind.ServiceUnit, v.UnitName);
        var placeDate = Nd30.PlaceDate(council, voteDay, voteDay.Year);
        // Who actually presided: the chairman, or the designated vice-chairman when the chairman was absent.
        var chair = CouncilPresiding.Choose(v.Roster, r => r.Office, r => r.Present);
        var secretary = v.Roster.FirstOrDefault(r => r.Office == CouncilOffice.Secretary);
        var voted = v.Agenda.Where(a => a.Passed is not null).ToList();
        var absentWritten = v.Roster.Where(r => !r.Present && r.WrittenOpinion).ToList();
        // Ban kiểm phiếu of a secret ballot, elected at the session: the head first.
        var counters = s.CountingCommittee.Select(id => v.Roster.FirstOrDefault(r => r.MemberId == id)).OfType<RosterLine>().ToList();
        return Nd30.Document(body =>
        {
            body.Append(Nd30.HeaderBlock(council, "Số: " + DocumentNumber.Format(null, "BB", "HĐTĐKT"), placeDate));
            Nd30.Title(body, "BIÊN BẢN", "Họp Hội đồng Thi đua - Khen thưởng " + Of(v.UnitName));
            body.Append(Nd30.Para(s.Title, italic: true, center: true));
            body.Append(Nd30.Para($"Thời gian: ngày {ViFormat.Date(voteDay)}. Địa điểm: {s.Place}.", indent: true, justify: true));
            body.Append(Nd30.Para(string.Create(CultureInfo.InvariantCulture,
                $"Tổng số thành viên Hội đồng: {v.Roster.Count}; có mặt: {v.Present}; vắng mặt: {v.Roster.Count - v.Present} (có ý kiến bằng văn bản: {absentWritten.Count})."),
                indent: true, justify: true));
            body.Append(Nd30.Para(string.Create(CultureInfo.InvariantCulture,
                $"Số thành viên có mặt {(v.QuorumMet ? "bảo đảm" : "không bảo đảm")} tỷ lệ tối thiểu {s.Quorum.Vietnamese()} tổng số thành viên Hội đồng theo quy định."),
                indent: true, justify: true));
            body.Append(Nd30.Para("Chủ trì: " + (chair is null ? "" : $"{chair.Name}, {chair.Position}") + ". Thư ký: " + (secretary?.Name ?? "") + ".", indent: true));
            body.Append(Nd30.Para("I. THÀNH VIÊN HỘI ĐỒNG", bold: true));
            body.Append(Nd30.Grid(["STT", "Họ và tên", "Chức danh trong Hội đồng", "Dự họp"], [700, 3200, 3255, 2200],
                v.Roster.Select((r, i) => (IReadOnlyList<string>)[(i + 1).ToString(CultureInfo.InvariantCulture), r.Name, r.Office.Vietnamese(),
                    r.Present ? "Có mặt" : r.WrittenOpinion ? "Vắng, có ý kiến bằng văn bản" : "Vắng mặt"])));
            body.Append(Nd30.Para("II. NỘI DUNG", bold: true));
            body.Append(Nd30.Para(string.Create(CultureInfo.InvariantCulture,
                $"Hội đồng xem xét {v.Agenda.Count} đối tượng đề nghị khen thưởng đã được thẩm định và tiến hành {(s.SecretBallot ? "bỏ phiếu kín" : "biểu quyết công khai")}. Tỷ lệ phiếu đồng ý được tính trên tổng số thành viên Hội đồng (kể cả ý kiến bằng văn bản của thành viên vắng mặt)."),
                indent: true, justify: true));
            if (s.SecretBallot)
            {
                body.Append(Nd30.Para("Hội đồng bầu Ban kiểm phiếu tại phiên họp, gồm: " + CountersText(counters) + ".", indent: true, justify: true));
            }

            body.Append(ResultGrid(v.Agenda));
            foreach (var b in v.Agenda.Where(a => a.BlockedReason is not null))
            {
                body.Append(Nd30.Para($"{b.Name}: chưa bỏ phiếu — {b.BlockedReason}", italic: true, indent: true));
            }

            if (!s.SecretBallot && v.OpenVotes.Count > 0)
            {
                body.Append(Nd30.Para("Ý kiến biểu quyết của từng thành viên (biểu quyết công khai):", indent: true));
                body.Append(Nd30.Grid(["Đối tượng", "Thành viên", "Ý kiến"], [3800, 3555, 2000],
                    v.OpenVotes.Select(o => (IReadOnlyList<string>)[v.Agenda.First(a => a.NomineeId == o.NomineeId).Name, o.Member, o.Agree ? "Đồng ý" : "Không đồng ý"])));
            }

            body.Append(Nd30.Para("III. KẾT LUẬN", bold: true));
            body.Append(Nd30.Para(string.Create(CultureInfo.InvariantCulture,
                $"Đạt tỷ lệ phiếu đề nghị khen thưởng: {voted.Count(a => a.Passed == true)} đối tượng; không đạt: {voted.Count(a => a.Passed == false)} đối tượng. Thường trực Hội đồng hoàn thiện hồ sơ trình cấp có thẩm quyền quyết định."),
                indent: true, justify: true));
            KeepSigned(body, chair, secretary);

            // Biên bản kiểm phiếu
            body.Append(Nd30.NewPage(Nd30.Para(string.Empty, after: 0)));
            body.Append(Nd30.HeaderBlock(council, string.Empty, placeDate));
            Nd30.Title(body, "BIÊN BẢN KIỂM PHIẾU", null);
            body.Append(Nd30.Para(s.Title, italic: true, center: true));
            var ballots = v.Present + absentWritten.Count;
            body.Append(Nd30.Para(string.Create(CultureInfo.InvariantCulture,
                $"Số phiếu phát ra: {v.Present}; số phiếu thu về (kể cả {absentWritten.Count} phiếu bằng văn bản của thành viên vắng mặt): {ballots}. Tổng số thành viên Hội đồng: {v.Roster.Count}. Hình thức: {(s.SecretBallot ? "bỏ phiếu kín" : "biểu quyết công khai")}."),
                indent: true, justify: true));
            if (s.SecretBallot)
            {
                body.Append(Nd30.Para("Ban kiểm phiếu: " + CountersText(counters) + ".", indent: true, justify: true));
            }

            body.Append(ResultGrid(v.Agenda));
            body.Append(Nd30.Para("Biên bản kiểm phiếu được lập và công bố tại phiên họp.", indent: true));
            if (s.SecretBallot && counters.Count > 0)
            {
                Nd30.KeepWithNext((Paragraph)body.Elements().Last());
                body.Append(CounterSignatures(counters));
            }
            else
            {
                KeepSigned(body, chair, secretary);
            }
        });
    }

    private static string CountersText(IReadOnlyList<RosterLine> counters) => counters.Count == 0
        ? "(chưa ghi)"
        : string.Join("; ", counters.Select((c, i) => $"{c.Name} — {(i == 0 ? "Trưởng ban" : "Ủy viên")}"));

    /// <summary>The vote-count record is signed by the committee: its head, then the members, two to a row.</summary>
    private static Table CounterSignatures(IReadOnlyList<RosterLine> counters)
    {
        const int half = Nd30.TextWidth / 2;
        var cells = counters.Select((c, i) => new TableCell(Nd30.CellProps(half),
            Nd30.Para(i == 0 ? "TRƯỞNG BAN KIỂM PHIẾU" : "ỦY VIÊN BAN KIỂM PHIẾU", bold: true, center: true, before: 240), Nd30.Para(string.Empty),
            Nd30.Para(string.Empty), Nd30.Para(c.Name, bold: true, center: true))).ToList();
        var rows = cells.Chunk(2).Select(pair =>
        {
            var row = new TableRow(new TableRowProperties(new CantSplit()));
            row.Append(pair);
            if (pair.Length == 1)
            {
                row.Append(new TableCell(Nd30.CellProps(Nd30.TextWidth - half), Nd30.Para(string.Empty)));
            }

            return row;
        }).ToArray();
        return Nd30.Table([half, Nd30.TextWidth - half], borders: false, rows);
    }

    private static Table ResultGrid(IReadOnlyList<AgendaLine> agenda) => Nd30.Grid(
        ["STT", "Đối tượng", "Hình thức", "Đồng ý", "Không đồng ý", "Tỷ lệ đồng ý / tổng số thành viên", "Kết quả"],
        [600, 2255, 1900, 900, 1000, 1500, 1200],
        agenda.Select((a, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(CultureInfo.InvariantCulture), a.Name, a.AwardName,
            a.Agree?.ToString(CultureInfo.InvariantCulture) ?? "—", a.Disagree?.ToString(CultureInfo.InvariantCulture) ?? "—",
            a.Agree is { } y && a.Total is { } t and > 0
                ? string.Create(CultureInfo.InvariantCulture, $"{y}/{t} ({Math.Round(y * 100m / t, 1).ToString("0.#", ViFormat.Culture)}%; cần {a.ThresholdPercent.ToString("0.#", ViFormat.Culture)}%)")
                : "—",
            a.Passed switch { true => "Đạt", false => "Không đạt", null => "Chưa bỏ phiếu" },
        ]));

    /// <summary>The signatures never alone on a page: the last paragraph keeps with them, their row never splits.</summary>
    private static void KeepSigned(DocumentFormat.OpenXml.Wordprocessing.Body body, RosterLine? chair, RosterLine? secretary)
    {
        if (body.Elements().LastOrDefault() is Paragraph last)
        {
            Nd30.KeepWithNext(last);
        }

        body.Append(Signatures(chair, secretary));
    }

    private static Table Signatures(RosterLine? chair, RosterLine? secretary)
    {
        const int half = Nd30.TextWidth / 2;
        var cells = new TableRow(
            new TableCell(Nd30.CellProps(half), Nd30.Para("THƯ KÝ HỘI ĐỒNG", bold: true, center: true, before: 240), Nd30.Para(string.Empty), Nd30.Para(string.Empty),
                Nd30.Para(secretary?.Name ?? string.Empty, bold: true, center: true)),
            new TableCell(Nd30.CellProps(Nd30.TextWidth - half), Nd30.Para(chair is null || chair.Office == CouncilOffice.Chair ? "CHỦ TỊCH HỘI ĐỒNG" : "CHỦ TRÌ PHIÊN HỌP",
                bold: true, center: true, before: 240),
                Nd30.Para(chair is null || chair.Office == CouncilOffice.Chair ? string.Empty : chair.Office.Vietnamese(), italic: true, center: true), Nd30.Para(string.Empty),
                Nd30.Para(chair?.Name ?? string.Empty, bold: true, center: true)));
        cells.PrependChild(new TableRowProperties(new CantSplit()));
        return Nd30.Table([half, Nd30.TextWidth - half], borders: false, cells);
    }

    private static string Of(string unitName) =>
        unitName.StartsWith("UBND ", StringComparison.OrdinalIgnoreCase) ? unitName[5..] : unitName;
}
