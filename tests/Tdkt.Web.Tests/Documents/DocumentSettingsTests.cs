using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Certificates;
using Tdkt.Testing;
using Tdkt.Web.Documents;
using static Tdkt.Web.Tests.Documents.DocxChecks;
using static Tdkt.Web.Tests.Nominations.NominationScenario;

namespace Tdkt.Web.Tests.Documents;

/// <summary>Issue 12 items 5 and 7: a provincial admin adjusts the căn cứ, the executors of the last Điều, "Nơi nhận"
/// per document kind and kind of issuing body, and uploads the State emblem; the builders use them, the other kinds
/// keep their defaults, and an upload that is not an image is refused naming the field.</summary>
public sealed class DocumentSettingsTests : IAsyncLifetime
{
    private readonly SettableClock _clock = new(new DateTimeOffset(2023, 11, 20, 2, 0, 0, TimeSpan.Zero));
    private TdktFactory _app = null!;
    private int _id;
    private int _province;

    public async Task InitializeAsync()
    {
        _app = await TestDatabases.NewFactoryAsync(nameof(DocumentSettingsTests));
        _app.Clock = _clock;
        _id = await DecidableAsync(_app);
        var put = await Bearer(_app, "canbo.tanphong").PutAsJsonAsync($"/api/v1/dossiers/{_id}/submission-letter", new { number = "05/TTr-UBND", date = "2023-11-20" });
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        _province = await Lookups.UnitIdAsync(_app, "LCH");
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private string Page => $"/DocumentSettings?province={_province}";

    private async Task<List<string>> DraftTextsAsync()
    {
        var bytes = await (await Http.SignedInAsync(_app, "lanhdao.tplc")).GetByteArrayAsync($"/Nominations/DecisionPreview/{_id}?handler=Docx");
        AssertValid(bytes);
        using var doc = Open(bytes);
        AssertDecree30Page(doc);
        return [.. Paragraphs(doc).Select(p => p.InnerText)];
    }

    [Fact]
    public async Task ChangedDecisionSetting_AppearsInTheDecision_SubmissionKeepsItsDefaults()
    {
        var before = await DraftTextsAsync();
        Assert.Contains(before, t => t.Contains("Chánh Văn phòng Ủy ban nhân dân thành phố Lai Châu, Thủ trưởng các cơ quan, đơn vị có liên quan", StringComparison.Ordinal));
        Assert.Contains("- Lưu: VT, NV.", before);
        Assert.Contains("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;", before);

        var admin = await Http.SignedInAsync(_app, "admin");
        var saved = await Http.PostFormAsync(admin, $"/DocumentSettings?handler=Save&province={_province}", new()
        {
            ["Input.DocumentKind"] = "Decision", ["Input.BodyKind"] = "LocalCommittee",
            ["Input.Grounds"] = "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;\nQuyết định số 15/2024/QĐ-UBND ngày 10 tháng 5 năm 2024 của Ủy ban nhân dân tỉnh Lai Châu ban hành Quy chế công tác thi đua, khen thưởng",
            ["Input.Executors"] = "Chánh Văn phòng HĐND và UBND thành phố, Trưởng phòng Nội vụ thành phố",
            ["Input.Recipients"] = "- Như Điều 3;\n- Phòng Nội vụ thành phố;\n- Lưu: VT.",
        }, Page);
        Lookups.AssertRedirect(saved);
        Assert.True(await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "Sửa thể thức văn bản của tỉnh")));

        var after = await DraftTextsAsync();
        Assert.Contains("Căn cứ Quyết định số 15/2024/QĐ-UBND ngày 10 tháng 5 năm 2024 của Ủy ban nhân dân tỉnh Lai Châu ban hành Quy chế công tác thi đua, khen thưởng;", after);
        Assert.DoesNotContain(after, t => t.StartsWith("Căn cứ Luật Tổ chức chính quyền địa phương", StringComparison.Ordinal)); // the list as the province set it
        Assert.Contains(after, t => t.StartsWith("Điều 3. Quyết định có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND thành phố, Trưởng phòng Nội vụ thành phố và các", StringComparison.Ordinal));
        Assert.Contains("- Phòng Nội vụ thành phố;", after);
        Assert.DoesNotContain("- Lưu: VT, NV.", after);

