using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tdkt.Domain.Conferences;
using Tdkt.Domain.Organizations;
using Tdkt.Domain.Planning;

namespace Tdkt.Web.Data.Configurations;

public sealed class ConferenceEventConfiguration : IEntityTypeConfiguration<ConferenceEvent>
{
    public void Configure(EntityTypeBuilder<ConferenceEvent> b)
    {
        b.ToTable("conference_events");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Title).HasMaxLength(ConferenceEvent.TitleMaxLength);
        b.Property(x => x.TimeText).HasMaxLength(300);
        b.Property(x => x.Duration).HasMaxLength(30);
        b.Property(x => x.TimeKind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Venue).HasMaxLength(500);
        b.Property(x => x.FundingSource).HasMaxLength(1000);
        b.Property(x => x.BudgetDecision).HasMaxLength(500);
        b.Property(x => x.BudgetAmount).HasPrecision(18, 0);
        b.Property(x => x.DocumentsNumber).HasMaxLength(60);
        b.Property(x => x.Agenda).AsJson();
        b.Property(x => x.DelegateGroups).AsJson();
        b.Property(x => x.UnitQuotas).AsJson();
        b.Ignore(x => x.Quota);
        b.Ignore(x => x.Composition);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrganiserUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.StandingAgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Movement>().WithMany().HasForeignKey(x => x.MovementId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Plan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<ConferenceEvent>().WithMany().HasForeignKey(x => x.ParentEventId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StoredFile>().WithMany().HasForeignKey(x => x.DocumentsFileId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.OrganiserUnitId);
        b.HasIndex(x => x.StandingAgencyId);
        b.HasIndex(x => x.ParentEventId);
        b.Property(x => x.Version).IsRowVersion();
    }
}

public sealed class EventDelegateConfiguration : IEntityTypeConfiguration<EventDelegate>
{
    public void Configure(EntityTypeBuilder<EventDelegate> b)
    {
        b.ToTable("event_delegates");
        b.Property(x => x.FullName).HasMaxLength(EventDelegate.NameMaxLength);
        b.Property(x => x.Position).HasMaxLength(300);
        b.Property(x => x.UnitName).HasMaxLength(300);
        b.Property(x => x.Group).HasMaxLength(300);
        b.Property(x => x.Rsvp).HasConversion<string>().HasMaxLength(20);
        b.HasOne<ConferenceEvent>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.EventId);
        b.Property(x => x.Version).IsRowVersion();
    }
}

public sealed class CongressPilotConfiguration : IEntityTypeConfiguration<CongressPilot>
{
    public void Configure(EntityTypeBuilder<CongressPilot> b)
    {
        b.ToTable("congress_pilots");
        b.Property(x => x.Note).HasMaxLength(500);
        b.HasOne<ConferenceEvent>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        // A unit is a pilot of a cascade once: a double submit cannot add it twice.
        b.HasIndex(x => new { x.EventId, x.OrgUnitId }).IsUnique();
    }
}

public sealed class DelegateRuleSetConfiguration : IEntityTypeConfiguration<DelegateRuleSetRecord>
{
    public void Configure(EntityTypeBuilder<DelegateRuleSetRecord> b)
    {
        b.ToTable("delegate_rule_sets");
        b.Property(x => x.Name).HasMaxLength(300);
        b.Property(x => x.Rules).AsJson();
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.OrgUnitId);
        b.Property(x => x.Version).IsRowVersion();
    }
}
