using Tdkt.Domain.Planning;
using Tdkt.Domain.Planning.Import;

namespace Tdkt.Domain.Tests.Planning.Import;

/// <summary>Seed 003: Phong Thổ district's yearly plan, with its task table (tabs, HTML lists in cells, a row split by a page).</summary>
public sealed class Seed003AnnualPlanPhongThoTests
{
    private readonly PlanDraft _plan = SeedFiles.Parse("003");

    [Fact]
    public void Header_ReadsTitlePlaceDateAndIssuer()
    {
        Assert.Equal("Công tác Thi đua - Khen thưởng năm 2023", _plan.Title);
        Assert.Equal("/KH-UBND", _plan.DocumentNumber);
        Assert.Equal("Phong Thổ", _plan.Place);
        Assert.Equal(new PlanIssueDate(null, 3, 2023, "Phong Thổ, ngày tháng 3 năm 2023"), _plan.IssueDate);
        Assert.Equal("Ủy ban nhân dân huyện Phong Thổ", _plan.IssuingBody);
    }

    [Fact]
    public void LegalBasis_OneSentence_IntroductionCutOff()
    {
        var b = Assert.Single(_plan.LegalBases);
        Assert.Equal("Kế hoạch số 133/KH-UBND ngày 11/01/2023 của UBND tỉnh Lai Châu về công tác thi đua, khen thưởng năm 2023", b.Text);
        Assert.Equal(new DocumentReference("Kế hoạch", "133/KH-UBND", new DateOnly(2023, 1, 11)), b.Reference);
    }

    [Fact]
    public void Sections_ThreeSections_AppendixTableNotInBody()
    {
        Assert.Equal(["I", "II", "III"], _plan.Sections.Select(s => s.Numeral));
        Assert.Equal([DraftSectionKind.Purpose, DraftSectionKind.Content, DraftSectionKind.Organisation], _plan.Sections.Select(s => s.Kind));
        Assert.Equal("(Có nội dung nhiệm vụ kèm theo)", _plan.Sections[1].Body);
        Assert.DoesNotContain("Phòng Nội vụ\t", _plan.Sections[2].Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Tasks_ElevenRows_EachWithLeadAndTimeframe()
    {
        Assert.Equal(11, _plan.Tasks.Count);
        Assert.Equal(Enumerable.Range(1, 11).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), _plan.Tasks.Select(t => t.Number));
        Assert.All(_plan.Tasks, t => Assert.Equal("Phòng Nội vụ", t.LeadUnit));
        Assert.All(_plan.Tasks, t => Assert.NotEqual(TimeframeKind.Unknown, t.Timeframe.Kind));
        Assert.Equal(["Thường xuyên trong năm", "Thường xuyên trong năm", "Thường xuyên trong năm", "Trong quý I", "Tháng 5", "Tháng 5, 6, 7",
            "Tháng 6", "Tháng 7, 8", "Tháng 9, 10, 11", "Tháng 11", "Tháng 11, 12"], _plan.Tasks.Select(t => t.TimeframeText));
        Assert.Empty(_plan.Warnings);
    }

    [Fact]
    public void Task1_HtmlParagraphs_BecomeItemsAndUnits()
    {
        var t = _plan.Tasks[0];
        Assert.Equal(2, t.ContentItems.Count);
        Assert.StartsWith("Tiếp tục chỉ đạo các cơ quan, đơn vị huyện", t.ContentItems[0]);
        Assert.StartsWith("Tuyên truyền, phổ biến, giới thiệu", t.ContentItems[1]);
        Assert.DoesNotContain("<", t.Content, StringComparison.Ordinal);
        Assert.Equal(["Các cơ quan, đơn vị huyện", "UBND các xã, thị trấn", "Trung tâm Văn hóa, Thể thao và Truyền thông", "Trang thông tin điện tử huyện"],
            t.CoordinatingUnits);
        Assert.Equal(TimeframeKind.Continuous, t.Timeframe.Kind);
        Assert.Equal(new DateOnly(2023, 12, 31), t.Timeframe.End);
    }

    [Fact]
    public void Task2_RowSplitByPage_IsJoined()
    {
        var t = _plan.Tasks[1];
        Assert.Contains("phát triển kinh tế - xã hội, đảm bảo quốc phòng - an ninh năm 2023", t.Content, StringComparison.Ordinal);
        Assert.Equal(2, t.ContentItems.Count);
    }

    [Fact]
    public void Tasks10And11_NovemberAndNovemberDecember()
    {
        var ten = _plan.Tasks[9];
        Assert.Equal("Tháng 11", ten.TimeframeText);
        Assert.Equal((new DateOnly(2023, 11, 1), new DateOnly(2023, 11, 30)), (ten.Timeframe.Start!.Value, ten.Timeframe.End!.Value));
        Assert.Equal(["Văn phòng HĐND-UBND huyện"], ten.CoordinatingUnits);
        Assert.Equal(3, ten.ContentItems.Count);

        var eleven = _plan.Tasks[10];
        Assert.Equal("Tháng 11, 12", eleven.TimeframeText);
        Assert.Equal((new DateOnly(2023, 11, 1), new DateOnly(2023, 12, 31)), (eleven.Timeframe.Start!.Value, eleven.Timeframe.End!.Value));
        Assert.Equal(["Hội đồng Thi đua, khen thưởng huyện", "Các cơ quan, đơn vị huyện", "UBND các xã, thị trấn"], eleven.CoordinatingUnits);
    }

    [Fact]
    public void Task6_UlFragmentWithDashes_SplitsIntoItems()
    {
        var t = _plan.Tasks[5];
        Assert.Equal(3, t.ContentItems.Count);
        Assert.Equal("Hướng dẫn công tác tổng kết Thi đua - Khen thưởng ngành GD&ĐT năm học 2022-2023.", t.ContentItems[0]);
        Assert.Equal(["Phòng Giáo dục và Đào tạo", "Hội đồng Thi đua, khen thưởng huyện"], t.CoordinatingUnits);
        Assert.Equal(new DateOnly(2023, 7, 31), t.Timeframe.End);
    }

    [Fact]
    public void Signer_ChairmanBeforeAppendix()
    {
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], _plan.Signer!.Capacity);
        Assert.Equal("Trần Bảo Trung", _plan.Signer.Name);
        Assert.Equal(8, _plan.Recipients.Count);
    }
}
