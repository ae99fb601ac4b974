using System.Globalization;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;
using Tdkt.Domain.Nominations;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using static Tdkt.Web.Documents.Nd30;

namespace Tdkt.Web.Documents;

/// <summary>The tờ trình of the proposing unit, the quyết định with its danh sách kèm theo (Decree 30/2020 layout)
/// and the Excel list of recipients with money.</summary>
public static class NominationDocx
{
    public static byte[] Submission(Dossier d, string proposingUnit, string? proposingParent, string receivingUnit,
        IReadOnlyList<(Nominee Nominee, string AwardName)> nominees, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(nominees);
        return Document(body =>
        {
            body.Append(HeaderBlock(proposingParent, proposingUnit, "Số:      /TTr-UBND", PlaceDate(proposingUnit, null, today.Year)));
            body.Append(Para(string.Empty));
            body.Append(Para("TỜ TRÌNH", bold: true, center: true));
            body.Append(Para($"Về việc {d.Title.ToLowerFirst()}", bold: true, center: true));
            body.Append(Para($"Kính gửi: {receivingUnit}", center: true));
            body.Append(Para(string.Empty));
            body.Append(Para($"{proposingUnit} kính trình {receivingUnit} xem xét, khen thưởng cho {nominees.Count} tập thể, cá nhân, hộ gia đình "
                + $"có thành tích ({d.Kind.Text()}), cụ thể như sau:", indent: true, justify: true));
            var i = 0;
            foreach (var (n, award) in nominees)
            {
                body.Append(Para($"{++i}. {n.Kind.Vietnamese()}: {n.Name}{(n.BirthYear is { } y ? ", sinh năm " + y.ToString(CultureInfo.InvariantCulture) : "")} — đề nghị tặng {award}. Thành tích: {n.Achievement}",
                    indent: true, justify: true));
            }

            body.Append(Para("(Có báo cáo thành tích và biên bản họp xét kèm theo)", italic: true, indent: true));
            body.Append(Para($"Kính trình {receivingUnit} xem xét, quyết định./.", indent: true, justify: true));
            body.Append(SignatureBlock(["- Như trên;", "- Lưu: VT."], ["TM. " + Authority(proposingUnit), "CHỦ TỊCH"], null));
        });
    }

    public static byte[] DecisionDocx(Decision dec, string? issuingParent, IReadOnlyList<DecisionRecipient> recipients, string dossierTitle)
    {
        ArgumentNullException.ThrowIfNull(dec);
        ArgumentNullException.ThrowIfNull(recipients);
        var chairman = dec.IssuingBodyName.StartsWith("UBND", StringComparison.OrdinalIgnoreCase)
            ? "Chủ tịch " + dec.IssuingBodyName : "Thủ trưởng " + dec.IssuingBodyName;
        var awardNames = string.Join(", ", recipients.Select(r => r.AwardName).Distinct());
        return Document(body =>
        {
            body.Append(HeaderBlock(issuingParent, dec.IssuingBodyName, "Số: " + dec.Number, PlaceDate(dec.IssuingBodyName, dec.DecisionDate, dec.Year)));
            body.Append(Para(string.Empty));
            body.Append(Para("QUYẾT ĐỊNH", bold: true, center: true));
            body.Append(Para($"Về việc tặng {awardNames}", bold: true, center: true));
            body.Append(Para(string.Empty));
            body.Append(Para(chairman.ToUpper(ViFormat.Culture), bold: true, center: true));
            body.Append(Para(string.Empty));
            body.Append(Para("Căn cứ Luật Tổ chức chính quyền địa phương;", italic: true, indent: true, justify: true));
            body.Append(Para("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", italic: true, indent: true, justify: true));
            body.Append(Para($"Căn cứ {dec.Basis.Decree()} của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;", italic: true, indent: true, justify: true));
            body.Append(Para($"Xét đề nghị tại hồ sơ \"{dossierTitle}\" và kết quả thẩm định.", italic: true, indent: true, justify: true));
            body.Append(Para("QUYẾT ĐỊNH:", bold: true, center: true));
            body.Append(Para($"Điều 1. {dec.Wording}. Tặng {awardNames} cho {recipients.Count} tập thể, cá nhân, hộ gia đình (có danh sách kèm theo).", indent: true, justify: true));
            body.Append(Para($"Điều 2. Kèm theo {awardNames} là tiền thưởng theo quy định tại {dec.Basis.Decree()}, tổng cộng {ViFormat.Money(recipients.Sum(r => r.Amount))}, từ quỹ thi đua, khen thưởng của {dec.IssuingBodyName}.", indent: true, justify: true));
            body.Append(Para("Điều 3. Quyết định có hiệu lực kể từ ngày ký. Chánh Văn phòng, Trưởng Phòng Nội vụ, Thủ trưởng các cơ quan, đơn vị liên quan và các tập thể, cá nhân, hộ gia đình có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.", indent: true, justify: true));
            body.Append(SignatureBlock(["- Như Điều 3;", "- Lưu: VT, NV."], CapacityLines(dec), dec.SignerName));
            body.Append(PageBreak());
            body.Append(Para("DANH SÁCH", bold: true, center: true));
            body.Append(Para($"được tặng {awardNames}", bold: true, center: true));
            body.Append(Para($"(Kèm theo Quyết định số {dec.Number} ngày {ViFormat.Date(dec.DecisionDate)} của {chairman})", italic: true, center: true));
            body.Append(Grid(["STT", "Họ và tên / Tập thể", "Chức vụ, đơn vị / địa chỉ", "Số sổ vàng", "Tiền thưởng"], [700, 3000, 3100, 1200, 1400],
                recipients.OrderBy(r => r.Serial).Select(r => (IReadOnlyList<string>)
                    [r.Serial.ToString(CultureInfo.InvariantCulture), r.Name, r.Details ?? string.Empty, GoldenBook(r), ViFormat.Money(r.Amount)])));
        });
    }

