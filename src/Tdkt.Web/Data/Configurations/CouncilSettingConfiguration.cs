using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tdkt.Domain.Organizations;

namespace Tdkt.Web.Data.Configurations;

public sealed class CouncilSettingConfiguration : IEntityTypeConfiguration<CouncilSetting>
{
    public void Configure(EntityTypeBuilder<CouncilSetting> b)
    {
        b.ToTable("council_settings");
        b.Property(x => x.Quorum).HasConversion<string>().HasMaxLength(20);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.OrgUnitId).IsUnique();
        b.Property(x => x.Version).IsRowVersion();
    }
}
