using System.Globalization;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;
using Tdkt.Domain.Documents;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using static Tdkt.Web.Documents.Nd30;

namespace Tdkt.Web.Documents;

/// <summary>One line of a list (tờ trình or danh sách kèm theo quyết định).</summary>
public sealed record ListLine(SubjectKind Kind, string Name, string Details, string AwardName, decimal Amount, string? Achievement = null);

/// <summary>What a tờ trình says, built from the dossier (see <see cref="DocumentSources"/>).</summary>
public sealed record SubmissionModel(IssuingBody Proposer, IssuingBody Receiver, string? Number, DateOnly? Date, int Year,
    string Context, IReadOnlyList<ListLine> Lines, IReadOnlyList<string> Capacity, string? SignerName, DocumentProfile? Profile = null)
{
    /// <summary>The province's settings for this body's tờ trình, else the defaults.</summary>
    public DocumentProfile Settings => Profile ?? DocumentProfile.Default(DocumentKind.Submission, Proposer);
}

/// <summary>What an award decision says. The summary and Điều 1–3 are the signer's corrected texts when he has
/// written them on the preview page, else the texts built from the data (<see cref="NominationDocx.Draft"/>).</summary>
public sealed record DecisionModel(IssuingBody Issuer, string Number, DateOnly? Date, int Year, bool Collective,
    IReadOnlyList<string> Grounds, string Proposal, string Summary, string Article1, string Article2, string Article3,
    IReadOnlyList<string> Capacity, string? SignerName, IReadOnlyList<ListLine> Lines, IReadOnlyList<string>? Recipients = null)
{
    /// <summary>"Nơi nhận": the province's setting, else the default for the issuing body.</summary>
    public IReadOnlyList<string> RecipientLines => Recipients ?? DocumentProfile.Default(DocumentKind.Decision, Issuer).Recipients;
}

/// <summary>The tờ trình of the proposing unit, the quyết định with its danh sách kèm theo and the revocation act
/// (Decree 30/2020 layout, <see cref="Nd30"/>), and the Excel list of recipients with money.</summary>
public static class NominationDocx
{
    public static byte[] Submission(SubmissionModel m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var awards = AwardNames(m.Lines);
        var number = string.IsNullOrWhiteSpace(m.Number) ? DocumentNumber.Format(null, "TTr", m.Proposer.Symbol) : DocumentNumber.Normalize(m.Number);
        return Document(body =>
        {
            body.Append(HeaderBlock(m.Proposer, "Số: " + number, PlaceDate(m.Proposer, m.Date, m.Year)));
            Title(body, "TỜ TRÌNH", $"Về việc đề nghị tặng {awards} cho {KindWords(m.Lines)} có thành tích xuất sắc {m.Context}");
            body.Append(Para("Kính gửi: " + m.Receiver.FullName + ".", center: true, before: 240, after: 240));
            foreach (var g in m.Settings.GroundsOn(m.Date ?? new DateOnly(m.Year, 12, 31), committee: false))
            {
                body.Append(Ground($"Căn cứ {g};"));
            }

            body.Append(Para($"{m.Proposer.FullName} kính trình {m.Receiver.FullName} xem xét, tặng {awards} cho "
                + $"{DocumentText.CountPhrase(m.Lines.Select(l => l.Kind))} đã có thành tích xuất sắc {m.Context}, cụ thể như sau:", indent: true, justify: true));
            var group = 0;
            foreach (var (kind, lines) in Groups(m.Lines))
            {
                body.Append(Para(string.Create(CultureInfo.InvariantCulture, $"{++group}. {kind.Vietnamese()} ({lines.Count:00}):"), bold: true, indent: true, justify: true));
                foreach (var l in lines)
                {
                    var what = string.IsNullOrWhiteSpace(l.Details) ? string.Empty : ", " + l.Details;
                    var achievement = string.IsNullOrWhiteSpace(l.Achievement) ? string.Empty : ". Thành tích: " + l.Achievement.Trim().TrimEnd('.');
                    body.Append(Para($"- {DocumentText.SubjectName(l.Kind, l.Name)}{what}: đề nghị tặng {l.AwardName}{achievement}.", indent: true, justify: true));
                }
            }

            body.Append(Para("(Có danh sách và báo cáo thành tích kèm theo)", italic: true, indent: true));
            body.Append(Para($"Kính trình {m.Receiver.FullName} xem xét, quyết định./.", indent: true, justify: true));
            Sign(body, m.Settings.Recipients, m.Settings.Capacity(m.Capacity, m.Proposer.Kind), m.SignerName);
        });
    }

