using Tdkt.Domain.Planning;

namespace Tdkt.Web.Data;

/// <summary>Demo movements, plans and a report request, entered from seeds 001, 000 and 003.</summary>
public sealed partial class DemoSeeder
{
    private const string MovementName = "Lai Châu chung tay vì người nghèo - Không để ai bị bỏ lại phía sau";

    private void SeedPlanning()
    {
        var movement = Ok(Movement.Create(new MovementData(
            MovementName, _units["LCH"].Id, MovementLevel.Province, MovementForm.Thematic,
            new DateOnly(2021, 1, 1), new DateOnly(2025, 12, 31), _units["LCH-SLDTBXH"].Id,
            "Sở Lao động - Thương binh và Xã hội là cơ quan thường trực của phong trào; từ 01/03/2025 Sở hợp nhất vào Sở Nội vụ, "
                + "Sở Nội vụ tiếp nhận nhiệm vụ cơ quan thường trực.",
            "Cụ thể hóa việc triển khai Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” trên địa bàn tỉnh Lai Châu; "
                + "tạo khí thế thi đua sôi nổi, góp phần thực hiện thắng lợi chủ trương, chính sách, chương trình giảm nghèo; đạt các mục tiêu đã xác định đến năm 2025.",
            [
                "Các sở, ban, ngành tỉnh căn cứ chức năng, nhiệm vụ triển khai và tổ chức thực hiện có hiệu quả Phong trào thi đua; nghiên cứu, phát huy sáng kiến trong xây dựng, thực hiện chính sách giảm nghèo.",
                "Ủy ban nhân dân cấp huyện, cấp xã đề ra nội dung, giải pháp giảm nghèo đặc thù của địa phương; gắn Phong trào với Phong trào “Lai Châu chung sức xây dựng nông thôn mới”.",
                "Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội các cấp đẩy mạnh tuyên truyền, vận động; triển khai cuộc vận động “Vì người nghèo”.",
                "Thôn, bản, cộng đồng dân cư thi đua đoàn kết giúp nhau giảm nghèo và từng bước làm giàu.",
                "Vận động các cơ quan, tổ chức giúp đỡ các huyện nghèo, xã hoặc thôn đặc biệt khó khăn.",
                "Khuyến khích các doanh nghiệp thi đua giúp đỡ các huyện nghèo, xã, thôn đặc biệt khó khăn.",
                "Các hộ gia đình thi đua tham gia lao động, phát triển sản xuất, thoát nghèo bền vững.",
            ],
            [
                new ParticipantGroup("Các sở, ban, ngành, đoàn thể tỉnh", "Theo Quyết định số 666/QĐ-TTg ngày 02/6/2022 của Thủ tướng Chính phủ"),
                new ParticipantGroup("Ủy ban nhân dân các huyện, thành phố, các xã, phường, thị trấn", "Theo Quyết định số 666/QĐ-TTg"),
                new ParticipantGroup("Doanh nghiệp trên địa bàn tỉnh", "Theo Quyết định số 666/QĐ-TTg"),
                new ParticipantGroup("Hộ gia đình", "Thoát nghèo bền vững và giúp đỡ hộ khác cùng thoát nghèo"),
            ],
            [
                new AwardQuota("BK_CT_UBND_TINH", 20, "Tập thể"),
                new AwardQuota("BK_CT_UBND_TINH", 20, "Cá nhân"),
                new AwardQuota("BK_CT_UBND_TINH", 10, "Hộ gia đình"),
            ],
            [
                new Milestone("Sơ kết giữa kỳ", new DateOnly(2023, 12, 31)),
                new Milestone("Tổng kết phong trào", new DateOnly(2025, 12, 31)),
            ],
            [
                "Căn cứ Nghị quyết số 160/NQ-CP ngày 22/12/2021 của Chính phủ ban hành Kế hoạch thực hiện Chỉ thị số 05-CT/TW ngày 23/6/2021 của Ban Bí thư",
                "Thực hiện Quyết định số 666/QĐ-TTg ngày 02/6/2022 của Thủ tướng Chính phủ ban hành Kế hoạch tổ chức thực hiện Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2021-2025",
                "Thực hiện Công văn số 2150/BLĐTBXH-VPQGNN ngày 23/6/2022 của Bộ Lao động - Thương binh và Xã hội",
                "Căn cứ Nghị quyết Đại hội Đảng bộ tỉnh Lai Châu lần thứ XIV nhiệm kỳ 2021-2025",
            ],
            null)));
        db.Movements.Add(movement);

        // Seed 000: the city's plan for the mid-term review conference, implementing the province movement.
        var city = Ok(Plan.Create(new PlanData(
            "Tổ chức Hội nghị sơ kết Phong trào thi đua “Lai Châu chung tay vì người nghèo - không để ai bị bỏ lại phía sau” giai đoạn 2021-2025",
            null, _units["LCH-TP"].Id, 2023, null, movement.Id, null,
            [
                "Căn cứ Hướng dẫn số 118/HD-HĐTĐKT ngày 06/10/2022 của Hội đồng thi đua khen thưởng tỉnh Lai Châu",
                "Hướng dẫn số 2012/HD-HĐTĐKT ngày 20/7/2023 của Hội đồng thi đua khen thưởng thành phố Lai Châu",
                "Kế hoạch số 2055/KH-UBND ngày 16/8/2022 của UBND thành phố Lai Châu",
            ],
            [
                new PlanSection(PlanSectionKind.Purpose, "Mục đích, yêu cầu",
                    "Đánh giá kết quả việc tổ chức, triển khai thực hiện Phong trào thi đua; kịp thời biểu dương, tôn vinh, khen thưởng các tập thể, cá nhân, hộ gia đình có thành tích xuất sắc, tiêu biểu."),
                new PlanSection(PlanSectionKind.Other, "Thời gian, địa điểm, thành phần",
                    "Thời gian: Dự kiến trong tháng 12 (thời gian cụ thể sẽ thông báo sau). Địa điểm: Trung tâm Hội nghị - Văn hóa thành phố Lai Châu. Dự kiến 135 đại biểu tham dự Hội nghị. "
                    + "Đề nghị Chủ tịch UBND thành phố tặng giấy khen: 10 tập thể, 10 cá nhân và 7 hộ gia đình."),
                new PlanSection(PlanSectionKind.Budget, "Kinh phí thực hiện",
                    "Từ nguồn kinh phí được giao là 15 triệu đồng theo Quyết định số 178/QĐ-UBND ngày 15/3/2023 của UBND thành phố Lai Châu."),
                new PlanSection(PlanSectionKind.Implementation, "Tổ chức thực hiện",
                    "Phòng Lao động - Thương binh và Xã hội thành phố là cơ quan đầu mối; các cơ quan, đơn vị, UBND các xã, phường gửi hồ sơ đề nghị khen thưởng trước ngày 24/11/2023."),
            ])));
        db.Plans.Add(city);
        _cityConferencePlan = city;
        _povertyMovement = movement;
        var n = 0;
        Task(city, ++n, "Là cơ quan đầu mối, chủ trì tham mưu, đôn đốc các cơ quan, đơn vị chuẩn bị điều kiện tổ chức Hội nghị sơ kết; chuẩn bị báo cáo sơ kết, giấy mời, bài phát biểu; tổng hợp danh sách đại biểu; thẩm định hồ sơ khen thưởng trình Hội đồng TĐKT thành phố.",
            "LCH-TP-PLDTBXH", "Phòng Lao động - Thương binh và Xã hội thành phố", [], null, "Dự kiến trong tháng 12");
        Task(city, ++n, "Chủ trì thực hiện công tác tổ chức, giới thiệu đại biểu; phân công cán bộ phục vụ tại Hội trường Trung tâm Văn hóa, Hội nghị thành phố.",
            null, "Văn phòng HĐND - UBND thành phố", [], null, "Dự kiến trong tháng 12");
        Task(city, ++n, "Chủ trì, phối hợp thẩm định hồ sơ đề nghị Hội đồng thi đua khen thưởng thành phố xem xét tặng giấy khen; chủ trì, điều hành công tác khen thưởng tại Hội nghị.",
            "LCH-TP-PNV", "Phòng Nội vụ thành phố", ["LCH-TP-PLDTBXH"], "Phòng Lao động - Thương binh và Xã hội thành phố và các cơ quan có liên quan", "Dự kiến trong tháng 12");
        Task(city, ++n, "Xây dựng phóng sự sơ kết tại Hội nghị; cử phóng viên đưa tin về Hội nghị.",
            "LCH-TP-TTVHTTTT", "Trung tâm Văn hóa, Thể thao và Truyền thông thành phố", ["LCH-TP-PLDTBXH"], null, "Dự kiến trong tháng 12");
        foreach (var ward in new[] { "LCH-TP-TANPHONG", "LCH-TP-DOANKET" })
        {
            Task(city, ++n, "Căn cứ kết quả thực hiện Phong trào thi đua, khen thưởng và gửi hồ sơ đề nghị UBND thành phố khen thưởng về phòng Lao động - Thương binh và Xã hội thành phố.",
                ward, "Các cơ quan, đơn vị, UBND các xã, phường", ["LCH-TP-PLDTBXH"], null, "Trước ngày 24/11/2023");
        }

        // Seed 003: Phong Thổ's 2023 TĐKT work plan and its 11-row task table.
        var pt = Ok(Plan.Create(new PlanData(
            "Công tác Thi đua - Khen thưởng năm 2023", null, _units["LCH-PT"].Id, 2023, null, null, null,
            ["Căn cứ Kế hoạch số 133/KH-UBND ngày 11/01/2023 của UBND tỉnh Lai Châu về công tác thi đua, khen thưởng năm 2023"],
            [
                new PlanSection(PlanSectionKind.Purpose, "Mục đích, yêu cầu",
                    "Đẩy mạnh các phong trào thi đua yêu nước nhằm phát huy sức mạnh tổng hợp của cả hệ thống chính trị và các tầng lớp nhân dân, quyết tâm thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2023."),
                new PlanSection(PlanSectionKind.Content, "Nội dung, thời gian và phân công thực hiện", "(Có nội dung nhiệm vụ kèm theo)"),
                new PlanSection(PlanSectionKind.Implementation, "Tổ chức thực hiện",
                    "Giao Phòng Nội vụ theo dõi, đôn đốc các Khối, Cụm thi đua của huyện, các cơ quan, ban, ngành đoàn thể huyện, các xã, thị trấn thực hiện theo đúng kế hoạch, định kỳ báo cáo Ủy ban nhân dân huyện, Hội đồng Thi đua, Khen thưởng tỉnh theo qui định."),
            ])));
        db.Plans.Add(pt);
        const string All = "Các cơ quan, đơn vị huyện; UBND các xã, thị trấn";
        const string Media = "Các cơ quan, đơn vị huyện; UBND các xã, thị trấn; Trung tâm Văn hóa, Thể thao và Truyền thông; Trang thông tin điện tử huyện";
        (string Content, string[] Units, string? Coordinating, string Time)[] rows =
        [
            ("Tiếp tục chỉ đạo các cơ quan, đơn vị huyện; UBND các xã, thị trấn triển khai có hiệu quả Chỉ thị số 34-CT/TW, Chỉ thị số 19/CT-TTg, Chỉ thị số 09/CT-UBND; tuyên truyền, nhân rộng các điển hình tiên tiến “Gương người tốt, việc tốt”.", ["LCH-PT-TTVHTTTT"], Media, "Thường xuyên trong năm"),
            ("Tổ chức phát động Phong trào thi đua lập thành tích chào mừng các sự kiện lịch sử của tỉnh, huyện; phát động phong trào thi đua thực hiện phát triển kinh tế - xã hội, đảm bảo quốc phòng - an ninh năm 2023.", ["LCH-PT-TTVHTTTT"], Media, "Thường xuyên trong năm"),
            ("Chỉ đạo, theo dõi, kiểm tra, đôn đốc 05 phong trào thi đua trọng tâm và các phong trào thi đua chuyên đề; tổ chức khen thưởng chuyên đề, đột xuất.", [], All, "Thường xuyên trong năm"),
            ("Xây dựng kế hoạch kiểm tra công tác thi đua khen thưởng; kế hoạch tuyên truyền; kế hoạch xây dựng và nhân điển hình tiên tiến năm 2023. Đăng ký các danh hiệu thi đua năm 2023.", [], null, "Trong quý I"),
            ("Đăng ký chỉ tiêu phát triển kinh tế - xã hội năm 2023 với thường trực thi đua khối huyện, thành phố.", [], All, "Tháng 5"),
            ("Hướng dẫn tổng kết TĐKT ngành GD&ĐT năm học 2022-2023; tổng hợp hồ sơ, thẩm định, trình khen thưởng; tổng hợp đăng ký thi đua năm học 2023-2024.", ["LCH-PT-PGDDT"], "Phòng Giáo dục và Đào tạo; Hội đồng Thi đua, khen thưởng huyện", "Tháng 5, 6, 7"),
            ("Hướng dẫn các Khối, cụm thi đua thuộc huyện tổ chức sơ kết công tác TĐKT 6 tháng đầu năm 2023.", [], "Khối, cụm thi đua trên địa bàn huyện.", "Tháng 6"),
            ("Báo cáo sơ kết công tác TĐKT 6 tháng đầu năm; tổng hợp đăng ký điển hình tiên tiến và giới thiệu gương điển hình tiên tiến.", ["LCH-PT-PGDDT"], "Phòng Giáo dục và Đào tạo; Các cơ quan, đơn vị huyện; UBND các xã, thị trấn.", "Tháng 7, 8"),
            ("Kiểm tra công tác thi đua khen thưởng năm 2023 tại một số xã, thị trấn và đơn vị trường học; cử công chức tham gia tập huấn nghiệp vụ.", [], "Các cơ quan, đơn vị huyện; UBND các xã, thị trấn; Các đơn vị trường học.", "Tháng 9, 10, 11"),
            ("Tổng hợp chấm điểm thi đua năm 2023 gửi thường trực thi đua khối huyện, thành phố; dự Hội nghị tổng kết khối; báo cáo tổng kết công tác TĐKT năm 2023.", [], "Văn phòng HĐND-UBND huyện", "Tháng 11"),
            ("Hướng dẫn tổng kết công tác thi đua, bình xét khen thưởng năm 2023; tổng hợp, thẩm định hồ sơ trình các cấp khen thưởng; quyết định khen thưởng.", [], "Hội đồng Thi đua, khen thưởng huyện; Các cơ quan, đơn vị huyện; UBND các xã, thị trấn", "Tháng 11, 12"),
        ];
        n = 0;
        foreach (var (content, units, coordinating, time) in rows)
        {
            Task(pt, ++n, content, "LCH-PT-PNV", "Phòng Nội vụ", units, coordinating, time);
        }

        // Seed 001: units report to the standing agency before 20 November each year.
        db.ReportRequests.Add(Ok(ReportRequest.Create(_units["LCH-SNV"].Id,
            "Báo cáo kết quả phong trào “" + MovementName + "”",
            "Trước ngày 20 tháng 11 hằng năm, các sở, ban, ngành tỉnh, UBND các huyện, thành phố báo cáo tình hình tổ chức thực hiện Phong trào thi đua về cơ quan thường trực (nay là Sở Nội vụ).",
            [
                new ReportField("f1", "Số hộ thoát nghèo trong năm", ReportFieldKind.Number),
                new ReportField("f2", "Kinh phí huy động (triệu đồng)", ReportFieldKind.Number),
                new ReportField("f3", "Số tập thể, cá nhân được khen thưởng", ReportFieldKind.Number),
                new ReportField("f4", "Mô hình, cách làm hay", ReportFieldKind.Text),
            ],
            new DateOnly(2023, 11, 20), true,
            [_units["LCH-TP-TANPHONG"].Id, _units["LCH-TP-DOANKET"].Id, _units["LCH-PT"].Id, _units["LCH-SYT"].Id],
            movement.Id)));
    }

    private void Task(Plan plan, int order, string content, string? leadCode, string leadText, string[] coordinating, string? coordinatingText, string time) =>
        db.PlanTasks.Add(Ok(PlanTask.Create(plan.Id, order, content, leadCode is null ? null : _units[leadCode].Id, leadText,
            coordinating.Select(c => _units[c].Id).ToList(), coordinatingText, time, plan.Year)));

    private static T Ok<T>(Domain.Common.Result<T> result) =>
        result.IsSuccess ? result.Value! : throw new InvalidOperationException(result.Error!.Message);
}
