using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Registry;

/// <summary>So sánh và gộp hồ sơ cá nhân trùng: person <c>b</c> merged into <c>a</c> with a reason. Both people must
/// lie in the subtree of one of the caller's Admin grants; otherwise 404.</summary>
public sealed class MergeModel(PeopleMerger merger) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "a")]
    public int SurvivorId { get; set; }

    [BindProperty(SupportsGet = true, Name = "b")]
    public int MergedId { get; set; }

    [BindProperty]
    public MergeInput Input { get; set; } = new();

    public sealed class MergeInput
    {
        public string? Reason { get; set; }
    }

    public PeopleMerger.Side Survivor { get; private set; } = null!;
    public PeopleMerger.Side Merged { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var result = await merger.MergeAsync(SurvivorId, MergedId, Input.Reason, ct);
        if (result.IsFailure)
        {
            return await LoadAsync(ct) ? this.ToPageResult(result.Error!) : NotFound();
        }

        TempData["Success"] = $"Đã gộp \"{Merged.FullName}\" vào \"{Survivor.FullName}\".";
        return RedirectToPage("Subject", new { id = SurvivorId });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var sides = await merger.CompareAsync(SurvivorId, MergedId, ct);
        if (sides is null)
        {
            return false;
        }

        (Survivor, Merged) = sides.Value;
        return true;
    }
}

/// <summary>The merge use case (gộp hồ sơ cá nhân trùng) and the candidate list.</summary>
public sealed class PeopleMerger(TdktDbContext db, CurrentUser me, TimeProvider clock)
{
    public const string AuditActionText = "Gộp hồ sơ cá nhân trùng";
    public static readonly Role[] Roles = [Role.Admin];

    public sealed record Award(string AwardCode, int Year, string DecisionNumber, DateOnly DecisionDate);

    public sealed record Side(int Id, string FullName, int? BirthYear, string? Gender, string? Position, string UnitName, bool HasCitizenId,
        int MergedInto, IReadOnlyList<Award> Awards);

    public sealed record Candidate(int Id, string FullName, int? BirthYear, string UnitName, int Awards);

    public static bool CanMerge(OrgScope scope) => Roles.Any(scope.Has);

