using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Tdkt.Domain.Organizations;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Clusters;

/// <summary>Sửa cụm, khối: name and kind (the code and the organiser stay).</summary>
public sealed class EditModel(TdktDbContext db, CurrentUser me) : ClusterPageBase(db, me)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Display(Name = "Tên cụm, khối")]
        public string? Name { get; set; }

        [Display(Name = "Loại")]
        public ClusterKind Kind { get; set; }

        public uint Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = new InputModel { Name = Cluster.Name, Kind = Cluster.Kind, Version = Cluster.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var r = Cluster.Edit(Input.Name, Input.Kind);
        if (r.IsFailure)
        {
            return Fail(r.Error!);
        }

        Db.Entry(Cluster).Property(c => c.Version).OriginalValue = Input.Version;
        var result = await SaveAsync("Sửa cụm, khối thi đua", null, "Đã lưu thay đổi của cụm, khối.", ct);
        return result is RedirectToPageResult ? RedirectToPage("Details", new { id }) : result;
    }
}
