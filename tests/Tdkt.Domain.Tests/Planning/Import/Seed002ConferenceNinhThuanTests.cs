using Tdkt.Domain.Planning.Import;

namespace Tdkt.Domain.Tests.Planning.Import;

/// <summary>Seed 002: Ninh Thuận conference plan (plain headings without marks, budget that only names its source).</summary>
public sealed class Seed002ConferenceNinhThuanTests
{
    private readonly PlanDraft _plan = SeedFiles.Parse("002");

    [Fact]
    public void Header_ReadsPlainTextHeadings()
    {
        Assert.Equal("Tổ chức Hội nghị Sơ kết Phong trào thi đua “Vì Người nghèo – Không để ai bị bỏ lại phía sau” giai đoạn 2021-2025 trên địa bàn tỉnh Ninh Thuận", _plan.Title);
        Assert.Equal("Ninh Thuận", _plan.Place);
        Assert.Equal(3, _plan.IssueDate!.Month);
        Assert.Equal(2024, _plan.Year);
        Assert.Equal("Ủy ban nhân dân tỉnh", _plan.IssuingBody);
    }

    [Fact]
    public void LegalBases_TrenCoSoParagraphWithTwoDocuments_IsSplit()
    {
        Assert.Equal(4, _plan.LegalBases.Count);
        Assert.Equal(["Căn cứ", "Căn cứ", "Trên cơ sở", "Trên cơ sở"], _plan.LegalBases.Select(b => b.Lead));
        Assert.Equal(["666/QĐ-TTg", "19-CT/TU", "2870/KH-UBND", "124/QĐ-BCĐCTMTQG"], _plan.LegalBases.Select(b => b.Reference!.Number));
        Assert.Equal(new DateOnly(2024, 1, 29), _plan.LegalBases[3].Reference!.Date);
    }

    [Fact]
    public void Sections_FourSections()
    {
        Assert.Equal(["I", "II", "III", "IV"], _plan.Sections.Select(s => s.Numeral));
        Assert.Equal([DraftSectionKind.Purpose, DraftSectionKind.Content, DraftSectionKind.Budget, DraftSectionKind.Organisation],
            _plan.Sections.Select(s => s.Kind));
        Assert.Equal("KINH PHÍ TỔ CHỨC", _plan.Sections[2].Heading);
    }

    [Fact]
    public void Participants_150DelegatesByLevel()
    {
        var p = _plan.Participants!;
        Assert.Equal(150, p.ExpectedTotal);
        Assert.Equal("Số lượng đại biểu dự kiến: 150 người, trong đó:", p.TotalText);
        Assert.Equal(["Cấp tỉnh", "Cấp huyện", "Cấp xã"], p.Groups.Take(3).Select(g => g.Name));
        Assert.Equal(4, p.Groups.Count);
        Assert.Equal(["Lãnh đạo Ủy ban nhân dân các xã"], p.Groups[2].Members);
    }

    [Fact]
    public void Event_April2024AtProvinceHotel()
    {
        var e = _plan.Event!;
        Assert.Equal("Dự kiến tổ chức trong tháng 4/2024", e.TimeText);
        Assert.Equal(new DateOnly(2024, 4, 1), e.Timeframe!.Start);
        Assert.Equal(new DateOnly(2024, 4, 30), e.Timeframe.End);
        Assert.True(e.Timeframe.Estimated);
        Assert.Equal("Khách sạn tỉnh Ninh Thuận", e.Venue);
    }

    [Fact]
    public void Budget_SourceOnly_AmountNullSourceKept()
    {
        var b = _plan.Budget!;
        Assert.Null(b.AmountVnd);
        Assert.StartsWith("Kinh phí thực hiện thuộc Dự án 7 Chương trình MTQG giảm nghèo bền vững", b.SourceText);
        Assert.Equal(new DocumentReference("Quyết định", "706/QĐ-UBND", new DateOnly(2023, 12, 14)), b.Decision);
    }

    [Fact]
    public void Signer_KtChairmanWithoutTm()
    {
        Assert.Equal(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], _plan.Signer!.Capacity);
        Assert.Equal("Nguyễn Long Biên", _plan.Signer.Name);
        Assert.Equal(11, _plan.Recipients.Count);
        Assert.Empty(_plan.Deadlines);
        Assert.Empty(_plan.Warnings);
    }
}