    /// <summary>People of the caller's Admin subtrees, not merged away, with the same accent-insensitive name and birth
    /// year as someone else there; grouped, 100 groups at most.</summary>
    public async Task<IReadOnlyList<IReadOnlyList<Candidate>>?> CandidatesAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!CanMerge(scope))
        {
            return null;
        }

        var units = db.OrgUnits.AsNoTracking().VisibleTo(scope, Roles);
        // The stored folded name (lower(f_unaccent("FullName"))) is the duplicate key: no folding per row here.
        var people = from p in RegistryFacts.Standing(db).AsNoTracking()
                     join u in units on p.OrgUnitId equals u.Id
                     where p.BirthYear != null
                     select new { p, Unit = u.Name, Key = EF.Property<string>(p, Person.FoldedName) };
        var keys = people.GroupBy(x => new { x.Key, x.p.BirthYear }).Where(g => g.Count() > 1)
            .OrderBy(g => g.Key.Key).ThenBy(g => g.Key.BirthYear).Select(g => new { g.Key.Key, g.Key.BirthYear }).Take(100);
        var rows = await (from x in people
                          join k in keys on new { x.Key, x.p.BirthYear } equals new { k.Key, k.BirthYear }
                          select new { x.Key, x.p.Id, x.p.FullName, x.p.BirthYear, x.Unit, Awards = db.AwardRecords.Count(a => a.PersonId == x.p.Id) })
            .ToListAsync(ct);
        return [.. rows.GroupBy(r => (r.Key, r.BirthYear)).OrderBy(g => g.Key.Key, StringComparer.Ordinal).ThenBy(g => g.Key.BirthYear)
            .Select(g => (IReadOnlyList<Candidate>)[.. g.OrderBy(r => r.Id).Select(r => new Candidate(r.Id, r.FullName, r.BirthYear, r.Unit, r.Awards))])];
    }

    /// <summary>Both sides for the comparison; null when either is outside the caller's Admin scope.</summary>
    public async Task<(Side Survivor, Side Merged)?> CompareAsync(int survivorId, int mergedId, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!CanMerge(scope))
        {
            return null;
        }

        var a = await SideAsync(scope, survivorId, ct);
        var b = await SideAsync(scope, mergedId, ct);
        return a is null || b is null ? null : (a, b);
    }

    private async Task<Side?> SideAsync(OrgScope scope, int id, CancellationToken ct)
    {
        var units = db.OrgUnits.AsNoTracking().VisibleTo(scope, Roles);
        var found = await (from p in db.People.AsNoTracking()
                           join u in units on p.OrgUnitId equals u.Id
                           where p.Id == id
                           select new { p, u.Name }).SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }

        var into = await db.PersonMerges.AsNoTracking().Where(m => m.MergedPersonId == id).Select(m => m.SurvivorPersonId).SingleOrDefaultAsync(ct);
        var awards = await db.AwardRecords.AsNoTracking().Where(r => r.PersonId == id).OrderBy(r => r.Year).ThenBy(r => r.AwardCode)
            .Select(r => new Award(r.AwardCode, r.Year, r.DecisionNumber, r.DecisionDate)).ToListAsync(ct);
        return new Side(found.p.Id, found.p.FullName, found.p.BirthYear, found.p.Gender, found.p.Position, found.Name,
            found.p.CitizenIdHash is not null, into, awards);
    }

    /// <summary>Merges <paramref name="mergedId"/> into <paramref name="survivorId"/>: both rows locked (in id order),
    /// both in the caller's Admin scope (else not found), neither merged already, the merged one not a survivor of
    /// others; one <see cref="PersonMerge"/> row and its audit row, in one transaction. Award records are not touched.</summary>
    public async Task<Result> MergeAsync(int survivorId, int mergedId, string? reason, CancellationToken ct)
    {
        var u = await me.GetAsync(ct);
        if (u is null || !CanMerge(u.Scope))
        {
            return new NotFoundError();
        }

        reason = VietnameseText.Normalize(reason);
        if (reason.Length == 0)
        {
            return new ValidationError(nameof(MergeModel.MergeInput.Reason), "Hãy ghi lý do gộp, ví dụ: cùng số định danh, nhập trùng khi chuyển đơn vị.");
        }

        if (reason.Length > PersonMerge.ReasonMaxLength)
        {
            return new ValidationError(nameof(MergeModel.MergeInput.Reason), $"Lý do gộp tối đa {PersonMerge.ReasonMaxLength} ký tự.");
        }

        if (survivorId == mergedId)
        {
            return new ValidationError(nameof(MergeModel.MergeInput.Reason), "Hãy chọn hai hồ sơ khác nhau để gộp.");
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.Database.ExecuteSqlAsync(
                $"SELECT 1 FROM people WHERE \"Id\" IN ({survivorId}, {mergedId}) ORDER BY \"Id\" FOR UPDATE", ct);
            var units = db.OrgUnits.AsNoTracking().VisibleTo(u.Scope, Roles);
            var people = await (from p in db.People.AsNoTracking()
                                join unit in units on p.OrgUnitId equals unit.Id
                                where p.Id == survivorId || p.Id == mergedId
                                select new { p.Id, p.FullName }).ToListAsync(ct);
            if (people.Count != 2)
            {
                return Result.Failure(new NotFoundError());
            }

            var survivorName = people.Single(p => p.Id == survivorId).FullName;
            var mergedName = people.Single(p => p.Id == mergedId).FullName;
            if (await db.PersonMerges.AnyAsync(m => m.MergedPersonId == survivorId || m.MergedPersonId == mergedId, ct))
            {
                return Result.Failure(new ConflictError("Một trong hai hồ sơ đã được gộp vào người khác. Hãy tải lại trang danh sách trùng."));
            }

            if (await db.PersonMerges.AnyAsync(m => m.SurvivorPersonId == mergedId, ct))
            {
                return Result.Failure(new ConflictError(
                    $"Đã có hồ sơ khác gộp vào \"{mergedName}\"; hãy giữ lại \"{mergedName}\" và gộp \"{survivorName}\" vào đó."));
            }

            db.PersonMerges.Add(new PersonMerge
            {
                MergedPersonId = mergedId,
                SurvivorPersonId = survivorId,
                Reason = reason,
                UserId = u.User.Id,
                UserName = u.User.FullName,
                At = clock.GetUtcNow(),
            });
            db.AuditAction = AuditActionText;
            db.AuditReason = reason;
            try
            {
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return Result.Success();
            }
            catch (DbUpdateException e) when (OrgUnits.OrgUnitAdmin.IsUniqueViolation(e))
            {
                db.ChangeTracker.Clear();
                return Result.Failure(new ConflictError("Một trong hai hồ sơ đã được gộp vào người khác. Hãy tải lại trang danh sách trùng."));
            }
        });
    }
}
