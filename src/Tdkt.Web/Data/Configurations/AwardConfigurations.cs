using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tdkt.Domain.Organizations;

namespace Tdkt.Web.Data.Configurations;

public sealed class AwardCatalogueEntryConfiguration : IEntityTypeConfiguration<AwardCatalogueEntry>
{
    public void Configure(EntityTypeBuilder<AwardCatalogueEntry> b)
    {
        b.ToTable("award_catalogue");
        b.Property(x => x.Code).HasMaxLength(32);
        b.Property(x => x.Basis).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(x => new { x.Code, x.Basis }).IsUnique();
        b.Property(x => x.Name).HasMaxLength(AwardCatalogueEntry.NameMaxLength);
        b.Property(x => x.Category).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Group).HasConversion<string>().HasMaxLength(40);
        b.Property(x => x.SubjectKinds).HasMaxLength(100);
        b.Property(x => x.DecidingLevel).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.DecidedBy).HasMaxLength(AwardCatalogueEntry.TextMaxLength);
        b.Property(x => x.ProposedBy).HasMaxLength(AwardCatalogueEntry.TextMaxLength);
        b.Property(x => x.CriteriaReference).HasMaxLength(AwardCatalogueEntry.TextMaxLength);
        b.Property(x => x.MoneyReference).HasMaxLength(AwardCatalogueEntry.TextMaxLength);
        b.Property(x => x.DossierParts).HasMaxLength(4000);
        b.Property(x => x.BallotThresholdPercent).HasPrecision(5, 2);
        b.Property(x => x.MoneyCoefficient).HasPrecision(6, 2);
        b.Property(x => x.Version).IsRowVersion();
    }
}

public sealed class JurisdictionSettingConfiguration : IEntityTypeConfiguration<JurisdictionSetting>
{
    public void Configure(EntityTypeBuilder<JurisdictionSetting> b)
    {
        b.ToTable("jurisdiction_settings");
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.OrgUnitId).IsUnique();
        foreach (var p in new[]
                 {
                     nameof(JurisdictionSetting.TtldttMinLdttPercent), nameof(JurisdictionSetting.HtxsnvQuotaPercent),
                     nameof(JurisdictionSetting.HtxsnvQuotaOutstandingPercent), nameof(JurisdictionSetting.CouncilThresholdCstdTq),
                     nameof(JurisdictionSetting.CouncilThresholdCstdTinh), nameof(JurisdictionSetting.CouncilThresholdCstdcs),
                     nameof(JurisdictionSetting.CouncilThresholdCoTinh), nameof(JurisdictionSetting.CouncilThresholdCoCp),
                 })
        {
            b.Property(p).HasPrecision(5, 2);
        }

        b.Property(x => x.Version).IsRowVersion();
    }
}

public sealed class BaseSalaryRateConfiguration : IEntityTypeConfiguration<BaseSalaryRate>
{
    public void Configure(EntityTypeBuilder<BaseSalaryRate> b)
    {
        b.ToTable("base_salary_rates");
        b.HasIndex(x => x.From).IsUnique();
        b.Property(x => x.Amount).HasPrecision(14, 0);
        b.Property(x => x.Source).HasMaxLength(250);
    }
}

public sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.ToTable("people");
        b.Property(x => x.FullName).HasMaxLength(Person.NameMaxLength);
        b.Property<string>(Person.FoldedName).HasMaxLength(Person.NameMaxLength)
            .HasComputedColumnSql("lower(public.f_unaccent(\"FullName\"))", stored: true);
        b.HasIndex(Person.FoldedName).HasMethod("gin").HasOperators("gin_trgm_ops").HasDatabaseName("ix_people_fullname_folded_trgm");
        b.Property(x => x.Gender).HasMaxLength(10);
        b.Property(x => x.Position).HasMaxLength(250);
        b.Property(x => x.CitizenIdHash).HasMaxLength(64);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.OrgUnitId);
        b.HasIndex(x => x.CitizenIdHash);
    }
}

public sealed class PersonMergeConfiguration : IEntityTypeConfiguration<PersonMerge>
{
    public void Configure(EntityTypeBuilder<PersonMerge> b)
    {
        b.ToTable("person_merges");
        b.Property(x => x.Reason).HasMaxLength(PersonMerge.ReasonMaxLength);
        b.Property(x => x.UserId).HasMaxLength(450);
        b.Property(x => x.UserName).HasMaxLength(200);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.MergedPersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.SurvivorPersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.MergedPersonId).IsUnique();
        b.HasIndex(x => x.SurvivorPersonId);
    }
}

/// <summary>Shared mapping of the registry facts: unit FK, optional person FK, an index per subject.</summary>
internal static class SubjectFactMapping
{
    public static void Map<T>(EntityTypeBuilder<T> b, string table) where T : SubjectFact
    {
        b.ToTable(table);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.PersonId);
        b.HasIndex(x => x.OrgUnitId);
    }
}

public sealed class YearlyRatingConfiguration : IEntityTypeConfiguration<YearlyRating>
{
    public void Configure(EntityTypeBuilder<YearlyRating> b)
    {
        SubjectFactMapping.Map(b, "yearly_ratings");
        b.Property(x => x.Rating).HasConversion<string>().HasMaxLength(20);
    }
}

public sealed class AwardRecordEntryConfiguration : IEntityTypeConfiguration<AwardRecordEntry>
{
    public void Configure(EntityTypeBuilder<AwardRecordEntry> b)
    {
        SubjectFactMapping.Map(b, "award_records");
        b.Property(x => x.AwardCode).HasMaxLength(32);
        b.Property(x => x.DecisionNumber).HasMaxLength(60);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Basis).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Ethnicity).HasMaxLength(50);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.SignerOrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class InitiativeEntryConfiguration : IEntityTypeConfiguration<InitiativeEntry>
{
    public void Configure(EntityTypeBuilder<InitiativeEntry> b)
    {
        SubjectFactMapping.Map(b, "initiatives");
        b.Property(x => x.Title).HasMaxLength(500);
        b.Property(x => x.Scope).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.UsedFor).HasMaxLength(100);
    }
}

public sealed class DisciplineEntryConfiguration : IEntityTypeConfiguration<DisciplineEntry>
{
    public void Configure(EntityTypeBuilder<DisciplineEntry> b)
    {
        SubjectFactMapping.Map(b, "disciplines");
        b.Property(x => x.Level).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Note).HasMaxLength(500);
    }
}

public sealed class HoldEntryConfiguration : IEntityTypeConfiguration<HoldEntry>
{
    public void Configure(EntityTypeBuilder<HoldEntry> b)
    {
        SubjectFactMapping.Map(b, "award_holds");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Note).HasMaxLength(500);
    }
}

public sealed class CollectiveMemberStatsConfiguration : IEntityTypeConfiguration<CollectiveMemberStats>
{
    public void Configure(EntityTypeBuilder<CollectiveMemberStats> b)
    {
        b.ToTable("collective_member_stats");
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.OrgUnitId, x.Year }).IsUnique();
    }
}
