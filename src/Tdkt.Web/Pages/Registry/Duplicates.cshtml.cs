using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Tdkt.Web.Pages.Registry;

/// <summary>Hồ sơ cá nhân có thể trùng: same accent-insensitive name and birth year within the caller's Admin
/// subtrees. Not an Admin → 404.</summary>
public sealed class DuplicatesModel(PeopleMerger merger) : PageModel
{
    public IReadOnlyList<IReadOnlyList<PeopleMerger.Candidate>> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var groups = await merger.CandidatesAsync(ct);
        if (groups is null)
        {
            return NotFound();
        }

        Groups = groups;
        return Page();
    }
}
