using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tdkt.Domain.Nominations;
using Tdkt.Domain.Organizations;
using Tdkt.Domain.Planning;

namespace Tdkt.Web.Data.Configurations;

public sealed class DossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    public void Configure(EntityTypeBuilder<Dossier> b)
    {
        b.ToTable("dossiers");
        b.Property(x => x.Title).HasMaxLength(Dossier.TitleMaxLength);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.DecidingLevel).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ReturnReason).HasMaxLength(2000);
        b.Property(x => x.DecisionWording).HasMaxLength(4000);
        b.Property(x => x.SubmissionNumber).HasMaxLength(Dossier.SubmissionNumberMaxLength);
        b.Property(x => x.DecisionSummary).HasMaxLength(Dossier.DecisionTextMaxLength);
        b.Property(x => x.DecisionArticle1).HasMaxLength(Dossier.DecisionTextMaxLength);
        b.Property(x => x.DecisionArticle2).HasMaxLength(Dossier.DecisionTextMaxLength);
        b.Property(x => x.DecisionArticle3).HasMaxLength(Dossier.DecisionTextMaxLength);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.ProposingUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.ReceivingUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Movement>().WithMany().HasForeignKey(x => x.MovementId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.ProposingUnitId);
        b.HasIndex(x => new { x.ReceivingUnitId, x.Status });
        b.HasIndex(x => x.ConferenceId);
        b.Property(x => x.Version).IsRowVersion();

        // Escalation (ADR-0013): one dossier to the higher level per original, linked both ways.
        b.Property(x => x.EscalatedToExternal).HasMaxLength(Dossier.ExternalBodyMaxLength);
        b.HasOne<Dossier>().WithMany().HasForeignKey(x => x.OriginDossierId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Dossier>().WithMany().HasForeignKey(x => x.EscalatedDossierId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.OriginDossierId).IsUnique();
        b.HasIndex(x => x.EscalatedDossierId).IsUnique();
    }
}

public sealed class DossierTransitionConfiguration : IEntityTypeConfiguration<DossierTransition>
{
    public void Configure(EntityTypeBuilder<DossierTransition> b)
    {
        b.ToTable("dossier_transitions");
        b.Property(x => x.From).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.To).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Action).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Reason).HasMaxLength(2000);
        b.Property(x => x.UserName).HasMaxLength(200);
        b.HasOne<Dossier>().WithMany().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.DossierId, x.At });
    }
}

public sealed class NomineeConfiguration : IEntityTypeConfiguration<Nominee>
{
    public void Configure(EntityTypeBuilder<Nominee> b)
    {
        b.ToTable("nominees");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Name).HasMaxLength(Nominee.NameMaxLength);
        b.Property(x => x.Gender).HasMaxLength(10);
        b.Property(x => x.Ethnicity).HasMaxLength(50);
        b.Property(x => x.Position).HasMaxLength(200);
        b.Property(x => x.WorkUnit).HasMaxLength(300);
        b.Property(x => x.Address).HasMaxLength(500);
        b.Property(x => x.CitizenIdProtected).HasMaxLength(1000);
        b.Ignore(x => x.CitizenIdLast4); // derived from the encrypted value for display (ADR-0018), never stored
        b.Property(x => x.AwardCode).HasMaxLength(30);
        b.Property(x => x.Achievement).HasMaxLength(4000);
        b.Property(x => x.Verdict).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.VerdictReason).HasMaxLength(2000);
        b.Property(x => x.CouncilSource).HasConversion<string>().HasMaxLength(20);
        b.Ignore(x => x.Council);
        b.Ignore(x => x.MaskedCitizenId);
        b.HasOne<Dossier>().WithMany().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.DossierId);
        b.Property(x => x.Version).IsRowVersion();
        b.HasOne<Nominee>().WithMany().HasForeignKey(x => x.OriginNomineeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.OriginNomineeId);
    }
}

public sealed class DossierAttachmentConfiguration : IEntityTypeConfiguration<DossierAttachment>
{
    public void Configure(EntityTypeBuilder<DossierAttachment> b)
    {
        b.ToTable("dossier_attachments");
        b.Property(x => x.PartCode).HasMaxLength(50);
        b.HasOne<Dossier>().WithMany().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Nominee>().WithMany().HasForeignKey(x => x.NomineeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<StoredFile>().WithMany().HasForeignKey(x => x.StoredFileId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.DossierId);
    }
}

public sealed class DossierSnapshotConfiguration : IEntityTypeConfiguration<DossierSnapshot>
{
    public void Configure(EntityTypeBuilder<DossierSnapshot> b)
    {
        b.ToTable("dossier_snapshots");
        b.Property(x => x.Content).HasColumnType("jsonb");
        b.HasOne<Dossier>().WithMany().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.DossierId, x.Round }).IsUnique();
    }
}

