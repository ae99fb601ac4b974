using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Council;
using Tdkt.Domain.Organizations;
using Tdkt.Web.Data;

namespace Tdkt.Web.Pages.Council;

public static class CouncilDefaultsData
{
    /// <summary>The default session settings of the province (root) that <paramref name="unitId"/> belongs to.</summary>
    public static async Task<CouncilDefaults> CouncilDefaultsForUnitAsync(this TdktDbContext db, int unitId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var path = await db.UnitPathAsync(unitId, ct);
        if (path is null)
        {
            return CouncilDefaults.Standard;
        }

        var root = OrgPath.Ids(path)[0];
        var row = await db.Set<CouncilSetting>().AsNoTracking().SingleOrDefaultAsync(s => s.OrgUnitId == root, ct);
        return row?.ToDefaults() ?? CouncilDefaults.Standard;
    }
}
