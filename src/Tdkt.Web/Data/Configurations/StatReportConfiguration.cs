using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tdkt.Domain.Organizations;

namespace Tdkt.Web.Data.Configurations;

public sealed class StatReportConfiguration : IEntityTypeConfiguration<StatReport>
{
    public void Configure(EntityTypeBuilder<StatReport> b)
    {
        b.ToTable("stat_reports");
        b.Property(x => x.SentByUserId).HasMaxLength(450);
        b.Property(x => x.SentByName).HasMaxLength(200);
        b.Property(x => x.Money).HasPrecision(18, 0);
        b.Property(x => x.Content).HasColumnType("jsonb");
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.OrgUnitId, x.Year }).IsUnique();
    }
}