    /// <summary>The texts of an award decision built from the data: trích yếu, căn cứ in force on the date, "Xét đề
    /// nghị … tại Tờ trình số … ngày …", Điều 1 with the count phrase, Điều 2 with the total in figures and words, Điều 3.</summary>
    public static (string Summary, string Article1, string Article2, string Article3) Draft(IssuingBody issuer, IReadOnlyList<ListLine> lines, string context,
        DocumentProfile? profile = null)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(lines);
        var awards = AwardNames(lines);
        var total = lines.Sum(l => l.Amount);
        var summary = $"Về việc tặng {awards} cho {KindWords(lines)} có thành tích xuất sắc {context}";
        var a1 = DocumentText.Article1(awards, DocumentText.CountPhrase(lines.Select(l => l.Kind)), context);
        var a2 = total > 0
            ? $"Tiền thưởng kèm theo: {Money(total)} ({DocumentText.MoneyInWords(total)}), chi từ quỹ thi đua, khen thưởng của {issuer.FullName} theo quy định."
            : "Các tập thể, cá nhân, hộ gia đình có tên tại Điều 1 được nhận hiện vật khen thưởng theo quy định.";
        var executors = (profile ?? DocumentProfile.Default(DocumentKind.Decision, issuer)).Executors;
        var a3 = $"Quyết định có hiệu lực kể từ ngày ký. {executors} và các {KindWords(lines)} có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.";
        return (summary, a1, a2, a3);
    }

    public static byte[] DecisionDocx(DecisionModel m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var who = m.Collective ? m.Issuer.FullName : m.Issuer.HeadOf;
        var date = m.Date is { } d ? " " + DocumentText.LongDate(d) : string.Empty;
        return Document(body =>
        {
            body.Append(HeaderBlock(m.Issuer, "Số: " + m.Number, PlaceDate(m.Issuer, m.Date, m.Year)));
            Title(body, "QUYẾT ĐỊNH", m.Summary);
            body.Append(Para(who.ToUpper(ViFormat.Culture), bold: true, center: true, before: 240, after: 240));
            foreach (var g in m.Grounds)
            {
                body.Append(Ground($"Căn cứ {g};"));
            }

            body.Append(Ground(m.Proposal));
            body.Append(Para("QUYẾT ĐỊNH:", bold: true, center: true, before: 240, after: 120));
            body.Append(Article(1, m.Article1));
            body.Append(Article(2, m.Article2));
            body.Append(Article(3, m.Article3));
            Sign(body, m.RecipientLines, m.Capacity, m.SignerName);
            Annex(body, $"CÁC TẬP THỂ, CÁ NHÂN, HỘ GIA ĐÌNH ĐƯỢC TẶNG {AwardNames(m.Lines).ToUpper(ViFormat.Culture)}",
                $"(Kèm theo Quyết định số {m.Number}{date} của {who})", m.Lines, "Tiền thưởng (đồng)");
        });
    }

    /// <summary>Quyết định về việc hủy bỏ quyết định khen thưởng (Law Art. 93): a new act of the issuing body, numbered
    /// in its sequence, naming the original decision, the grounds and the revoked recipients.</summary>
    public static byte[] RevocationDocx(DecisionModel original, Revocation act, IReadOnlyList<ListLine> revoked, bool revokesAll)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(act);
        ArgumentNullException.ThrowIfNull(revoked);
        var who = original.Collective ? original.Issuer.FullName : original.Issuer.HeadOf;
        var awards = AwardNames(revoked);
        var originalText = $"Quyết định số {original.Number}{(original.Date is { } od ? " " + DocumentText.LongDate(od) : string.Empty)} của {who}";
        var number = string.IsNullOrWhiteSpace(act.ActNumber) ? DocumentNumber.Format(null, "QĐ", original.Issuer.Symbol) : DocumentNumber.Normalize(act.ActNumber);
        var grounds = act.Grounds.Trim().TrimEnd('.', ';');
        return Document(body =>
        {
            body.Append(HeaderBlock(original.Issuer, "Số: " + number, PlaceDate(original.Issuer, act.RevokedOn, act.RevokedOn.Year)));
            Title(body, "QUYẾT ĐỊNH", revokesAll
                ? $"Về việc hủy bỏ {originalText}"
                : $"Về việc hủy bỏ {originalText} đối với {DocumentText.CountPhrase(revoked.Select(r => r.Kind))}");
            body.Append(Para(who.ToUpper(ViFormat.Culture), bold: true, center: true, before: 240, after: 240));
            foreach (var g in DocumentText.Grounds(act.RevokedOn, original.Issuer.IsCommittee))
            {
                body.Append(Ground(g.StartsWith("Luật Thi đua", StringComparison.Ordinal)
                    ? $"Căn cứ {g} (Điều 93 về hủy bỏ quyết định khen thưởng, thu hồi hiện vật và tiền thưởng);"
                    : $"Căn cứ {g};"));
            }

            body.Append(Ground($"Căn cứ {originalText} về việc tặng {awards};"));
            body.Append(Ground($"Xét {char.ToLower(grounds[0], ViFormat.Culture)}{grounds[1..]}."));
            body.Append(Para("QUYẾT ĐỊNH:", bold: true, center: true, before: 240, after: 120));
            body.Append(Article(1, $"Hủy bỏ {originalText} đối với {DocumentText.CountPhrase(revoked.Select(r => r.Kind))} có tên trong danh sách kèm theo; thu hồi hiện vật và tiền thưởng đã nhận ({Money(revoked.Sum(r => r.Amount))}) theo quy định."));
            body.Append(Article(2, $"Lý do hủy bỏ: {grounds}."));
            body.Append(Article(3, original.Article3));
            Sign(body, original.RecipientLines, original.Capacity, act.UserName);
            Annex(body, $"CÁC TẬP THỂ, CÁ NHÂN, HỘ GIA ĐÌNH BỊ HỦY BỎ QUYẾT ĐỊNH TẶNG {awards.ToUpper(ViFormat.Culture)}",
                $"(Kèm theo Quyết định số {number} {DocumentText.LongDate(act.RevokedOn)} của {who})", revoked, "Tiền thưởng thu hồi (đồng)");
        });
    }

    /// <summary>The danh sách kèm theo on its own page: grouped by collective / individual / household, with position
    /// and unit, the total in figures and in words.</summary>
    private static void Annex(DocumentFormat.OpenXml.Wordprocessing.Body body, string heading, string attachedTo, IReadOnlyList<ListLine> lines, string moneyHeader)
    {
        body.Append(NewPage(Para("DANH SÁCH", bold: true, center: true, after: 0)));
        body.Append(Para(heading, bold: true, center: true, after: 0));
        body.Append(Para(attachedTo, italic: true, center: true, after: 0));
        body.Append(Line(TextWidth, 1800));
        body.Append(Para(string.Empty, after: 0));
        int[] widths = [700, 3100, 3555, 2000];
        var table = Grid(["STT", "Họ và tên / Tên tập thể", "Chức vụ, đơn vị / Địa chỉ", moneyHeader], widths, [], centeredColumn: 0);
        var roman = 0;
        foreach (var (kind, group) in Groups(lines))
        {
            table.Append(Row(widths, [Roman(++roman), kind.Vietnamese().ToUpper(ViFormat.Culture) + string.Create(CultureInfo.InvariantCulture, $" ({group.Count:00})"), string.Empty, string.Empty], 0, bold: true));
            var i = 0;
            foreach (var l in group)
            {
                table.Append(Row(widths, [(++i).ToString(CultureInfo.InvariantCulture), DocumentText.SubjectName(l.Kind, l.Name), l.Details, Figures(l.Amount)], 0, bold: false));
            }
        }

        var total = lines.Sum(l => l.Amount);
        table.Append(Row(widths, [string.Empty, "Tổng cộng", DocumentText.CountPhrase(lines.Select(l => l.Kind)), Figures(total)], 0, bold: true));
        body.Append(table);
        body.Append(Para($"(Tổng số tiền bằng chữ: {DocumentText.MoneyInWords(total)}./.)", italic: true, justify: true, before: 120));
    }

    /// <summary>Lines in the order collective, village, individual, household; the list order within each kind.</summary>
    public static IEnumerable<(SubjectKind Kind, IReadOnlyList<ListLine> Lines)> Groups(IReadOnlyList<ListLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var kind in new[] { SubjectKind.Collective, SubjectKind.Village, SubjectKind.Individual, SubjectKind.Household })
        {
            var group = lines.Where(l => l.Kind == kind).ToList();
            if (group.Count > 0)
            {
                yield return (kind, group);
            }
        }
    }

    /// <summary>"tập thể, cá nhân và hộ gia đình" for the kinds present.</summary>
    public static string KindWords(IReadOnlyList<ListLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var words = Groups(lines).Select(g => g.Kind switch
        {
            SubjectKind.Collective => "tập thể",
            SubjectKind.Village => "thôn, tổ dân phố",
            SubjectKind.Individual => "cá nhân",
            _ => "hộ gia đình",
        }).ToList();
        return words.Count switch
        {
            0 => "tập thể, cá nhân",
            1 => words[0],
            _ => string.Join(", ", words[..^1]) + " và " + words[^1],
        };
    }

    public static string AwardNames(IReadOnlyList<ListLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var names = lines.Select(l => l.AwardName).Distinct().ToList();
        return names.Count <= 1 ? names.FirstOrDefault() ?? "Giấy khen" : string.Join(", ", names[..^1]) + " và " + names[^1];
    }

    /// <summary>"3.180.000 đồng".</summary>
    public static string Money(decimal amount) => Figures(amount) + " đồng";

    private static string Figures(decimal amount) => amount.ToString("#,##0", ViFormat.Culture);

    private static string Roman(int n) => n switch { 1 => "I", 2 => "II", 3 => "III", 4 => "IV", _ => n.ToString(CultureInfo.InvariantCulture) };

    /// <summary>The capacity lines of an issued decision: from the signer's title and the recorded capacity; a
    /// capacity that does not fit the body falls back to the head's own.</summary>
    public static IReadOnlyList<string> CapacityLines(Decision dec, IssuingBody issuer)
    {
        ArgumentNullException.ThrowIfNull(dec);
        ArgumentNullException.ThrowIfNull(issuer);
        var office = SignatureCapacity.OfficeOf(dec.SignerTitle)
            ?? (dec.Capacity == SignerCapacity.ForChairman ? SignerOffice.ViceChairman : SignatureCapacity.HeadOffice(issuer.Kind));
        var lines = SignatureCapacity.Lines(issuer.Kind, office, dec.Capacity == SignerCapacity.OnBehalf && issuer.IsCommittee);
        return lines.Value ?? SignatureCapacity.Lines(issuer.Kind, SignatureCapacity.HeadOffice(issuer.Kind), false).Value!;
    }

    /// <summary>Old entry point kept for the certificate text: the issuer from the decision's body name only.</summary>
    public static IReadOnlyList<string> CapacityLines(Decision dec) => CapacityLines(dec, IssuingBody.Of(dec?.IssuingBodyName ?? string.Empty, null, null));

    public static string GoldenBook(DecisionRecipient r) => r.Serial.ToString("00", CultureInfo.InvariantCulture);

    public static readonly IReadOnlyList<string> ListHeaders =
        ["STT", "Họ và tên / Tập thể", "Đối tượng", "Chức vụ, đơn vị / địa chỉ", "Hình thức", "Số sổ vàng", "Hệ số", "Lương cơ sở", "Tiền thưởng (đồng)"];

    public static byte[] RecipientsXlsx(Decision dec, IReadOnlyList<DecisionRecipient> recipients)
    {
        ArgumentNullException.ThrowIfNull(dec);
        ArgumentNullException.ThrowIfNull(recipients);
        return Xlsx.Write(new XlsxSheet("Danh sách khen thưởng", ListHeaders,
            recipients.OrderBy(r => r.Serial).Select(r => (IReadOnlyList<object?>)
                [r.Serial, DocumentText.SubjectName(r.SubjectKind, r.Name), r.SubjectKind.Vietnamese(), r.Details, r.AwardName, GoldenBook(r), r.Coefficient, new XlsxMoney(r.BaseSalary), new XlsxMoney(r.Amount)]).ToList())
        {
            Title = $"DANH SÁCH KHEN THƯỞNG KÈM THEO QUYẾT ĐỊNH SỐ {DocumentNumber.Normalize(dec.Number)} NGÀY {ViFormat.Date(dec.DecisionDate)}",
            Subtitle = dec.IssuingBodyName,
            Widths = [6, 30, 12, 40, 24, 10, 8, 14, 16],
            TotalLabel = "Tổng cộng",
            TotalColumns = [8],
        });
    }
}
