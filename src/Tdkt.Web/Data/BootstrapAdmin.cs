using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Organizations;
using Tdkt.Domain.Security;

namespace Tdkt.Web.Data;

/// <summary>
/// Production has no default account (ASVS 6.3.2). On an empty database the first administrator is
/// made from TDKT_BOOTSTRAP_USER / TDKT_BOOTSTRAP_PASSWORD / TDKT_BOOTSTRAP_UNIT ("code|name" of the root unit).
/// </summary>
public static class BootstrapAdmin
{
    public static async Task CreateIfConfiguredAsync(IServiceProvider sp, ILogger logger)
    {
        var userName = Environment.GetEnvironmentVariable("TDKT_BOOTSTRAP_USER");
        var password = Environment.GetEnvironmentVariable("TDKT_BOOTSTRAP_PASSWORD");
        var unit = Environment.GetEnvironmentVariable("TDKT_BOOTSTRAP_UNIT");
        var db = sp.GetRequiredService<TdktDbContext>();
        if (string.IsNullOrEmpty(userName) || string.IsNullOrEmpty(password) || string.IsNullOrEmpty(unit)
            || await db.Users.AnyAsync())
        {
            return;
        }

        var parts = unit.Split('|', 2);
        var root = OrgUnit.Create(parts[0], parts.Length > 1 ? parts[1] : parts[0], OrgUnitKind.Province, null, new DateOnly(2025, 7, 1), null);
        if (root.IsFailure)
        {
            logger.LogError("TDKT_BOOTSTRAP_UNIT không hợp lệ: {Message}", root.Error!.Message);
            return;
        }

        db.OrgUnits.Add(root.Value!);
        root.Value!.PlaceInTree();
        await db.SaveChangesAsync();
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = userName, FullName = userName, OrgUnitId = root.Value.Id, CreatedAt = DateTimeOffset.UtcNow };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            logger.LogError("Không tạo được quản trị đầu tiên: {Errors}", string.Join("; ", created.Errors.Select(e => e.Description)));
            return;
        }

        db.RoleGrants.Add(new RoleGrant { UserId = user.Id, Role = Role.Admin, OrgUnitId = root.Value.Id, GrantedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        logger.LogInformation("Đã tạo quản trị đầu tiên {User}", userName);
    }
}
