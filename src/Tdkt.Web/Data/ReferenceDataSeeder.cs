using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Awards.Money;
using Tdkt.Domain.Nominations;

namespace Tdkt.Web.Data;

/// <summary>Reference data every installation needs (not demo data): the award catalogue from
/// <see cref="DefaultCatalogue"/> and the base salary table, inserted on start when their tables are empty.
/// Independent of migrations, so the lead may regenerate them.</summary>
public static class ReferenceDataSeeder
{
    public static async Task SeedAsync(TdktDbContext db, ILogger logger, CancellationToken ct = default)
    {
        var changed = false;
        if (!await db.AwardCatalogue.AnyAsync(ct))
        {
            logger.LogInformation("Khởi tạo danh mục danh hiệu, hình thức khen thưởng");
            db.AwardCatalogue.AddRange(DefaultCatalogue.All.Select(AwardCatalogueEntry.From));
            changed = true;
        }

        if (!await db.BaseSalaryRates.AnyAsync(ct))
        {
            db.BaseSalaryRates.AddRange(BaseSalaryTable.Default.Entries.Select(e =>
                new BaseSalaryRate { From = e.From, Amount = e.Amount, Source = e.Source, Unverified = e.Unverified }));
            changed = true;
        }

        if (!await db.PublicHolidays.AnyAsync(ct))
        {
            db.PublicHolidays.AddRange(VietnamHolidays.Defaults.Select(h => new PublicHolidayRow { Date = h.Date, Name = h.Name }));
            changed = true;
        }

        if (changed)
        {
            db.AuditAction = "Khởi tạo dữ liệu danh mục";
            await db.SaveChangesAsync(ct);
        }
    }
}
