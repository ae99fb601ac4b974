using Tdkt.Domain.Common;

namespace Tdkt.Domain.Awards;

/// <summary>The catalogue of awards per legal basis, as code (domain.md §1, §4, §5). The Web project seeds it.</summary>
public static class DefaultCatalogue
{
    private const string LawText = "Luật TĐKT 2022";

    private static readonly Dictionary<(string, LegalBasis), AwardDefinition> Definitions = Build();

    /// <summary>Every definition, ordered by basis then rank (highest first).</summary>
    public static IReadOnlyList<AwardDefinition> All { get; } =
        [.. Definitions.Values.OrderBy(d => d.Basis).ThenBy(d => d.Rank).ThenBy(d => d.Code, StringComparer.Ordinal)];

    public static Result<AwardDefinition> For(string? code, LegalBasis basis)
    {
        if (!AwardCodes.TryNormalize(code, out var c))
        {
            return UnknownAward(code);
        }

        return Definitions[(c, basis)];
    }

    /// <summary>The definition with the province's parameters applied (ND 152 council thresholds, provincial
    /// processing time).</summary>
    public static Result<AwardDefinition> For(string? code, LegalBasis basis, JurisdictionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var result = For(code, basis);
        if (result.Value is not { } d)
        {
            return result;
        }

        if (basis == LegalBasis.Nd152_2025 && d.Council.BallotRequired
            && settings.Nd152CouncilThresholds.TryGetValue(d.Code, out var percent))
        {
            d = d with { Council = d.Council with { ApprovalPercentOfAllMembers = percent } };
        }

        if (d.DecidingLevel == DecidingLevel.Province && d.ProcessingDaysUnverified)
        {
            d = d with { ProcessingWorkingDays = settings.ProvincialProcessingWorkingDays };
        }

        return d;
    }

    internal static AwardDefinition Get(string code, LegalBasis basis) => Definitions[(code, basis)];

    public static ValidationError UnknownAward(string? code) =>
        new("award", $"Không có danh hiệu, hình thức khen thưởng mã \"{code}\". Hãy chọn một mã trong danh mục, ví dụ: {AwardCodes.BkTinh}.");

    private static Dictionary<(string, LegalBasis), AwardDefinition> Build()
    {
        var all = new Dictionary<(string, LegalBasis), AwardDefinition>();
        foreach (var basis in LegalBases.All)
        {
            foreach (var d in ForBasis(basis))
            {
                all.Add((d.Code, basis), d);
            }
        }

        return all;
    }

