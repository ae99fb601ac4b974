using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tdkt.Domain.Organizations;

namespace Tdkt.Web.Data.Configurations;

public sealed class CertificateTokenConfiguration : IEntityTypeConfiguration<CertificateToken>
{
    public void Configure(EntityTypeBuilder<CertificateToken> b)
    {
        b.ToTable("certificate_tokens");
        b.HasKey(x => x.DecisionRecipientId);
        b.Property(x => x.DecisionRecipientId).ValueGeneratedNever();
        b.Property(x => x.Token).HasMaxLength(64);
        b.HasIndex(x => x.Token).IsUnique();
        b.HasOne<DecisionRecipient>().WithMany().HasForeignKey(x => x.DecisionRecipientId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class CertificateTemplateConfiguration : IEntityTypeConfiguration<CertificateTemplate>
{
    public void Configure(EntityTypeBuilder<CertificateTemplate> b)
    {
        b.ToTable("certificate_templates");
        b.Property(x => x.AwardCode).HasMaxLength(30);
        b.Property(x => x.FieldsJson).HasColumnType("jsonb");
        b.Property(x => x.UpdatedBy).HasMaxLength(200);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.OrgUnitId, x.AwardCode }).IsUnique().AreNullsDistinct(false);
        b.Property(x => x.Version).IsRowVersion();
    }
}
