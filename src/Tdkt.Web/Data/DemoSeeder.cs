using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Organizations;
using Tdkt.Domain.Security;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Security;

namespace Tdkt.Web.Data;

/// <summary>
/// Demo data from the seed plans: Lai Châu (province, departments, thành phố Lai Châu and huyện Phong Thổ,
/// Than Uyên as they were before 01/07/2025, the wards after), Ninh Thuận (merged into Khánh Hòa in 2025).
/// Real place names; people are named only where the seeds name the signers.
/// </summary>
public sealed partial class DemoSeeder(TdktDbContext db, UserManager<AppUser> users, IServiceProvider services)
{
    public const string TokensFile = "demo-tokens.txt";

    private static readonly DateOnly ReformDay = new(2025, 7, 1);
    private static readonly DateOnly LastDistrictDay = new(2025, 6, 30);
    private readonly Dictionary<string, OrgUnit> _units = new(StringComparer.Ordinal);

    public sealed record DemoUser(string UserName, string FullName, string Position, string UnitCode, (Role Role, string UnitCode)[] Grants);

    public static readonly DemoUser[] Users =
    [
        new("admin", "Quản trị hệ thống", "Chuyên viên Phòng Thi đua - Khen thưởng, Sở Nội vụ", "LCH-SNV",
            [(Role.Admin, "LCH"), (Role.Admin, "NTH"), (Role.Admin, "KHA")]),
        new("quantri.phongtho", "Quản trị huyện Phong Thổ", "Chuyên viên Phòng Nội vụ huyện Phong Thổ", "LCH-PT-PNV",
            [(Role.Admin, "LCH-PT")]),
        new("canbo.tanphong", "Cán bộ TĐKT phường Tân Phong", "Công chức Văn phòng - Thống kê phường", "LCH-TP-TANPHONG",
            [(Role.UnitClerk, "LCH-TP-TANPHONG")]),
        new("canbo.doanket", "Cán bộ TĐKT phường Đoàn Kết", "Công chức Văn phòng - Thống kê phường", "LCH-TP-DOANKET",
            [(Role.UnitClerk, "LCH-TP-DOANKET")]),
        new("canbo.snv", "Cán bộ TĐKT Sở Nội vụ", "Chuyên viên Văn phòng Sở Nội vụ", "LCH-SNV",
            [(Role.UnitClerk, "LCH-SNV")]),
        new("thamdinh.tplc", "Chuyên viên thẩm định Phòng Nội vụ thành phố", "Chuyên viên Phòng Nội vụ thành phố Lai Châu", "LCH-TP-PNV",
            [(Role.Appraiser, "LCH-TP")]),
        new("thamdinh.snv", "Chuyên viên thẩm định Sở Nội vụ", "Chuyên viên Phòng Thi đua - Khen thưởng, Sở Nội vụ", "LCH-SNV",
            [(Role.Appraiser, "LCH")]),
        new("hoidong.tv1", "Thành viên Hội đồng TĐKT tỉnh (1)", "Ủy viên Hội đồng Thi đua - Khen thưởng tỉnh", "LCH-SNV",
            [(Role.CouncilMember, "LCH")]),
        new("hoidong.tv2", "Thành viên Hội đồng TĐKT tỉnh (2)", "Ủy viên Hội đồng Thi đua - Khen thưởng tỉnh", "LCH-MTTQ",
            [(Role.CouncilMember, "LCH")]),
        new("thuky.hdtdkt", "Thư ký Hội đồng TĐKT tỉnh", "Trưởng phòng Thi đua - Khen thưởng, Sở Nội vụ", "LCH-SNV",
            [(Role.CouncilSecretary, "LCH"), (Role.CouncilMember, "LCH")]),
        new("lanhdao.tinh", "Giàng A Tính", "Phó Chủ tịch UBND tỉnh Lai Châu", "LCH",
            [(Role.Signer, "LCH")]),
        new("lanhdao.tplc", "Trần Đình Tiến", "Phó Chủ tịch UBND thành phố Lai Châu", "LCH-TP",
            [(Role.Signer, "LCH-TP")]),
        new("xem.tinh", "Lãnh đạo theo dõi", "Văn phòng UBND tỉnh Lai Châu", "LCH",
            [(Role.Viewer, "LCH")]),
        new("thamdinh.ninhthuan", "Chuyên viên thẩm định Sở Nội vụ Ninh Thuận", "Chuyên viên Sở Nội vụ tỉnh Ninh Thuận", "NTH-SNV",
            [(Role.Appraiser, "NTH")]),
        new("lanhdao.ninhthuan", "Nguyễn Long Biên", "Phó Chủ tịch UBND tỉnh Ninh Thuận", "NTH",
            [(Role.Signer, "NTH")]),
    ];

