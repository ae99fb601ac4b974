using Tdkt.Domain.Planning;
using Tdkt.Domain.Planning.Import;

namespace Tdkt.Domain.Tests.Planning.Import;

/// <summary>Seed 001: the province's plan for the poverty movement (several leads, yearly deadlines, section V twice).</summary>
public sealed class Seed001MovementLaiChauProvinceTests
{
    private readonly PlanDraft _plan = SeedFiles.Parse("001");

    [Fact]
    public void Header_ReadsTitleAndYearOnlyDate()
    {
        Assert.Equal("Tổ chức thực hiện Phong trào thi đua “Lai Châu chung tay vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2021-2025", _plan.Title);
        Assert.Equal("Lai Châu", _plan.Place);
        Assert.Equal(new PlanIssueDate(null, null, 2022, "Lai Châu, ngày tháng năm 2022"), _plan.IssueDate);
        Assert.Equal("Ủy ban nhân dân tỉnh", _plan.IssuingBody);
    }

    [Fact]
    public void LegalBases_FourParagraphs_WithLeadsAndNumbers()
    {
        Assert.Equal(4, _plan.LegalBases.Count);
        Assert.Equal(["Căn cứ", "Thực hiện", "Thực hiện", "Căn cứ"], _plan.LegalBases.Select(b => b.Lead));
        Assert.Equal(new DocumentReference("Nghị quyết", "160/NQ-CP", new DateOnly(2021, 12, 22)), _plan.LegalBases[0].Reference);
        Assert.Equal(new DocumentReference("Quyết định", "666/QĐ-TTg", new DateOnly(2022, 6, 2)), _plan.LegalBases[1].Reference);
        Assert.Equal(new DocumentReference("Công văn", "2150/BLĐTBXH-VPQGNN", new DateOnly(2022, 6, 23)), _plan.LegalBases[2].Reference);
        Assert.Null(_plan.LegalBases[3].Reference);
        Assert.DoesNotContain("ban hành kế hoạch", _plan.LegalBases[3].Text, StringComparison.Ordinal); // the introduction is cut off
    }

    [Fact]
    public void Sections_SixSections_DuplicateNumeralIsWarned()
    {
        Assert.Equal(["I", "II", "III", "IV", "V", "V"], _plan.Sections.Select(s => s.Numeral));
        Assert.Equal(
            [DraftSectionKind.Purpose, DraftSectionKind.Content, DraftSectionKind.Solutions, DraftSectionKind.Other, DraftSectionKind.Schedule, DraftSectionKind.Organisation],
            _plan.Sections.Select(s => s.Kind));
        Assert.Contains(_plan.Warnings, w => w.Contains("Mục V xuất hiện hai lần", StringComparison.Ordinal));
    }

    [Fact]
    public void Deadlines_Yearly20And30November_AreRecurringWithActors()
    {
        Assert.Equal(2, _plan.Deadlines.Count);
        var first = _plan.Deadlines[0];
        Assert.Equal(TimeframeKind.Recurring, first.Timeframe.Kind);
        Assert.Equal("yearly", first.Timeframe.Recurrence);
        Assert.Equal(new DateOnly(2022, 11, 20), first.Timeframe.End);
        Assert.Equal("các sở, ban, ngành tỉnh, Ủy ban nhân dân các huyện, thành phố", first.Actor);
        Assert.Equal("Sở Lao động – Thương binh và Xã hội", first.Recipient);

        var second = _plan.Deadlines[1];
        Assert.Equal(TimeframeKind.Recurring, second.Timeframe.Kind);
        Assert.Equal(new DateOnly(2022, 11, 30), second.Timeframe.End);
        Assert.Equal("Sở Lao động – Thương binh và Xã hội", second.Actor);
        Assert.Equal("UBND tỉnh", second.Recipient);
    }

    [Fact]
    public void Deadlines_YearGivenByCaller_WhenDateLineLacksIt()
    {
        var text = SeedFiles.Read("001").Replace("ngày tháng năm 2022", "ngày tháng năm", StringComparison.Ordinal);
        var plan = PlanDocumentParser.Parse(text, defaultYear: 2024).Value!;
        Assert.Equal(2024, plan.Year);
        Assert.Equal(new DateOnly(2024, 11, 20), plan.Deadlines[0].Timeframe.End);
    }

    [Fact]
    public void NoBudgetNoParticipants_SignerRead()
    {
        Assert.Null(_plan.Budget);
        Assert.Null(_plan.Participants);
        Assert.Equal("Giàng A Tính", _plan.Signer!.Name);
        Assert.Equal("PHÓ CHỦ TỊCH", _plan.Signer.Position);
        Assert.Equal(14, _plan.Recipients.Count);
    }
}
