using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;
using Tdkt.Domain.Council;
using Tdkt.Domain.Nominations;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.Council;
using Tdkt.Web.Pages.Nominations;
using Tdkt.Web.Pages.Notices;

namespace Tdkt.Web.Data;

/// <summary>
/// Demo nomination dossiers at every step, made by the demo users through the same use cases the pages call
/// (the dossier and council handlers, <see cref="NoticeService"/>), each step as its user on
/// its own day, so history rows, notifications, audit rows, the decision number, award records and money are exactly
/// what the app makes.
/// <list type="bullet">
/// <item>Thành phố Lai Châu (seed 000, 2023, the units as they then were): phường Tân Phong's dossier for the sơ kết
/// of "Vì người nghèo", submitted before 24/11/2023, council in December 2023, decided on 02/01/2024 (the first day the
/// 2022 law applies, ADR-0038); dossiers still submitted or under appraisal in the city's inbox and an unfinished June
/// 2025 draft of the old ward — the open work the admin hands over; Tân Phong's 2024 dossier decided on 10/01/2025.</item>
/// <item>The province (now, Decree 152): Sở Nội vụ's CSTĐ tỉnh / Bằng khen dossier appraised, its list on public notice
/// from the day of seeding, a council session scheduled after the notice ends.</item>
/// <item>Now, the wards and communes from 01/07/2025 (<see cref="CurrentScenarioAsync"/>): UBND tỉnh's conference with
/// its deadline ahead and dossiers at every step. Nothing waits on a passed deadline.</item>
/// </list>
/// Names of people are illustrative; no citizen IDs (they would be encrypted with this data folder's key ring).
/// </summary>
public sealed partial class DemoSeeder
{
    private const string SoKetTitle = "Đề nghị Chủ tịch UBND thành phố tặng Giấy khen tại Hội nghị sơ kết Phong trào thi đua "
        + "“Vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2021-2025";

    /// <summary>Seeds the dossiers once (skipped when any dossier exists), also into demo databases made before.</summary>
    private async Task SeedDossiersAsync(TdktSettings settings, ILogger logger)
    {
        if (await db.Dossiers.AnyAsync() || !await db.Users.AnyAsync(u => u.UserName == "thuky.hdtdkt"))
        {
            return;
        }

        logger.LogInformation("Nạp hồ sơ đề nghị khen thưởng mẫu");
        var acts = new DemoActs(services, settings, await db.Users.ToDictionaryAsync(u => u.UserName!, u => u.Id));
        var units = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Id);
        var movement = await db.Movements.AsNoTracking().Where(m => m.Name == MovementName).Select(m => (int?)m.Id).FirstOrDefaultAsync();
        var conference = await db.ConferenceEvents.AsNoTracking().Where(e => e.OrganiserUnitId == units["LCH-TP"] && e.Year == 2023)
            .Select(e => (int?)e.Id).FirstOrDefaultAsync();
        // A data folder made by an early build has the org tree but not the demo movement and conference the
        // dossiers hang on: leave it without demo dossiers rather than fail the start (a fresh TDKT_DATA has them).
        string[] needed = ["LCH", "LCH-SNV", "LCH-TP", "LCH-TP-DOANKET", "LCH-TP-TANPHONG"];
        if (movement is null || conference is null || needed.Any(code => !units.ContainsKey(code)))
        {
            logger.LogWarning("Bỏ qua hồ sơ mẫu: dữ liệu mẫu cũ chưa có phong trào \"{Movement}\" hoặc hội nghị sơ kết 2023 của thành phố", MovementName);
            return;
        }

        await SeedWardHistoryAsync(units["LCH-TP-TANPHONG"]);

