using System.Text.Json;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Tdkt.Domain.Conferences;
using Tdkt.Domain.Council;
using Tdkt.Domain.Emulation;
using Tdkt.Domain.Nominations;
using Tdkt.Domain.Organizations;
using Tdkt.Domain.Planning;

namespace Tdkt.Web.Data;

public sealed class TdktDbContext(DbContextOptions<TdktDbContext> options, AuditActor? actor = null, TimeProvider? clock = null,
    ReferenceCache? reference = null)
    : IdentityDbContext<AppUser>(options)
{
    private static readonly HashSet<string> Redacted = new(StringComparer.Ordinal)
    {
        nameof(AppUser.PasswordHash), nameof(AppUser.SecurityStamp), nameof(AppUser.ConcurrencyStamp),
        nameof(PersonalAccessToken.TokenHash), nameof(StoredFile.Content), nameof(Nominee.CitizenIdProtected),
    };

    private readonly AuditActor _actor = actor ?? AuditActor.System;
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();
    public DbSet<OrgUnitSuccession> OrgUnitSuccessions => Set<OrgUnitSuccession>();
    public DbSet<EmulationCluster> EmulationClusters => Set<EmulationCluster>();
    public DbSet<ClusterCovenant> ClusterCovenants => Set<ClusterCovenant>();
    public DbSet<ScoreSheet> ScoreSheets => Set<ScoreSheet>();
    public DbSet<UnitScoreCard> UnitScoreCards => Set<UnitScoreCard>();
    public DbSet<ClusterAwardProposal> ClusterAwardProposals => Set<ClusterAwardProposal>();
    public DbSet<ExemplaryModel> ExemplaryModels => Set<ExemplaryModel>();
    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();
    public DbSet<DocumentSetting> DocumentSettings => Set<DocumentSetting>();
    public DbSet<DocumentEmblem> DocumentEmblems => Set<DocumentEmblem>();
    public DbSet<RoleGrant> RoleGrants => Set<RoleGrant>();
    public DbSet<PersonalAccessToken> PersonalAccessTokens => Set<PersonalAccessToken>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Movement> Movements => Set<Movement>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<PlanTask> PlanTasks => Set<PlanTask>();
    public DbSet<TaskProgressReport> TaskProgressReports => Set<TaskProgressReport>();
    public DbSet<Registration> Registrations => Set<Registration>();
    public DbSet<RegistrationStatusChange> RegistrationStatusChanges => Set<RegistrationStatusChange>();
    public DbSet<ReportRequest> ReportRequests => Set<ReportRequest>();
    public DbSet<ReportSubmission> ReportSubmissions => Set<ReportSubmission>();
    public DbSet<ConferenceEvent> ConferenceEvents => Set<ConferenceEvent>();
    public DbSet<EventDelegate> EventDelegates => Set<EventDelegate>();
    public DbSet<CongressPilot> CongressPilots => Set<CongressPilot>();
    public DbSet<DelegateRuleSetRecord> DelegateRuleSets => Set<DelegateRuleSetRecord>();
    public DbSet<AwardCatalogueEntry> AwardCatalogue => Set<AwardCatalogueEntry>();
    public DbSet<JurisdictionSetting> JurisdictionSettings => Set<JurisdictionSetting>();
    public DbSet<BaseSalaryRate> BaseSalaryRates => Set<BaseSalaryRate>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<PersonMerge> PersonMerges => Set<PersonMerge>();
    public DbSet<YearlyRating> YearlyRatings => Set<YearlyRating>();
    public DbSet<AwardRecordEntry> AwardRecords => Set<AwardRecordEntry>();
    public DbSet<InitiativeEntry> Initiatives => Set<InitiativeEntry>();
    public DbSet<DisciplineEntry> Disciplines => Set<DisciplineEntry>();
    public DbSet<HoldEntry> Holds => Set<HoldEntry>();
    public DbSet<CollectiveMemberStats> CollectiveMemberStats => Set<CollectiveMemberStats>();
    public DbSet<Dossier> Dossiers => Set<Dossier>();
    public DbSet<DossierTransition> DossierTransitions => Set<DossierTransition>();
    public DbSet<Nominee> Nominees => Set<Nominee>();
    public DbSet<DossierAttachment> DossierAttachments => Set<DossierAttachment>();
    public DbSet<DossierSnapshot> DossierSnapshots => Set<DossierSnapshot>();
    public DbSet<QuotaAllotment> QuotaAllotments => Set<QuotaAllotment>();
    public DbSet<ConsultationRequest> ConsultationRequests => Set<ConsultationRequest>();
    public DbSet<Decision> Decisions => Set<Decision>();
    public DbSet<DecisionRecipient> DecisionRecipients => Set<DecisionRecipient>();
    public DbSet<DecisionCounter> DecisionCounters => Set<DecisionCounter>();
    public DbSet<Revocation> Revocations => Set<Revocation>();
    public DbSet<RevokedAward> RevokedAwards => Set<RevokedAward>();
    public DbSet<StatReport> StatReports => Set<StatReport>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<PublicHolidayRow> PublicHolidays => Set<PublicHolidayRow>();
    public DbSet<CouncilMember> CouncilMembers => Set<CouncilMember>();
    public DbSet<CouncilSession> CouncilSessions => Set<CouncilSession>();
    public DbSet<CouncilAttendance> CouncilAttendance => Set<CouncilAttendance>();
    public DbSet<CouncilAgendaItem> CouncilAgendaItems => Set<CouncilAgendaItem>();
    public DbSet<BallotParticipation> BallotParticipation => Set<BallotParticipation>();
    public DbSet<BallotTally> BallotTallies => Set<BallotTally>();
    public DbSet<OpenBallotVote> OpenBallotVotes => Set<OpenBallotVote>();

    /// <summary>What the next save is, in the user's words ("Chuyển đơn vị"); defaults to Thêm/Sửa/Xóa.</summary>
    public string? AuditAction { get; set; }

    /// <summary>Why the next save happens, as the user gave it.</summary>
    public string? AuditReason { get; set; }

    /// <summary>The app's cache of reference data (null in contexts built by hand: they read the tables).</summary>
    public ReferenceCache? Reference { get; } = reference;

    /// <summary>The <c>reference_version()</c> this unit of work reads reference data at: set with the user's row
    /// (<see cref="Security.CurrentUser"/>).</summary>
    public long? KnownReferenceVersion { get; set; }

    /// <summary>Set by a save that wrote reference data: this context then bypasses <see cref="Reference"/>.</summary>
    public bool ReferenceWritten { get; private set; }

    /// <summary>The version of the reference data (migration Wave6Reference); null when the row is missing.</summary>
    [DbFunction("reference_version", "public")]
    public static long? ReferenceVersion() => throw new InvalidOperationException("SQL only.");

    /// <summary>Accent-insensitive fold done by PostgreSQL (unaccent maps đ to d); see the migration.</summary>
    [DbFunction("f_unaccent", "public")]
    public static string Unaccent(string text) => throw new InvalidOperationException("SQL only.");

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("unaccent");
        builder.HasPostgresExtension("pg_trgm");
        // HiLo gives ids on Add, so a unit's path and its audit row are written in the same single save.
        builder.UseHiLo();
        builder.ApplyConfigurationsFromAssembly(typeof(TdktDbContext).Assembly);
        builder.HasDbFunction(typeof(TdktDbContext).GetMethod(nameof(Unaccent))!).HasName("f_unaccent").HasSchema("public");
        builder.HasDbFunction(typeof(TdktDbContext).GetMethod(nameof(ReferenceVersion))!).HasName("reference_version").HasSchema("public");
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        var entries = Audit();
        AuditEntries.AddRange(entries);
        var referenceWritten = ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && e.Entity is OrgUnit or AwardCatalogueEntry or JurisdictionSetting or PublicHolidayRow or PublicNoticeSetting);
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            AuditAction = null;
            AuditReason = null;
            if (referenceWritten)
            {
                // This unit of work wrote reference data: it reads the tables from now on, so it sees its own change
                // and never puts rows of a transaction that may still roll back into the shared cache.
                ReferenceWritten = true;
                KnownReferenceVersion = null;
            }
        }
    }

    /// <summary>Saves with an explicit audit note: the action and reason are passed in by the use case, not left in the
    /// ambient <see cref="AuditAction"/> / <see cref="AuditReason"/> (the workflow's one save, ADR-0014).</summary>
    public Task<int> SaveChangesAsync(AuditNote note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(note);
        AuditAction = note.Action;
        AuditReason = note.Reason;
        return SaveChangesAsync(cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: it writes the audit rows.");

    /// <summary>An audit row for a write that bypasses the change tracker (e.g. a binary COPY), by the current actor.</summary>
    public AuditEntry NewAuditEntry(string action, string entityType, string entityId, int? orgUnitId, string? after) => new()
    {
        At = _clock.GetUtcNow(),
        ActorUserId = _actor.UserId,
        ActorName = _actor.Name,
        Action = action,
        EntityType = entityType,
        EntityId = entityId,
        OrgUnitId = orgUnitId,
        After = after is null ? null : JsonSerializer.Serialize(new { Summary = after }),
        Reason = AuditReason,
        RequestId = _actor.RequestId,
        IpAddress = _actor.IpAddress,
    };

    private List<AuditEntry> Audit()
    {
        var now = _clock.GetUtcNow();
        var rows = new List<AuditEntry>();
        foreach (var entry in ChangeTracker.Entries())
        {
            // Secret-ballot counters are never audited row by row: before/after values next to the voter's
            // "đã bỏ phiếu" row would reveal the choice (ADR-0010).
            if (entry.Entity is AuditEntry or BallotTally || entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            var changed = entry.State switch
            {
                EntityState.Modified => entry.Properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)).ToList(),
                _ => entry.Properties.ToList(),
            };
            if (changed.Count == 0)
            {
                continue;
            }

            rows.Add(new AuditEntry
            {
                At = now,
                ActorUserId = _actor.UserId,
                ActorName = _actor.Name,
                Action = AuditAction ?? entry.State switch
                {
                    EntityState.Added => "Thêm",
                    EntityState.Deleted => "Xóa",
                    _ => "Sửa",
                },
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = KeyOf(entry),
                OrgUnitId = OrgUnitOf(entry),
                Before = entry.State == EntityState.Added ? null : Json(changed, p => p.OriginalValue),
                After = entry.State == EntityState.Deleted ? null : Json(changed, p => p.CurrentValue),
                Reason = AuditReason,
                RequestId = _actor.RequestId,
                IpAddress = _actor.IpAddress,
            });
        }

        return rows;
    }

    private static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));

    private static int? OrgUnitOf(EntityEntry entry) => entry.Entity switch
    {
        OrgUnit u => u.Id,
        OrgUnitSuccession s => s.PredecessorId,
        EmulationCluster c => c.OwnerOrgUnitId,
        Movement m => m.LaunchingUnitId,
        Plan p => p.OwnerUnitId,
        PlanTask t => t.LeadUnitId,
        ReportRequest r => r.RequesterUnitId,
        ExemplaryModel m => m.OrgUnitId,
        ConferenceEvent e => e.OrganiserUnitId,
        Dossier d => d.ProposingUnitId,
        Decision d => d.IssuingUnitId,
        CouncilMember m => m.OrgUnitId,
        CouncilSession s => s.OrgUnitId,
        _ => entry.Metadata.FindProperty("OrgUnitId") is { } p ? entry.Property(p.Name).CurrentValue as int? : null,
    };

    private static string Json(IEnumerable<PropertyEntry> props, Func<PropertyEntry, object?> value)
    {
        var dict = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var p in props)
        {
            if (p.Metadata.Name == "Version")
            {
                continue;
            }

            var v = value(p);
            dict[p.Metadata.Name] = Redacted.Contains(p.Metadata.Name) && v is not null ? "***" : v switch
            {
                Enum e => e.ToString(),
                _ => v,
            };
        }

        return JsonSerializer.Serialize(dict, JsonOptions);
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

/// <summary>What a save is, in the user's words, and why (the reason the user gave), for its audit rows.</summary>
public sealed record AuditNote(string Action, string? Reason = null);
