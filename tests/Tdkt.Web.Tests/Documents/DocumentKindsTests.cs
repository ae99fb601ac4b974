using System.Net;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Documents;
using Tdkt.Domain.Organizations;
using Tdkt.Testing;
using Tdkt.Web.Data;
using Tdkt.Web.Documents;
using static Tdkt.Web.Tests.Documents.DocxChecks;
using static Tdkt.Web.Tests.Nominations.NominationScenario;

namespace Tdkt.Web.Tests.Documents;

/// <summary>Issue 12 quality bar, the kinds that had no full check yet: the tờ trình of a school and of an
/// enterprise, the revocation act, the báo cáo thành tích form — each with the Decree 30 elements, zero validator
/// errors and a rendered page count without blank pages.</summary>
public sealed class DocumentKindsTests
{
    private static readonly IssuingBody Province = IssuingBody.Of("UBND tỉnh Lai Châu", OrgUnitKind.Province, null);

    private static async Task<List<string>> CheckedAsync(byte[] bytes, int minPages = 1)
    {
        AssertValid(bytes);
        using var doc = Open(bytes);
        AssertDecree30Page(doc);
        Assert.True(Lines(Header(doc)) >= 2, "the lines under the body and the motto");
        var pages = await RenderPagesAsync(bytes);
        Assert.True(pages.Count >= minPages);
        Assert.All(pages, p => Assert.False(string.IsNullOrWhiteSpace(p), "a blank page"));
        return [.. Paragraphs(doc).Select(p => p.InnerText)];
    }