public sealed class QuotaAllotmentConfiguration : IEntityTypeConfiguration<QuotaAllotment>
{
    public void Configure(EntityTypeBuilder<QuotaAllotment> b)
    {
        b.ToTable("quota_allotments");
        b.Property(x => x.SubjectKind).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Movement>().WithMany().HasForeignKey(x => x.MovementId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.MovementId, x.ConferenceId, x.OrgUnitId, x.SubjectKind }).IsUnique().AreNullsDistinct(false);
        b.ToTable(t => t.HasCheckConstraint("ck_quota_allotments_target", "(\"MovementId\" IS NULL) <> (\"ConferenceId\" IS NULL) AND \"Count\" >= 0"));
        b.Property(x => x.Version).IsRowVersion();
    }
}

public sealed class ConsultationRequestConfiguration : IEntityTypeConfiguration<ConsultationRequest>
{
    public void Configure(EntityTypeBuilder<ConsultationRequest> b)
    {
        b.ToTable("consultation_requests");
        b.Property(x => x.Agency).HasMaxLength(300);
        b.Property(x => x.Question).HasMaxLength(2000);
        b.Property(x => x.Answer).HasMaxLength(4000);
        b.HasOne<Dossier>().WithMany().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.DossierId);
    }
}

public sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> b)
    {
        b.ToTable("decisions");
        b.Property(x => x.Number).HasMaxLength(50);
        b.Property(x => x.IssuingBodyName).HasMaxLength(300);
        b.Property(x => x.SignerUserId).HasMaxLength(450);
        b.Property(x => x.SignerName).HasMaxLength(200);
        b.Property(x => x.SignerTitle).HasMaxLength(200);
        b.Property(x => x.Capacity).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Basis).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Wording).HasMaxLength(4000);
        b.HasOne<Dossier>().WithMany().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.IssuingUnitId).OnDelete(DeleteBehavior.Restrict);
        // One decision per dossier, one number per issuing body and year.
        b.HasIndex(x => x.DossierId).IsUnique();
        b.HasIndex(x => new { x.IssuingUnitId, x.Year, x.SequenceNumber }).IsUnique();
    }
}

public sealed class DecisionRecipientConfiguration : IEntityTypeConfiguration<DecisionRecipient>
{
    public void Configure(EntityTypeBuilder<DecisionRecipient> b)
    {
        b.ToTable("decision_recipients");
        b.Property(x => x.SubjectKind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Details).HasMaxLength(500);
        b.Property(x => x.AwardCode).HasMaxLength(30);
        b.Property(x => x.AwardName).HasMaxLength(250);
        b.Property(x => x.Amount).HasPrecision(14, 0);
        b.Property(x => x.Coefficient).HasPrecision(6, 2);
        b.Property(x => x.BaseSalary).HasPrecision(14, 0);
        b.HasOne<Decision>().WithMany().HasForeignKey(x => x.DecisionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Nominee>().WithMany().HasForeignKey(x => x.NomineeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AwardRecordEntry>().WithMany().HasForeignKey(x => x.AwardRecordId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.DecisionId, x.Serial }).IsUnique();
        b.HasIndex(x => x.AwardRecordId).IsUnique();
    }
}

public sealed class DecisionCounterConfiguration : IEntityTypeConfiguration<DecisionCounter>
{
    public void Configure(EntityTypeBuilder<DecisionCounter> b)
    {
        b.ToTable("decision_counters");
        b.HasKey(x => new { x.IssuingUnitId, x.Year });
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.IssuingUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class RevocationConfiguration : IEntityTypeConfiguration<Revocation>
{
    public void Configure(EntityTypeBuilder<Revocation> b)
    {
        b.ToTable("revocations");
        b.Property(x => x.Grounds).HasMaxLength(2000);
        b.Property(x => x.ActNumber).HasMaxLength(50);
        b.Property(x => x.UserId).HasMaxLength(450);
        b.Property(x => x.UserName).HasMaxLength(200);
        b.HasOne<Decision>().WithMany().HasForeignKey(x => x.DecisionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.DecisionId);
    }
}

public sealed class RevokedAwardConfiguration : IEntityTypeConfiguration<RevokedAward>
{
    public void Configure(EntityTypeBuilder<RevokedAward> b)
    {
        b.ToTable("revoked_awards");
        b.HasOne<Revocation>().WithMany().HasForeignKey(x => x.RevocationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<DecisionRecipient>().WithMany().HasForeignKey(x => x.DecisionRecipientId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AwardRecordEntry>().WithMany().HasForeignKey(x => x.AwardRecordId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.AwardRecordId).IsUnique();
        b.HasIndex(x => x.DecisionRecipientId).IsUnique();
    }
}

public sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("notifications");
        b.Property(x => x.UserId).HasMaxLength(450);
        b.Property(x => x.Text).HasMaxLength(1000);
        b.Property(x => x.Url).HasMaxLength(300);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.UserId, x.At });
    }
}

public sealed class PublicHolidayConfiguration : IEntityTypeConfiguration<PublicHolidayRow>
{
    public void Configure(EntityTypeBuilder<PublicHolidayRow> b)
    {
        b.ToTable("public_holidays");
        b.HasKey(x => x.Date);
        b.Property(x => x.Name).HasMaxLength(200);
    }
}