    /// <summary>Clerks of the other wards of LCH-TP-CUM-PHUONG, so five wards can score themselves in the demo.</summary>
    public static readonly DemoUser[] ClusterClerks =
    [
        new("canbo.quyetthang", "Cán bộ TĐKT phường Quyết Thắng", "Công chức Văn phòng - Thống kê phường", "LCH-TP-QUYETTHANG",
            [(Role.UnitClerk, "LCH-TP-QUYETTHANG")]),
        new("canbo.quyettien", "Cán bộ TĐKT phường Quyết Tiến", "Công chức Văn phòng - Thống kê phường", "LCH-TP-QUYETTIEN",
            [(Role.UnitClerk, "LCH-TP-QUYETTIEN")]),
        new("canbo.dongphong", "Cán bộ TĐKT phường Đông Phong", "Công chức Văn phòng - Thống kê phường", "LCH-TP-DONGPHONG",
            [(Role.UnitClerk, "LCH-TP-DONGPHONG")]),
    ];

    /// <summary>Clerks of the wards and communes of the two-level government (from 01/07/2025), who tell the current
    /// scenario (DemoSeeder.Dossiers).</summary>
    public static readonly DemoUser[] NewUnitClerks =
    [
        new("canbo.phuongtanphong", "Cán bộ TĐKT phường Tân Phong (mới)", "Công chức Văn phòng HĐND và UBND phường", "LCH-P-TANPHONG",
            [(Role.UnitClerk, "LCH-P-TANPHONG")]),
        new("canbo.phuongdoanket", "Cán bộ TĐKT phường Đoàn Kết (mới)", "Công chức Văn phòng HĐND và UBND phường", "LCH-P-DOANKET",
            [(Role.UnitClerk, "LCH-P-DOANKET")]),
        new("canbo.xaphongtho", "Cán bộ TĐKT xã Phong Thổ", "Công chức Văn phòng HĐND và UBND xã", "LCH-X-PHONGTHO",
            [(Role.UnitClerk, "LCH-X-PHONGTHO")]),
        new("canbo.xathanuyen", "Cán bộ TĐKT xã Than Uyên", "Công chức Văn phòng HĐND và UBND xã", "LCH-X-THANUYEN",
            [(Role.UnitClerk, "LCH-X-THANUYEN")]),
    ];

    public async Task SeedAsync(TdktSettings settings, ILogger logger)
    {
        if (await Synthetic.SyntheticDataLoader.IsSyntheticAsync(db))
        {
            return; // ./run seed --scale …: the synthetic data set is the data (ADR-0035)
        }

        if (!await db.OrgUnits.AnyAsync())
        {
            logger.LogInformation("Nạp dữ liệu mẫu từ các kế hoạch nguồn");
            SeedOrgUnits();
            await db.SaveChangesAsync();
            SeedSuccessions();
            SeedClusters();
            await db.SaveChangesAsync();
            SeedPlanning();
            await db.SaveChangesAsync();
            SeedConferences();
            await db.SaveChangesAsync();
            await SeedAwardHistoryAsync();
            await db.SaveChangesAsync();
            await SeedUsersAsync(Users, settings.DemoPassword);
            await SeedClusterClerksAsync(settings.DemoPassword);
            await SeedUsersAsync(NewUnitClerks, settings.DemoPassword);
            await SeedCouncilAsync(settings.DemoPassword);
            await SeedDossiersAsync(settings, logger);
            await WriteTokensAsync(settings.DataFolder, settings.TokenDefaultDays);
        }
        else
        {
            await SeedCouncilAsync(settings.DemoPassword);
            await SeedDossiersAsync(settings, logger);
            if (!File.Exists(Path.Combine(settings.DataFolder, TokensFile)))
            {
                await WriteTokensAsync(settings.DataFolder, settings.TokenDefaultDays);
            }
        }
    }

