using Tdkt.Domain.Common;
using Tdkt.Domain.Planning;
using Tdkt.Domain.Planning.Import;

namespace Tdkt.Domain.Tests.Planning.Import;

public sealed class PlanDocumentParserTests
{
    private const string Header = """
        Số: 12/KH-UBND

        Hà Giang, ngày 05 tháng 2 năm 2025

        KẾ HOẠCH
        Công tác thi đua năm 2025

        Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022; Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ.

        I. MỤC ĐÍCH, YÊU CẦU

        Đẩy mạnh phong trào thi đua.

        II. NỘI DUNG

        """;

    private static PlanDraft Parse(string text, int? year = null)
    {
        var result = PlanDocumentParser.Parse(text, year);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value!;
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData(null)]
    public void Parse_EmptyText_ReturnsValidationFailureInVietnamese(string? text)
    {
        var result = PlanDocumentParser.Parse(text);
        Assert.True(result.IsFailure);
        var error = Assert.IsType<ValidationError>(result.Error);
        Assert.Equal("text", error.Field);
        Assert.StartsWith("Văn bản trống", error.Message);
    }

    [Fact]
    public void Parse_TextThatIsNotAPlan_StillGivesAPreviewThatInventsNothing()
    {
        // Issue 16: a text document is never rejected; what is not there stays empty and is named in the warnings.
        var draft = Parse("Biên bản họp chi bộ\nNội dung cuộc họp: bàn về công tác quý I.");
        Assert.Null(draft.Title);
        Assert.Null(draft.DocumentNumber);
        Assert.Empty(draft.Tasks);
        Assert.Null(draft.Budget);
        Assert.Null(draft.Signer);
        Assert.Empty(draft.Recipients);
        Assert.Contains(draft.Warnings, w => w.Contains("tên văn bản", StringComparison.Ordinal));
        Assert.Equal(0, draft.Confidence["title"]);
    }

    [Fact]
    public void Parse_ScanWithoutDiacritics_RestoresVocabularyAndPlaceNamesAndMarksThem()
    {
        // The header of seed 003 as an OCR scan that lost every diacritic.
        const string text = """
            UY BAN NHAN DAN
            HUYEN PHONG THO

            CONG HOA XA HOI CHU NGHIA VIET NAM
            Doc lap - Tu do - Hanh phuc

            So: /KH-UBND

            Phong Tho, ngay 15 thang 3 nam 2023

            KE HOACH
            Cong tac Thi dua - Khen thuong nam 2023

            Can cu Ke hoach so 133/KH-UBND ngay 11/01/2023 cua UBND tinh Lai Chau ve cong tac thi dua, khen thuong nam 2023.
            """;
        var draft = Parse(text);
        Assert.Equal("ỦY BAN NHÂN DÂN HUYỆN PHONG THỔ", draft.IssuingBody);
        Assert.Equal("Phong Thổ", draft.Place);
        Assert.Equal(new DateOnly(2023, 3, 15), draft.IssueDate?.Date);
        Assert.Equal(2023, draft.Year);
        Assert.Equal("KẾ HOẠCH", draft.DocumentKind);
        Assert.Equal("Công tác Thi đua - Khen thưởng năm 2023", draft.Title);
        Assert.Contains("Phong Thổ", draft.RestoredWords);
        Assert.Contains(draft.Warnings, w => w.Contains("khôi phục dấu", StringComparison.Ordinal));
        Assert.True(draft.Confidence["title"] <= 0.6);
    }

    [Fact]
    public void Parse_FilledInDateAndNumber_GivesFullDate()
    {
        var plan = Parse(Header);
        Assert.Equal("12/KH-UBND", plan.DocumentNumber);
        Assert.Equal(new DateOnly(2025, 2, 5), plan.IssueDate!.Date);
        Assert.Equal("Công tác thi đua năm 2025", plan.Title);
    }

    [Fact]
    public void LegalBases_SemicolonCanCu_SplitIntoTwoWithReferences()
    {
        var plan = Parse(Header);
        Assert.Equal(2, plan.LegalBases.Count);
        Assert.Equal(new DocumentReference("Luật", "06/2022/QH15", new DateOnly(2022, 6, 15)), plan.LegalBases[0].Reference);
        Assert.Equal(new DocumentReference("Nghị định", "98/2023/NĐ-CP", new DateOnly(2023, 12, 31)), plan.LegalBases[1].Reference);
    }

    [Fact]
    public void PipeTable_WithHeadersInAnyOrder_IsRead()
    {
        var text = Header + """
            | STT | Nội dung công việc | Thời gian thực hiện | Đơn vị chủ trì | Đơn vị phối hợp |
            |---|---|---|---|---|
            | 1 | Phát động thi đua<br>Đăng ký danh hiệu | Quý I | Sở Nội vụ | Các sở; UBND các huyện |
            | 2 | Sơ kết 6 tháng | Trước ngày 15/7 | Sở Nội vụ | |

            III. TỔ CHỨC THỰC HIỆN

            Các đơn vị triển khai thực hiện.
            """;
        var plan = Parse(text);
        Assert.Equal(2, plan.Tasks.Count);
        var first = plan.Tasks[0];
        Assert.Equal(["Phát động thi đua", "Đăng ký danh hiệu"], first.ContentItems);
        Assert.Equal("Sở Nội vụ", first.LeadUnit);
        Assert.Equal(["Các sở", "UBND các huyện"], first.CoordinatingUnits);
        Assert.Equal(new DateOnly(2025, 3, 31), first.Timeframe.End);
        Assert.Equal(TimeframeKind.Deadline, plan.Tasks[1].Timeframe.Kind);
        Assert.Equal(new DateOnly(2025, 7, 15), plan.Tasks[1].Timeframe.DueDate);
        Assert.Empty(plan.Tasks[1].CoordinatingUnits);
        Assert.DoesNotContain("|", plan.Sections[1].Body, StringComparison.Ordinal);
        Assert.Equal(DraftSectionKind.Organisation, plan.Sections[2].Kind);
    }

