using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tdkt.Domain.Organizations;

namespace Tdkt.Web.Data.Configurations;

public sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> b)
    {
        b.ToTable("org_units");
        b.Property(x => x.Code).HasMaxLength(OrgUnit.CodeMaxLength);
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Name).HasMaxLength(OrgUnit.NameMaxLength);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
        b.Property(x => x.Path).HasMaxLength(400);
        // text_pattern_ops lets LIKE 'prefix%' use the index whatever the collation (subtree queries).
        b.HasIndex(x => x.Path).HasOperators("text_pattern_ops");
        b.HasOne(x => x.Parent).WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Version).IsRowVersion();
    }
}

public sealed class OrgUnitSuccessionConfiguration : IEntityTypeConfiguration<OrgUnitSuccession>
{
    public void Configure(EntityTypeBuilder<OrgUnitSuccession> b)
    {
        b.ToTable("org_unit_successions");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Note).HasMaxLength(500);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.PredecessorId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.SuccessorId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.PredecessorId, x.SuccessorId, x.Kind }).IsUnique();
        b.HasIndex(x => x.SuccessorId);
    }
}

public sealed class EmulationClusterConfiguration : IEntityTypeConfiguration<EmulationCluster>
{
    public void Configure(EntityTypeBuilder<EmulationCluster> b)
    {
        b.ToTable("emulation_clusters");
        b.Property(x => x.Code).HasMaxLength(32);
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Name).HasMaxLength(250);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OwnerOrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Members).WithOne().HasForeignKey(x => x.ClusterId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Leaders).WithOne().HasForeignKey(x => x.ClusterId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Members).HasField("_members");
        b.Navigation(x => x.Leaders).HasField("_leaders");
        b.Property(x => x.Version).IsRowVersion();
    }
}

public sealed class ClusterMemberConfiguration : IEntityTypeConfiguration<ClusterMember>
{
    public void Configure(EntityTypeBuilder<ClusterMember> b)
    {
        b.ToTable("emulation_cluster_members");
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ClusterId, x.OrgUnitId, x.FromYear }).IsUnique();
    }
}

public sealed class ClusterLeadershipConfiguration : IEntityTypeConfiguration<ClusterLeadership>
{
    public void Configure(EntityTypeBuilder<ClusterLeadership> b)
    {
        b.ToTable("emulation_cluster_leaders");
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.LeaderOrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.DeputyOrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ClusterId, x.Year }).IsUnique();
    }
}
