using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Organizations;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.OrgUnits;

/// <summary>The org tree within the caller's scope, as of a chosen date, with accent-insensitive search.</summary>
public sealed class IndexModel(TdktDbContext db, CurrentUser me, TimeProvider clock, TdktSettings settings) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    /// <summary>"Cơ cấu tại ngày" as dd/MM/yyyy; empty shows every unit, open or closed.</summary>
    [BindProperty(SupportsGet = true, Name = "ngay")]
    public string? AsOf { get; set; }

    public DateOnly? AsOfDate { get; private set; }
    public string? AsOfError { get; private set; }
    public IReadOnlyList<TreeNode> Roots { get; private set; } = [];
    public IReadOnlyList<UnitRow> Matches { get; private set; } = [];
    public bool CanAdmin { get; private set; }

    public sealed record UnitRow(int Id, string Code, string Name, OrgUnitKind Kind, string Path, int? ParentId, DateOnly ValidFrom, DateOnly? ValidTo);

    public sealed class TreeNode(UnitRow unit)
    {
        public UnitRow Unit { get; } = unit;
        public List<TreeNode> Children { get; } = [];
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        CanAdmin = scope.Has(Domain.Security.Role.Admin);
        if (!string.IsNullOrWhiteSpace(AsOf))
        {
            if (ViFormat.TryParseDate(AsOf, out var d))
            {
                AsOfDate = d;
            }
            else
            {
                AsOfError = $"Ngày \"{AsOf}\" không hợp lệ. Hãy nhập theo dạng dd/MM/yyyy, ví dụ {ViFormat.Date(clock.Today(settings))}.";
            }
        }

        var units = db.OrgUnits.AsNoTracking().VisibleTo(scope);
        if (AsOfDate is { } day)
        {
            units = units.Where(u => u.ValidFrom <= day && (u.ValidTo == null || u.ValidTo >= day));
        }

        if (!string.IsNullOrWhiteSpace(Query))
        {
            var pattern = "%" + Query.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            Matches = await units
                .Where(u => EF.Functions.ILike(TdktDbContext.Unaccent(u.Name), TdktDbContext.Unaccent(pattern))
                    || EF.Functions.ILike(u.Code, pattern))
                .OrderBy(u => u.Path)
                .Select(u => new UnitRow(u.Id, u.Code, u.Name, u.Kind, u.Path, u.ParentId, u.ValidFrom, u.ValidTo))
                .Take(200)
                .ToListAsync(ct);
            return Request.Headers.ContainsKey("HX-Request") ? Partial("_Matches", this) : Page();
        }

        var rows = await units.OrderBy(u => u.Path)
            .Select(u => new UnitRow(u.Id, u.Code, u.Name, u.Kind, u.Path, u.ParentId, u.ValidFrom, u.ValidTo))
            .ToListAsync(ct);
        Roots = BuildTree(rows);
        return Page();
    }

    /// <summary>Nests rows by path; a row whose parent is outside the scope becomes a root of its own.</summary>
    private static List<TreeNode> BuildTree(List<UnitRow> rows)
    {
        var nodes = rows.ToDictionary(r => r.Id, r => new TreeNode(r));
        var roots = new List<TreeNode>();
        foreach (var row in rows)
        {
            if (row.ParentId is { } p && nodes.TryGetValue(p, out var parent))
            {
                parent.Children.Add(nodes[row.Id]);
            }
            else
            {
                roots.Add(nodes[row.Id]);
            }
        }

        foreach (var n in nodes.Values)
        {
            n.Children.Sort((a, b) => (a.Unit.ValidTo is null ? 0 : 1).CompareTo(b.Unit.ValidTo is null ? 0 : 1) is var c && c != 0
                ? c
                : string.Compare(a.Unit.Name, b.Unit.Name, ViFormat.Culture, System.Globalization.CompareOptions.None));
        }

        return roots;
    }
}