    private static IEnumerable<AwardDefinition> ForBasis(LegalBasis b)
    {
        var nd152 = b == LegalBasis.Nd152_2025;
        var decree = b.Decree();
        var moneyRef = nd152 ? decree : decree + " (chương khen thưởng; hệ số lấy như Nghị định 152 trừ Bằng khen tỉnh — chưa đối chiếu điều khoản)";
        var moneyUnverified = !nd152;
        var grassrootsDecider = nd152
            ? "Thủ trưởng cơ quan, đơn vị; Giám đốc Sở; giám đốc doanh nghiệp; Chủ tịch UBND cấp xã (Điều 80 Luật TĐKT 2022; Điều 59 Nghị định 129/2025/NĐ-CP)"
            : "Thủ trưởng cơ quan, đơn vị; Giám đốc Sở; giám đốc doanh nghiệp; Chủ tịch UBND cấp huyện (Điều 80 Luật TĐKT 2022)";
        var grassrootsProposer = "Thủ trưởng đơn vị cơ sở hoặc cấp quản lý tổ chức, cán bộ, quỹ lương (khoản 1 Điều 83 Luật TĐKT 2022)";
        var provinceProposer = nd152
            ? "Thủ trưởng cơ quan, đơn vị trực thuộc tỉnh; Chủ tịch UBND cấp xã (Điều 83 Luật TĐKT 2022)"
            : "Thủ trưởng cơ quan, đơn vị trực thuộc tỉnh; Chủ tịch UBND cấp huyện (Điều 83 Luật TĐKT 2022)";
        const string ProvinceDecider = "Chủ tịch UBND tỉnh (Điều 79 Luật TĐKT 2022)";
        const string CentralProposer = "Chủ tịch UBND tỉnh, Bộ trưởng, thủ trưởng cơ quan trung ương, trình qua Bộ Nội vụ (Điều 83 Luật TĐKT 2022)";

        CouncilRule Ballot(decimal nd98Percent) => nd152
            ? new CouncilRule(true, nd98Percent, decree + " (tỷ lệ chưa xác minh — cấu hình theo tỉnh)", true)
            : new CouncilRule(true, nd98Percent, "Khoản 7 Điều 30 " + decree, false);

        MoneyRule Money(decimal? coefficient, string nd152Article, bool collectiveDoubles = false,
            bool householdOneAndHalf = false, bool unverified = false) =>
            new(coefficient, collectiveDoubles, householdOneAndHalf,
                nd152 ? nd152Article + " " + decree : moneyRef, unverified || moneyUnverified);

        IReadOnlyList<DossierPart> cstdcsDossier =
        [
            Parts.SubmissionLetter, Parts.AchievementReport, Parts.ReviewMinutes, Parts.BallotResult,
            nd152 ? Parts.InitiativeOrExcellenceCertification : Parts.InitiativeCertification,
        ];
        IReadOnlyList<DossierPart> cstdTinhDossier =
            [Parts.SubmissionLetter, Parts.AchievementReport, Parts.ReviewMinutes, Parts.BallotResult, Parts.ProvincialScopeCertification];
        IReadOnlyList<DossierPart> titleDossier = [Parts.SubmissionLetter, Parts.AchievementReport, Parts.ReviewMinutes];
        IReadOnlyList<DossierPart> flagDossier =
            [Parts.SubmissionLetter, Parts.AchievementReport, Parts.ReviewMinutes, Parts.BallotResult];
        IReadOnlyList<DossierPart> formDossier =
            [Parts.SubmissionLetter, Parts.AchievementReport, Parts.ReviewMinutes, Parts.AchievementCertification];
        IReadOnlyList<DossierPart> centralDossier =
            [Parts.SubmissionLetter, Parts.CertifiedAchievementReport, Parts.ProvincialCouncilMinutes, Parts.AchievementCertification, Parts.ElectronicFiles];
        IReadOnlyList<SubjectKind> individual = [SubjectKind.Individual];
        IReadOnlyList<SubjectKind> collective = [SubjectKind.Collective];
        IReadOnlyList<SubjectKind> everyone = [SubjectKind.Individual, SubjectKind.Collective, SubjectKind.Household];
        const string DaysNote = "Thời hạn giải quyết: chưa xác minh (mặc định 20 ngày làm việc theo tương tự).";

        yield return new AwardDefinition
        {
            Code = AwardCodes.Hcld3, Basis = b, Rank = 10, Name = "Huân chương Lao động hạng Ba",
            Category = AwardCategory.CommendationForm, Group = AwardGroup.Order,
            SubjectKinds = [SubjectKind.Individual, SubjectKind.Collective], Annual = false,
            DecidingLevel = DecidingLevel.StatePresident, DecidedBy = "Chủ tịch nước (Điều 77 Luật TĐKT 2022)",
            ProposedBy = "Thủ tướng Chính phủ trình Chủ tịch nước theo đề nghị của Bộ trưởng, Chủ tịch UBND tỉnh (khoản 2 Điều 83 Luật TĐKT 2022)",
            CriteriaReference = "Điều 44 " + LawText, Council = CouncilRule.None, Dossier = centralDossier,
            ProcessingWorkingDays = 20, ProcessingDaysUnverified = false,
            Money = Money(4.5m, "Điều 51", collectiveDoubles: true),
            Notes = ["Tiêu chuẩn khoản 1 Điều 44 (cán bộ, công chức) chưa xác minh nguyên văn; chưa kiểm tra tự động.",
                "Thời hạn 20 ngày làm việc là thời hạn thẩm định tại Bộ Nội vụ."],
        };
        yield return new AwardDefinition
        {
            Code = AwardCodes.CoCp, Basis = b, Rank = 20, Name = "Cờ thi đua của Chính phủ",
            Category = AwardCategory.EmulationTitle, Group = AwardGroup.EmulationFlag, SubjectKinds = collective,
            Annual = true, DecidingLevel = DecidingLevel.Government, DecidedBy = "Chính phủ (khoản 1 Điều 78 Luật TĐKT 2022)",
            ProposedBy = CentralProposer, CriteriaReference = "Điều 25 " + LawText, Council = Ballot(80m),
            Dossier = flagDossier, ProcessingWorkingDays = 20, ProcessingDaysUnverified = false,
            Money = Money(12.0m, "điểm đ khoản 2 Điều 50"),
            Notes = ["Hạn mức đề nghị không quá 20% số đơn vị dẫn đầu cụm, khối: chưa xác minh còn áp dụng theo Nghị định 152.",
                "Chưa kiểm tra tự động tiêu chuẩn."],
        };
        yield return new AwardDefinition
        {
            Code = AwardCodes.CstdTq, Basis = b, Rank = 30, Name = "Chiến sĩ thi đua toàn quốc",
            Category = AwardCategory.EmulationTitle, Group = AwardGroup.IndividualTitle, SubjectKinds = individual,
            Annual = false, DecidingLevel = DecidingLevel.PrimeMinister,
            DecidedBy = "Thủ tướng Chính phủ (khoản 2 Điều 78 Luật TĐKT 2022)", ProposedBy = CentralProposer,
            CriteriaReference = "Điều 21 " + LawText, Council = Ballot(90m),
            Dossier = [Parts.SubmissionLetter, Parts.CertifiedAchievementReport, Parts.ReviewMinutes, Parts.BallotResult,
                Parts.NationalScopeCertification, Parts.ElectronicFiles],
            ProcessingWorkingDays = 20, ProcessingDaysUnverified = false,
            Money = Money(4.5m, "điểm a khoản 1 Điều 50"),
            Notes = ["Xét trên hồ sơ nhận đến 31/12 năm sau (Điều 32 Nghị định 98/2023); quy định tương ứng của Nghị định 152 chưa xác minh."],
        };
        yield return new AwardDefinition
        {
            Code = AwardCodes.BkTtg, Basis = b, Rank = 40, Name = "Bằng khen của Thủ tướng Chính phủ",
            Category = AwardCategory.CommendationForm, Group = AwardGroup.CertificateOfMerit, SubjectKinds = everyone,
            Annual = false, DecidingLevel = DecidingLevel.PrimeMinister,
            DecidedBy = "Thủ tướng Chính phủ (khoản 2 Điều 78 Luật TĐKT 2022)", ProposedBy = CentralProposer,
            CriteriaReference = "Điều 73 " + LawText, Council = CouncilRule.None, Dossier = centralDossier,
            ProcessingWorkingDays = 20, ProcessingDaysUnverified = false,
            Money = Money(3.5m, "khoản 1, 2 Điều 54", collectiveDoubles: true, householdOneAndHalf: true),
            Notes = ["Điều 73: chỉ điểm b (cá nhân) được kiểm tra tự động; các điểm khác và tiêu chuẩn tập thể, hộ gia đình chưa xác minh."],
        };
        yield return new AwardDefinition
        {
            Code = AwardCodes.CoTinh, Basis = b, Rank = 50, Name = "Cờ thi đua của Ủy ban nhân dân tỉnh",
            Category = AwardCategory.EmulationTitle, Group = AwardGroup.EmulationFlag, SubjectKinds = collective,
            Annual = true, DecidingLevel = DecidingLevel.Province, DecidedBy = ProvinceDecider,
            ProposedBy = provinceProposer, CriteriaReference = "Điều 26 " + LawText, Council = Ballot(80m),
            Dossier = flagDossier, ProcessingWorkingDays = 20, ProcessingDaysUnverified = true,
            Money = Money(8.0m, "điểm e khoản 2 Điều 50"), Notes = [DaysNote],
        };
        yield return new AwardDefinition
        {
            Code = AwardCodes.CstdTinh, Basis = b, Rank = 60, Name = "Chiến sĩ thi đua cấp tỉnh",
            Category = AwardCategory.EmulationTitle, Group = AwardGroup.IndividualTitle, SubjectKinds = individual,
            Annual = true, DecidingLevel = DecidingLevel.Province, DecidedBy = ProvinceDecider,
            ProposedBy = provinceProposer, CriteriaReference = "Điều 22 " + LawText, Council = Ballot(90m),
            Dossier = cstdTinhDossier, ProcessingWorkingDays = 20, ProcessingDaysUnverified = true,
            Money = Money(3.0m, "điểm b khoản 1 Điều 50"),
            Notes = [DaysNote, "Thời điểm xét (năm thứ ba hay năm sau) chưa xác minh: hệ thống xét chuỗi kết thúc ở năm đánh giá."],
        };
        yield return new AwardDefinition
        {
            Code = AwardCodes.BkTinh, Basis = b, Rank = 70, Name = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
            Category = AwardCategory.CommendationForm, Group = AwardGroup.CertificateOfMerit, SubjectKinds = everyone,
            Annual = false, DecidingLevel = DecidingLevel.Province, DecidedBy = ProvinceDecider,
            ProposedBy = provinceProposer, CriteriaReference = "Điều 74 " + LawText, Council = CouncilRule.None,
            Dossier = formDossier, ProcessingWorkingDays = 20, ProcessingDaysUnverified = true,
            // Raised from 1.0 (ND 98) to 1.5 (ND 152 Art 54) — domain.md §5.2.
            Money = new MoneyRule(nd152 ? 1.5m : 1.0m, true, true,
                nd152 ? "Điều 54 " + decree : decree + " (hệ số 1,0 theo domain.md §5.2)", false),
            Notes = [DaysNote],
        };
        yield return new AwardDefinition
        {
            Code = AwardCodes.Ttldxs, Basis = b, Rank = 80, Name = "Tập thể lao động xuất sắc",
            Category = AwardCategory.EmulationTitle, Group = AwardGroup.CollectiveTitle, SubjectKinds = collective,
            Annual = true, DecidingLevel = DecidingLevel.Province, DecidedBy = ProvinceDecider,
            ProposedBy = provinceProposer, CriteriaReference = "Điều 27 " + LawText, Council = CouncilRule.None,
            Dossier = titleDossier, ProcessingWorkingDays = 20, ProcessingDaysUnverified = true,
            Money = Money(1.5m, "điểm a khoản 2 Điều 50"), Notes = [DaysNote],
        };
        yield return new AwardDefinition
        {
            Code = AwardCodes.XaTieuBieu, Basis = b, Rank = 85,
            Name = nd152 ? "Xã, phường, đặc khu tiêu biểu" : "Xã, phường, thị trấn tiêu biểu",
            Category = AwardCategory.EmulationTitle, Group = AwardGroup.CollectiveTitle, SubjectKinds = collective,
            Annual = false, DecidingLevel = DecidingLevel.Province, DecidedBy = ProvinceDecider + " (chưa xác minh)",
            ProposedBy = "Chủ tịch UBND cấp xã", CriteriaReference = "Điều 20 " + LawText + "; Nghị định 86/2023/NĐ-CP",
            Council = CouncilRule.None, Dossier = titleDossier, ProcessingWorkingDays = 20, ProcessingDaysUnverified = true,
            Money = Money(2.0m, "điểm c khoản 2 Điều 50"),
            Notes = ["Chu kỳ xét và người quyết định chưa xác minh (Nghị định 86/2023/NĐ-CP).", "Chưa kiểm tra tự động tiêu chuẩn."],
        };
        yield return new AwardDefinition
        {
            Code = AwardCodes.Cstdcs, Basis = b, Rank = 90, Name = "Chiến sĩ thi đua cơ sở",
            Category = AwardCategory.EmulationTitle, Group = AwardGroup.IndividualTitle, SubjectKinds = individual,
            Annual = true, DecidingLevel = DecidingLevel.Grassroots, DecidedBy = grassrootsDecider,
            ProposedBy = grassrootsProposer, CriteriaReference = "Điều 23 " + LawText, Council = Ballot(80m),
            Dossier = cstdcsDossier, ProcessingWorkingDays = 20, ProcessingDaysUnverified = false,
            Money = Money(1.0m, "điểm c khoản 1 Điều 50"),
            Notes = ["Thời hạn 20 ngày làm việc theo QĐ 638/QĐ-BNV (cấp xã)."],
        };
        yield return new AwardDefinition
        {
            Code = AwardCodes.Ttldtt, Basis = b, Rank = 100, Name = "Tập thể lao động tiên tiến",
            Category = AwardCategory.EmulationTitle, Group = AwardGroup.CollectiveTitle, SubjectKinds = collective,
            Annual = true, DecidingLevel = DecidingLevel.Grassroots, DecidedBy = grassrootsDecider,
            ProposedBy = grassrootsProposer, CriteriaReference = "Điều 28 " + LawText, Council = CouncilRule.None,
            Dossier = titleDossier, ProcessingWorkingDays = 20, ProcessingDaysUnverified = true,
            Money = Money(0.8m, "điểm b khoản 2 Điều 50"),
            Notes = [DaysNote, "Tỷ lệ LĐTT tối thiểu theo Điều 28 chưa xác minh: cấu hình theo tỉnh (mặc định 70%)."],
        };
        yield return new AwardDefinition
        {
            Code = AwardCodes.ThonVh, Basis = b, Rank = 105, Name = "Thôn, tổ dân phố văn hóa",
            Category = AwardCategory.EmulationTitle, Group = AwardGroup.CultureTitle, SubjectKinds = [SubjectKind.Village],
            Annual = false, DecidingLevel = DecidingLevel.Grassroots,
            DecidedBy = nd152 ? "Chủ tịch UBND cấp xã (Điều 59 Nghị định 129/2025/NĐ-CP)" : "Chủ tịch UBND cấp huyện (khoản 2 Điều 80 Luật TĐKT 2022)",
            ProposedBy = "Trưởng thôn, tổ dân phố; Chủ tịch UBND cấp xã", CriteriaReference = "Điều 20 " + LawText + "; Nghị định 86/2023/NĐ-CP",
            Council = CouncilRule.None, Dossier = titleDossier, ProcessingWorkingDays = 20, ProcessingDaysUnverified = true,
            Money = Money(1.5m, "điểm d khoản 2 Điều 50"),
            Notes = ["Chu kỳ xét chưa xác minh (Nghị định 86/2023/NĐ-CP).", "Chưa kiểm tra tự động tiêu chuẩn."],
        };
        yield return new AwardDefinition
        {
            Code = AwardCodes.Gk, Basis = b, Rank = 110, Name = "Giấy khen",
            Category = AwardCategory.CommendationForm, Group = AwardGroup.CertificateOfCommendation, SubjectKinds = everyone,
            Annual = false, DecidingLevel = DecidingLevel.Grassroots, DecidedBy = grassrootsDecider,
            ProposedBy = grassrootsProposer, CriteriaReference = "Điều 75 " + LawText, Council = CouncilRule.None,
            Dossier = formDossier, ProcessingWorkingDays = 20, ProcessingDaysUnverified = true,
            Money = Money(0.3m, "Điều 54", collectiveDoubles: true, householdOneAndHalf: true, unverified: true),
            Notes = [DaysNote, "Hệ số cá nhân 0,3 suy ra từ hệ số tập thể 0,6 (gấp đôi) — PV."],
        };
        yield return new AwardDefinition
        {
            Code = AwardCodes.Ldtt, Basis = b, Rank = 120, Name = "Lao động tiên tiến",
            Category = AwardCategory.EmulationTitle, Group = AwardGroup.IndividualTitle, SubjectKinds = individual,
            Annual = true, DecidingLevel = DecidingLevel.Grassroots, DecidedBy = grassrootsDecider,
            ProposedBy = grassrootsProposer, CriteriaReference = "Khoản 1 Điều 24 " + LawText, Council = CouncilRule.None,
            Dossier = titleDossier, ProcessingWorkingDays = 20, ProcessingDaysUnverified = true,
            Money = Money(0.3m, "điểm d khoản 1 Điều 50"), Notes = [DaysNote],
        };
        yield return new AwardDefinition
        {
            Code = AwardCodes.Cstt, Basis = b, Rank = 120, Name = "Chiến sĩ tiên tiến",
            Category = AwardCategory.EmulationTitle, Group = AwardGroup.IndividualTitle, SubjectKinds = individual,
            Annual = true, DecidingLevel = DecidingLevel.Grassroots,
            DecidedBy = grassrootsDecider + "; Bộ Quốc phòng, Bộ Công an quy định trong lực lượng vũ trang (khoản 5 Điều 80)",
            ProposedBy = grassrootsProposer, CriteriaReference = "Khoản 2 Điều 24 " + LawText, Council = CouncilRule.None,
            Dossier = titleDossier, ProcessingWorkingDays = 20, ProcessingDaysUnverified = true,
            Money = Money(0.3m, "điểm d khoản 1 Điều 50"), Notes = [DaysNote],
        };
        yield return new AwardDefinition
        {
            Code = AwardCodes.Gdvh, Basis = b, Rank = 130, Name = "Gia đình văn hóa",
            Category = AwardCategory.EmulationTitle, Group = AwardGroup.CultureTitle, SubjectKinds = [SubjectKind.Household],
            Annual = false, DecidingLevel = DecidingLevel.Grassroots,
            DecidedBy = nd152 ? "Chủ tịch UBND cấp xã (khoản 3 Điều 80 Luật TĐKT 2022; Điều 59 Nghị định 129/2025/NĐ-CP)" : "Chủ tịch UBND cấp xã (khoản 3 Điều 80 Luật TĐKT 2022)",
            ProposedBy = "Trưởng thôn, tổ dân phố", CriteriaReference = "Điều 20 " + LawText + "; Nghị định 86/2023/NĐ-CP",
            Council = CouncilRule.None, Dossier = titleDossier, ProcessingWorkingDays = 20, ProcessingDaysUnverified = true,
            Money = new MoneyRule(null, false, false, "Chưa có hệ số tiền thưởng được xác minh", true),
            Notes = ["Chu kỳ xét và mức tiền thưởng chưa xác minh (Nghị định 86/2023/NĐ-CP).", "Chưa kiểm tra tự động tiêu chuẩn."],
        };
    }