        await CityDossiersAsync(acts, units, movement, conference);
        var today = services.GetRequiredService<TimeProvider>().Today(settings);
        await ProvinceDossierAsync(acts, units, today);
        if (NewUnitClerks.All(c => acts.Knows(c.UserName)))
        {
            await CurrentScenarioAsync(acts, units, movement, today);
        }
    }

    private const string CurrentConferenceTitle = "Hội nghị biểu dương điển hình tiên tiến Phong trào thi đua “Lai Châu chung tay vì người nghèo - "
        + "không để ai bị bỏ lại phía sau” của các xã, phường";

    /// <summary>The current scenario, relative to <paramref name="today"/> (the app's clock at seeding) and with the units
    /// of the two-level government: UBND tỉnh's conference honouring the new wards and communes, its dossier deadline
    /// two weeks ahead, dossiers of the new wards and communes at every step before Sở Nội vụ (draft, submitted,
    /// returned for supplement with a deadline of its own, appraised and waiting for the signer, decided); the council
    /// session with its public notice running is <see cref="ProvinceDossierAsync"/>'s. No open dossier waits on a
    /// passed deadline.</summary>
    private async Task CurrentScenarioAsync(DemoActs a, Dictionary<string, int> units, int? movement, DateOnly today)
    {
        const string Appraiser = "thamdinh.snv";
        var deadline = Weekday(today.AddDays(14), forward: true);
        var held = Weekday(today.AddDays(35), forward: true);
        var ev = Ok(Domain.Conferences.ConferenceEvent.Create(new Domain.Conferences.EventData(
            Domain.Conferences.EventKind.ExemplaryHonouring, CurrentConferenceTitle, units["LCH"], units["LCH-SNV"], movement, null, held.Year,
            "Ngày " + ViFormat.Date(held), held, "Hội trường UBND tỉnh Lai Châu",
            ["Báo cáo kết quả Phong trào thi đua của các xã, phường", "Tham luận của các điển hình tiên tiến", "Khen thưởng: Chủ tịch UBND tỉnh tặng Bằng khen"],
            [new Domain.Conferences.DelegateGroup("Đại biểu tỉnh", "Thường trực UBND tỉnh, Hội đồng Thi đua - Khen thưởng tỉnh", 20),
             new Domain.Conferences.DelegateGroup("Đại biểu xã, phường", "Lãnh đạo UBND các xã, phường và các điển hình tiên tiến", 80)],
            100, 40_000_000m, "Kinh phí thi đua, khen thưởng của tỉnh", null, 5, 10, 5, [], deadline)));
        db.ConferenceEvents.Add(ev);
        db.AuditAction = "Dữ liệu mẫu: hội nghị biểu dương của tỉnh";
        await db.SaveChangesAsync();
        var c = ev.Id;
        CreateDossierCommand For(string unit, string title) =>
            new(title, units[unit], CommendationKind.Thematic, DecidingLevel.Province, movement, c, today.Year, null);

        // Decided: phường Tân Phong's first proposal, Bằng khen issued by the Phó Chủ tịch UBND tỉnh.
        const string TanPhong = "canbo.phuongtanphong";
        var decided = await a.ReadyAsync(TanPhong, Weekday(today.AddDays(-30)), For("LCH-P-TANPHONG",
                "Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho tập thể có thành tích xuất sắc trong Phong trào thi đua “Vì người nghèo” (đợt 1)"),
            Team("Tổ dân phố số 7, phường Tân Phong", "Không còn hộ nghèo từ năm 2025; vận động xây dựng 4 nhà Đại đoàn kết."));
        await a.RecordLetterAsync(TanPhong, Weekday(today.AddDays(-29)), decided, "12/TTr-UBND");
        await a.SubmitAsync(TanPhong, Weekday(today.AddDays(-29)), decided);
        await a.ReceiveAsync(Appraiser, Weekday(today.AddDays(-28)), decided);
        foreach (var n in await a.NomineeIdsAsync(decided))
        {
            await a.AppraiseAsync(Appraiser, Weekday(today.AddDays(-24)), decided, n, true, null);
        }

        await a.CompleteAppraisalAsync(Appraiser, Weekday(today.AddDays(-23)), decided);
        await a.IssueAsync("lanhdao.tinh", Weekday(today.AddDays(-20)), decided, new IssueCommand(SignerCapacity.ForChairman, null, null));

        // Returned for supplement, with its own deadline a week ahead.
        var returned = await a.ReadyAsync(TanPhong, Weekday(today.AddDays(-12)), For("LCH-P-TANPHONG",
                "Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho cá nhân, hộ gia đình tiêu biểu trong giảm nghèo bền vững"),
            Individual("Hoàng Thị Duyên", "nữ", 1990, "Giáy", "Chủ tịch Hội Liên hiệp Phụ nữ phường Tân Phong",
                "Duy trì 6 tổ tiết kiệm và vay vốn; giúp 15 hội viên thuộc hộ nghèo vay vốn phát triển sản xuất."),
            Household("Sùng A Vàng", "Tổ dân phố số 14, phường Tân Phong", "Thoát nghèo nhờ trồng 2 ha mắc ca; hướng dẫn kỹ thuật cho 5 hộ cùng tổ."));
        await a.SubmitAsync(TanPhong, Weekday(today.AddDays(-10)), returned);
        await a.ReceiveAsync(Appraiser, Weekday(today.AddDays(-9)), returned);
        await a.ReturnAsync(Appraiser, Weekday(today.AddDays(-8)), returned,
            "Báo cáo thành tích của bà Hoàng Thị Duyên chưa có xác nhận của Chủ tịch UBND phường. Đề nghị bổ sung và gửi lại hồ sơ.",
            Weekday(today.AddDays(7), forward: true));

        // Draft: being prepared, the biên bản bình xét still missing.
        var draft = await a.CreateAsync(TanPhong, Weekday(today.AddDays(-2)), For("LCH-P-TANPHONG",
            "Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho cá nhân có thành tích xuất sắc trong Phong trào thi đua “Vì người nghèo” (đợt 2)"));
        await a.AddNomineesAsync(TanPhong, Weekday(today.AddDays(-2)), draft,
            Individual("Vàng Văn Chinh", "nam", 1986, "Mông", "Trưởng bản Tả Làn Than",
                "Vận động 12 hộ trong bản chuyển đổi cây trồng, 7 hộ thoát nghèo trong năm."));
        await a.AttachMissingAsync(TanPhong, Weekday(today.AddDays(-1)), draft, except: "BIEN_BAN_BINH_XET");

        // Submitted: phường Đoàn Kết, waiting in Sở Nội vụ's inbox.
        const string DoanKet = "canbo.phuongdoanket";
        var submitted = await a.ReadyAsync(DoanKet, Weekday(today.AddDays(-6)), For("LCH-P-DOANKET",
                "Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho hộ gia đình thoát nghèo bền vững tiêu biểu"),
            Household("Phàn Văn Lở", "Tổ dân phố số 2, phường Đoàn Kết", "Thoát nghèo nhờ mô hình nuôi cá lồng; tạo việc làm cho 6 lao động."));
        await a.SubmitAsync(DoanKet, Weekday(today.AddDays(-5)), submitted);

        // Appraised: xã Phong Thổ, waiting for the signer.
        const string PhongTho = "canbo.xaphongtho";
        var appraised = await a.ReadyAsync(PhongTho, Weekday(today.AddDays(-20)), For("LCH-X-PHONGTHO",
                "Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho tập thể, cá nhân xã Phong Thổ có thành tích trong giảm nghèo bền vững"),
            Team("Hội Nông dân xã Phong Thổ", "Hỗ trợ 40 hộ nghèo vay vốn, chuyển giao kỹ thuật trồng thảo quả."),
            Individual("Lý Thị Xuân", "nữ", 1984, "Dao", "Công chức Văn hóa - Xã hội xã Phong Thổ",
                "Tham mưu thực hiện chính sách giảm nghèo; tỷ lệ hộ nghèo của xã giảm 4,2% trong năm."));
        await a.SubmitAsync(PhongTho, Weekday(today.AddDays(-18)), appraised);
        await a.ReceiveAsync(Appraiser, Weekday(today.AddDays(-17)), appraised);
        foreach (var n in await a.NomineeIdsAsync(appraised))
        {
            await a.AppraiseAsync(Appraiser, Weekday(today.AddDays(-10)), appraised, n, true, null);
        }

        await a.CompleteAppraisalAsync(Appraiser, Weekday(today.AddDays(-9)), appraised);

        // Under appraisal: xã Than Uyên, one nominee accepted, the other waiting for the police's opinion.
        const string ThanUyen = "canbo.xathanuyen";
        var appraising = await a.ReadyAsync(ThanUyen, Weekday(today.AddDays(-15)), For("LCH-X-THANUYEN",
                "Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho cá nhân, hộ gia đình xã Than Uyên"),
            Individual("Lò Văn Tiến", "nam", 1979, "Thái", "Trưởng bản Nà Ban", "Vận động 20 hộ tham gia hợp tác xã chè, 9 hộ thoát nghèo."),
            Household("Hà Văn Pọm", "Bản Nà Ban, xã Than Uyên", "Thoát nghèo nhờ nuôi bò sinh sản; giúp giống cho 3 hộ nghèo."));
        await a.SubmitAsync(ThanUyen, Weekday(today.AddDays(-13)), appraising);
        await a.ReceiveAsync(Appraiser, Weekday(today.AddDays(-12)), appraising);
        var (tien, _) = await a.TwoNomineesAsync(appraising);
        await a.AppraiseAsync(Appraiser, Weekday(today.AddDays(-7)), appraising, tien, true, null);
        await a.ConsultAsync(Appraiser, Weekday(today.AddDays(-7)), appraising, "Công an tỉnh Lai Châu",
            "Đề nghị cho ý kiến về việc chấp hành chủ trương, chính sách của Đảng, pháp luật của Nhà nước của hộ ông Hà Văn Pọm (bản Nà Ban, xã Than Uyên).");
    }

    /// <summary>Registry history of two Tân Phong people proposed in the draft, so its eligibility check has reasons.</summary>
    private async Task SeedWardHistoryAsync(int ward)
    {
        var dung = new Person { FullName = "Vàng Văn Dũng", BirthYear = 1984, Gender = "nam", OrgUnitId = ward, Position = "Tổ trưởng Tổ dân phố số 7" };
        var huong = new Person { FullName = "Lò Thị Hương", BirthYear = 1991, Gender = "nữ", OrgUnitId = ward, Position = "Công chức Văn hóa - Xã hội" };
        db.People.AddRange(dung, huong);
        void Award(Person p, string code, int year, string number, DateOnly date) => db.AwardRecords.Add(new AwardRecordEntry
        {
            OrgUnitId = ward, PersonId = p.Id, AwardCode = code, Year = year, DecisionNumber = number, DecisionDate = date,
            Kind = CommendationKind.Merit, SignerOrgUnitId = ward, Basis = LegalBases.ForDecisionDate(date) is { IsSuccess: true } b ? b.Value : null,
        });

        Award(dung, AwardCodes.Ldtt, 2021, "188/QĐ-UBND", new DateOnly(2021, 12, 22));
        Award(dung, AwardCodes.Ldtt, 2022, "196/QĐ-UBND", new DateOnly(2022, 12, 21));
        Award(dung, AwardCodes.Cstdcs, 2022, "197/QĐ-UBND", new DateOnly(2022, 12, 21));
        Award(dung, AwardCodes.Ldtt, 2023, "209/QĐ-UBND", new DateOnly(2023, 12, 20));
        Award(huong, AwardCodes.Ldtt, 2023, "209/QĐ-UBND", new DateOnly(2023, 12, 20));
        foreach (var (p, year, rating) in new[] { (dung, 2021, Rating.Good), (dung, 2022, Rating.Excellent), (dung, 2023, Rating.Good), (huong, 2023, Rating.Good) })
        {
            db.YearlyRatings.Add(new YearlyRating { OrgUnitId = ward, PersonId = p.Id, Year = year, Rating = rating });
        }

        db.AuditAction = "Dữ liệu mẫu: sổ theo dõi khen thưởng phường Tân Phong";
        await db.SaveChangesAsync();
    }

    private static async Task CityDossiersAsync(DemoActs a, Dictionary<string, int> units, int? movement, int? conference)
    {
        var tanPhong = units["LCH-TP-TANPHONG"];
        const string Clerk = "canbo.tanphong", Appraiser = "thamdinh.tplc";
        var deadline = new DateOnly(2023, 11, 24);

        // 1. The sơ kết conference of seed 000, as the units then were: phường Tân Phong proposes 2 individuals and
        // 1 household before 24/11/2023, Phòng Nội vụ thành phố appraises, the city's council votes in December 2023,
        // UBND thành phố issues the Giấy khen on 02/01/2024 — the first working day the system can issue (Law 2022 in
        // force from 01/01/2024; ADR-0038) — and the conference page shows the honoured.
        var soKet = await a.CreateAsync(Clerk, new DateOnly(2023, 11, 6), new CreateDossierCommand(SoKetTitle, tanPhong,
            CommendationKind.Thematic, DecidingLevel.Grassroots, movement, conference, 2023, null));
        await a.AddNomineesAsync(Clerk, new DateOnly(2023, 11, 8), soKet,
            Individual("Vàng Văn Dũng", "nam", 1984, "Mông", "Tổ trưởng Tổ dân phố số 7",
                "Vận động 9 hộ nghèo trong tổ dân phố vay vốn ưu đãi, phát triển chăn nuôi; 6 hộ thoát nghèo giai đoạn 2021-2023."),
            Individual("Lò Thị Hương", "nữ", 1991, "Thái", "Công chức Văn hóa - Xã hội phường Tân Phong",
                "Tham mưu rà soát hộ nghèo, hộ cận nghèo đúng quy trình; phối hợp hỗ trợ xây dựng 5 nhà Đại đoàn kết cho hộ nghèo."),
            Household("Sùng A Chớ", "Tổ dân phố số 12, phường Tân Phong",
                "Thoát nghèo năm 2022 nhờ trồng 1,5 ha mắc ca và nuôi lợn; hướng dẫn kỹ thuật, giúp 2 hộ cùng tổ vay vốn thoát nghèo."));
        await a.AttachMissingAsync(Clerk, new DateOnly(2023, 11, 9), soKet);
        await a.RecordLetterAsync(Clerk, new DateOnly(2023, 11, 20), soKet, "52/TTr-UBND");
        await a.SubmitAsync(Clerk, new DateOnly(2023, 11, 20), soKet);
        await a.ReceiveAsync(Appraiser, new DateOnly(2023, 11, 22), soKet);
        foreach (var n in await a.NomineeIdsAsync(soKet))
        {
            await a.AppraiseAsync(Appraiser, new DateOnly(2023, 11, 28), soKet, n, true, null);
        }

        await a.CompleteAppraisalAsync(Appraiser, new DateOnly(2023, 11, 29), soKet);
        await a.AttachAsync(Appraiser, new DateOnly(2023, 12, 5), soKet, null, NominationChecks.CouncilMinutes, "Biên bản họp Hội đồng Thi đua - Khen thưởng thành phố");
        foreach (var n in await a.NomineeIdsAsync(soKet))
        {
            await a.CouncilVoteAsync(Appraiser, new DateOnly(2023, 12, 5), soKet, n, 6, 7);
        }

        await a.CompleteCouncilAsync(Appraiser, new DateOnly(2023, 12, 5), soKet);
        await a.IssueAsync("lanhdao.tplc", new DateOnly(2024, 1, 2), soKet, new IssueCommand(SignerCapacity.ForChairman, null, null));

        // 2. Submitted, waiting in Phòng Nội vụ's inbox.
        var submitted = await a.ReadyAsync(Clerk, new DateOnly(2023, 11, 13), new CreateDossierCommand(
            "Đề nghị tặng Giấy khen cho tập thể, cá nhân có thành tích xuất sắc trong Tháng cao điểm “Vì người nghèo” năm 2023",
            tanPhong, CommendationKind.Thematic, DecidingLevel.Grassroots, movement, null, 2023, deadline),
            Team("Ban Công tác Mặt trận Tổ dân phố số 5, phường Tân Phong",
                "Vận động nhân dân ủng hộ Quỹ “Vì người nghèo” 38 triệu đồng; giúp 3 hộ sửa chữa nhà ở."),
            Individual("Nguyễn Thị Thu Hà", "nữ", 1988, "Kinh", "Chủ tịch Hội Liên hiệp Phụ nữ phường Tân Phong",
                "Duy trì 4 tổ tiết kiệm và vay vốn; giúp 11 hội viên thuộc hộ nghèo vay vốn phát triển sản xuất."));
        await a.SubmitAsync(Clerk, new DateOnly(2023, 11, 21), submitted);

        // Another ward's dossier in the same inbox (the Tân Phong clerk does not see it).
        var doanKet = await a.ReadyAsync("canbo.doanket", new DateOnly(2023, 11, 14), new CreateDossierCommand(
            "Đề nghị tặng Giấy khen cho hộ gia đình thoát nghèo bền vững tiêu biểu năm 2023", units["LCH-TP-DOANKET"],
            CommendationKind.Thematic, DecidingLevel.Grassroots, movement, null, 2023, deadline),
            Household("Lý Văn Pao", "Tổ dân phố số 9, phường Đoàn Kết",
                "Thoát nghèo năm 2022 nhờ mô hình trồng rau an toàn và nuôi cá lồng; tạo việc làm thời vụ cho 4 lao động."),
            Household("Phàn Thị Mẩy", "Tổ dân phố số 2, phường Đoàn Kết",
                "Thoát nghèo năm 2023 nhờ dệt thổ cẩm và bán hàng lưu niệm; hướng dẫn nghề cho 6 phụ nữ trong tổ."));
        await a.SubmitAsync("canbo.doanket", new DateOnly(2023, 11, 22), doanKet);

        // 3. Returned: received, then sent back because an achievement report is missing.
        var returned = await a.ReadyAsync(Clerk, new DateOnly(2023, 11, 10), new CreateDossierCommand(
            "Đề nghị tặng Giấy khen cho cá nhân có thành tích vận động xây dựng nhà Đại đoàn kết cho hộ nghèo năm 2023",
            tanPhong, CommendationKind.Thematic, DecidingLevel.Grassroots, movement, null, 2023, deadline),
            Individual("Hoàng Văn Kiên", "nam", 1979, "Tày", "Trưởng ban Công tác Mặt trận Tổ dân phố số 10",
                "Vận động xây dựng 3 nhà Đại đoàn kết, huy động 120 ngày công lao động cho hộ nghèo."),
            Individual("Đèo Thị Xuân", "nữ", 1993, "Thái", "Bí thư Đoàn phường Tân Phong",
                "Tổ chức 4 đợt tình nguyện hỗ trợ hộ nghèo sửa nhà, trồng cây ăn quả."));
        await a.SubmitAsync(Clerk, new DateOnly(2023, 11, 15), returned);
        await a.ReceiveAsync(Appraiser, new DateOnly(2023, 11, 16), returned);
        await a.ReturnAsync(Appraiser, new DateOnly(2023, 11, 17), returned,
            "Thiếu báo cáo thành tích có xác nhận của Chủ tịch UBND phường đối với ông Hoàng Văn Kiên (tệp đã gửi là danh sách, chưa phải báo cáo thành tích). "
            + "Đề nghị bổ sung và gửi lại hồ sơ.", new DateOnly(2023, 12, 1));
        // Sent back within its supplement deadline; it was still in the city's inbox when the city closed (hand-over).
        var kien = (await a.NomineeIdsAsync(returned)).First();
        await a.AttachAsync(Clerk, new DateOnly(2023, 11, 23), returned, kien, "BAO_CAO_THANH_TICH", "Báo cáo thành tích (có xác nhận của Chủ tịch UBND phường)");
        await a.SubmitAsync(Clerk, new DateOnly(2023, 11, 23), returned);

        // 4. Under appraisal: one nominee accepted, one waiting for the police's opinion.
        var appraising = await a.ReadyAsync(Clerk, new DateOnly(2023, 11, 7), new CreateDossierCommand(
            "Đề nghị tặng Giấy khen cho cá nhân, hộ gia đình tiêu biểu trong phát triển kinh tế, giảm nghèo bền vững năm 2023",
            tanPhong, CommendationKind.Thematic, DecidingLevel.Grassroots, movement, null, 2023, deadline),
            Individual("Lường Thị Nga", "nữ", 1986, "Thái", "Chi hội trưởng Chi hội Nông dân Tổ dân phố số 4",
                "Hướng dẫn 15 hộ nông dân áp dụng kỹ thuật trồng chè, mắc ca; 4 hộ thoát nghèo năm 2023."),
            Household("Hạng A Sử", "Tổ dân phố số 15, phường Tân Phong",
                "Từ hộ nghèo vươn lên có thu nhập 150 triệu đồng/năm từ chăn nuôi trâu, bò; nhận 2 lao động là người trong bản."));
        await a.SubmitAsync(Clerk, new DateOnly(2023, 11, 10), appraising);
        await a.ReceiveAsync(Appraiser, new DateOnly(2023, 11, 13), appraising);
        var (nga, su) = await a.TwoNomineesAsync(appraising);
        await a.AppraiseAsync(Appraiser, new DateOnly(2023, 11, 20), appraising, nga, true, null);
        await a.ConsultAsync(Appraiser, new DateOnly(2023, 11, 20), appraising, "Công an thành phố Lai Châu",
            "Đề nghị cho ý kiến về việc chấp hành chủ trương, chính sách của Đảng, pháp luật của Nhà nước của hộ ông Hạng A Sử (Tổ dân phố số 15, phường Tân Phong).");

        // Left unfinished when the ward closed on 30/06/2025 (no deadline): the admin hands it to the new ward.
        await a.AddNomineesAsync(Clerk, new DateOnly(2025, 6, 24), await a.CreateAsync(Clerk, new DateOnly(2025, 6, 23), new CreateDossierCommand(
            "Đề nghị tặng Giấy khen cho cá nhân có thành tích trong công tác chuẩn bị sắp xếp đơn vị hành chính phường năm 2025",
            tanPhong, CommendationKind.AdHoc, DecidingLevel.Grassroots, null, null, 2025, null)),
            Individual("Lò Văn Hải", "nam", 1983, "Thái", "Công chức Địa chính - Xây dựng phường Tân Phong",
                "Hoàn thành rà soát, bàn giao hồ sơ địa giới hành chính phường đúng tiến độ sắp xếp đơn vị hành chính."));

        // 5. Decided: the 2024 dossier, Giấy khen of the chairman of UBND thành phố, issued by the vice-chairman.
        var decided = await a.ReadyAsync(Clerk, new DateOnly(2024, 12, 2), new CreateDossierCommand(
            "Đề nghị tặng Giấy khen cho tập thể, cá nhân, hộ gia đình có thành tích xuất sắc trong thực hiện Phong trào thi đua "
                + "“Vì người nghèo - Không để ai bị bỏ lại phía sau” năm 2024",
            tanPhong, CommendationKind.Thematic, DecidingLevel.Grassroots, movement, null, 2024, new DateOnly(2024, 12, 20)),
            Team("Chi hội Cựu chiến binh Tổ dân phố số 6, phường Tân Phong",
                "Vận động hội viên giúp 5 hộ nghèo 30 con giống, 200 ngày công; không còn hộ nghèo là hội viên."),
            Individual("Phạm Thị Ngọc Ánh", "nữ", 1989, "Kinh", "Công chức Lao động - Thương binh và Xã hội phường Tân Phong",
                "Tham mưu thực hiện đầy đủ chính sách giảm nghèo năm 2024; tỷ lệ hộ nghèo của phường giảm 1,8%."),
            Household("Vừ A Tủa", "Tổ dân phố số 17, phường Tân Phong",
                "Thoát nghèo năm 2024 nhờ trồng 2 ha mắc ca xen cà phê; giúp 3 hộ cùng tổ giống cây và kỹ thuật."));
        await a.RecordLetterAsync(Clerk, new DateOnly(2024, 12, 16), decided, "45/TTr-UBND");
        await a.SubmitAsync(Clerk, new DateOnly(2024, 12, 16), decided);
        await a.ReceiveAsync(Appraiser, new DateOnly(2024, 12, 17), decided);
        foreach (var n in await a.NomineeIdsAsync(decided))
        {
            await a.AppraiseAsync(Appraiser, new DateOnly(2024, 12, 26), decided, n, true, null);
        }

        await a.CompleteAppraisalAsync(Appraiser, new DateOnly(2024, 12, 27), decided);
        await a.AttachAsync(Appraiser, new DateOnly(2025, 1, 6), decided, null, NominationChecks.CouncilMinutes, "Biên bản họp Hội đồng Thi đua - Khen thưởng thành phố");
        foreach (var n in await a.NomineeIdsAsync(decided))
        {
            await a.CouncilVoteAsync(Appraiser, new DateOnly(2025, 1, 6), decided, n, 7, 7);
        }

        await a.CompleteCouncilAsync(Appraiser, new DateOnly(2025, 1, 6), decided);
        await a.IssueAsync("lanhdao.tplc", new DateOnly(2025, 1, 10), decided, new IssueCommand(SignerCapacity.ForChairman, null, null));
    }

    /// <summary>Sở Nội vụ's annual proposal to the province, appraised in the last weeks; notice open from
    /// <paramref name="today"/>; the council session the day the notice allows (a few days after it ends).</summary>
    private static async Task ProvinceDossierAsync(DemoActs a, Dictionary<string, int> units, DateOnly today)
    {
        const string Clerk = "canbo.snv", Appraiser = "thamdinh.snv";
        var id = await a.ReadyAsync(Clerk, Weekday(today.AddDays(-24)), new CreateDossierCommand(
            "Đề nghị tặng danh hiệu Chiến sĩ thi đua cấp tỉnh, Bằng khen của Chủ tịch UBND tỉnh cho tập thể, cá nhân Sở Nội vụ có thành tích xuất sắc năm 2025",
            units["LCH-SNV"], CommendationKind.Merit, DecidingLevel.Province, null, null, 2025, null),
            new NomineeData(SubjectKind.Individual, "Lò Thị Hoa", "nữ", 1982, "Thái", "Phó Trưởng phòng Thi đua - Khen thưởng", "Sở Nội vụ tỉnh Lai Châu",
                null, null, null, AwardCodes.CstdTinh,
                "Ba năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở (2023-2025); chủ trì sáng kiến “Quy trình thẩm định hồ sơ khen thưởng trực tuyến tỉnh Lai Châu” được công nhận phạm vi cấp tỉnh."),
            new NomineeData(SubjectKind.Individual, "Nguyễn Văn Thành", "nam", 1978, "Kinh", "Chuyên viên chính", "Sở Nội vụ tỉnh Lai Châu",
                null, null, null, AwardCodes.BkTinh,
                "Hai năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở (2024-2025); tham mưu sắp xếp tổ chức bộ máy khi hợp nhất Sở Lao động - Thương binh và Xã hội vào Sở Nội vụ."),
            new NomineeData(SubjectKind.Collective, "Phòng Thi đua - Khen thưởng, Sở Nội vụ tỉnh Lai Châu", null, null, null, null, null,
                null, null, null, AwardCodes.BkTinh,
                "Hoàn thành xuất sắc nhiệm vụ năm 2025; tham mưu tổ chức thành công Đại hội Thi đua yêu nước tỉnh lần thứ VI."));
        await a.SubmitAsync(Clerk, Weekday(today.AddDays(-21)), id);
        await a.ReceiveAsync(Appraiser, Weekday(today.AddDays(-20)), id);
        foreach (var n in await a.NomineeIdsAsync(id))
        {
            await a.AppraiseAsync(Appraiser, Weekday(today.AddDays(-10)), id, n, true, null);
        }

        await a.CompleteAppraisalAsync(Appraiser, Weekday(today.AddDays(-3)), id);
        var notice = await a.PublishAsync(Appraiser, today, new PublishNoticeCommand(
            "Lấy ý kiến nhân dân về danh sách đề nghị tặng danh hiệu Chiến sĩ thi đua cấp tỉnh, Bằng khen của Chủ tịch UBND tỉnh năm 2025",
            today, await a.NomineeIdsAsync(id)));
        var meeting = Weekday(notice.AddDays(3), forward: true);
        await a.ScheduleAsync("thuky.hdtdkt", today, units["LCH"], new ScheduleCommand(
            "Phiên họp Hội đồng Thi đua - Khen thưởng tỉnh xét danh hiệu Chiến sĩ thi đua cấp tỉnh, Bằng khen năm 2025",
            meeting, "Phòng họp số 1, UBND tỉnh Lai Châu", true, QuorumRule.TwoThirds, false));
    }

    private static DateOnly Weekday(DateOnly d, bool forward = false) => d.DayOfWeek switch
    {
        DayOfWeek.Saturday => d.AddDays(forward ? 2 : -1),
        DayOfWeek.Sunday => d.AddDays(forward ? 1 : -2),
        _ => d,
    };

    private static NomineeData Individual(string name, string gender, int birthYear, string ethnicity, string position, string achievement) =>
        new(SubjectKind.Individual, name, gender, birthYear, ethnicity, position, null, null, null, null, AwardCodes.Gk, achievement);

    private static NomineeData Household(string head, string address, string achievement) =>
        new(SubjectKind.Household, head, null, null, null, null, null, null, address, null, AwardCodes.Gk, achievement);

    private static NomineeData Team(string name, string achievement) =>
        new(SubjectKind.Collective, name, null, null, null, null, null, null, null, null, AwardCodes.Gk, achievement);
}
