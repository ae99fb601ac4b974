using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Emulation;
using Tdkt.Domain.Organizations;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Clusters;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Scoring;

/// <summary>A score sheet loaded for the caller: the sheet (tracked, with criteria), its cluster and the caller's rights.</summary>
public sealed record LoadedSheet(ScoreSheet Sheet, EmulationCluster Cluster, ClusterRights Rights, Dictionary<int, string> Names)
{
    public string Name(int id) => Names.GetValueOrDefault(id, "?");

    public IReadOnlyList<int> MemberIds => Cluster.MembersIn(Sheet.Year).Select(m => m.OrgUnitId).ToList();
}

public static class ScoringAccess
{
    /// <summary>Loads a sheet whose cluster the caller sees; null (→ 404) otherwise.</summary>
    public static async Task<LoadedSheet?> LoadAsync(TdktDbContext db, CurrentUser me, int sheetId, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var sheet = await db.ScoreSheets.Include(s => s.Criteria).SingleOrDefaultAsync(s => s.Id == sheetId, ct);
        if (sheet is null)
        {
            return null;
        }

        var cluster = await db.VisibleClusters(scope).AsNoTracking().Include(c => c.Members).Include(c => c.Leaders)
            .SingleOrDefaultAsync(c => c.Id == sheet.ClusterId, ct);
        if (cluster is null)
        {
            return null;
        }

        var rights = await ClusterAccess.RightsAsync(db, scope, cluster, sheet.Year, ct);
        var names = await ClusterAccess.UnitNamesAsync(db, cluster.Members.Select(m => m.OrgUnitId).Append(cluster.OwnerOrgUnitId), ct);
        return new LoadedSheet(sheet, cluster, rights, names);
    }

    /// <summary>The card of a unit on the sheet (tracked, with entries and adjustments), or null when none yet.</summary>
    public static Task<UnitScoreCard?> CardAsync(TdktDbContext db, int sheetId, int orgUnitId, CancellationToken ct) =>
        db.UnitScoreCards.Include(c => c.Entries).Include(c => c.Adjustments)
            .SingleOrDefaultAsync(c => c.SheetId == sheetId && c.OrgUnitId == orgUnitId, ct);

    /// <summary>Points as people type them: "9,5" or "9.5"; empty is null.</summary>
    public static Result<decimal?> ParsePoints(string? text, string field, string label)
    {
        var t = (text ?? string.Empty).Trim().Replace(',', '.');
        if (t.Length == 0)
        {
            return Result<decimal?>.Success(null);
        }

        return decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
            ? Result<decimal?>.Success(d)
            : new ValidationError(field, $"Điểm của \"{label}\" (\"{text}\") không phải là số. Hãy nhập số, ví dụ 9,5.");
    }

    public static string Points(decimal? p) => p is { } v ? ScoreCalculator.Format(v) : string.Empty;
}