    /// <summary>Quyết định về việc hủy bỏ quyết định khen thưởng (Law Art. 93), Decree 30 layout: a new act of the issuing
    /// body, numbered in its sequence, naming the original decision, the grounds and the revoked recipients. Signed in
    /// the capacity of the original decision (the revocation row keeps the signer's name, not a title).</summary>
    public static byte[] RevocationDocx(Decision dec, Revocation act, string? issuingParent, IReadOnlyList<DecisionRecipient> revoked, bool revokesAll)
    {
        ArgumentNullException.ThrowIfNull(dec);
        ArgumentNullException.ThrowIfNull(act);
        ArgumentNullException.ThrowIfNull(revoked);
        var chairman = dec.IssuingBodyName.StartsWith("UBND", StringComparison.OrdinalIgnoreCase)
            ? "Chủ tịch " + dec.IssuingBodyName : "Thủ trưởng " + dec.IssuingBodyName;
        var awardNames = string.Join(", ", revoked.Select(r => r.AwardName).Distinct());
        var original = $"Quyết định số {dec.Number} ngày {ViFormat.Date(dec.DecisionDate)} của {chairman}";
        return Document(body =>
        {
            body.Append(HeaderBlock(issuingParent, dec.IssuingBodyName, "Số: " + (act.ActNumber ?? string.Empty), PlaceDate(dec.IssuingBodyName, act.RevokedOn, act.RevokedOn.Year)));
            body.Append(Para(string.Empty));
            body.Append(Para("QUYẾT ĐỊNH", bold: true, center: true));
            body.Append(Para(revokesAll
                ? $"Về việc hủy bỏ quyết định khen thưởng số {dec.Number} ngày {ViFormat.Date(dec.DecisionDate)}"
                : $"Về việc hủy bỏ quyết định khen thưởng số {dec.Number} ngày {ViFormat.Date(dec.DecisionDate)} đối với {revoked.Count} tập thể, cá nhân, hộ gia đình", bold: true, center: true));
            body.Append(Para(string.Empty));
            body.Append(Para(chairman.ToUpper(ViFormat.Culture), bold: true, center: true));
            body.Append(Para(string.Empty));
            body.Append(Para("Căn cứ Luật Tổ chức chính quyền địa phương;", italic: true, indent: true, justify: true));
            body.Append(Para("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022 (Điều 93 về hủy bỏ quyết định khen thưởng, thu hồi hiện vật và tiền thưởng);", italic: true, indent: true, justify: true));
            body.Append(Para($"Căn cứ {dec.Basis.Decree()} của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;", italic: true, indent: true, justify: true));
            body.Append(Para($"Căn cứ {original} về việc tặng {awardNames};", italic: true, indent: true, justify: true));
            body.Append(Para($"Xét: {act.Grounds.TrimEnd('.', ';')}.", italic: true, indent: true, justify: true));
            body.Append(Para("QUYẾT ĐỊNH:", bold: true, center: true));
            body.Append(Para($"Điều 1. Hủy bỏ {original} đối với {revoked.Count} tập thể, cá nhân, hộ gia đình có tên trong danh sách kèm theo; thu hồi hiện vật và tiền thưởng đã nhận theo quy định.", indent: true, justify: true));
            body.Append(Para($"Điều 2. Lý do hủy bỏ: {act.Grounds.TrimEnd('.', ';')}.", indent: true, justify: true));
            body.Append(Para("Điều 3. Quyết định có hiệu lực kể từ ngày ký. Chánh Văn phòng, Trưởng Phòng Nội vụ, Thủ trưởng các cơ quan, đơn vị liên quan và các tập thể, cá nhân, hộ gia đình có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.", indent: true, justify: true));
            body.Append(SignatureBlock(["- Như Điều 3;", "- Lưu: VT, NV."], CapacityLines(dec), act.UserName));
            body.Append(PageBreak());
            body.Append(Para("DANH SÁCH", bold: true, center: true));
            body.Append(Para($"bị hủy bỏ quyết định khen thưởng, thu hồi {awardNames}", bold: true, center: true));
            body.Append(Para($"(Kèm theo Quyết định số {act.ActNumber} ngày {ViFormat.Date(act.RevokedOn)} của {chairman})", italic: true, center: true));
            body.Append(Grid(["STT", "Họ và tên / Tập thể", "Chức vụ, đơn vị / địa chỉ", "Hình thức đã tặng", "Tiền thưởng thu hồi"], [700, 3000, 3100, 1600, 1400],
                revoked.OrderBy(r => r.Serial).Select((r, i) => (IReadOnlyList<string>)
                    [(i + 1).ToString(CultureInfo.InvariantCulture), r.Name, r.Details ?? string.Empty, r.AwardName, ViFormat.Money(r.Amount)])));
        });
    }

