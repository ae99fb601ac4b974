using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tdkt.Domain.Emulation;
using Tdkt.Domain.Organizations;

namespace Tdkt.Web.Data.Configurations;

public sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> b)
    {
        b.ToTable("stored_files");
        b.Property(x => x.FileName).HasMaxLength(200);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.Sha256).HasMaxLength(64).IsFixedLength();
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.Sha256);
    }
}

public sealed class ClusterCovenantConfiguration : IEntityTypeConfiguration<ClusterCovenant>
{
    public void Configure(EntityTypeBuilder<ClusterCovenant> b)
    {
        b.ToTable("emulation_cluster_covenants");
        b.Property(x => x.Title).HasMaxLength(250);
        b.HasOne<EmulationCluster>().WithMany().HasForeignKey(x => x.ClusterId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<StoredFile>().WithMany().HasForeignKey(x => x.FileId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ClusterId, x.Year });
    }
}

public sealed class ScoreSheetConfiguration : IEntityTypeConfiguration<ScoreSheet>
{
    public void Configure(EntityTypeBuilder<ScoreSheet> b)
    {
        b.ToTable("score_sheets");
        b.Property(x => x.Title).HasMaxLength(250);
        b.Property(x => x.Period).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.BonusCap).HasPrecision(7, 2);
        b.HasOne<EmulationCluster>().WithMany().HasForeignKey(x => x.ClusterId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ClusterId, x.Year, x.Period }).IsUnique();
        b.HasMany(x => x.Criteria).WithOne().HasForeignKey(x => x.SheetId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Criteria).HasField("_criteria");
        b.Ignore(x => x.MaxTotal);
        b.Property(x => x.Version).IsRowVersion();
    }
}

public sealed class ScoreCriterionConfiguration : IEntityTypeConfiguration<ScoreCriterion>
{
    public void Configure(EntityTypeBuilder<ScoreCriterion> b)
    {
        b.ToTable("score_criteria");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Group).HasMaxLength(250);
        b.Property(x => x.Title).HasMaxLength(500);
        b.Property(x => x.MaxPoints).HasPrecision(7, 2);
        b.HasIndex(x => new { x.SheetId, x.Order }).IsUnique();
    }
}

public sealed class UnitScoreCardConfiguration : IEntityTypeConfiguration<UnitScoreCard>
{
    public void Configure(EntityTypeBuilder<UnitScoreCard> b)
    {
        b.ToTable("unit_score_cards");
        b.Property(x => x.SubmittedBy).HasMaxLength(200);
        b.HasOne<ScoreSheet>().WithMany().HasForeignKey(x => x.SheetId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.SheetId, x.OrgUnitId }).IsUnique();
        b.HasMany(x => x.Entries).WithOne().HasForeignKey(x => x.CardId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Adjustments).WithOne().HasForeignKey(x => x.CardId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Entries).HasField("_entries");
        b.Navigation(x => x.Adjustments).HasField("_adjustments");
        b.Ignore(x => x.IsSubmitted);
        b.Property(x => x.Version).IsRowVersion();
    }
}

public sealed class ScoreEntryConfiguration : IEntityTypeConfiguration<ScoreEntry>
{
    public void Configure(EntityTypeBuilder<ScoreEntry> b)
    {
        b.ToTable("score_entries");
        b.Property(x => x.SelfPoints).HasPrecision(7, 2);
        b.Property(x => x.ReviewedPoints).HasPrecision(7, 2);
        b.Property(x => x.Evidence).HasMaxLength(UnitScoreCard.EvidenceMaxLength);
        b.HasOne(x => x.Criterion).WithMany().HasForeignKey(x => x.CriterionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.CardId, x.CriterionId }).IsUnique();
        b.Ignore(x => x.EffectivePoints);
    }
}

public sealed class ScoreAdjustmentConfiguration : IEntityTypeConfiguration<ScoreAdjustment>
{
    public void Configure(EntityTypeBuilder<ScoreAdjustment> b)
    {
        b.ToTable("score_adjustments");
        b.Property(x => x.Before).HasPrecision(7, 2);
        b.Property(x => x.After).HasPrecision(7, 2);
        b.Property(x => x.Reason).HasMaxLength(UnitScoreCard.ReasonMaxLength);
        b.Property(x => x.ByUserId).HasMaxLength(450);
        b.Property(x => x.ByName).HasMaxLength(200);
        b.HasOne(x => x.Criterion).WithMany().HasForeignKey(x => x.CriterionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.CardId);
    }
}

public sealed class ClusterAwardProposalConfiguration : IEntityTypeConfiguration<ClusterAwardProposal>
{
    public void Configure(EntityTypeBuilder<ClusterAwardProposal> b)
    {
        b.ToTable("cluster_award_proposals");
        b.Property(x => x.AwardCode).HasMaxLength(32);
        b.Property(x => x.Score).HasPrecision(7, 2);
        b.HasOne<ScoreSheet>().WithMany().HasForeignKey(x => x.SheetId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EmulationCluster>().WithMany().HasForeignKey(x => x.ClusterId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.SheetId, x.OrgUnitId }).IsUnique();
    }
}

public sealed class ExemplaryModelConfiguration : IEntityTypeConfiguration<ExemplaryModel>
{
    public void Configure(EntityTypeBuilder<ExemplaryModel> b)
    {
        b.ToTable("exemplary_models");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Name).HasMaxLength(ExemplaryModel.NameMax);
        b.Property(x => x.Description).HasMaxLength(ExemplaryModel.DescriptionMax);
        b.Property(x => x.Movement).HasMaxLength(ExemplaryModel.TextMax);
        b.Property(x => x.HonouredAt).HasMaxLength(ExemplaryModel.TextMax);
        b.Property(x => x.InternalNote).HasMaxLength(2000);
        b.Property(x => x.Slug).HasMaxLength(120);
        b.HasIndex(x => x.Slug).IsUnique();
        b.HasIndex(x => new { x.OrgUnitId, x.Year });
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Photos).WithOne().HasForeignKey(x => x.ModelId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Photos).HasField("_photos");
        b.Property(x => x.Version).IsRowVersion();
    }
}

public sealed class ExemplaryPhotoConfiguration : IEntityTypeConfiguration<ExemplaryPhoto>
{
    public void Configure(EntityTypeBuilder<ExemplaryPhoto> b)
    {
        b.ToTable("exemplary_photos");
        b.Property(x => x.Caption).HasMaxLength(ExemplaryModel.TextMax);
        b.HasOne<StoredFile>().WithMany().HasForeignKey(x => x.FileId).OnDelete(DeleteBehavior.Restrict);
    }
}
