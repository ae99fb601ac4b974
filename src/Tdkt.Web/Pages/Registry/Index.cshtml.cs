using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Registry;

/// <summary>Sổ theo dõi khen thưởng: people of the caller's units, accent-insensitive search by name.</summary>
public sealed class IndexModel(ReadOnlyDb readOnly, CurrentUser me) : PageModel
{
    private readonly TdktDbContext db = readOnly.Context; // the replica when configured and up (ADR-0035)

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public sealed record Row(int Id, string FullName, int? BirthYear, string UnitName, int Awards);

    public IReadOnlyList<Row> People { get; private set; } = [];
    public bool CanImport { get; private set; }
    public bool CanMerge { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        CanImport = ImportAwardHistoryHandler.CanImport(scope);
        CanMerge = PeopleMerger.CanMerge(scope);
        People = await Search(db, scope, Query).ToListAsync(ct);
    }

    /// <summary>The search as SQL (also measured by bench/Tdkt.Nominations.Benchmarks): people of the caller's units,
    /// accent-insensitive name match, 500 at most; a person merged into another is not listed, their awards count for
    /// the survivor.</summary>
    public static IQueryable<Row> Search(TdktDbContext db, OrgScope scope, string? query)
    {
        var units = db.OrgUnits.AsNoTracking().VisibleTo(scope);
        var people = from p in RegistryFacts.Standing(db).AsNoTracking()
                     join u in units on p.OrgUnitId equals u.Id
                     select new { p, u.Name };
        if (!string.IsNullOrWhiteSpace(query))
        {
            // Lower-cased here, folded by f_unaccent in SQL: matches the stored lower(f_unaccent("FullName")).
            var pattern = "%" + query.Trim().ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            people = people.Where(x => EF.Functions.Like(EF.Property<string>(x.p, Person.FoldedName), TdktDbContext.Unaccent(pattern)));
        }

        return people.OrderBy(x => x.Name).ThenBy(x => x.p.FullName)
            .Select(x => new Row(x.p.Id, x.p.FullName, x.p.BirthYear, x.Name, db.AwardRecords.Count(a => a.PersonId == x.p.Id)
                + db.PersonMerges.Where(m => m.SurvivorPersonId == x.p.Id).Sum(m => db.AwardRecords.Count(a => a.PersonId == m.MergedPersonId))))
            .Take(500);
    }
}
