using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Emulation;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Models;

/// <summary>Sổ điển hình tiên tiến in the caller's scope, searchable without accents ("dan van kheo").</summary>
public sealed class IndexModel(TdktDbContext db, CurrentUser me) : PageModel
{
    public string? Q { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool MayCreate { get; private set; }

    public sealed record Row(int Id, string Name, ExemplaryKind Kind, string Unit, int Year, bool Honoured, bool IsPublic, string Slug);

    public async Task OnGetAsync(string? q, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        MayCreate = scope.Roots(ModelAccess.EditorRoles).Count > 0;
        Q = q?.Trim();
        var models = db.Visible(scope).AsNoTracking();
        if (!string.IsNullOrEmpty(Q))
        {
            var pattern = "%" + Q.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            models = models.Where(m => EF.Functions.ILike(TdktDbContext.Unaccent(m.Name), TdktDbContext.Unaccent(pattern))
                || EF.Functions.ILike(TdktDbContext.Unaccent(m.Description), TdktDbContext.Unaccent(pattern))
                || (m.Movement != null && EF.Functions.ILike(TdktDbContext.Unaccent(m.Movement), TdktDbContext.Unaccent(pattern))));
        }

        Rows = await (from m in models
                      join u in db.OrgUnits on m.OrgUnitId equals u.Id
                      orderby m.Year descending, m.Name
                      select new Row(m.Id, m.Name, m.Kind, u.Name, m.Year, m.Honoured, m.IsPublic, m.Slug)).Take(500).ToListAsync(ct);
    }
}