    /// <summary>Dossier parts (thành phần hồ sơ), Law Art 84 and QĐ 311/638/QĐ-BNV (domain.md §4.2).</summary>
    public static class Parts
    {
        public static readonly DossierPart SubmissionLetter = new("TO_TRINH", "Tờ trình đề nghị khen thưởng");
        public static readonly DossierPart AchievementReport = new("BAO_CAO_THANH_TICH", "Báo cáo thành tích");
        public static readonly DossierPart CertifiedAchievementReport =
            new("BAO_CAO_THANH_TICH", "Báo cáo thành tích có xác nhận của cấp trình");
        public static readonly DossierPart ReviewMinutes = new("BIEN_BAN_BINH_XET", "Biên bản họp bình xét thi đua, xét khen thưởng");
        public static readonly DossierPart ProvincialCouncilMinutes =
            new("BIEN_BAN_BINH_XET", "Biên bản họp Hội đồng Thi đua - Khen thưởng cấp tỉnh");
        public static readonly DossierPart BallotResult = new("KET_QUA_BO_PHIEU", "Biên bản kiểm phiếu của Hội đồng Thi đua - Khen thưởng");
        public static readonly DossierPart InitiativeCertification =
            new("XAC_NHAN_SANG_KIEN", "Văn bản công nhận sáng kiến hoặc nghiệm thu đề tài khoa học", Conditional: true);
        public static readonly DossierPart InitiativeOrExcellenceCertification =
            new("XAC_NHAN_SANG_KIEN", "Văn bản công nhận sáng kiến, nghiệm thu đề tài khoa học hoặc xác nhận hoàn thành xuất sắc nhiệm vụ");
        public static readonly DossierPart ProvincialScopeCertification =
            new("XAC_NHAN_PHAM_VI_TINH", "Xác nhận của Chủ tịch UBND tỉnh về hiệu quả, phạm vi ảnh hưởng cấp tỉnh của sáng kiến, đề tài");
        public static readonly DossierPart NationalScopeCertification =
            new("XAC_NHAN_PHAM_VI_TOAN_QUOC", "Xác nhận của Chủ tịch UBND tỉnh về hiệu quả, phạm vi toàn quốc của sáng kiến, đề tài");
        public static readonly DossierPart AchievementCertification =
            new("XAC_NHAN_THANH_TICH", "Xác nhận của cơ quan có thẩm quyền về thành tích đột xuất, sáng kiến, công trình", Conditional: true);
        public static readonly DossierPart ElectronicFiles =
            new("TEP_DIEN_TU", "Tệp điện tử (Word và PDF) gửi qua Hệ thống quản lý hồ sơ khen thưởng điện tử");
    }
}
