using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tdkt.Domain.Notices;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Shared;

namespace Tdkt.Web.Pages.Notices;

/// <summary>One notice for the body's staff: its nominees and the objections against each, and the appraiser's
/// verification form. Outside the body answers 404.</summary>
public sealed class DetailsModel(TdktDbContext db, NoticeService service) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public PublicNotice Notice { get; private set; } = null!;
    public string Body { get; private set; } = string.Empty;
    public IReadOnlyList<PublicNoticeEntry> Entries { get; private set; } = [];
    public IReadOnlyList<NoticeObjection> Objections { get; private set; } = [];
    public bool CanVerify { get; private set; }
    public DateOnly Today { get; private set; }

    public sealed class InputModel
    {
        public int ObjectionId { get; set; }
        public uint Version { get; set; }
        public ObjectionOutcome Outcome { get; set; }
        public string? Verification { get; set; }
        public bool RejectNominee { get; set; }

        /// <summary>Back to this dossier's page after saving (the form on the dossier page).</summary>
        public int? ReturnDossierId { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostResolveAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || Objections.All(o => o.Id != Input.ObjectionId))
        {
            return NotFound();
        }

        var r = await service.ResolveAsync(Input.ObjectionId,
            new ResolveObjectionCommand(Input.Outcome, Input.Verification, Input.RejectNominee, Input.Version), ct);
        if (r.IsFailure)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            return this.ToPageResult(r.Error!);
        }

        TempData["Success"] = Input.RejectNominee ? "Đã ghi kết quả xác minh và không đề nghị khen thưởng đối tượng này." : "Đã ghi kết quả xác minh.";
        var back = Input.ReturnDossierId is { } d && Entries.Any(e => e.DossierId == d) ? $"/Nominations/Details/{d}" : $"/Notices/Details/{id}";
        return Redirect(back);
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var r = await service.GetAsync(id, ct);
        if (r.Value is not { } v)
        {
            return false;
        }

        (Notice, Body, Entries, Objections, CanVerify, Today) = (v.Notice, v.Body, v.Entries, v.Objections, v.CanVerify, v.Today);
        return true;
    }
}
