using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;
using Tdkt.Domain.Nominations;
using Tdkt.Web.Data;

namespace Tdkt.Web.Pages.Nominations;

/// <summary>The rules every entry path shares (the single form, the API, the grid and the Excel import): a birth year not in
/// the future, an individual at least <see cref="NomineeImport.MinimumAge"/> in the dossier's year, and no person twice in a
/// dossier (<see cref="SamePerson"/>: the citizen id, else name and birth year). The 12-digit citizen ID is checked by <see cref="Nominee.Create"/>.</summary>
public static class NomineeGuard
{
    /// <summary>The first broken rule as a validation error naming its field, or null; <paramref name="editingId"/> is the
    /// nominee being edited (not a duplicate of itself).</summary>
    public static async Task<Error?> CheckAsync(TdktDbContext db, CitizenIds citizenIds, int dossierId, NomineeData data, int? editingId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(citizenIds);
        var year = await db.Dossiers.AsNoTracking().Where(d => d.Id == dossierId).Select(d => (int?)d.Year).SingleOrDefaultAsync(ct);
        if (year is null)
        {
            return null; // the service answers "not found"
        }

        if (data.BirthYear is { } born)
        {
            if (born > DateTime.Today.Year)
            {
                return new ValidationError("BirthYear", $"Năm sinh {born} ở tương lai.");
            }

            if (data.Kind == SubjectKind.Individual && year.Value - born < NomineeImport.MinimumAge)
            {
                return new ValidationError("BirthYear", $"Sinh năm {born} thì năm {year} chưa đủ {NomineeImport.MinimumAge} tuổi.");
            }
        }

        if (!string.IsNullOrWhiteSpace(data.Name))
        {
            // The domain decides (SamePerson): the citizen id when both have one, else name + birth year. Web supplies
            // the facts, the citizen ids as their blind index.
            var me = new PersonFacts(data.Name, data.BirthYear, SamePerson.CitizenIdDigits(data.CitizenId) is { } digits ? citizenIds.Index(digits) : null);
            var others = await db.Nominees.AsNoTracking().Where(n => n.DossierId == dossierId && n.Id != (editingId ?? 0))
                .Select(n => new { n.Name, n.BirthYear, n.CitizenIdProtected }).ToListAsync(ct);
            if (others.Any(o => SamePerson.Is(me, new PersonFacts(o.Name, o.BirthYear,
                    o.CitizenIdProtected is { } cipher && me.CitizenIdKey is not null ? citizenIds.Index(citizenIds.Unprotect(cipher)) : null))))
            {
                return new ValidationError("Name",
                    $"\"{data.Name.Trim()}\"{(data.BirthYear is { } b ? $" (sinh năm {b})" : "")} đã có trong hồ sơ.");
            }
        }

        return null;
    }
}
