using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Documents;
using Tdkt.Domain.Organizations;
using Tdkt.Testing;
using Tdkt.Web.Documents;
using static Tdkt.Web.Tests.Documents.DocxChecks;

namespace Tdkt.Web.Tests.Documents;

/// <summary>Golden tờ trình of a Sở and of a ward (issue 12) from the builder, and the plan export of the seeded plan.</summary>
public sealed class Decree30BuilderTests
{
    private static readonly IReadOnlyList<ListLine> Lines =
    [
        new(SubjectKind.Individual, "Lò Thị Hoa", "Trưởng phòng, Sở Nội vụ tỉnh Lai Châu", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", 0m, "Hoàn thành xuất sắc nhiệm vụ năm 2024"),
        new(SubjectKind.Collective, "Phòng Thi đua - Khen thưởng", "Sở Nội vụ tỉnh Lai Châu", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", 0m),
    ];

    [Fact]
    public void Submission_Agency_ParentLineDirectorSignsPlaceIsTheProvince()
    {
        var sonv = IssuingBody.Of("Sở Nội vụ tỉnh Lai Châu", OrgUnitKind.ProvincialAgency, "UBND tỉnh Lai Châu");
        var province = IssuingBody.Of("UBND tỉnh Lai Châu", OrgUnitKind.Province, null);
        var capacity = SignatureCapacity.Lines(sonv.Kind, SignerOffice.DeputyDirector, collective: false).Value!;
        var bytes = NominationDocx.Submission(new SubmissionModel(sonv, province, "12/TTr-SNV", new DateOnly(2024, 12, 16), 2024,
            "trong năm 2024", Lines, capacity, "Nguyễn Văn Thành"));

        AssertValid(bytes);
        using var doc = Open(bytes);
        AssertDecree30Page(doc);
        var header = Header(doc).Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal("UBND TỈNH LAI CHÂU", header[0]);
        Assert.False(IsBold(Find(doc, "UBND TỈNH LAI CHÂU")));
        Assert.Equal("SỞ NỘI VỤ", header[1]);
        Assert.True(IsBold(Find(doc, "SỞ NỘI VỤ")));
        Assert.Contains("Số: 12/TTr-SNV", header);
        Assert.True(IsItalic(Find(doc, "Lai Châu, ngày 16 tháng 12 năm 2024")));
        var texts = Paragraphs(doc).Select(p => p.InnerText).ToList();
        Assert.Contains("Về việc đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho tập thể và cá nhân có thành tích xuất sắc trong năm 2024", texts);
        Assert.Contains("Kính gửi: Ủy ban nhân dân tỉnh Lai Châu.", texts);
        Assert.Contains("Sở Nội vụ tỉnh Lai Châu kính trình Ủy ban nhân dân tỉnh Lai Châu xem xét, tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 01 tập thể và 01 cá nhân đã có thành tích xuất sắc trong năm 2024, cụ thể như sau:", texts);
        Assert.Contains("1. Tập thể (01):", texts);
        Assert.Contains("2. Cá nhân (01):", texts);
        Assert.Contains("KT. GIÁM ĐỐC", texts);
        Assert.Contains("PHÓ GIÁM ĐỐC", texts);
        Assert.DoesNotContain(texts, t => t.StartsWith("TM.", StringComparison.Ordinal) || t == "CHỦ TỊCH");
    }

    [Fact]
    public async Task Submission_WardNotYetSent_BlankDayOfItsYearNeverToday_RendersOnePageOfText()
    {
        var ward = IssuingBody.Of("UBND phường Tân Phong", OrgUnitKind.Commune, "UBND thành phố Lai Châu");
        var city = IssuingBody.Of("UBND thành phố Lai Châu", OrgUnitKind.District, "UBND tỉnh Lai Châu");
        var capacity = SignatureCapacity.Lines(ward.Kind, SignerOffice.Chairman, collective: true).Value!;
        var bytes = NominationDocx.Submission(new SubmissionModel(ward, city, null, null, 2023, "trong năm 2023",
            [new(SubjectKind.Household, "Hộ ông Giàng A Páo", "Chủ hộ, Tổ dân phố 3", "Giấy khen", 0m)], capacity, null));

        AssertValid(bytes);
        using var doc = Open(bytes);
        var texts = Paragraphs(doc).Select(p => p.InnerText).ToList();
        Assert.Contains(texts, t => System.Text.RegularExpressions.Regex.IsMatch(t, "^Số: +/TTr-UBND$"));
        Assert.Contains(texts, t => System.Text.RegularExpressions.Regex.IsMatch(t, "^Tân Phong, ngày +tháng +năm 2023$"));
        Assert.Contains("- Hộ ông Giàng A Páo, Chủ hộ, Tổ dân phố 3: đề nghị tặng Giấy khen.", texts);
        Assert.Contains("TM. ỦY BAN NHÂN DÂN", texts);
        Assert.DoesNotContain(texts, t => t.Contains("TM. PHƯỜNG", StringComparison.Ordinal));
        var pages = await RenderPagesAsync(bytes);
        Assert.Single(pages);
        Assert.Contains("ỦY BAN NHÂN DÂN", pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanExport_SeededCityPlan_NumberedSectionsValidNoBlankPage()
    {
        await using var app = await TestDatabases.NewFactoryAsync(nameof(Decree30BuilderTests));
        var client = await Http.SignedInAsync(app, "admin");
        var plan = await app.WithDbAsync(db => db.Plans.SingleAsync(p => p.Title.Contains("Công tác Thi đua - Khen thưởng năm 2023")));
        var bytes = await client.GetByteArrayAsync($"/Plans/Export/{plan.Id}");

        AssertValid(bytes);
        using var doc = Open(bytes);
        AssertDecree30Page(doc);
        var texts = Paragraphs(doc).Select(p => p.InnerText).ToList();
        Assert.Contains(texts, t => t.StartsWith("I. ", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("II. ", StringComparison.Ordinal));
        Assert.Contains("TM. ỦY BAN NHÂN DÂN", texts);
        Assert.DoesNotContain(doc.MainDocumentPart!.Document.Body!.Descendants<Break>(), b => b.Type?.Value == BreakValues.Page);
        var pages = await RenderPagesAsync(bytes);
        Assert.All(pages, p => Assert.False(string.IsNullOrWhiteSpace(p), "a blank page"));
        Assert.Contains(pages, p => p.Contains("NỘI DUNG NHIỆM VỤ", StringComparison.Ordinal));
    }
}

/// <summary>Biên bản họp Hội đồng and biên bản kiểm phiếu: the council under its committee, dated the vote day.</summary>
public sealed class CouncilMinutesDocumentTests
{
    [Fact]
    public async Task Minutes_CityCouncil_HeaderUnderTheCommitteeVoteDayValidEveryPageHasText()
    {
        var session = Domain.Council.CouncilSession.Create(1, "Phiên họp xét khen thưởng sơ kết Phong trào", new DateOnly(2023, 12, 5),
            "Hội trường UBND thành phố", true, Domain.Council.QuorumRule.TwoThirds, false, DateTimeOffset.UnixEpoch).Value!;
        var view = new Pages.Council.SessionView(session, "UBND thành phố Lai Châu",
            [new(1, "Trần Đình Tiến", "Phó Chủ tịch UBND thành phố", Domain.Council.CouncilOffice.Chair, true, false),
             new(2, "Lò Thị Mai", "Trưởng phòng Nội vụ", Domain.Council.CouncilOffice.Secretary, true, false),
             new(3, "Vàng A Sử", "Chánh Văn phòng", Domain.Council.CouncilOffice.Member, false, true)],
            [new(1, 1, "Hồ sơ phường Tân Phong", "Lò Văn Minh", SubjectKind.Individual, "GK", "Giấy khen", 90m, null, null, [], 3, false, 3, 0, 3, true, null!)],
            false, null, false, []);

        var bytes = Pages.Council.CouncilMinutesDocument.Build(view, "UBND tỉnh Lai Châu", new DateOnly(2023, 12, 5));

        AssertValid(bytes);
        using var doc = Open(bytes);
        AssertDecree30Page(doc);
        var header = Header(doc).Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal(["UBND THÀNH PHỐ LAI CHÂU", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG"], header.Take(2));
        Assert.True(IsItalic(Find(doc, "Lai Châu, ngày 05 tháng 12 năm 2023")));
        var pages = await RenderPagesAsync(bytes);
        Assert.True(pages.Count >= 2);
        Assert.All(pages, p => Assert.False(string.IsNullOrWhiteSpace(p), "a blank page"));
        Assert.Contains(pages, p => p.Contains("BIÊN BẢN KIỂM PHIẾU", StringComparison.Ordinal));
    }
}
