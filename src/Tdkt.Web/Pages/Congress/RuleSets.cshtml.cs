using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Conferences;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Congress;

/// <summary>
/// Bộ quy tắc số đại biểu: a province admin keeps its rule sets as data (one line per rule) and picks the default
/// the planner and the API use; without a stored default, seed 004's rules apply.
/// </summary>
public sealed class RuleSetsModel(TdktDbContext db, CurrentUser me, SaveDelegateRuleSetHandler handler) : PageModel
{
    [BindProperty]
    public RuleSetInput Input { get; set; } = new();

    public IReadOnlyList<DelegateRuleSetRecord> Sets { get; private set; } = [];
    public IReadOnlyDictionary<int, string> Provinces { get; private set; } = new Dictionary<int, string>();

    public sealed class RuleSetInput
    {
        public int? Id { get; set; }

        [Display(Name = "Tỉnh")]
        public int OrgUnitId { get; set; }

        [Display(Name = "Tên bộ quy tắc")]
        public string? Name { get; set; }

        [Display(Name = "Dùng làm mặc định")]
        public bool IsDefault { get; set; }

        [Display(Name = "Các dòng quy tắc")]
        public string? Rules { get; set; }

        public uint Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var editing = id is { } i ? Sets.SingleOrDefault(s => s.Id == i) : null;
        if (id is not null && editing is null)
        {
            return NotFound();
        }

        Input = editing is null
            ? new RuleSetInput { OrgUnitId = Provinces.Keys.First(), Name = DelegateRuleSet.LaiChau2024.Name, Rules = DelegateRuleText.Format(DelegateRuleSet.LaiChau2024.Rules) }
            : new RuleSetInput { Id = editing.Id, OrgUnitId = editing.OrgUnitId, Name = editing.Name, IsDefault = editing.IsDefault, Rules = DelegateRuleText.Format(editing.Rules), Version = editing.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var result = await handler.HandleAsync(Input, ct);
        if (result.IsFailure)
        {
            return this.ToPageResult(result.Error!);
        }

        TempData["Success"] = "Đã lưu bộ quy tắc số đại biểu.";
        return RedirectToPage(new { id = result.Value });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var provinceIds = scope.RuleSetProvinces();
        if (provinceIds.Count == 0)
        {
            return false;
        }

        Provinces = await db.OrgUnits.AsNoTracking().Where(u => provinceIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        Sets = await db.DelegateRuleSets.AsNoTracking().Where(s => provinceIds.Contains(s.OrgUnitId)).OrderBy(s => s.OrgUnitId).ThenBy(s => s.Name).ToListAsync(ct);
        return true;
    }
}

public sealed class SaveDelegateRuleSetHandler(TdktDbContext db, CurrentUser me)
{
    public async Task<Result<int>> HandleAsync(RuleSetsModel.RuleSetInput input, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!scope.RuleSetProvinces().Contains(input.OrgUnitId))
        {
            return new NotFoundError();
        }

        var rules = DelegateRuleText.Parse(input.Rules);
        if (rules.IsFailure)
        {
            return rules.Error!;
        }

        DelegateRuleSetRecord record;
        if (input.Id is { } id)
        {
            var found = await db.DelegateRuleSets.SingleOrDefaultAsync(s => s.Id == id && s.OrgUnitId == input.OrgUnitId, ct);
            if (found is null)
            {
                return new NotFoundError();
            }

            var edited = found.Edit(input.Name, input.IsDefault, rules.Value!);
            if (edited.IsFailure)
            {
                return edited.Error!;
            }

            db.Entry(found).Property(s => s.Version).OriginalValue = input.Version;
            record = found;
        }
        else
        {
            var created = DelegateRuleSetRecord.Create(input.OrgUnitId, input.Name, input.IsDefault, rules.Value!);
            if (created.IsFailure)
            {
                return created.Error!;
            }

            record = created.Value!;
            db.DelegateRuleSets.Add(record);
        }

        if (input.IsDefault)
        {
            // One default per province: the others step down in the same save.
            foreach (var other in await db.DelegateRuleSets.Where(s => s.OrgUnitId == input.OrgUnitId && s.IsDefault && s.Id != record.Id).ToListAsync(ct))
            {
                other.ClearDefault();
            }
        }

        db.AuditAction = "Sửa bộ quy tắc số đại biểu";
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new ConflictError("Bộ quy tắc đã được người khác sửa. Hãy tải lại trang rồi thực hiện lại.");
        }

        return record.Id;
    }
}

/// <summary>The rule set in force for a caller: their province's stored default, else seed 004's.</summary>
public static class DelegateRuleSets
{
    public static async Task<DelegateRuleSet> ForAsync(TdktDbContext db, Domain.Security.OrgScope scope, CancellationToken ct)
    {
        var provinces = scope.Provinces();
        var stored = await db.DelegateRuleSets.AsNoTracking()
            .Where(s => s.IsDefault && provinces.Contains(s.OrgUnitId))
            .OrderBy(s => s.OrgUnitId).FirstOrDefaultAsync(ct);
        return stored?.ToRuleSet() ?? DelegateRuleSet.LaiChau2024;
    }
}