    private void SeedOrgUnits()
    {
        var y2004 = new DateOnly(2004, 1, 1);
        Unit("LCH", "UBND tỉnh Lai Châu", OrgUnitKind.Province, null, y2004);
        Unit("LCH-SNV", "Sở Nội vụ tỉnh Lai Châu", OrgUnitKind.ProvincialAgency, "LCH", y2004);
        Unit("LCH-SLDTBXH", "Sở Lao động - Thương binh và Xã hội tỉnh Lai Châu", OrgUnitKind.ProvincialAgency, "LCH", y2004, new DateOnly(2025, 2, 28));
        Unit("LCH-SYT", "Sở Y tế tỉnh Lai Châu", OrgUnitKind.ProvincialAgency, "LCH", y2004);
        Unit("LCH-STTTT", "Sở Thông tin và Truyền thông tỉnh Lai Châu", OrgUnitKind.ProvincialAgency, "LCH", y2004, new DateOnly(2025, 2, 28));
        Unit("LCH-SKHCN", "Sở Khoa học và Công nghệ tỉnh Lai Châu", OrgUnitKind.ProvincialAgency, "LCH", y2004);
        Unit("LCH-NHCSXH", "Ngân hàng Chính sách xã hội chi nhánh tỉnh Lai Châu", OrgUnitKind.PublicServiceUnit, "LCH", y2004);
        Unit("LCH-BTGTU", "Ban Tuyên giáo Tỉnh ủy Lai Châu", OrgUnitKind.SocioPoliticalOrganization, "LCH", y2004);
        Unit("LCH-MTTQ", "Ủy ban MTTQ Việt Nam tỉnh Lai Châu", OrgUnitKind.SocioPoliticalOrganization, "LCH", y2004);

        var city = new DateOnly(2013, 12, 27);
        Unit("LCH-TP", "UBND thành phố Lai Châu", OrgUnitKind.District, "LCH", city, LastDistrictDay);
        Unit("LCH-TP-PNV", "Phòng Nội vụ thành phố Lai Châu", OrgUnitKind.Department, "LCH-TP", city, LastDistrictDay);
        Unit("LCH-TP-PLDTBXH", "Phòng Lao động - Thương binh và Xã hội thành phố Lai Châu", OrgUnitKind.Department, "LCH-TP", city, LastDistrictDay);
        Unit("LCH-TP-TTVHTTTT", "Trung tâm Văn hóa, Thể thao và Truyền thông thành phố Lai Châu", OrgUnitKind.PublicServiceUnit, "LCH-TP", city, LastDistrictDay);
        Unit("LCH-TP-TANPHONG", "Phường Tân Phong", OrgUnitKind.Commune, "LCH-TP", city, LastDistrictDay);
        Unit("LCH-TP-DOANKET", "Phường Đoàn Kết", OrgUnitKind.Commune, "LCH-TP", city, LastDistrictDay);
        Unit("LCH-TP-QUYETTHANG", "Phường Quyết Thắng", OrgUnitKind.Commune, "LCH-TP", city, LastDistrictDay);
        Unit("LCH-TP-QUYETTIEN", "Phường Quyết Tiến", OrgUnitKind.Commune, "LCH-TP", city, LastDistrictDay);
        Unit("LCH-TP-DONGPHONG", "Phường Đông Phong", OrgUnitKind.Commune, "LCH-TP", city, LastDistrictDay);
        Unit("LCH-TP-SANTHANG", "Xã San Thàng", OrgUnitKind.Commune, "LCH-TP", city, LastDistrictDay);
        Unit("LCH-TP-SUNGPHAI", "Xã Sùng Phài", OrgUnitKind.Commune, "LCH-TP", city, LastDistrictDay);

        Unit("LCH-PT", "UBND huyện Phong Thổ", OrgUnitKind.District, "LCH", y2004, LastDistrictDay);
        Unit("LCH-PT-PNV", "Phòng Nội vụ huyện Phong Thổ", OrgUnitKind.Department, "LCH-PT", y2004, LastDistrictDay);
        Unit("LCH-PT-PGDDT", "Phòng Giáo dục và Đào tạo huyện Phong Thổ", OrgUnitKind.Department, "LCH-PT", y2004, LastDistrictDay);
        Unit("LCH-PT-TTVHTTTT", "Trung tâm Văn hóa, Thể thao và Truyền thông huyện Phong Thổ", OrgUnitKind.PublicServiceUnit, "LCH-PT", y2004, LastDistrictDay);
        Unit("LCH-PT-TTPHONGTHO", "Thị trấn Phong Thổ", OrgUnitKind.Commune, "LCH-PT", y2004, LastDistrictDay);
        Unit("LCH-PT-MUONGSO", "Xã Mường So", OrgUnitKind.Commune, "LCH-PT", y2004, LastDistrictDay);
        Unit("LCH-PT-KHONGLAO", "Xã Khổng Lào", OrgUnitKind.Commune, "LCH-PT", y2004, LastDistrictDay);
        Unit("LCH-PT-DAOSAN", "Xã Dào San", OrgUnitKind.Commune, "LCH-PT", y2004, LastDistrictDay);
        Unit("LCH-PT-SILOLAU", "Xã Sì Lở Lầu", OrgUnitKind.Commune, "LCH-PT", y2004, LastDistrictDay);

        Unit("LCH-TU", "UBND huyện Than Uyên", OrgUnitKind.District, "LCH", y2004, LastDistrictDay);
        Unit("LCH-TU-PNV", "Phòng Nội vụ huyện Than Uyên", OrgUnitKind.Department, "LCH-TU", y2004, LastDistrictDay);
        Unit("LCH-TU-TTTHANUYEN", "Thị trấn Than Uyên", OrgUnitKind.Commune, "LCH-TU", y2004, LastDistrictDay);
        Unit("LCH-TU-MUONGKIM", "Xã Mường Kim", OrgUnitKind.Commune, "LCH-TU", y2004, LastDistrictDay);

        // Two-level government from 01/07/2025: wards and communes sit directly under the province.
        Unit("LCH-P-TANPHONG", "Phường Tân Phong", OrgUnitKind.Commune, "LCH", ReformDay);
        Unit("LCH-P-DOANKET", "Phường Đoàn Kết", OrgUnitKind.Commune, "LCH", ReformDay);
        Unit("LCH-X-PHONGTHO", "Xã Phong Thổ", OrgUnitKind.Commune, "LCH", ReformDay);
        Unit("LCH-X-THANUYEN", "Xã Than Uyên", OrgUnitKind.Commune, "LCH", ReformDay);

        var y1992 = new DateOnly(1992, 4, 1);
        Unit("NTH", "UBND tỉnh Ninh Thuận", OrgUnitKind.Province, null, y1992, LastDistrictDay);
        Unit("NTH-SNV", "Sở Nội vụ tỉnh Ninh Thuận", OrgUnitKind.ProvincialAgency, "NTH", y1992, LastDistrictDay);
        Unit("NTH-SLDTBXH", "Sở Lao động - Thương binh và Xã hội tỉnh Ninh Thuận", OrgUnitKind.ProvincialAgency, "NTH", y1992, new DateOnly(2025, 2, 28));
        Unit("KHA", "UBND tỉnh Khánh Hòa", OrgUnitKind.Province, null, new DateOnly(1989, 7, 1));
        Unit("KHA-SNV", "Sở Nội vụ tỉnh Khánh Hòa", OrgUnitKind.ProvincialAgency, "KHA", new DateOnly(1989, 7, 1));
    }

