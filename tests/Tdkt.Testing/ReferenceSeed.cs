using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Domain.Organizations;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;

namespace Tdkt.Testing;

/// <summary>
/// The minimal reference seed for tests (no demo data): the app's reference data (award catalogue, holidays) plus a
/// small org tree of Điện Biên — the province, its Sở Nội vụ, thành phố Điện Biên Phủ and phường Mường Thanh as they
/// were until 30/06/2025, the new phường Mường Thanh (successor) and xã Thanh Nưa from 01/07/2025 — and one user per
/// role. No dossier, plan or conference: a test builds what it needs with <see cref="Build"/>.
/// All users share <see cref="TestDatabases.DemoPassword"/>.
/// </summary>
public static class ReferenceSeed
{
    public const string Province = "DBN";
    public const string HomeAffairs = "DBN-SNV";
    public const string OldCity = "DBN-TP";
    public const string OldWard = "DBN-TP-MUONGTHANH";
    public const string Ward = "DBN-P-MUONGTHANH";
    public const string Commune = "DBN-X-THANHNUA";

    public const string Admin = "quantri";
    public const string WardClerk = "canbo.muongthanh";
    public const string OldWardClerk = "canbo.muongthanhcu";
    public const string CommuneClerk = "canbo.thanhnua";
    public const string AgencyClerk = "canbo.snv";
    public const string Appraiser = "thamdinh.snv";
    public const string Signer = "lanhdao.tinh";
    public const string Secretary = "thuky.hdtdkt";
    public const string CouncilMember = "hoidong.tv1";
    public const string Viewer = "xem.tinh";

    public static readonly DateOnly LastDistrictDay = new(2025, 6, 30);
    public static readonly DateOnly ReformDay = new(2025, 7, 1);

    public static async Task SeedAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TdktDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await db.OrgUnits.AnyAsync())
        {
            return;
        }

        var units = new Dictionary<string, OrgUnit>(StringComparer.Ordinal);
        void Unit(string code, string name, OrgUnitKind kind, string? parent, DateOnly from, DateOnly? to = null)
        {
            var u = OrgUnit.Create(code, name, kind, parent is null ? null : units[parent], from, to);
            var unit = u.Value ?? throw new InvalidOperationException($"{code}: {u.Error!.Message}");
            db.OrgUnits.Add(unit);
            unit.PlaceInTree();
            units[code] = unit;
        }

        var y2004 = new DateOnly(2004, 1, 1);
        Unit(Province, "UBND tỉnh Điện Biên", OrgUnitKind.Province, null, y2004);
        Unit(HomeAffairs, "Sở Nội vụ tỉnh Điện Biên", OrgUnitKind.ProvincialAgency, Province, y2004);
        Unit(OldCity, "UBND thành phố Điện Biên Phủ", OrgUnitKind.District, Province, y2004, LastDistrictDay);
        Unit(OldWard, "Phường Mường Thanh", OrgUnitKind.Commune, OldCity, y2004, LastDistrictDay);
        Unit(Ward, "Phường Mường Thanh", OrgUnitKind.Commune, Province, ReformDay);
        Unit(Commune, "Xã Thanh Nưa", OrgUnitKind.Commune, Province, ReformDay);
        await db.SaveChangesAsync();
        db.OrgUnitSuccessions.Add(new OrgUnitSuccession(units[OldWard].Id, units[Ward].Id, SuccessionKind.MergedInto, ReformDay,
            "Sắp xếp đơn vị hành chính cấp xã từ 01/07/2025 (dữ liệu kiểm thử)"));
        await db.SaveChangesAsync();

        (string User, string Name, string Unit, (Role Role, string Unit)[] Grants)[] people =
        [
            (Admin, "Quản trị hệ thống", HomeAffairs, [(Role.Admin, Province)]),
            (WardClerk, "Cán bộ TĐKT phường Mường Thanh", Ward, [(Role.UnitClerk, Ward)]),
            (OldWardClerk, "Cán bộ TĐKT phường Mường Thanh (trước 01/07/2025)", OldWard, [(Role.UnitClerk, OldWard)]),
            (CommuneClerk, "Cán bộ TĐKT xã Thanh Nưa", Commune, [(Role.UnitClerk, Commune)]),
            (AgencyClerk, "Cán bộ TĐKT Sở Nội vụ", HomeAffairs, [(Role.UnitClerk, HomeAffairs)]),
            (Appraiser, "Chuyên viên thẩm định Sở Nội vụ", HomeAffairs, [(Role.Appraiser, Province), (Role.Appraiser, OldCity)]),
            (Signer, "Lò Văn Tỉnh", Province, [(Role.Signer, Province)]),
            (Secretary, "Thư ký Hội đồng TĐKT tỉnh", HomeAffairs, [(Role.CouncilSecretary, Province), (Role.CouncilMember, Province)]),
            (CouncilMember, "Thành viên Hội đồng TĐKT tỉnh", HomeAffairs, [(Role.CouncilMember, Province)]),
            (Viewer, "Lãnh đạo theo dõi", Province, [(Role.Viewer, Province)]),
        ];
        foreach (var (userName, name, unit, grants) in people)
        {
            var user = new AppUser { UserName = userName, FullName = name, OrgUnitId = units[unit].Id, CreatedAt = DateTimeOffset.UtcNow };
            var created = await users.CreateAsync(user, TestDatabases.DemoPassword);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            }

            foreach (var (role, on) in grants)
            {
                db.RoleGrants.Add(new RoleGrant { UserId = user.Id, Role = role, OrgUnitId = units[on].Id, GrantedAt = DateTimeOffset.UtcNow });
            }
        }

        await db.SaveChangesAsync();
    }
}
