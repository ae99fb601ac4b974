using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Council;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Council;

/// <summary>The council secretary schedules a session; the agenda (appraised nominees whose award needs a ballot)
/// and the roster (members in office on the meeting date) are filled in, and the members are invited.</summary>
public sealed class ScheduleModel(ScheduleSessionHandler schedule, CurrentUser me, TdktDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int UnitId { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string UnitName { get; private set; } = string.Empty;

    public sealed class InputModel
    {
        public string? Title { get; set; }
        public string? MeetingDate { get; set; }
        public string? Place { get; set; }
        public bool SecretBallot { get; set; } = true;
        /// <summary>Null (not sent): the province's default.</summary>
        public QuorumRule? Quorum { get; set; }

        /// <summary>Null (not sent): the province's default. The form sends the checkbox then a hidden "false".</summary>
        public bool? ExcludeSameUnit { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        // The province's defaults (/Council/Settings); the secretary may change them for this session.
        var defaults = await db.CouncilDefaultsForUnitAsync(UnitId, ct);
        Input.Quorum = defaults.Quorum;
        Input.ExcludeSameUnit = defaults.ExcludeSameUnit;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(Input.MeetingDate))
        {
            if (!ViFormat.TryParseDate(Input.MeetingDate, out var d))
            {
                return this.ToPageResult(new ValidationError("MeetingDate", "Ngày họp không hợp lệ (dd/MM/yyyy)."));
            }

            date = d;
        }

        var r = await schedule.HandleAsync(UnitId, new ScheduleCommand(Input.Title, date, Input.Place, Input.SecretBallot, Input.Quorum, Input.ExcludeSameUnit), ct);
        if (r.IsFailure)
        {
            return this.ToPageResult(r.Error!);
        }

        TempData["Success"] = "Đã triệu tập phiên họp và gửi thông báo mời các thành viên.";
        return RedirectToPage("Session", new { id = r.Value });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!CouncilAccess.CanRun(scope, UnitId))
        {
            return false;
        }

        UnitName = await db.OrgUnits.AsNoTracking().Where(u => u.Id == UnitId).Select(u => u.Name).SingleAsync(ct);
        return true;
    }
}
