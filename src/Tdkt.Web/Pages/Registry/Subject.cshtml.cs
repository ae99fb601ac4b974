using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Awards.Eligibility;
using Tdkt.Domain.Common;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.Awards;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Registry;

/// <summary>Một người trong sổ: award history, ratings, initiatives, discipline, holds; evaluates a chosen award
/// against this stored history with the same engine as the what-if API. Outside the caller's scope → 404.</summary>
public sealed class SubjectModel(TdktDbContext db, CurrentUser me, AwardData data, RegistryFacts registry, TimeProvider clock, TdktSettings settings)
    : PageModel
{
    [BindProperty(SupportsGet = true, Name = "award")]
    public string? Award { get; set; }

    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "ngay")]
    public string? DecisionDateText { get; set; }

    public Person Person { get; private set; } = null!;
    public string UnitName { get; private set; } = string.Empty;

    /// <summary>How many duplicate entries were merged into this person (their history is listed here).</summary>
    public int MergedCount { get; private set; }
    public IReadOnlyList<AwardRecordEntry> Awards { get; private set; } = [];

    /// <summary>Award record id → the act that revoked it (hủy bỏ, thu hồi); the record itself stays in the history.</summary>
    public IReadOnlyDictionary<int, Revocation> RevokedBy { get; private set; } = new Dictionary<int, Revocation>();
    /// <summary>Award record id → its line in an issued decision (money, decision id); imported history has none.</summary>
    public IReadOnlyDictionary<int, (decimal Amount, int DecisionId)> Issued { get; private set; } = new Dictionary<int, (decimal, int)>();

    /// <summary>Award code → name in the catalogue (the page never shows a bare code).</summary>
    public IReadOnlyDictionary<string, string> AwardNames { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyList<YearlyRating> Ratings { get; private set; } = [];
    public IReadOnlyList<InitiativeEntry> Initiatives { get; private set; } = [];
    public IReadOnlyList<DisciplineEntry> Disciplines { get; private set; } = [];
    public IReadOnlyList<HoldEntry> Holds { get; private set; } = [];
    public EligibilityResult? Result { get; private set; }
    public IReadOnlyList<DueAward> Due { get; private set; } = [];
    public string? Error { get; private set; }
    public List<SelectListItem> AwardOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var units = db.OrgUnits.AsNoTracking().VisibleTo(scope);
        var found = await (from p in db.People.AsNoTracking()
                           join u in units on p.OrgUnitId equals u.Id
                           where p.Id == id
                           select new { p, u.Name, u.Path }).SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return NotFound();
        }

        // A person merged into another (gộp hồ sơ trùng) is shown as the survivor, whose page lists both histories.
        if (await RegistryFacts.SurvivorAsync(db, id, ct) is var survivor && survivor != id)
        {
            return RedirectToPage(new { id = survivor });
        }

        Person = found.p;
        UnitName = found.Name;
        var ids = await RegistryFacts.SamePersonIdsAsync(db, id, ct);
        MergedCount = ids.Count - 1;
        Awards = await db.AwardRecords.AsNoTracking().Where(a => ids.Contains(a.PersonId!.Value)).OrderByDescending(a => a.Year).ThenBy(a => a.AwardCode).ToListAsync(ct);
        var awardIds = Awards.Select(a => a.Id).ToList();
        RevokedBy = (await (from r in db.RevokedAwards.AsNoTracking()
                            join act in db.Revocations.AsNoTracking() on r.RevocationId equals act.Id
                            where awardIds.Contains(r.AwardRecordId)
                            select new { r.AwardRecordId, act }).ToListAsync(ct)).ToDictionary(x => x.AwardRecordId, x => x.act);
        Issued = (await db.DecisionRecipients.AsNoTracking().Where(r => awardIds.Contains(r.AwardRecordId))
            .Select(r => new { r.AwardRecordId, r.Amount, r.DecisionId }).ToListAsync(ct)).ToDictionary(x => x.AwardRecordId, x => (x.Amount, x.DecisionId));
        var codes = Awards.Select(a => a.AwardCode).Distinct().ToList();
        AwardNames = (await db.AwardCatalogue.AsNoTracking().Where(c => codes.Contains(c.Code)).OrderBy(c => c.ValidFrom)
            .Select(c => new { c.Code, c.Name }).ToListAsync(ct)).GroupBy(c => c.Code).ToDictionary(g => g.Key, g => g.Last().Name);
        Ratings = await db.YearlyRatings.AsNoTracking().Where(a => ids.Contains(a.PersonId!.Value)).OrderByDescending(a => a.Year).ToListAsync(ct);
        Initiatives = await db.Initiatives.AsNoTracking().Where(a => ids.Contains(a.PersonId!.Value)).OrderByDescending(a => a.Year).ToListAsync(ct);
        Disciplines = await db.Disciplines.AsNoTracking().Where(a => ids.Contains(a.PersonId!.Value)).OrderByDescending(a => a.From).ToListAsync(ct);
        Holds = await db.Holds.AsNoTracking().Where(a => ids.Contains(a.PersonId!.Value)).OrderByDescending(a => a.From).ToListAsync(ct);

        var today = clock.Today(settings);
        Year ??= today.Year;
        var decision = new DateOnly(Math.Clamp(Year.Value, 2000, 2100), 12, 31);
        if (decision < today)
        {
            decision = today;
        }

        if (!string.IsNullOrWhiteSpace(DecisionDateText) && !ViFormat.TryParseDate(DecisionDateText, out decision))
        {
            Error = $"Ngày quyết định \"{DecisionDateText}\" không hợp lệ. Hãy nhập theo dạng dd/MM/yyyy.";
            return Page();
        }

        DecisionDateText = ViFormat.Date(decision);
        Award ??= AwardCodes.CstdTinh;
        AwardOptions = AwardPages.AwardOptions(Award);
        var facts = await registry.ForPersonAsync(id, ct);
        var jurisdiction = await data.SettingsForPathAsync(found.Path, ct);
        var result = EligibilityEngine.Evaluate(Award, Year.Value, decision, facts, jurisdiction);
        if (result.IsFailure)
        {
            Error = result.Error!.Message;
            return Page();
        }

        Result = result.Value;
        var due = AwardSuggestions.Due(facts, Year.Value, decision, jurisdiction);
        Due = due.IsSuccess ? due.Value! : [];
        return Page();
    }
}
