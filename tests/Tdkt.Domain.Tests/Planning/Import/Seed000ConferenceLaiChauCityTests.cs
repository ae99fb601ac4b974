using Tdkt.Domain.Planning;
using Tdkt.Domain.Planning.Import;

namespace Tdkt.Domain.Tests.Planning.Import;

/// <summary>Seed 000: conference plan of Lai Châu city (markdown headings, bold inline headings).</summary>
public sealed class Seed000ConferenceLaiChauCityTests
{
    private readonly PlanDraft _plan = SeedFiles.Parse("000");

    [Fact]
    public void Header_ReadsTitleNumberPlaceAndDate()
    {
        Assert.StartsWith("Tổ chức Hội nghị sơ kết Phong trào thi đua “Lai Châu chung tay vì người nghèo", _plan.Title);
        Assert.EndsWith("giai đoạn 2021-2025", _plan.Title);
        Assert.Equal("/KH-UBND", _plan.DocumentNumber);
        Assert.Equal("Thành phố Lai Châu", _plan.Place);
        Assert.Equal(new PlanIssueDate(null, 11, 2023, "Thành phố Lai Châu, ngày tháng 11 năm 2023"), _plan.IssueDate);
        Assert.Equal(2023, _plan.Year);
        Assert.Equal("UBND thành phố", _plan.IssuingBody);
    }

    [Fact]
    public void LegalBases_OneParagraphWithThreeDocuments_GivesThreeItems()
    {
        Assert.Equal(3, _plan.LegalBases.Count);
        Assert.Equal(new DocumentReference("Hướng dẫn", "118/HD-HĐTĐKT", new DateOnly(2022, 10, 6)), _plan.LegalBases[0].Reference);
        Assert.Equal(new DocumentReference("Hướng dẫn", "2012/HD-HĐTĐKT", new DateOnly(2023, 7, 20)), _plan.LegalBases[1].Reference);
        Assert.Equal(new DocumentReference("Kế hoạch", "2055/KH-UBND", new DateOnly(2022, 8, 16)), _plan.LegalBases[2].Reference);
        Assert.All(_plan.LegalBases, b => Assert.Equal("Căn cứ", b.Lead));
    }

    [Fact]
    public void Sections_FiveRomanSections_AreClassified()
    {
        Assert.Equal(["I", "II", "III", "IV", "V"], _plan.Sections.Select(s => s.Numeral));
        Assert.Equal(
            [DraftSectionKind.Purpose, DraftSectionKind.Schedule, DraftSectionKind.Other, DraftSectionKind.Budget, DraftSectionKind.Organisation],
            _plan.Sections.Select(s => s.Kind));
        Assert.Equal("CHƯƠNG TRÌNH SƠ KẾT", _plan.Sections[2].Heading);
        Assert.StartsWith("Đánh giá kết quả phong trào", _plan.Sections[2].Body); // inline body after the bold heading
        Assert.Empty(_plan.Tasks);
    }

    [Fact]
    public void Deadline_DossiersBefore24November_HasDateActorAndRecipient()
    {
        var d = Assert.Single(_plan.Deadlines);
        Assert.Equal("trước ngày 24/11/2023", d.Phrase);
        Assert.Equal(TimeframeKind.Deadline, d.Timeframe.Kind);
        Assert.Equal(new DateOnly(2023, 11, 24), d.Timeframe.DueDate);
        Assert.StartsWith("Hồ sơ đề nghị khen thưởng gửi về phòng Lao động", d.Sentence);
        Assert.Equal("Các cơ quan, đơn vị, UBND các xã, phường", d.Actor);
        Assert.Equal("phòng Lao động - Thương binh và Xã hội thành phố", d.Recipient);
        Assert.Equal("V", d.Section);
    }

    [Fact]
    public void Participants_135DelegatesInFiveGroups()
    {
        var p = _plan.Participants!;
        Assert.Equal(135, p.ExpectedTotal);
        Assert.Equal(["Đại biểu tỉnh", "Đại biểu thành phố", "Đại biểu xã, phường",
            "Các tập thể, cá nhân đề nghị Chủ tịch UBND thành phố tặng giấy khen", "Phóng viên ghi hình, đưa tin"], p.Groups.Select(g => g.Name));
        Assert.Equal(2, p.Groups[0].Members.Count);
        Assert.Equal("Đại diện lãnh đạo Sở Lao động - Thương binh và Xã hội tỉnh", p.Groups[0].Members[0]);
        Assert.Equal(4, p.Groups[2].Members.Count);
        Assert.Equal("10 tập thể, 10 cá nhân và 7 hộ gia đình (có phân bổ khen thưởng kèm theo)", Assert.Single(p.Groups[3].Members));
    }

    [Fact]
    public void Budget_15MillionUnderDecision178()
    {
        var b = _plan.Budget!;
        Assert.Equal(15_000_000m, b.AmountVnd);
        Assert.Equal("15 triệu đồng", b.AmountText);
        Assert.Equal(new DocumentReference("Quyết định", "178/QĐ-UBND", new DateOnly(2023, 3, 15)), b.Decision);
    }

    [Fact]
    public void Event_EstimatedDecemberAtCityConferenceCentre()
    {
        var e = _plan.Event!;
        Assert.Equal("Dự kiến trong tháng 12 (thời gian cụ thể sẽ thông báo sau)", e.TimeText);
        Assert.Equal(TimeframeKind.Range, e.Timeframe!.Kind);
        Assert.True(e.Timeframe.Estimated);
        Assert.Equal(new DateOnly(2023, 12, 1), e.Timeframe.Start);
        Assert.Equal(new DateOnly(2023, 12, 31), e.Timeframe.End);
        Assert.Equal("Trung tâm Hội nghị - Văn hóa thành phố Lai Châu", e.Venue);
    }

    [Fact]
    public void SignerAndRecipients_AreRead()
    {
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], _plan.Signer!.Capacity);
        Assert.Equal("PHÓ CHỦ TỊCH", _plan.Signer.Position);
        Assert.Equal("Trần Đình Tiến", _plan.Signer.Name);
        Assert.Equal(7, _plan.Recipients.Count);
        Assert.Equal("Sở Lao động - TB&XH tỉnh", _plan.Recipients[0]);
        Assert.Equal("Lưu: VT", _plan.Recipients[^1]);
        Assert.Empty(_plan.Warnings);
    }
}
