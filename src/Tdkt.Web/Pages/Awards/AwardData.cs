using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Awards.Money;
using Tdkt.Domain.Common;
using Tdkt.Domain.Organizations;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Awards;

/// <summary>The stored reference data the rules and money use: catalogue rows, the province's settings and the
/// base salary table. Defaults from the domain where nothing is stored.</summary>
public sealed class AwardData(TdktDbContext db)
{
    public async Task<BaseSalaryTable> BaseSalaryTableAsync(CancellationToken ct)
    {
        var rows = await db.BaseSalaryRates.AsNoTracking().OrderBy(r => r.From).ToListAsync(ct);
        return rows.Count == 0
            ? BaseSalaryTable.Default
            : new BaseSalaryTable(rows.Select(r => new BaseSalaryEntry(r.From, r.Amount, r.Source, r.Unverified)));
    }

    /// <summary>Settings of the province (root unit) that <paramref name="path"/> belongs to.</summary>
    public async Task<JurisdictionSettings> SettingsForPathAsync(string? path, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(path))
        {
            return JurisdictionSettings.Default;
        }

        return await db.ProvinceSettingsAsync(OrgPath.Ids(path)[0], ct) ?? JurisdictionSettings.Default;
    }

    public async Task<JurisdictionSettings> SettingsForUnitAsync(int orgUnitId, CancellationToken ct)
    {
        return await SettingsForPathAsync(await db.UnitPathAsync(orgUnitId, ct), ct);
    }

    /// <summary>The catalogue row of <paramref name="code"/> in force on <paramref name="day"/>.</summary>
    public Task<AwardCatalogueEntry?> EntryOnAsync(string code, DateOnly day, CancellationToken ct) =>
        db.CatalogueEntryOnAsync(code, day, ct);

    /// <summary>Award money from the stored catalogue row and base salary table (GET /api/v1/reward-amount).</summary>
    public async Task<Result<RewardAmount>> RewardAsync(string? award, string? subjectKind, string? decisionDate, CancellationToken ct)
    {
        if (!AwardCodes.TryNormalize(award, out var code))
        {
            return DefaultCatalogue.UnknownAward(award);
        }

        var kind = SubjectKind.Individual;
        if (!string.IsNullOrWhiteSpace(subjectKind) && !FactCodes.TryParse(subjectKind, out kind))
        {
            return new ValidationError("subjectKind",
                $"Đối tượng \"{subjectKind}\" không hợp lệ. Hãy dùng một trong: individual, collective, household, village.");
        }

        if (string.IsNullOrWhiteSpace(decisionDate))
        {
            return new ValidationError("decisionDate", "Hãy gửi \"decisionDate\": ngày quyết định khen thưởng (yyyy-MM-dd), vì mức lương cơ sở và hệ số tính theo ngày này.");
        }

        if (!ViFormat.TryParseDate(decisionDate, out var day))
        {
            return new ValidationError("decisionDate", $"Ngày quyết định \"{decisionDate}\" không hợp lệ. Dùng yyyy-MM-dd hoặc dd/MM/yyyy.");
        }

        var basis = LegalBases.ForDecisionDate(day);
        if (basis.IsFailure)
        {
            return basis.Error!;
        }

        var definition = DefaultCatalogue.For(code, basis.Value).Value!;
        if (await EntryOnAsync(code, day, ct) is { } stored && stored.Basis == basis.Value)
        {
            definition = stored.ApplyTo(definition);
        }

        return RewardMoney.Compute(definition, kind, day, await BaseSalaryTableAsync(ct));
    }

    /// <summary>Province units (roots) the caller administers: the catalogue and settings belong to them.</summary>
    public IQueryable<OrgUnit> AdministeredProvinces(OrgScope scope) =>
        db.OrgUnits.Where(u => u.ParentId == null).VisibleTo(scope, Role.Admin);
}
