using Tdkt.Domain.Conferences;
using Tdkt.Domain.Planning;

namespace Tdkt.Web.Data;

/// <summary>
/// Demo conferences: the city's sơ kết conference of seed 000 (its plan's tasks are the assignments) and the
/// provincial patriotic emulation congress of seed 004 with its two pilots and two unit congresses.
/// Seed 000 gives only the total (135) and the 27 award recipients; the split of the other groups is illustrative.
/// Document numbers of the unit congresses are illustrative too.
/// </summary>
public sealed partial class DemoSeeder
{
    private Plan? _cityConferencePlan;
    private Movement? _povertyMovement;

    private void SeedConferences()
    {
        var city = Ok(ConferenceEvent.Create(new EventData(
            EventKind.MidTermReview,
            "Hội nghị sơ kết Phong trào thi đua “Lai Châu chung tay vì người nghèo - không để ai bị bỏ lại phía sau” giai đoạn 2021-2025",
            _units["LCH-TP"].Id, _units["LCH-TP-PNV"].Id, _povertyMovement?.Id, null, 2023,
            "Dự kiến trong tháng 12", null, "Trung tâm Hội nghị - Văn hóa thành phố Lai Châu",
            [
                "Báo cáo sơ kết Phong trào thi đua giai đoạn 2021-2025",
                "Phóng sự sơ kết của Trung tâm Văn hóa, Thể thao và Truyền thông thành phố",
                "Tham luận của các tập thể, cá nhân, hộ gia đình tiêu biểu",
                "Khen thưởng: Chủ tịch UBND thành phố tặng giấy khen",
                "Phát biểu chỉ đạo, phát động thi đua giai đoạn tiếp theo",
            ],
            [
                new DelegateGroup("Đại biểu tỉnh", "Lãnh đạo Sở Lao động - Thương binh và Xã hội tỉnh; Ngân hàng Chính sách xã hội tỉnh", 4),
                new DelegateGroup("Đại biểu thành phố", "Thường trực Thành ủy, HĐND, UBND, UBMTTQ thành phố; lãnh đạo các cơ quan, đơn vị, đoàn thể", 30),
                new DelegateGroup("Đại biểu xã, phường", "Lãnh đạo UBND xã, phường; trưởng các tổ chức; tổ trưởng tổ dân phố, trưởng bản; công chức Lao động - Thương binh và Xã hội", 70),
                new DelegateGroup("Khen thưởng", "10 tập thể, 10 cá nhân và 7 hộ gia đình đề nghị Chủ tịch UBND thành phố tặng giấy khen", 27),
                new DelegateGroup("Phóng viên", "Phóng viên Trung tâm Văn hóa, Thể thao và Truyền thông thành phố", 4),
            ],
            135, 15_000_000m,
            "Nguồn kinh phí được giao thực hiện 03 Chương trình mục tiêu quốc gia và kinh phí thi đua khen thưởng của thành phố",
            "Quyết định số 178/QĐ-UBND ngày 15/3/2023 của UBND thành phố Lai Châu",
            10, 10, 7, [], new DateOnly(2023, 11, 24))));
        city.LinkPlan(_cityConferencePlan?.Id);
        db.ConferenceEvents.Add(city);
        foreach (var (name, unit, group) in new[]
        {
            ("Đại diện lãnh đạo Sở Lao động - Thương binh và Xã hội tỉnh", "Sở Lao động - Thương binh và Xã hội tỉnh Lai Châu", "Đại biểu tỉnh"),
            ("Đại diện lãnh đạo Ngân hàng Chính sách xã hội tỉnh", "Ngân hàng Chính sách xã hội chi nhánh tỉnh Lai Châu", "Đại biểu tỉnh"),
            ("Đại diện lãnh đạo UBND phường Tân Phong", "Phường Tân Phong", "Đại biểu xã, phường"),
            ("Phóng viên Trung tâm Văn hóa, Thể thao và Truyền thông thành phố", "Trung tâm Văn hóa, Thể thao và Truyền thông thành phố Lai Châu", "Phóng viên"),
        })
        {
            db.EventDelegates.Add(Ok(EventDelegate.Create(city.Id, name, null, unit, group)));
        }

        var province = Ok(ConferenceEvent.Create(new EventData(
            EventKind.PatrioticCongress, "Đại hội Thi đua yêu nước tỉnh Lai Châu lần thứ VI",
            _units["LCH"].Id, _units["LCH-SNV"].Id, null, null, 2025,
            "01 ngày, hoàn thành trong quý III năm 2025", null, null,
            [
                "Tổng kết phong trào thi đua yêu nước giai đoạn 2020-2025",
                "Biểu dương, tôn vinh, khen thưởng điển hình tiên tiến",
                "Phát động phong trào thi đua giai đoạn 2025-2030",
                "Thông qua danh sách đại biểu đi dự Đại hội cấp trên",
            ],
            [new DelegateGroup("Cấp tỉnh", "Đại biểu dự Đại hội Thi đua yêu nước tỉnh", 450)], 450,
            null, null, null, 0, 0, 0, [], null)));
        db.ConferenceEvents.Add(province);
        db.CongressPilots.Add(Ok(CongressPilot.Create(province.Id, _units["LCH-SYT"].Id, new DateOnly(2025, 4, 30),
            "Cấp tỉnh chọn 02 đơn vị chỉ đạo điểm; hoàn thành trong tháng 4 năm 2025.")));
        db.CongressPilots.Add(Ok(CongressPilot.Create(province.Id, _units["LCH-TU"].Id, new DateOnly(2025, 4, 30),
            "Cấp tỉnh chọn 02 đơn vị chỉ đạo điểm; hoàn thành trong tháng 4 năm 2025.")));
        db.CongressPilots.Add(Ok(CongressPilot.Create(province.Id, _units["LCH-PT-MUONGSO"].Id, new DateOnly(2025, 2, 28),
            "Mỗi huyện, thành phố chọn 01 xã (phường, thị trấn); hoàn thành trong tháng 02 năm 2025 (đơn vị minh họa).")));

        var health = Ok(ConferenceEvent.Create(new EventData(
            EventKind.PatrioticCongress, "Đại hội Thi đua yêu nước Sở Y tế tỉnh Lai Châu (chỉ đạo điểm)",
            _units["LCH-SYT"].Id, _units["LCH-SNV"].Id, null, province.Id, 2025,
            "01 buổi, hoàn thành trong tháng 4 năm 2025", new DateOnly(2025, 4, 15), "Hội trường Sở Y tế tỉnh Lai Châu",
            ["Báo cáo tổng kết phong trào thi đua yêu nước giai đoạn 2020-2025", "Tham luận", "Khen thưởng", "Phát động thi đua giai đoạn 2025-2030"],
            [], null, null, null, null, 0, 0, 0, [], null)));
        Ok(health.RecordDocumentsSent(new DateOnly(2025, 3, 28), "45/KH-SYT (minh họa)", null));
        Ok(health.MarkHeld(new DateOnly(2025, 4, 15), new DateOnly(2025, 4, 15)));
        db.ConferenceEvents.Add(health);

        db.ConferenceEvents.Add(Ok(ConferenceEvent.Create(new EventData(
            EventKind.PatrioticCongress, "Đại hội Thi đua yêu nước huyện Than Uyên (chỉ đạo điểm)",
            _units["LCH-TU"].Id, _units["LCH-SNV"].Id, null, province.Id, 2025,
            "01 buổi, hoàn thành trong tháng 4 năm 2025", new DateOnly(2025, 4, 25), null,
            [], [], null, null, null, null, 0, 0, 0, [], null))));
    }

    private static void Ok(Domain.Common.Result result)
    {
        if (result.IsFailure)
        {
            throw new InvalidOperationException(result.Error!.Message);
        }
    }
}
