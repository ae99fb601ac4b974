using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;
using Tdkt.Domain.Council;
using Tdkt.Domain.Nominations;
using Tdkt.Web.Documents;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.Council;
using Tdkt.Web.Pages.Nominations;
using Tdkt.Web.Pages.Notices;
using Tdkt.Web.Security;

namespace Tdkt.Web.Data;

/// <summary>
/// Demo nomination dossiers at every step, made by the demo users through the same use cases the pages call
/// (the dossier and council handlers, <see cref="NoticeService"/>), each step as its user on
/// its own day, so history rows, notifications, audit rows, the decision number, award records and money are exactly
/// what the app makes.
/// <list type="bullet">
/// <item>Thành phố Lai Châu (seed 000, 2023): phường Tân Phong's draft for the sơ kết of "Vì người nghèo" (deadline
/// 24/11/2023), one dossier submitted, one returned, one under appraisal with a consultation request; phường Đoàn Kết's
/// dossier waiting in Phòng Nội vụ's inbox too; Tân Phong's 2024 dossier decided on 10/01/2025 (the first day decisions
/// can be issued is 01/01/2024, Law 2022; the city existed until 30/06/2025).</item>
/// <item>The province (now, Decree 152): Sở Nội vụ's CSTĐ tỉnh / Bằng khen dossier appraised, its list on public notice
/// from the day of seeding, a council session scheduled after the notice ends.</item>
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
        await ProvinceDossierAsync(acts, units, services.GetRequiredService<TimeProvider>().Today(settings));
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

        // 1. Draft for the sơ kết conference (seed 000): 2 individuals, 1 household; the tờ trình and the reports attached,
        // the biên bản bình xét still missing.
        var draft = await a.CreateAsync(Clerk, new DateOnly(2023, 11, 6), new CreateDossierCommand(SoKetTitle, tanPhong,
            CommendationKind.Thematic, DecidingLevel.Grassroots, movement, conference, 2023, deadline));
        await a.AddNomineesAsync(Clerk, new DateOnly(2023, 11, 8), draft,
            Individual("Vàng Văn Dũng", "nam", 1984, "Mông", "Tổ trưởng Tổ dân phố số 7",
                "Vận động 9 hộ nghèo trong tổ dân phố vay vốn ưu đãi, phát triển chăn nuôi; 6 hộ thoát nghèo giai đoạn 2021-2023."),
            Individual("Lò Thị Hương", "nữ", 1991, "Thái", "Công chức Văn hóa - Xã hội phường Tân Phong",
                "Tham mưu rà soát hộ nghèo, hộ cận nghèo đúng quy trình; phối hợp hỗ trợ xây dựng 5 nhà Đại đoàn kết cho hộ nghèo."),
            Household("Sùng A Chớ", "Tổ dân phố số 12, phường Tân Phong",
                "Thoát nghèo năm 2022 nhờ trồng 1,5 ha mắc ca và nuôi lợn; hướng dẫn kỹ thuật, giúp 2 hộ cùng tổ vay vốn thoát nghèo."));
        await a.AttachMissingAsync(Clerk, new DateOnly(2023, 11, 9), draft, except: "BIEN_BAN_BINH_XET");

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
            + "Đề nghị bổ sung và gửi lại hồ sơ.");

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

    /// <summary>A stopped clock: the demo step's day, 09:00 in Vietnam.</summary>
    private sealed class DemoClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    /// <summary>Runs one use case as a demo user on a given day: its own DbContext (audit rows name the user and the
    /// day), the user's grants read as on a request, the services built as DI builds them.</summary>
    private sealed class DemoActs(IServiceProvider services, TdktSettings settings, Dictionary<string, string> userIds)
    {
        private async Task<T> AsAsync<T>(string user, DateOnly day, Func<Scope, Task<T>> act)
        {
            var clock = new DemoClock(new DateTimeOffset(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero)); // 09:00 in Vietnam
            var actor = new AuditActor { UserId = userIds[user], Name = user };
            await using var ctx = new TdktDbContext(services.GetRequiredService<DbContextOptions<TdktDbContext>>(), actor, clock);
            var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userIds[user]), new Claim(ClaimTypes.Name, user)], "demo"));
            var me = new CurrentUser(ctx, new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = principal } });
            var citizenIds = ActivatorUtilities.CreateInstance<CitizenIds>(services);
            var step = new StepServices(services, ctx, me, clock, settings, citizenIds);
            return await act(new Scope(ctx, step.GetRequiredService<NominationChecks>(), step));
        }

        /// <summary>One demo step's services: its DbContext, user, clock and settings, and the feature classes (handlers,
        /// workflows, checks) built on them as DI builds them; the rest from the application's services.</summary>
        private sealed class StepServices(IServiceProvider root, params object[] given) : IServiceProvider
        {
            private readonly Dictionary<Type, object> made = [];

            public object? GetService(Type serviceType)
            {
                if (given.FirstOrDefault(serviceType.IsInstanceOfType) is { } g)
                {
                    return g;
                }

                if (made.TryGetValue(serviceType, out var m))
                {
                    return m;
                }

                if (serviceType.Namespace?.StartsWith("Tdkt.Web.Pages", StringComparison.Ordinal) == true && serviceType.IsClass && !serviceType.IsAbstract)
                {
                    return made[serviceType] = ActivatorUtilities.CreateInstance(this, serviceType);
                }

                return root.GetService(serviceType);
            }
        }

        private sealed record Scope(TdktDbContext Db, NominationChecks Checks, IServiceProvider Services)
        {
            public T Use<T>() where T : notnull => Services.GetRequiredService<T>();
        }

        private Task Do(string user, DateOnly day, Func<Scope, Task<Result>> act) =>
            AsAsync(user, day, async s => Ok(await act(s)));

        private static int Ok(Result r) => r.IsSuccess ? 0 : throw new InvalidOperationException("Dữ liệu mẫu: " + r.Error!.Message);

        private static T Ok<T>(Result<T> r) => r.IsSuccess ? r.Value! : throw new InvalidOperationException("Dữ liệu mẫu: " + r.Error!.Message);

        private static Task<uint> VersionAsync(Scope s, int id) =>
            s.Db.Dossiers.AsNoTracking().Where(d => d.Id == id).Select(d => d.Version).SingleAsync();

        public Task<int> CreateAsync(string user, DateOnly day, CreateDossierCommand cmd) =>
            AsAsync(user, day, async s => Ok(await s.Use<CreateDossierHandler>().HandleAsync(cmd, default)));

        public Task AddNomineesAsync(string user, DateOnly day, int id, params NomineeData[] nominees) => AsAsync(user, day, async s =>
        {
            foreach (var n in nominees)
            {
                Ok(await s.Use<AddNomineeHandler>().HandleAsync(id, n, default));
            }

            return 0;
        });

        /// <summary>Created, nominees added, every required part attached: ready to submit.</summary>
        public async Task<int> ReadyAsync(string user, DateOnly day, CreateDossierCommand cmd, params NomineeData[] nominees)
        {
            var id = await CreateAsync(user, day, cmd);
            await AddNomineesAsync(user, day, id, nominees);
            await AttachMissingAsync(user, day, id);
            return id;
        }

        /// <summary>Attaches a generated .docx for each required part still missing (but <paramref name="except"/>).</summary>
        public Task AttachMissingAsync(string user, DateOnly day, int id, string? except = null) => AsAsync(user, day, async s =>
        {
            var d = await s.Db.Dossiers.AsNoTracking().SingleAsync(x => x.Id == id);
            var unit = await s.Db.OrgUnits.AsNoTracking().Where(u => u.Id == d.ProposingUnitId).Select(u => u.Name).SingleAsync();
            foreach (var part in await s.Checks.MissingDossierPartsAsync(d, default))
            {
                if (part.Code != except)
                {
                    Ok(await s.Use<AttachFileHandler>().HandleAsync(id, null, part.Code, FileName(part.Code, null), PartDocument(unit, part.Name, d.Title, day, null), default));
                }
            }

            foreach (var n in await s.Checks.CheckAsync(d, day, withEligibility: false, default))
            {
                foreach (var part in n.MissingParts.Where(p => p.Code != except))
                {
                    Ok(await s.Use<AttachFileHandler>().HandleAsync(id, n.Nominee.Id, part.Code, FileName(part.Code, n.Nominee.Id), PartDocument(unit, part.Name, d.Title, day, n.Nominee), default));
                }
            }

            return 0;
        });

        public Task AttachAsync(string user, DateOnly day, int id, int? nominee, string partCode, string partName) => AsAsync(user, day, async s =>
        {
            var d = await s.Db.Dossiers.AsNoTracking().SingleAsync(x => x.Id == id);
            var unit = await s.Db.OrgUnits.AsNoTracking().Where(u => u.Id == d.ReceivingUnitId).Select(u => u.Name).SingleAsync();
            return Ok(await s.Use<AttachFileHandler>().HandleAsync(id, nominee, partCode, FileName(partCode, nominee), PartDocument(unit, partName, d.Title, day, null), default));
        });

        /// <summary>The tờ trình the unit sends with its dossier (number and date); a decision cites it.</summary>
        public Task RecordLetterAsync(string user, DateOnly day, int id, string number) =>
            AsAsync(user, day, async s => Ok(await ActivatorUtilities.CreateInstance<SubmissionLetters>(s.Services).RecordAsync(id, number, day, default)));

        public Task SubmitAsync(string user, DateOnly day, int id) => Do(user, day, async s => await s.Use<SubmitDossierHandler>().HandleAsync(id, await VersionAsync(s, id), default));

        public Task ReceiveAsync(string user, DateOnly day, int id) => Do(user, day, async s => await s.Use<ReceiveDossierHandler>().HandleAsync(id, await VersionAsync(s, id), default));

        public Task ReturnAsync(string user, DateOnly day, int id, string reason) =>
            Do(user, day, async s => await s.Use<ReturnDossierHandler>().HandleAsync(id, await VersionAsync(s, id), reason, null, default));

        public Task AppraiseAsync(string user, DateOnly day, int id, int nominee, bool accept, string? reason) =>
            Do(user, day, s => s.Use<AppraiseNomineeHandler>().HandleAsync(id, nominee, accept,
                reason ?? (accept ? "Thành tích đã được đơn vị bình xét và xác nhận trong báo cáo thành tích" : null), default));

        public Task ConsultAsync(string user, DateOnly day, int id, string agency, string question) =>
            AsAsync(user, day, async s => Ok(await s.Use<ConsultAgencyHandler>().HandleAsync(id, agency, question, day, default)));

        public Task CompleteAppraisalAsync(string user, DateOnly day, int id) =>
            Do(user, day, async s => await s.Use<CompleteAppraisalHandler>().HandleAsync(id, await VersionAsync(s, id), default));

        public Task CouncilVoteAsync(string user, DateOnly day, int id, int nominee, int votesFor, int members) =>
            Do(user, day, s => s.Use<RecordCouncilResultHandler>().HandleAsync(id, nominee, votesFor, members, CouncilSource.Minutes, default));

        public Task CompleteCouncilAsync(string user, DateOnly day, int id) =>
            Do(user, day, async s => await s.Use<CompleteCouncilHandler>().HandleAsync(id, await VersionAsync(s, id), default));

        public Task IssueAsync(string user, DateOnly day, int id, IssueCommand cmd) =>
            AsAsync(user, day, async s => Ok(await s.Use<IssueDecisionHandler>().HandleAsync(id, await VersionAsync(s, id), cmd, default)));

        /// <summary>Publishes the notice; returns its last day.</summary>
        public Task<DateOnly> PublishAsync(string user, DateOnly day, PublishNoticeCommand cmd) => AsAsync(user, day, async s =>
        {
            var id = Ok(await s.Use<NoticeService>().PublishAsync(cmd, default));
            return await s.Db.Notices().AsNoTracking().Where(n => n.Id == id).Select(n => n.EndDate).SingleAsync();
        });

        public Task ScheduleAsync(string user, DateOnly day, int unitId, ScheduleCommand cmd) =>
            AsAsync(user, day, async s => Ok(await s.Use<ScheduleSessionHandler>().HandleAsync(unitId, cmd, default)));

        public async Task<IReadOnlyCollection<int>> NomineeIdsAsync(int id)
        {
            await using var ctx = new TdktDbContext(services.GetRequiredService<DbContextOptions<TdktDbContext>>());
            return await ctx.Nominees.AsNoTracking().Where(n => n.DossierId == id).OrderBy(n => n.Id).Select(n => n.Id).ToListAsync();
        }

        public async Task<(int First, int Second)> TwoNomineesAsync(int id) => (await NomineeIdsAsync(id)).ToArray() is [var a, var b, ..]
            ? (a, b) : throw new InvalidOperationException("Dữ liệu mẫu: hồ sơ cần hai đối tượng.");

        private static string FileName(string partCode, int? nominee) =>
            (nominee is { } n ? $"{partCode.ToLowerInvariant()}-{n.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : partCode.ToLowerInvariant()).Replace('_', '-') + ".docx";

        /// <summary>A short Decree-30 document standing for the part (tờ trình, biên bản, báo cáo thành tích).</summary>
        private static byte[] PartDocument(string unitName, string partName, string dossierTitle, DateOnly day, Nominee? nominee) => Nd30.Document(body =>
        {
            body.Append(Nd30.HeaderBlock(null, unitName, "Số:      /" + (nominee is null ? "TTr" : "BC"), Nd30.PlaceDate(unitName, day, day.Year)));
            body.Append(Nd30.Para(string.Empty));
            body.Append(Nd30.Para(partName.ToUpper(ViFormat.Culture), bold: true, center: true));
            body.Append(Nd30.Para(nominee is null ? dossierTitle : $"{nominee.Name} — {nominee.Position ?? nominee.Address ?? unitName}", italic: true, center: true));
            body.Append(Nd30.Para(string.Empty));
            if (nominee is not null)
            {
                body.Append(Nd30.Para("Tóm tắt thành tích: " + nominee.Achievement, indent: true, justify: true));
            }

            body.Append(Nd30.Para("(Văn bản mẫu của dữ liệu minh họa.)", italic: true, size: 24, indent: true));
        });
    }
}