    [Fact]
    public void TaskTable_MissingLeadUnitAndUnreadableTime_KeepsRowsAndWarns()
    {
        var text = Header + "STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian\n"
            + "1\tTập huấn nghiệp vụ\t\tCác huyện\tTháng 6\n"
            + "2\tKiểm tra\tSở Nội vụ\t\tkhi có yêu cầu\n";
        var plan = Parse(text);
        Assert.Equal(2, plan.Tasks.Count);
        Assert.Null(plan.Tasks[0].LeadUnit);
        Assert.Equal(TimeframeKind.Unknown, plan.Tasks[1].Timeframe.Kind);
        Assert.Equal("khi có yêu cầu", plan.Tasks[1].TimeframeText);
        Assert.Contains("Bảng nhiệm vụ, dòng 1: chưa có đơn vị chủ trì.", plan.Warnings);
        Assert.Contains(plan.Warnings, w => w.StartsWith("Bảng nhiệm vụ, dòng 2: không đọc được thời gian thực hiện \"khi có yêu cầu\"", StringComparison.Ordinal));
    }

    [Fact]
    public void TaskTable_GroupRows_AreKeptOnTheirTasks()
    {
        var text = Header + "TT\tNội dung\tChủ trì\tThời gian\nI\tCông tác tuyên truyền\t\t\n1\tViết tin bài\tTrung tâm Văn hóa\tThường xuyên\n";
        var plan = Parse(text);
        var task = Assert.Single(plan.Tasks);
        Assert.Equal("I. Công tác tuyên truyền", task.Group);
        Assert.Equal("Trung tâm Văn hóa", task.LeadUnit);
    }

    [Fact]
    public void TaskTable_NoYearAnywhere_WarnsInsteadOfGuessing()
    {
        var text = "KẾ HOẠCH\nThi đua\n\nI. NỘI DUNG\n\nSTT\tNội dung\tChủ trì\tThời gian\n1\tTổng kết\tSở Nội vụ\tTháng 12\n";
        var plan = Parse(text);
        Assert.Null(plan.Year);
        Assert.Equal(TimeframeKind.Unknown, plan.Tasks[0].Timeframe.Kind);
        Assert.Contains(plan.Warnings, w => w.Contains("không biết năm", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(2026, Parse(text, 2026).Tasks[0].Timeframe.Start!.Value.Year);
    }

    [Fact]
    public void Deadline_ChamNhatWithRecipient_IsRead()
    {
        var text = Header + "Các huyện gửi báo cáo về Sở Nội vụ chậm nhất ngày 10/12/2025 để tổng hợp.\n";
        var d = Assert.Single(Parse(text).Deadlines);
        Assert.Equal("chậm nhất ngày 10/12/2025", d.Phrase);
        Assert.Equal(new DateOnly(2025, 12, 10), d.Timeframe.DueDate);
        Assert.Equal("Các huyện", d.Actor);
        Assert.Equal("Sở Nội vụ", d.Recipient);
    }

    [Fact]
    public void Budget_ThousandsSeparatedAmount_IsRead()
    {
        var text = Header + "III. KINH PHÍ\n\nTổng kinh phí 25.500.000 đồng từ ngân sách huyện.\n";
        var budget = Parse(text).Budget!;
        Assert.Equal(25_500_000m, budget.AmountVnd);
        Assert.Null(budget.Decision);
    }

    [Fact]
    public void Budget_DecimalBillion_IsRead()
    {
        var text = Header + "III. KINH PHÍ\n\nDự kiến 1,5 tỷ đồng.\n";
        Assert.Equal(1_500_000_000m, Parse(text).Budget!.AmountVnd);
    }

    [Fact]
    public void NoPlanHeading_ButSections_IsReadWithWarning()
    {
        var plan = Parse("I. MỤC ĐÍCH\n\nA.\n\nII. KINH PHÍ\n\nB.\n");
        Assert.Null(plan.Title);
        Assert.Equal(2, plan.Sections.Count);
        Assert.Contains(plan.Warnings, w => w.Contains("KẾ HOẠCH", StringComparison.Ordinal));
    }

    [Fact]
    public void DecomposedUnicodeAndCrlf_AreNormalised()
    {
        var text = Header.Replace("\n", "\r\n", StringComparison.Ordinal).Normalize(System.Text.NormalizationForm.FormD);
        var plan = Parse(text);
        Assert.Equal("Công tác thi đua năm 2025", plan.Title);
        Assert.Equal("Hà Giang", plan.Place);
        Assert.Equal(2, plan.Sections.Count);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void BundledSeedCopies_ParseLikeTheSharedOnes(string seed)
    {
        var bundled = PlanDocumentParser.Parse(SeedFiles.ReadBundled(seed)).Value!;
        var shared = SeedFiles.Parse(seed);
        Assert.Equal(shared.Title, bundled.Title);
        Assert.Equal(shared.Sections.Count, bundled.Sections.Count);
        Assert.Equal(shared.Tasks.Count, bundled.Tasks.Count);
        Assert.NotNull(bundled.Signer?.Name);
    }
}
