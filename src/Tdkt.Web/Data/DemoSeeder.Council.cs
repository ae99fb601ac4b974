using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Council;
using Tdkt.Domain.Security;

namespace Tdkt.Web.Data;

/// <summary>The provincial Hội đồng Thi đua - Khen thưởng of Lai Châu: 11 members (chair, standing vice-chair,
/// vice-chair, 7 ủy viên, the secretary), each a user with a CouncilMember grant on the province. The composition
/// follows domain.md §4.4 (chair = UBND chairman's office, standing vice-chair = Director of Sở Nội vụ, secretary =
/// head of the TĐKT division); the names are illustrative.</summary>
public sealed partial class DemoSeeder
{
    public static readonly DemoUser[] CouncilUsers =
    [
        new("hoidong.chutich", "Lê Văn Lương", "Chủ tịch UBND tỉnh Lai Châu", "LCH", [(Role.CouncilMember, "LCH")]),
        new("hoidong.pctt", "Vũ Văn Hoàn", "Giám đốc Sở Nội vụ tỉnh Lai Châu", "LCH-SNV", [(Role.CouncilMember, "LCH")]),
        new("hoidong.pct", "Lò Thị Hà", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lai Châu", "LCH-MTTQ", [(Role.CouncilMember, "LCH")]),
        new("hoidong.tv3", "Tẩn Văn Chăn", "Giám đốc Sở Y tế tỉnh Lai Châu", "LCH-SYT", [(Role.CouncilMember, "LCH")]),
        new("hoidong.tv4", "Phạm Thị Thu", "Giám đốc Sở Khoa học và Công nghệ tỉnh Lai Châu", "LCH-SKHCN", [(Role.CouncilMember, "LCH")]),
        new("hoidong.tv5", "Giàng Seo Phìn", "Trưởng Ban Tuyên giáo Tỉnh ủy Lai Châu", "LCH-BTGTU", [(Role.CouncilMember, "LCH")]),
        new("hoidong.tv6", "Nguyễn Thị Mai", "Giám đốc Ngân hàng Chính sách xã hội chi nhánh tỉnh", "LCH-NHCSXH", [(Role.CouncilMember, "LCH")]),
        new("hoidong.tv7", "Đèo Văn Thắng", "Phó Giám đốc Sở Nội vụ tỉnh Lai Châu", "LCH-SNV", [(Role.CouncilMember, "LCH")]),
    ];

    /// <summary>(user, office) of the 11 members: the 8 above plus hoidong.tv1, hoidong.tv2 and the secretary.</summary>
    private static readonly (string User, CouncilOffice Office)[] CouncilSeats =
    [
        ("hoidong.chutich", CouncilOffice.Chair), ("hoidong.pctt", CouncilOffice.StandingViceChair), ("hoidong.pct", CouncilOffice.ViceChair),
        ("hoidong.tv1", CouncilOffice.Member), ("hoidong.tv2", CouncilOffice.Member), ("hoidong.tv3", CouncilOffice.Member),
        ("hoidong.tv4", CouncilOffice.Member), ("hoidong.tv5", CouncilOffice.Member), ("hoidong.tv6", CouncilOffice.Member),
        ("hoidong.tv7", CouncilOffice.Member), ("thuky.hdtdkt", CouncilOffice.Secretary),
    ];

    /// <summary>Seeds the provincial council once (also into demo databases made before it existed).</summary>
    private async Task SeedCouncilAsync(string password)
    {
        var province = await db.OrgUnits.SingleOrDefaultAsync(u => u.Code == "LCH");
        if (province is null || await db.CouncilMembers.AnyAsync(m => m.OrgUnitId == province.Id))
        {
            return;
        }

        var existing = await db.Users.Select(u => u.UserName).ToListAsync();
        await SeedUsersAsync(CouncilUsers.Where(u => !existing.Contains(u.UserName)), password);
        var users = await db.Users.ToDictionaryAsync(u => u.UserName!);
        var from = new DateOnly(2024, 1, 1);
        foreach (var (userName, office) in CouncilSeats)
        {
            var u = users[userName];
            db.CouncilMembers.Add(CouncilMember.Create(province.Id, u.Id, u.FullName, u.Position, office, from, null, null, u.OrgUnitId).Value!);
        }

        db.AuditAction = "Dữ liệu mẫu: Hội đồng TĐKT tỉnh Lai Châu";
        await db.SaveChangesAsync();
    }
}