    [Theory]
    [InlineData("Trường Trung học phổ thông Chuyên Lê Quý Đôn", OrgUnitKind.PublicServiceUnit, "Sở Giáo dục và Đào tạo tỉnh Lai Châu", "HIỆU TRƯỞNG", "TTHPTCLQĐ")]
    [InlineData("Công ty Cổ phần Cấp nước Lai Châu", OrgUnitKind.Enterprise, "UBND tỉnh Lai Châu", "GIÁM ĐỐC", "CTCPCNLC")]
    public async Task Submission_SchoolOrEnterprise_HeadSignsNoTmParentLineValid(string name, OrgUnitKind kind, string parent, string head, string symbol)
    {
        var body = IssuingBody.Of(name, kind, parent);
        var capacity = SignatureCapacity.Lines(body.Kind, SignatureCapacity.HeadOffice(body.Kind), collective: false).Value!;
        var bytes = NominationDocx.Submission(new SubmissionModel(body, Province, "3/TTr-" + symbol, new DateOnly(2025, 12, 5), 2025, "trong năm học 2024–2025",
            [new(SubjectKind.Individual, "Nguyễn Thị Hà", "Giáo viên", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", 0m, "Hoàn thành xuất sắc nhiệm vụ")], capacity, "Trần Văn Nam"));

        var texts = await CheckedAsync(bytes);
        using var doc = Open(bytes);
        var header = Header(doc).Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal(parent.ToUpper(Domain.Common.ViFormat.Culture), header[0]);
        Assert.True(IsBold(Find(doc, header[1])));
        Assert.Contains($"Số: 03/TTr-{symbol}", header);
        Assert.True(IsItalic(Find(doc, "Lai Châu, ngày 05 tháng 12 năm 2025")));
        Assert.Contains("TỜ TRÌNH", texts);
        Assert.Contains(head, texts);
        Assert.DoesNotContain(texts, t => t.StartsWith("TM.", StringComparison.Ordinal));
        Assert.Contains("Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;", texts);
        Assert.True(IsItalic(Find(doc, "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;")));
    }

    [Fact]
    public async Task Revocation_ProvinceAct_NumberDateGroundsBoldArticlesListValid()
    {
        var lines = new List<ListLine> { new(SubjectKind.Individual, "Lò Văn Minh", "Công an viên, phường Tân Phong", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", 2_340_000m) };
        var original = new DecisionModel(Province, "07/QĐ-UBND", new DateOnly(2025, 3, 10), 2025, false, DocumentText.Grounds(new DateOnly(2025, 3, 10), true),
            "Xét đề nghị của Sở Nội vụ tại Tờ trình số 12/TTr-SNV ngày 01 tháng 3 năm 2025.", "Về việc tặng Bằng khen",
            "Tặng Bằng khen cho 01 cá nhân (có danh sách kèm theo).", "Tiền thưởng kèm theo theo quy định.",
            "Quyết định có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh và cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
            ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Hà Trọng Hải", lines);
        var act = new Revocation { ActNumber = "9/QĐ-UBND", Grounds = "Cá nhân kê khai không trung thực thành tích", RevokedOn = new DateOnly(2025, 9, 2), UserName = "Hà Trọng Hải" };

        var bytes = NominationDocx.RevocationDocx(original, act, lines, revokesAll: true);

        var texts = await CheckedAsync(bytes, minPages: 2);
        using var doc = Open(bytes);
        Assert.Equal(["ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU"], Header(doc).Descendants<Paragraph>().Select(p => p.InnerText).Take(2));
        Assert.Contains("Số: 09/QĐ-UBND", texts);
        Assert.True(IsItalic(Find(doc, "Lai Châu, ngày 02 tháng 09 năm 2025")));
        Assert.Contains("Về việc hủy bỏ Quyết định số 07/QĐ-UBND ngày 10 tháng 03 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh Lai Châu", texts);
        Assert.Contains("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;", texts); // in force on the act's date
        var article = Paragraphs(doc).First(p => p.InnerText.StartsWith("Điều 1. ", StringComparison.Ordinal));
        Assert.NotNull(article.Elements<Run>().First().RunProperties!.Bold);
        Assert.Contains("Nơi nhận:", texts);
        Assert.Contains("- Chủ tịch, các Phó Chủ tịch UBND tỉnh;", texts); // the province's default recipients
        Assert.Contains("KT. CHỦ TỊCH", texts);
    }

    [Fact]
    public async Task AchievementReport_SeedNominees_RightFormPerSubjectPrefilledValidUploadableBack()
    {
        await using var app = await TestDatabases.NewFactoryAsync(nameof(DocumentKindsTests));
        var id = await ReadyDraftAsync(app, people:
        [
            new("Collective", "Chi hội Phụ nữ tổ dân phố 3"), new("Individual", "Lò Văn Minh", "1982", Gender: "Nam"),
            new("Household", "Giàng A Páo", Address: "Tổ dân phố 3, phường Tân Phong"),
        ]);
        var nominees = await app.WithDbAsync(db => db.Nominees.AsNoTracking().Where(n => n.DossierId == id).OrderBy(n => n.Id).ToListAsync());
        var clerk = await Http.SignedInAsync(app, "canbo.tanphong");
        var page = await clerk.GetStringAsync(Url(id));
        Assert.Contains($"handler=AchievementReport&amp;nomineeId={nominees[1].Id}", page, StringComparison.Ordinal);

        var expected = new[] { ("Tên tập thể đề nghị: Chi hội Phụ nữ tổ dân phố 3", "THỦ TRƯỞNG ĐƠN VỊ"), ("Họ và tên: Lò Văn Minh", "NGƯỜI BÁO CÁO THÀNH TÍCH"), ("Hộ gia đình Giàng A Páo", "CHỦ HỘ") };
        for (var i = 0; i < 3; i++)
        {
            var bytes = await clerk.GetByteArrayAsync($"{Url(id)}?handler=AchievementReport&nomineeId={nominees[i].Id}");
            var texts = await CheckedAsync(bytes);
            Assert.Contains("BÁO CÁO THÀNH TÍCH", texts);
            Assert.Contains(expected[i].Item1, texts);
            Assert.Contains(expected[i].Item2, texts);
            Assert.Contains("Giúp hộ nghèo thoát nghèo", texts); // the achievement the clerk typed
            Assert.Contains(texts, t => t.StartsWith("(Mẫu số 0", StringComparison.Ordinal) && t.Contains("năm 2023", StringComparison.Ordinal));
            Assert.Contains("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG", texts);
        }

        var api = await Bearer(app, "canbo.tanphong").GetAsync($"/api/v1/dossiers/{id}/nominees/{nominees[1].Id}/achievement-report.docx");
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Bearer(app, "thamdinh.ninhthuan").GetAsync($"/api/v1/dossiers/{id}/nominees/{nominees[1].Id}/achievement-report.docx")).StatusCode);

        // Completed, it goes back as that nominee's BAO_CAO_THANH_TICH part.
        Lookups.AssertRedirect(await Http.PostMultipartAsync(clerk, $"{Url(id)}?handler=Attach", Url(id),
            new() { ["Input.PartCode"] = "BAO_CAO_THANH_TICH", ["Input.NomineeId"] = $"{nominees[1].Id}" }, "Upload", "bao-cao-thanh-tich.docx",
            await api.Content.ReadAsByteArrayAsync(), Nd30.ContentType));
        Assert.True(await app.WithDbAsync(db => (from a in db.DossierAttachments
                                                  join f in db.StoredFiles on a.StoredFileId equals f.Id
                                                  where a.DossierId == id && a.NomineeId == nominees[1].Id && a.PartCode == "BAO_CAO_THANH_TICH" && f.FileName == "bao-cao-thanh-tich.docx"
                                                  select a).AnyAsync()));
    }

    [Fact]
    public async Task Invitation_OrganiserSetsTheDate_GiayMoiCarriesItValidNoBlankPage_AfterTheEventRefused()
    {
        await using var app = await TestDatabases.NewFactoryAsync(nameof(DocumentKindsTests) + "Invitation");
        var id = await app.WithDbAsync(db => db.ConferenceEvents.Where(e => e.Title.Contains("Hội nghị sơ kết Phong trào")).Select(e => e.Id).FirstAsync());
        await app.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE conference_events SET \"ExactDate\" = {new DateOnly(2023, 12, 15)} WHERE \"Id\" = {id}"));
        var client = await Http.SignedInAsync(app, "thamdinh.tplc");
        var url = $"/Events/Delegates/{id}";
        Lookups.AssertRedirect(await Http.PostFormAsync(client, $"{url}?handler=Add",
            new() { ["Lines"] = "Lò Văn Thử | Chủ tịch UBND phường | Phường Đoàn Kết | Đại biểu xã, phường" }, url));

        var late = await Http.PostFormAsync(client, $"{url}?handler=InvitationDate", new() { ["InvitationDate"] = "2023-12-20" }, url);
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("Ngày giấy mời 20/12/2023 sau ngày tổ chức 15/12/2023", WebUtility.HtmlDecode(await late.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Lookups.AssertRedirect(await Http.PostFormAsync(client, $"{url}?handler=InvitationDate", new() { ["InvitationDate"] = "2023-12-05" }, url));

        var d = await app.WithDbAsync(db => db.EventDelegates.AsNoTracking().SingleAsync(x => x.FullName == "Lò Văn Thử"));
        var bytes = await client.GetByteArrayAsync($"{url}?handler=Invitations&delegateId={d.Id}");
        var texts = await CheckedAsync(bytes);
        using var doc = Open(bytes);
        Assert.True(IsItalic(Find(doc, "Lai Châu, ngày 05 tháng 12 năm 2023")));
        Assert.Contains("GIẤY MỜI", texts);
        Assert.Contains(texts, t => t.StartsWith("Số: ", StringComparison.Ordinal) && t.EndsWith("/GM-UBND", StringComparison.Ordinal));
        Assert.Contains("TM. ỦY BAN NHÂN DÂN", texts);
        Assert.Contains("Nơi nhận:", texts);
    }
}