    private void SeedSuccessions()
    {
        const string Merge2025 = "Hợp nhất Sở Lao động - Thương binh và Xã hội vào Sở Nội vụ (2025)";
        const string Commune2025 = "Sắp xếp đơn vị hành chính cấp xã, dừng cấp huyện từ 01/07/2025 (dữ liệu minh họa)";
        Link("LCH-SLDTBXH", "LCH-SNV", SuccessionKind.MergedInto, new DateOnly(2025, 3, 1), Merge2025);
        Link("LCH-STTTT", "LCH-SKHCN", SuccessionKind.MergedInto, new DateOnly(2025, 3, 1), "Hợp nhất Sở Thông tin và Truyền thông vào Sở Khoa học và Công nghệ (2025)");
        Link("NTH-SLDTBXH", "NTH-SNV", SuccessionKind.MergedInto, new DateOnly(2025, 3, 1), Merge2025);
        Link("NTH", "KHA", SuccessionKind.MergedInto, ReformDay, "Hợp nhất tỉnh Ninh Thuận vào tỉnh Khánh Hòa (2025)");
        Link("NTH-SNV", "KHA-SNV", SuccessionKind.MergedInto, ReformDay, "Hợp nhất tỉnh Ninh Thuận vào tỉnh Khánh Hòa (2025)");
        foreach (var old in new[] { "LCH-TP-TANPHONG", "LCH-TP-QUYETTHANG", "LCH-TP-SUNGPHAI" })
        {
            Link(old, "LCH-P-TANPHONG", SuccessionKind.MergedInto, ReformDay, Commune2025);
        }

        foreach (var old in new[] { "LCH-TP-DOANKET", "LCH-TP-QUYETTIEN", "LCH-TP-DONGPHONG", "LCH-TP-SANTHANG" })
        {
            Link(old, "LCH-P-DOANKET", SuccessionKind.MergedInto, ReformDay, Commune2025);
        }

        foreach (var old in new[] { "LCH-PT-TTPHONGTHO", "LCH-PT-MUONGSO" })
        {
            Link(old, "LCH-X-PHONGTHO", SuccessionKind.MergedInto, ReformDay, Commune2025);
        }

        Link("LCH-TU-TTTHANUYEN", "LCH-X-THANUYEN", SuccessionKind.MergedInto, ReformDay, Commune2025);
    }

