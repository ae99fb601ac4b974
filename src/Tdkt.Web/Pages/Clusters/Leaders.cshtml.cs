using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Tdkt.Domain.Common;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Clusters;

/// <summary>Trưởng, phó cụm/khối theo năm (rotating each year); the domain checks both are members that year.</summary>
public sealed class LeadersModel(TdktDbContext db, CurrentUser me) : ClusterPageBase(db, me)
{
    [BindProperty]
    public int? Year { get; set; }

    [BindProperty]
    public int? LeaderOrgUnitId { get; set; }

    [BindProperty]
    public int? DeputyOrgUnitId { get; set; }

    public List<SelectListItem> MemberOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Options();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Options();
        if (Year is not (>= 2000 and <= 2100))
        {
            return Fail(new ValidationError("Year", "Hãy nhập năm (từ 2000 đến 2100), ví dụ 2024."), string.Empty);
        }

        if (LeaderOrgUnitId is not { } leader)
        {
            return Fail(new ValidationError("LeaderOrgUnitId", "Hãy chọn đơn vị trưởng cụm, khối."), string.Empty);
        }

        var r = Cluster.SetLeader(Year.Value, leader, DeputyOrgUnitId);
        if (r.IsFailure)
        {
            return Fail(r.Error!, string.Empty);
        }

        return await SaveAsync("Đặt trưởng, phó cụm, khối", null, $"Đã lưu trưởng, phó năm {Year}.", ct, string.Empty);
    }

    private void Options() =>
        MemberOptions = Cluster.Members.Select(m => m.OrgUnitId).Distinct()
            .Select(u => new SelectListItem(Name(u), u.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .OrderBy(o => o.Text, StringComparer.Create(ViFormat.Culture, false)).ToList();
}