    /// <summary>TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH, or KT. CHỦ TỊCH / PHÓ CHỦ TỊCH (Decree 30/2020 Art 13).</summary>
    public static IReadOnlyList<string> CapacityLines(Decision dec)
    {
        ArgumentNullException.ThrowIfNull(dec);
        var title = (dec.SignerTitle.Split(" UBND", StringSplitOptions.None)[0]).ToUpper(ViFormat.Culture);
        return dec.Capacity switch
        {
            SignerCapacity.OnBehalf => ["TM. " + Authority(dec.IssuingBodyName), title],
            SignerCapacity.ForChairman => ["KT. CHỦ TỊCH", title],
            _ => [title],
        };
    }

    public static string GoldenBook(DecisionRecipient r) => r.Serial.ToString("00", CultureInfo.InvariantCulture);

    public static readonly IReadOnlyList<string> ListHeaders =
        ["STT", "Họ và tên / Tập thể", "Đối tượng", "Chức vụ, đơn vị / địa chỉ", "Hình thức", "Số sổ vàng", "Hệ số", "Lương cơ sở", "Tiền thưởng (đồng)"];

    public static byte[] RecipientsXlsx(Decision dec, IReadOnlyList<DecisionRecipient> recipients) =>
        Xlsx.Write("Danh sách khen thưởng", ListHeaders, recipients.OrderBy(r => r.Serial).Select(r => (IReadOnlyList<object?>)
            [r.Serial, r.Name, r.SubjectKind.Vietnamese(), r.Details, r.AwardName, GoldenBook(r), r.Coefficient, r.BaseSalary, r.Amount])
            .Append([null, $"Tổng cộng (Quyết định số {dec.Number})", null, null, null, null, null, null, recipients.Sum(r => r.Amount)]));

    private static string ToLowerFirst(this string s) => s.Length == 0 ? s : char.ToLower(s[0], ViFormat.Culture) + s[1..];

    private static string Text(this CommendationKind k) => k switch
    {
        CommendationKind.Merit => "công trạng",
        CommendationKind.Thematic => "theo đợt, chuyên đề",
        CommendationKind.AdHoc => "đột xuất",
        CommendationKind.Dedication => "quá trình cống hiến",
        CommendationKind.Seniority => "niên hạn",
        CommendationKind.Foreign => "đối ngoại",
    };
}