        // The ward's tờ trình (another kind) keeps its defaults.
        var letter = await (await Http.SignedInAsync(_app, "canbo.tanphong")).GetByteArrayAsync($"/api/v1/dossiers/{_id}/submission-letter.docx");
        AssertValid(letter);
        using var doc = Open(letter);
        var texts = Paragraphs(doc).Select(p => p.InnerText).ToList();
        Assert.Contains("- Như trên;", texts);
        Assert.Contains("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;", texts);
        Assert.DoesNotContain(texts, t => t.Contains("15/2024/QĐ-UBND", StringComparison.Ordinal));

        // Back to the defaults.
        var row = await _app.WithDbAsync(db => db.DocumentSettings.SingleAsync());
        Lookups.AssertRedirect(await Http.PostFormAsync(admin, $"/DocumentSettings?handler=Delete&province={_province}", new() { ["SettingId"] = $"{row.Id}" }, Page));
        Assert.Contains("- Lưu: VT, NV.", await DraftTextsAsync());
    }

    [Fact]
    public async Task SettingsPage_NotAProvincialAdmin_404_EmptySettingRefusedNamingTheField()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await (await Http.SignedInAsync(_app, "canbo.tanphong")).GetAsync(Page)).StatusCode);
        var admin = await Http.SignedInAsync(_app, "admin");
        var html = WebUtility.HtmlDecode(await admin.GetStringAsync(Page));
        Assert.Contains("Chưa có điều chỉnh nào", html, StringComparison.Ordinal);
        var empty = await Http.PostFormAsync(admin, $"/DocumentSettings?handler=Save&province={_province}",
            new() { ["Input.DocumentKind"] = "Submission", ["Input.BodyKind"] = "Agency" }, Page);
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Hãy nhập ít nhất một nội dung", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False(await _app.WithDbAsync(db => db.DocumentSettings.AnyAsync()));
    }

    [Fact]
    public async Task EmblemUpload_NotAnImageRefusedNamingTheField_PngUsedOnPlainPaperOnly()
    {
        var admin = await Http.SignedInAsync(_app, "admin");
        var bad = await Http.PostMultipartAsync(admin, $"/DocumentSettings?handler=Emblem&province={_province}", Page, [], "Emblem", "quoc-huy.png",
            "GIF89a not a png"u8.ToArray(), "image/png");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Ảnh Quốc huy: Chỉ nhận ảnh JPEG (.jpg, .jpeg) hoặc PNG (.png)", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False(await _app.WithDbAsync(db => db.DocumentEmblems.AnyAsync()));
        Assert.Null(await _app.WithDbAsync(db => DocumentProfiles.EmblemDataUriAsync(db, _province, default)));

        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89];
        Lookups.AssertRedirect(await Http.PostMultipartAsync(admin, $"/DocumentSettings?handler=Emblem&province={_province}", Page, [], "Emblem", "quoc-huy.png", png, "image/png"));
        var uri = await _app.WithDbAsync(db => DocumentProfiles.EmblemDataUriAsync(db, _province, default));
        Assert.StartsWith("data:image/png;base64,", uri, StringComparison.Ordinal);

        var layout = CertificateLayout.Merge(null);
        var texts = new Dictionary<CertificateField, string> { [CertificateField.Recipient] = "Hộ gia đình Giàng A Páo" };
        var plain = CertificateHtml.Render([new CertificatePage(texts, layout, "https://x/xac-minh/t", uri)], onBlank: false);
        Assert.Contains("alt=\"Quốc huy\"", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("<circle", plain, StringComparison.Ordinal); // no drawn stand-in
        var none = CertificateHtml.Render([new CertificatePage(texts, layout, "https://x/xac-minh/t")], onBlank: false);
        Assert.DoesNotContain("Quốc huy\"", none, StringComparison.Ordinal); // none by default
        Assert.Equal("Hộ ông Giàng A Páo", Domain.Documents.DocumentText.SubjectName(Domain.Awards.SubjectKind.Household, "Hộ ông Giàng A Páo")); // never "Hộ gia đình Hộ ông…"
    }
}
