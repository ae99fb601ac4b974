using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Council;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Shared;

namespace Tdkt.Web.Pages.Council;

/// <summary>Members of a level's council by office and date; changes end a row and add one, never overwrite.
/// The unit's administrator or the council secretary; everyone else gets 404.</summary>
public sealed class MembersModel(CouncilQueries council, TdktDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int UnitId { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string UnitName { get; private set; } = string.Empty;
    public IReadOnlyList<CouncilMember> Members { get; private set; } = [];
    public IReadOnlyDictionary<string, string> UserNames { get; private set; } = new Dictionary<string, string>();

    public sealed class InputModel
    {
        public string? UserName { get; set; }
        public string? DisplayName { get; set; }
        public string? Position { get; set; }
        public CouncilOffice Office { get; set; } = CouncilOffice.Member;
        public string? ValidFrom { get; set; }
        public int? BirthYear { get; set; }
        public string? CitizenId { get; set; }
        public int MemberId { get; set; }
        public string? ValidTo { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync([FromServices] AddCouncilMemberHandler handler, CancellationToken ct)
    {
        DateOnly? from = null;
        if (!string.IsNullOrWhiteSpace(Input.ValidFrom))
        {
            if (!ViFormat.TryParseDate(Input.ValidFrom, out var d))
            {
                return await FailAsync(new ValidationError("ValidFrom", "Ngày bắt đầu không hợp lệ (dd/MM/yyyy)."), ct);
            }

            from = d;
        }

        var r = await handler.HandleAsync(UnitId, new MemberInput(Input.UserName, Input.DisplayName, Input.Position, Input.Office, from,
            Input.BirthYear, Input.CitizenId, null), ct);
        if (r.IsFailure)
        {
            return await FailAsync(r.Error!, ct);
        }

        TempData["Success"] = "Đã thêm thành viên Hội đồng.";
        return RedirectToPage(new { UnitId });
    }

    public async Task<IActionResult> OnPostEndAsync([FromServices] EndCouncilMemberHandler handler, CancellationToken ct)
    {
        DateOnly? to = ViFormat.TryParseDate(Input.ValidTo, out var d) ? d : null;
        var r = await handler.HandleAsync(UnitId, Input.MemberId, to, ct);
        if (r.IsFailure)
        {
            return await FailAsync(r.Error!, ct);
        }

        TempData["Success"] = "Đã ghi ngày thôi làm thành viên Hội đồng.";
        return RedirectToPage(new { UnitId });
    }

    private async Task<IActionResult> FailAsync(Error error, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        return this.ToPageResult(error);
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var r = await council.MembersAsync(UnitId, ct);
        if (r.Value is not { } members)
        {
            return false;
        }

        Members = members;
        UnitName = await db.OrgUnits.AsNoTracking().Where(u => u.Id == UnitId).Select(u => u.Name).SingleAsync(ct);
        var ids = members.Select(m => m.UserId).ToList();
        UserNames = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.UserName ?? "", ct);
        return true;
    }
}
