using Tdkt.Domain.Common;
using Tdkt.Domain.Planning;
using Tdkt.Domain.Planning.Import;

namespace Tdkt.Domain.Tests.Planning.Import;

/// <summary>Seed 004: the province's plan for patriotic emulation congresses (delegate rules per level, "hoàn thành trong" deadlines, no section III).</summary>
public sealed class Seed004PatrioticCongressTests
{
    private readonly PlanDraft _plan = SeedFiles.Parse("004");

    [Fact]
    public void Header_ReadsTitleAndIssuer()
    {
        Assert.StartsWith("Tổ chức Đại hội Thi đua yêu nước, Hội nghị biểu dương, tôn vinh điển hình tiên tiến các cấp", _plan.Title);
        Assert.Equal("Lai Châu", _plan.Place);
        Assert.Equal(2024, _plan.Year);
        Assert.Equal("Ủy ban nhân dân tỉnh", _plan.IssuingBody);
        var b = Assert.Single(_plan.LegalBases);
        Assert.Equal("Thực hiện", b.Lead);
        Assert.Equal(new DocumentReference("Kế hoạch", "01/KH-HĐTĐKT", new DateOnly(2024, 5, 20)), b.Reference);
    }

    [Fact]
    public void Sections_MissingNumeralIII_IsWarned()
    {
        Assert.Equal(["I", "II", "IV"], _plan.Sections.Select(s => s.Numeral));
        Assert.Equal([DraftSectionKind.Purpose, DraftSectionKind.Content, DraftSectionKind.Organisation], _plan.Sections.Select(s => s.Kind));
        Assert.Contains("Không thấy mục III: các mục nhảy từ II sang IV.", _plan.Warnings);
    }

    [Fact]
    public void DelegateRules_KeptInContentSection_NotTakenAsTotal()
    {
        var content = _plan.Sections[1].Body;
        Assert.Contains("tổ chức Hội nghị đại biểu nhưng số lượng không quá 200 đại biểu", content, StringComparison.Ordinal);
        Assert.Contains("nhưng không vượt quá 300 đại biểu", content, StringComparison.Ordinal);
        Assert.Contains("- Số lượng: Khoảng 450 đại biểu;", content, StringComparison.Ordinal);
        Assert.Contains("cả nước thi đua xây dựng xã hội học tập", content, StringComparison.OrdinalIgnoreCase); // page break joined
        Assert.Null(_plan.Participants); // counts per level are rules, not the plan's expected total
    }

    [Fact]
    public void Deadlines_HoanThanhTrong_AreRead()
    {
        var byPhrase = _plan.Deadlines.ToDictionary(d => d.Phrase);
        Assert.Equal(new DateOnly(2024, 8, 31), byPhrase["Hoàn thành trong tháng 8 năm 2024"].Timeframe.End);
        Assert.Equal(new DateOnly(2025, 3, 31), byPhrase["hoàn thành trong Quý I năm 2025"].Timeframe.End);
        Assert.Equal(new DateOnly(2025, 2, 28), byPhrase["Hoàn thành trong tháng 02 năm 2025"].Timeframe.End);
        Assert.Equal(new DateOnly(2025, 9, 30), byPhrase["hoàn thành trong quý III năm 2025"].Timeframe.End);
        // Issue 16: "hoàn thành trong <khoảng>" is the whole window (Range); "hoàn thành trước …" stays a Deadline.
        Assert.All(_plan.Deadlines.Where(d => VietnameseText.Fold(d.Phrase).StartsWith("hoan thanh", StringComparison.Ordinal)), d =>
            Assert.Equal(VietnameseText.Fold(d.Phrase).StartsWith("hoan thanh trong", StringComparison.Ordinal) ? TimeframeKind.Range : TimeframeKind.Deadline, d.Timeframe.Kind));
    }

    [Fact]
    public void Deadlines_InOrganisation_TakeActorFromSubheading()
    {
        var q4 = _plan.Deadlines.Single(d => d.Phrase == "trong quý IV năm 2024");
        Assert.Equal("Sở Nội vụ", q4.Actor);
        Assert.Equal("UBND tỉnh", q4.Recipient);
        Assert.Equal(new DateOnly(2024, 12, 31), q4.Timeframe.End);

        var relative = _plan.Deadlines.Single(d => d.Phrase == "trước 15 ngày");
        Assert.Equal(TimeframeKind.Relative, relative.Timeframe.Kind);
        Assert.Equal(-15, relative.Timeframe.OffsetDays);
        Assert.Equal("cơ quan thường trực Hội đồng Thi đua- Khen thưởng tỉnh (Sở Nội vụ)", relative.Recipient);
    }

    [Fact]
    public void Signer_Chairman()
    {
        Assert.Equal("Lê Văn Lương", _plan.Signer!.Name);
        Assert.Equal("CHỦ TỊCH", _plan.Signer.Position);
        Assert.Null(_plan.Budget);
        Assert.Null(_plan.Event);
        Assert.Equal(9, _plan.Recipients.Count);
    }
}