    private void SeedClusters()
    {
        var districts = EmulationCluster.Create("LCH-KHOI-HUYEN", "Khối thi đua các huyện, thành phố", ClusterKind.Bloc, _units["LCH"].Id).Value!;
        foreach (var code in new[] { "LCH-TP", "LCH-PT", "LCH-TU" })
        {
            districts.AddMember(_units[code].Id, 2021);
        }

        districts.SetLeader(2023, _units["LCH-PT"].Id, _units["LCH-TP"].Id);
        districts.SetLeader(2024, _units["LCH-TP"].Id, _units["LCH-TU"].Id);

        var agencies = EmulationCluster.Create("LCH-KHOI-VHXH", "Khối thi đua các cơ quan văn hóa - xã hội tỉnh", ClusterKind.Bloc, _units["LCH"].Id).Value!;
        foreach (var code in new[] { "LCH-SNV", "LCH-SLDTBXH", "LCH-SYT", "LCH-STTTT" })
        {
            agencies.AddMember(_units[code].Id, 2021);
        }

        agencies.SetLeader(2024, _units["LCH-SNV"].Id, _units["LCH-SYT"].Id);

        var wards = EmulationCluster.Create("LCH-TP-CUM-PHUONG", "Cụm thi đua các phường, xã thành phố Lai Châu", ClusterKind.Cluster, _units["LCH-TP"].Id).Value!;
        foreach (var code in new[] { "LCH-TP-TANPHONG", "LCH-TP-DOANKET", "LCH-TP-QUYETTHANG", "LCH-TP-QUYETTIEN", "LCH-TP-DONGPHONG", "LCH-TP-SANTHANG", "LCH-TP-SUNGPHAI" })
        {
            wards.AddMember(_units[code].Id, 2021);
        }

        wards.SetLeader(2023, _units["LCH-TP-TANPHONG"].Id, _units["LCH-TP-DOANKET"].Id);
        db.EmulationClusters.AddRange(districts, agencies, wards);
    }

    private Task SeedClusterClerksAsync(string password) => SeedUsersAsync(ClusterClerks, password);

    private async Task SeedUsersAsync(IEnumerable<DemoUser> demoUsers, string password)
    {
        var unitsByCode = await db.OrgUnits.ToDictionaryAsync(u => u.Code);
        foreach (var d in demoUsers)
        {
            var user = new AppUser
            {
                UserName = d.UserName,
                FullName = d.FullName,
                Position = d.Position,
                OrgUnitId = unitsByCode[d.UnitCode].Id,
                CreatedAt = DateTimeOffset.UtcNow,
            };
            var result = await users.CreateAsync(user, password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
            }

            foreach (var (role, unit) in d.Grants)
            {
                db.RoleGrants.Add(new RoleGrant { UserId = user.Id, Role = role, OrgUnitId = unitsByCode[unit].Id, GrantedAt = DateTimeOffset.UtcNow });
            }
        }

        await db.SaveChangesAsync();
    }

