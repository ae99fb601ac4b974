using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tdkt.Domain.Organizations;
using Tdkt.Domain.Planning;

namespace Tdkt.Web.Data.Configurations;

/// <summary>Small value lists (content items, milestones, sections…) live in one jsonb column of their owner.</summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static PropertyBuilder<T> AsJson<T>(this PropertyBuilder<T> property) where T : class, new()
    {
        property.HasConversion(
                v => JsonSerializer.Serialize(v, Options),
                s => JsonSerializer.Deserialize<T>(s, Options) ?? new T(),
                new ValueComparer<T>(
                    (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
                    v => JsonSerializer.Serialize(v, Options).GetHashCode(StringComparison.Ordinal),
                    v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, Options), Options)!))
            .HasColumnType("jsonb");
        return property;
    }
}

public sealed class MovementConfiguration : IEntityTypeConfiguration<Movement>
{
    public void Configure(EntityTypeBuilder<Movement> b)
    {
        b.ToTable("movements");
        b.Property(x => x.Name).HasMaxLength(Movement.NameMaxLength);
        b.Property(x => x.Level).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Form).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.StandingAgencyNote).HasMaxLength(1000);
        b.Property(x => x.ContentItems).AsJson();
        b.Property(x => x.ParticipantGroups).AsJson();
        b.Property(x => x.AwardQuotas).AsJson();
        b.Property(x => x.Milestones).AsJson();
        b.Property(x => x.LegalBases).AsJson();
        b.Ignore(x => x.Quota);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.LaunchingUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.StandingAgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Movement>().WithMany().HasForeignKey(x => x.ParentMovementId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.LaunchingUnitId);
        b.Property(x => x.Version).IsRowVersion();
    }
}

public sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> b)
    {
        b.ToTable("plans");
        b.Property(x => x.Title).HasMaxLength(Plan.TitleMaxLength);
        b.Property(x => x.Number).HasMaxLength(60);
        b.Property(x => x.LegalBases).AsJson();
        b.Property(x => x.Sections).AsJson();
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Movement>().WithMany().HasForeignKey(x => x.MovementId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Plan>().WithMany().HasForeignKey(x => x.ParentPlanId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.OwnerUnitId);
        b.Property(x => x.Version).IsRowVersion();
    }
}

public sealed class PlanTaskConfiguration : IEntityTypeConfiguration<PlanTask>
{
    public void Configure(EntityTypeBuilder<PlanTask> b)
    {
        b.ToTable("plan_tasks");
        b.Property(x => x.LeadUnitText).HasMaxLength(300);
        b.Property(x => x.TimeframeText).HasMaxLength(300);
        b.Property(x => x.TimeframeKind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Recurrence).HasMaxLength(20);
        b.Property(x => x.RelativeTo).HasMaxLength(200);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Plan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.LeadUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.PlanId, x.Order });
        b.HasIndex(x => x.LeadUnitId);
        b.Property(x => x.Version).IsRowVersion();
    }
}

public sealed class TaskProgressReportConfiguration : IEntityTypeConfiguration<TaskProgressReport>
{
    public void Configure(EntityTypeBuilder<TaskProgressReport> b)
    {
        b.ToTable("task_progress_reports");
        b.Property(x => x.Id).UseIdentityByDefaultColumn();
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.UserName).HasMaxLength(200);
        b.HasOne<PlanTask>().WithMany().HasForeignKey(x => x.TaskId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.TaskId);
    }
}

public sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> b)
    {
        b.ToTable("registrations");
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Entries).AsJson();
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.OrgUnitId, x.Year }).IsUnique();
        b.Property(x => x.Version).IsRowVersion();
    }
}

public sealed class RegistrationStatusChangeConfiguration : IEntityTypeConfiguration<RegistrationStatusChange>
{
    public void Configure(EntityTypeBuilder<RegistrationStatusChange> b)
    {
        b.ToTable("registration_status_changes");
        b.Property(x => x.Id).UseIdentityByDefaultColumn();
        b.Property(x => x.From).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.To).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.UserName).HasMaxLength(200);
        b.HasOne<Registration>().WithMany().HasForeignKey(x => x.RegistrationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.RegistrationId);
    }
}

public sealed class ReportRequestConfiguration : IEntityTypeConfiguration<ReportRequest>
{
    public void Configure(EntityTypeBuilder<ReportRequest> b)
    {
        b.ToTable("report_requests");
        b.Property(x => x.Title).HasMaxLength(500);
        b.Property(x => x.Fields).AsJson();
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.RequesterUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Movement>().WithMany().HasForeignKey(x => x.MovementId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ReportSubmissionConfiguration : IEntityTypeConfiguration<ReportSubmission>
{
    public void Configure(EntityTypeBuilder<ReportSubmission> b)
    {
        b.ToTable("report_submissions");
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Values).AsJson();
        b.Property(x => x.SubmittedBy).HasMaxLength(200);
        b.HasOne<ReportRequest>().WithMany().HasForeignKey(x => x.RequestId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        // One answer per unit and period: a double submit cannot create a second row.
        b.HasIndex(x => new { x.RequestId, x.OrgUnitId, x.Period }).IsUnique();
        b.Property(x => x.Version).IsRowVersion();
    }
}
