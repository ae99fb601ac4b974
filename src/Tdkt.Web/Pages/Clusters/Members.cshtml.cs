using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Tdkt.Domain.Common;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Clusters;

/// <summary>Thành viên cụm, khối: add a unit of the organiser's subtree from a year; a member leaves after a year.</summary>
public sealed class MembersModel(TdktDbContext db, CurrentUser me) : ClusterPageBase(db, me)
{
    [BindProperty]
    public int? OrgUnitId { get; set; }

    [BindProperty]
    public int? Year { get; set; }

    public List<SelectListItem> UnitOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        UnitOptions = await ClusterAccess.SubtreeOptionsAsync(Db, Cluster.OwnerOrgUnitId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        UnitOptions = await ClusterAccess.SubtreeOptionsAsync(Db, Cluster.OwnerOrgUnitId, ct);
        if (OrgUnitId is not { } unitId || !UnitOptions.Any(o => o.Value == unitId.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            return Fail(new ValidationError("OrgUnitId", "Hãy chọn đơn vị thành viên (thuộc đơn vị tổ chức cụm, khối)."), string.Empty);
        }

        if (Year is null)
        {
            return Fail(new ValidationError("Year", "Hãy nhập năm bắt đầu tham gia, ví dụ 2024."), string.Empty);
        }

        var r = Cluster.AddMember(unitId, Year.Value);
        if (r.IsFailure)
        {
            return Fail(r.Error!, string.Empty);
        }

        return await SaveAsync("Thêm thành viên cụm, khối", null, "Đã thêm đơn vị thành viên.", ct, string.Empty);
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        UnitOptions = await ClusterAccess.SubtreeOptionsAsync(Db, Cluster.OwnerOrgUnitId, ct);
        if (OrgUnitId is not { } unitId || Year is not { } lastYear)
        {
            return Fail(new ValidationError("Year", "Hãy nhập năm cuối cùng đơn vị còn là thành viên, ví dụ 2024."), string.Empty);
        }

        var r = Cluster.RemoveMember(unitId, lastYear);
        if (r.IsFailure)
        {
            return Fail(r.Error is NotFoundError ? new ValidationError("OrgUnitId", r.Error.Message) : r.Error!, string.Empty);
        }

        return await SaveAsync("Rút thành viên khỏi cụm, khối", null, $"Đơn vị rời cụm, khối sau năm {lastYear}.", ct, string.Empty);
    }
}