    /// <summary>One token per demo user, made once per data folder; the file keeps the plain text. They expire like
    /// any new token (<c>Tdkt:TokenDefaultDays</c>, 90 days), shown on the profile page.</summary>
    private async Task WriteTokensAsync(string dataFolder, int days)
    {
        Directory.CreateDirectory(dataFolder);
        var lines = new List<string>();
        var ids = await db.Users.ToDictionaryAsync(u => u.UserName!, u => u.Id);
        foreach (var d in Users.Concat(ClusterClerks).Concat(CouncilUsers).Concat(NewUnitClerks))
        {
            var token = AccessTokens.NewToken();
            db.PersonalAccessTokens.Add(new PersonalAccessToken
            {
                UserId = ids[d.UserName],
                Name = "Mã demo",
                TokenHash = AccessTokens.Hash(token),
                Prefix = AccessTokens.DisplayPrefix(token),
                CreatedAt = DateTimeOffset.UtcNow,
                ExpiresAt = DateTimeOffset.UtcNow.AddDays(days),
            });
            lines.Add($"{d.UserName} {token}");
        }

        await db.SaveChangesAsync();
        var file = Path.Combine(dataFolder, TokensFile);
        await File.WriteAllLinesAsync(file, lines);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    private void Unit(string code, string name, OrgUnitKind kind, string? parent, DateOnly from, DateOnly? to = null)
    {
        var unit = OrgUnit.Create(code, name, kind, parent is null ? null : _units[parent], from, to);
        if (unit.IsFailure)
        {
            throw new InvalidOperationException($"{code}: {unit.Error!.Message}");
        }

        db.OrgUnits.Add(unit.Value!);
        unit.Value!.PlaceInTree();
        _units[code] = unit.Value;
    }

    private void Link(string from, string to, SuccessionKind kind, DateOnly on, string note) =>
        db.OrgUnitSuccessions.Add(new OrgUnitSuccession(_units[from].Id, _units[to].Id, kind, on, note));

    /// <summary>A little award history (sổ theo dõi) so that "đến hạn đề nghị" shows something: people of Sở Nội vụ
    /// and phường Tân Phong with consecutive CSTĐCS years, one disciplined, one with an open complaint.</summary>
    private async Task SeedAwardHistoryAsync()
    {
        async Task<Person> PersonAsync(string name, int birthYear, string gender, string unit, string position)
        {
            var p = new Person { FullName = name, BirthYear = birthYear, Gender = gender, OrgUnitId = _units[unit].Id, Position = position };
            await db.People.AddAsync(p);
            return p;
        }

        void Award(Person p, string code, int year, string number, DateOnly date, CommendationKind kind = CommendationKind.Merit) =>
            db.AwardRecords.Add(new AwardRecordEntry
            {
                OrgUnitId = p.OrgUnitId, PersonId = p.Id, AwardCode = code, Year = year, DecisionNumber = number, DecisionDate = date,
                Kind = kind, SignerOrgUnitId = p.OrgUnitId, Basis = LegalBases.ForDecisionDate(date) is { IsSuccess: true } b ? b.Value : null,
            });

        void Rate(Person p, params (int Year, Rating Rating)[] ratings)
        {
            foreach (var (year, rating) in ratings)
            {
                db.YearlyRatings.Add(new YearlyRating { OrgUnitId = p.OrgUnitId, PersonId = p.Id, Year = year, Rating = rating });
            }
        }

        void Initiative(Person p, int year, InitiativeScope scope, string title, string? usedFor = null) =>
            db.Initiatives.Add(new InitiativeEntry { OrgUnitId = p.OrgUnitId, PersonId = p.Id, Year = year, Scope = scope, Title = title, UsedFor = usedFor });

        var d2023 = new DateOnly(2023, 12, 20);
        var d2024 = new DateOnly(2024, 12, 18);
        var d2025 = new DateOnly(2025, 12, 17);
        const Rating X = Rating.Excellent;

        // Sở Nội vụ: 3rd consecutive CSTĐCS in 2025 with a provincial initiative → CSTĐ tỉnh; 2 consecutive → Bằng khen.
        var hoa = await PersonAsync("Lò Thị Hoa", 1982, "nữ", "LCH-SNV", "Phó Trưởng phòng Thi đua - Khen thưởng");
        Rate(hoa, (2023, X), (2024, X), (2025, X));
        Award(hoa, AwardCodes.Cstdcs, 2023, "95/QĐ-SNV", d2023);
        Award(hoa, AwardCodes.Cstdcs, 2024, "102/QĐ-SNV", d2024);
        Award(hoa, AwardCodes.Cstdcs, 2025, "110/QĐ-SNV", d2025);
        Initiative(hoa, 2024, InitiativeScope.Grassroots, "Số hóa hồ sơ khen thưởng cấp cơ sở", "CSTDCS 2024");
        Initiative(hoa, 2025, InitiativeScope.Provincial, "Quy trình thẩm định hồ sơ khen thưởng trực tuyến tỉnh Lai Châu");

        var thanh = await PersonAsync("Nguyễn Văn Thành", 1978, "nam", "LCH-SNV", "Chuyên viên chính");
        Rate(thanh, (2024, X), (2025, X));
        Award(thanh, AwardCodes.Cstdcs, 2024, "102/QĐ-SNV", d2024);
        Award(thanh, AwardCodes.Cstdcs, 2025, "110/QĐ-SNV", d2025);

        var mai = await PersonAsync("Vàng Thị Mai", 1990, "nữ", "LCH-SNV", "Chuyên viên");
        Rate(mai, (2024, Rating.Good), (2025, Rating.Good));
        Award(mai, AwardCodes.Ldtt, 2024, "101/QĐ-SNV", d2024);

        var duc = await PersonAsync("Phạm Văn Đức", 1980, "nam", "LCH-SNV", "Chuyên viên");
        Rate(duc, (2023, X), (2024, X), (2025, X));
        Award(duc, AwardCodes.Cstdcs, 2023, "95/QĐ-SNV", d2023);
        Award(duc, AwardCodes.Cstdcs, 2025, "110/QĐ-SNV", d2025);
        Initiative(duc, 2025, InitiativeScope.Provincial, "Phần mềm theo dõi phong trào thi đua");
        db.Disciplines.Add(new DisciplineEntry
        {
            OrgUnitId = duc.OrgUnitId, PersonId = duc.Id, Level = DisciplineLevel.Reprimand,
            From = new DateOnly(2024, 3, 1), To = new DateOnly(2024, 8, 31), Note = "Khiển trách do chậm trễ trong thực hiện nhiệm vụ",
        });

        // Phường Tân Phong (before and after the 2025 reform).
        var hung = await PersonAsync("Đỗ Văn Hùng", 1987, "nam", "LCH-TP-TANPHONG", "Công chức Văn phòng - Thống kê");
        Rate(hung, (2023, X), (2024, X), (2025, X));
        Award(hung, AwardCodes.Cstdcs, 2023, "210/QĐ-UBND", d2023);
        Award(hung, AwardCodes.Cstdcs, 2024, "225/QĐ-UBND", d2024);
        Award(hung, AwardCodes.Cstdcs, 2025, "31/QĐ-UBND", d2025);
        Initiative(hung, 2025, InitiativeScope.Provincial, "Tổ chức tiếp công dân một cửa liên thông phường");

        var lan = await PersonAsync("Tẩn Thị Lan", 1992, "nữ", "LCH-TP-TANPHONG", "Công chức Tư pháp - Hộ tịch");
        Rate(lan, (2024, X), (2025, X));
        Award(lan, AwardCodes.Cstdcs, 2024, "225/QĐ-UBND", d2024);
        Award(lan, AwardCodes.Cstdcs, 2025, "31/QĐ-UBND", d2025);
        db.Holds.Add(new HoldEntry
        {
            OrgUnitId = lan.OrgUnitId, PersonId = lan.Id, Kind = HoldKind.Complaint, From = new DateOnly(2025, 11, 1),
            Note = "Đơn phản ánh đang được xác minh",
        });

        var son = await PersonAsync("Lù Văn Sơn", 1985, "nam", "LCH-P-TANPHONG", "Phó Chủ tịch UBND phường");
        Rate(son, (2024, X), (2025, X));
        Award(son, AwardCodes.Cstdcs, 2024, "225/QĐ-UBND", d2024);
        Award(son, AwardCodes.Cstdcs, 2025, "31/QĐ-UBND", d2025);
    }
}
