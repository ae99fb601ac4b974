using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tdkt.Domain.Nominations;
using Tdkt.Domain.Notices;
using Tdkt.Domain.Organizations;

namespace Tdkt.Web.Data.Configurations;

public sealed class PublicNoticeConfiguration : IEntityTypeConfiguration<PublicNotice>
{
    public void Configure(EntityTypeBuilder<PublicNotice> b)
    {
        b.ToTable("public_notices", t => t.HasCheckConstraint("ck_public_notices_period", "\"EndDate\" >= \"StartDate\" AND \"WorkingDays\" > 0"));
        b.Property(x => x.Title).HasMaxLength(PublicNotice.TitleMaxLength);
        b.Property(x => x.PublishedByName).HasMaxLength(200);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.StartDate, x.EndDate });
        b.HasIndex(x => x.OrgUnitId);
    }
}

public sealed class PublicNoticeEntryConfiguration : IEntityTypeConfiguration<PublicNoticeEntry>
{
    public void Configure(EntityTypeBuilder<PublicNoticeEntry> b)
    {
        b.ToTable("public_notice_entries");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Name).HasMaxLength(Nominee.NameMaxLength);
        b.Property(x => x.UnitName).HasMaxLength(300);
        b.Property(x => x.AwardName).HasMaxLength(300);
        b.Property(x => x.Achievement).HasMaxLength(4000);
        b.HasOne<PublicNotice>().WithMany().HasForeignKey(x => x.NoticeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Dossier>().WithMany().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Nominee>().WithMany().HasForeignKey(x => x.NomineeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.NomineeId).IsUnique(); // a nominee is published once
        b.HasIndex(x => x.NoticeId);
        b.HasIndex(x => x.DossierId);
    }
}

public sealed class NoticeObjectionConfiguration : IEntityTypeConfiguration<NoticeObjection>
{
    public void Configure(EntityTypeBuilder<NoticeObjection> b)
    {
        b.ToTable("notice_objections");
        b.Property(x => x.SenderName).HasMaxLength(NoticeObjection.NameMaxLength);
        b.Property(x => x.Contact).HasMaxLength(NoticeObjection.ContactMaxLength);
        b.Property(x => x.Content).HasMaxLength(NoticeObjection.ContentMaxLength);
        b.Property(x => x.Verification).HasMaxLength(NoticeObjection.VerificationMaxLength);
        b.Property(x => x.ResolvedByName).HasMaxLength(200);
        b.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(20);
        b.Ignore(x => x.IsOpen);
        b.HasOne<PublicNotice>().WithMany().HasForeignKey(x => x.NoticeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PublicNoticeEntry>().WithMany().HasForeignKey(x => x.EntryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Nominee>().WithMany().HasForeignKey(x => x.NomineeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.NomineeId, x.Outcome });
        b.HasIndex(x => new { x.OrgUnitId, x.Outcome });
        b.Property(x => x.Version).IsRowVersion();
    }
}

public sealed class PublicNoticeSettingConfiguration : IEntityTypeConfiguration<PublicNoticeSetting>
{
    public void Configure(EntityTypeBuilder<PublicNoticeSetting> b)
    {
        b.ToTable("public_notice_settings");
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.OrgUnitId).IsUnique();
        b.Property(x => x.Version).IsRowVersion();
    }
}
