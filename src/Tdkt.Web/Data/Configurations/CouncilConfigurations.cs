using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tdkt.Domain.Council;
using Tdkt.Domain.Nominations;
using Tdkt.Domain.Organizations;

namespace Tdkt.Web.Data.Configurations;

public sealed class CouncilMemberConfiguration : IEntityTypeConfiguration<CouncilMember>
{
    public void Configure(EntityTypeBuilder<CouncilMember> b)
    {
        b.ToTable("council_members");
        b.Property(x => x.DisplayName).HasMaxLength(CouncilMember.NameMaxLength);
        b.Property(x => x.Position).HasMaxLength(300);
        b.Property(x => x.Office).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.UserId).HasMaxLength(450);
        b.Property(x => x.CitizenIdHash).HasMaxLength(64);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.HomeUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.OrgUnitId, x.ValidFrom });
        b.HasIndex(x => x.UserId);
    }
}

public sealed class CouncilSessionConfiguration : IEntityTypeConfiguration<CouncilSession>
{
    public void Configure(EntityTypeBuilder<CouncilSession> b)
    {
        b.ToTable("council_sessions");
        b.Property(x => x.Title).HasMaxLength(CouncilSession.TitleMaxLength);
        b.Property(x => x.Place).HasMaxLength(300);
        b.Property(x => x.Quorum).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.CountingCommittee).AsJson().HasDefaultValueSql("'[]'::jsonb");
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StoredFile>().WithMany().HasForeignKey(x => x.MinutesFileId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.OrgUnitId, x.MeetingDate });
        b.Property(x => x.Version).IsRowVersion();
    }
}

public sealed class CouncilAttendanceConfiguration : IEntityTypeConfiguration<CouncilAttendance>
{
    public void Configure(EntityTypeBuilder<CouncilAttendance> b)
    {
        b.ToTable("council_attendance");
        b.HasKey(x => new { x.SessionId, x.MemberId });
        b.HasOne<CouncilSession>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<CouncilMember>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StoredFile>().WithMany().HasForeignKey(x => x.WrittenOpinionFileId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class CouncilAgendaItemConfiguration : IEntityTypeConfiguration<CouncilAgendaItem>
{
    public void Configure(EntityTypeBuilder<CouncilAgendaItem> b)
    {
        b.ToTable("council_agenda_items");
        b.Property(x => x.AwardCode).HasMaxLength(30);
        b.Property(x => x.BlockedReason).HasMaxLength(1000);
        b.HasOne<CouncilSession>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Dossier>().WithMany().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Nominee>().WithMany().HasForeignKey(x => x.NomineeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.SessionId, x.NomineeId }).IsUnique();
        b.HasIndex(x => x.NomineeId);
    }
}

/// <summary>Secret-ballot tables (ADR-0010): composite keys only, no timestamps, no surrogate ids.</summary>
public sealed class BallotParticipationConfiguration : IEntityTypeConfiguration<BallotParticipation>
{
    public void Configure(EntityTypeBuilder<BallotParticipation> b)
    {
        b.ToTable("council_ballot_participation");
        b.HasKey(x => new { x.SessionId, x.NomineeId, x.MemberId });
        b.HasOne<CouncilSession>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<CouncilMember>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class BallotTallyConfiguration : IEntityTypeConfiguration<BallotTally>
{
    public void Configure(EntityTypeBuilder<BallotTally> b)
    {
        b.ToTable("council_ballot_tallies");
        b.HasKey(x => new { x.SessionId, x.NomineeId });
        b.HasOne<CouncilSession>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class OpenBallotVoteConfiguration : IEntityTypeConfiguration<OpenBallotVote>
{
    public void Configure(EntityTypeBuilder<OpenBallotVote> b)
    {
        b.ToTable("council_open_votes");
        b.HasKey(x => new { x.SessionId, x.NomineeId, x.MemberId });
        b.HasOne<CouncilSession>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<CouncilMember>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
