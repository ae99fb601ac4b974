using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tdkt.Domain.Organizations;

namespace Tdkt.Web.Data.Configurations;

public sealed class DocumentSettingConfiguration : IEntityTypeConfiguration<DocumentSetting>
{
    public void Configure(EntityTypeBuilder<DocumentSetting> b)
    {
        b.ToTable("document_settings");
        b.Property(x => x.DocumentKind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.BodyKind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Grounds).HasMaxLength(4000);
        b.Property(x => x.Executors).HasMaxLength(1000);
        b.Property(x => x.Recipients).HasMaxLength(2000);
        b.Property(x => x.HeadTitle).HasMaxLength(100);
        b.Property(x => x.Version).IsRowVersion();
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.IssuingUnitId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.OrgUnitId, x.DocumentKind, x.BodyKind, x.IssuingUnitId }).IsUnique().AreNullsDistinct(false);
    }
}

public sealed class DocumentEmblemConfiguration : IEntityTypeConfiguration<DocumentEmblem>
{
    public void Configure(EntityTypeBuilder<DocumentEmblem> b)
    {
        b.ToTable("document_emblems");
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StoredFile>().WithMany().HasForeignKey(x => x.StoredFileId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.OrgUnitId).IsUnique();
    }
}
