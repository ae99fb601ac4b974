using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Tdkt.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .Annotation("Npgsql:PostgresExtension:unaccent", ",,");

            migrationBuilder.CreateSequence(
                name: "EntityFrameworkHiLoSequence",
                incrementBy: 10);

            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ActorUserId = table.Column<string>(type: "text", nullable: true),
                    ActorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EntityType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: true),
                    Before = table.Column<string>(type: "jsonb", nullable: true),
                    After = table.Column<string>(type: "jsonb", nullable: true),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RequestId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    IpAddress = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "award_catalogue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Basis = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    Category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Group = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SubjectKinds = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Annual = table.Column<bool>(type: "boolean", nullable: false),
                    DecidingLevel = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ProposedBy = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CriteriaReference = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    BallotRequired = table.Column<bool>(type: "boolean", nullable: false),
                    BallotThresholdPercent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    DossierParts = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ProcessingWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    MoneyCoefficient = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    CollectiveDoubles = table.Column<bool>(type: "boolean", nullable: false),
                    HouseholdOneAndHalf = table.Column<bool>(type: "boolean", nullable: false),
                    MoneyReference = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_award_catalogue", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "base_salary_rates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(14,0)", precision: 14, scale: 0, nullable: false),
                    Source = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    Unverified = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_base_salary_rates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "org_units",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ParentId = table.Column<int>(type: "integer", nullable: true),
                    Path = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_units", x => x.Id);
                    table.ForeignKey(
                        name: "FK_org_units_org_units_ParentId",
                        column: x => x.ParentId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "public_holidays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_public_holidays", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    RoleId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Position = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    IsDisabled = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "certificate_templates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    AwardCode = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    FieldsJson = table.Column<string>(type: "jsonb", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_certificate_templates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_certificate_templates_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "collective_member_stats",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Total = table.Column<int>(type: "integer", nullable: false),
                    CompletedTasks = table.Column<int>(type: "integer", nullable: false),
                    Ldtt = table.Column<int>(type: "integer", nullable: false),
                    Cstdcs = table.Column<int>(type: "integer", nullable: false),
                    DisciplinedWarningOrAbove = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collective_member_stats", x => x.Id);
                    table.ForeignKey(
                        name: "FK_collective_member_stats_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "council_settings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    Quorum = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ExcludeSameUnit = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_council_settings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_council_settings_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "decision_counters",
                columns: table => new
                {
                    IssuingUnitId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    LastNumber = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decision_counters", x => new { x.IssuingUnitId, x.Year });
                    table.ForeignKey(
                        name: "FK_decision_counters_org_units_IssuingUnitId",
                        column: x => x.IssuingUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "delegate_rule_sets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    IsDefault = table.Column<bool>(type: "boolean", nullable: false),
                    Rules = table.Column<string>(type: "jsonb", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_delegate_rule_sets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_delegate_rule_sets_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "document_settings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    DocumentKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    BodyKind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    IssuingUnitId = table.Column<int>(type: "integer", nullable: true),
                    Grounds = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Executors = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Recipients = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    HeadTitle = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_document_settings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_document_settings_org_units_IssuingUnitId",
                        column: x => x.IssuingUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_document_settings_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "emulation_clusters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OwnerOrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_emulation_clusters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_emulation_clusters_org_units_OwnerOrgUnitId",
                        column: x => x.OwnerOrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "exemplary_models",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    Description = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Movement = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Honoured = table.Column<bool>(type: "boolean", nullable: false),
                    HonouredAt = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    InternalNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false),
                    Slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exemplary_models", x => x.Id);
                    table.ForeignKey(
                        name: "FK_exemplary_models_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "jurisdiction_settings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    TtldttMinLdttPercent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    ProvincialProcessingWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    RestartRunAfterAward = table.Column<bool>(type: "boolean", nullable: false),
                    BkTtgYearsAfterBkTinhOnly = table.Column<bool>(type: "boolean", nullable: false),
                    CstdTinhCycleYears = table.Column<int>(type: "integer", nullable: false),
                    HtxsnvQuotaPercent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    HtxsnvQuotaOutstandingPercent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    CouncilThresholdCstdTq = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    CouncilThresholdCstdTinh = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    CouncilThresholdCstdcs = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    CouncilThresholdCoTinh = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    CouncilThresholdCoCp = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_jurisdiction_settings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_jurisdiction_settings_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "movements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    LaunchingUnitId = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Form = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    StandingAgencyId = table.Column<int>(type: "integer", nullable: true),
                    StandingAgencyNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Objectives = table.Column<string>(type: "text", nullable: true),
                    ContentItems = table.Column<string>(type: "jsonb", nullable: false),
                    ParticipantGroups = table.Column<string>(type: "jsonb", nullable: false),
                    AwardQuotas = table.Column<string>(type: "jsonb", nullable: false),
                    Milestones = table.Column<string>(type: "jsonb", nullable: false),
                    LegalBases = table.Column<string>(type: "jsonb", nullable: false),
                    ParentMovementId = table.Column<int>(type: "integer", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_movements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_movements_movements_ParentMovementId",
                        column: x => x.ParentMovementId,
                        principalTable: "movements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_movements_org_units_LaunchingUnitId",
                        column: x => x.LaunchingUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_movements_org_units_StandingAgencyId",
                        column: x => x.StandingAgencyId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "org_unit_successions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    PredecessorId = table.Column<int>(type: "integer", nullable: false),
                    SuccessorId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_unit_successions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_org_unit_successions_org_units_PredecessorId",
                        column: x => x.PredecessorId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_org_unit_successions_org_units_SuccessorId",
                        column: x => x.SuccessorId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "people",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BirthYear = table.Column<int>(type: "integer", nullable: true),
                    Gender = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    CitizenIdHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    FullNameFolded = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, computedColumnSql: "lower(public.f_unaccent(\"FullName\"))", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_people", x => x.Id);
                    table.ForeignKey(
                        name: "FK_people_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "public_notice_settings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    WorkingDays = table.Column<int>(type: "integer", nullable: false),
                    ExtraAwardCodes = table.Column<List<string>>(type: "text[]", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_public_notice_settings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_public_notice_settings_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "public_notices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    WorkingDays = table.Column<int>(type: "integer", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PublishedByUserId = table.Column<string>(type: "text", nullable: true),
                    PublishedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_public_notices", x => x.Id);
                    table.CheckConstraint("ck_public_notices_period", "\"EndDate\" >= \"StartDate\" AND \"WorkingDays\" > 0");
                    table.ForeignKey(
                        name: "FK_public_notices_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "registrations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Targets = table.Column<string>(type: "text", nullable: true),
                    Entries = table.Column<string>(type: "jsonb", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReturnReason = table.Column<string>(type: "text", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registrations_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "stat_reports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SentByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    SentByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Total = table.Column<long>(type: "bigint", nullable: false),
                    Money = table.Column<decimal>(type: "numeric(18,0)", precision: 18, scale: 0, nullable: false),
                    Content = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stat_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_stat_reports_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "stored_files",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UploadedByUserId = table.Column<string>(type: "text", nullable: true),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stored_files", x => x.Id);
                    table.ForeignKey(
                        name: "FK_stored_files_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    RoleId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "council_members",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Position = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Office = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    BirthYear = table.Column<int>(type: "integer", nullable: true),
                    CitizenIdHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    HomeUnitId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_council_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_council_members_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_council_members_org_units_HomeUnitId",
                        column: x => x.HomeUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_council_members_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Url = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ReadAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_notifications_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "personal_access_tokens",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Prefix = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastUsedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_personal_access_tokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_personal_access_tokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "role_grants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    GrantedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    GrantedByUserId = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_role_grants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_role_grants_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_role_grants_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "emulation_cluster_leaders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    ClusterId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    LeaderOrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    DeputyOrgUnitId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_emulation_cluster_leaders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_emulation_cluster_leaders_emulation_clusters_ClusterId",
                        column: x => x.ClusterId,
                        principalTable: "emulation_clusters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_emulation_cluster_leaders_org_units_DeputyOrgUnitId",
                        column: x => x.DeputyOrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_emulation_cluster_leaders_org_units_LeaderOrgUnitId",
                        column: x => x.LeaderOrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "emulation_cluster_members",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    ClusterId = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    FromYear = table.Column<int>(type: "integer", nullable: false),
                    ToYear = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_emulation_cluster_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_emulation_cluster_members_emulation_clusters_ClusterId",
                        column: x => x.ClusterId,
                        principalTable: "emulation_clusters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_emulation_cluster_members_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "score_sheets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    ClusterId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Period = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    BonusCap = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FinalisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_score_sheets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_score_sheets_emulation_clusters_ClusterId",
                        column: x => x.ClusterId,
                        principalTable: "emulation_clusters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "dossiers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ProposingUnitId = table.Column<int>(type: "integer", nullable: false),
                    ReceivingUnitId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DecidingLevel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MovementId = table.Column<int>(type: "integer", nullable: true),
                    ConferenceId = table.Column<int>(type: "integer", nullable: true),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    SubmitBefore = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    ReturnReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SupplementBefore = table.Column<DateOnly>(type: "date", nullable: true),
                    LateAccepted = table.Column<bool>(type: "boolean", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AppraisalWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    DecisionWording = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    OriginDossierId = table.Column<int>(type: "integer", nullable: true),
                    EscalatedDossierId = table.Column<int>(type: "integer", nullable: true),
                    EscalatedToExternal = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    EscalationClosed = table.Column<bool>(type: "boolean", nullable: false),
                    SubmissionNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    SubmissionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionSummary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    DecisionArticle1 = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    DecisionArticle2 = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    DecisionArticle3 = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossiers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dossiers_dossiers_EscalatedDossierId",
                        column: x => x.EscalatedDossierId,
                        principalTable: "dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_dossiers_dossiers_OriginDossierId",
                        column: x => x.OriginDossierId,
                        principalTable: "dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_dossiers_movements_MovementId",
                        column: x => x.MovementId,
                        principalTable: "movements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_dossiers_org_units_ProposingUnitId",
                        column: x => x.ProposingUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_dossiers_org_units_ReceivingUnitId",
                        column: x => x.ReceivingUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    OwnerUnitId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MovementId = table.Column<int>(type: "integer", nullable: true),
                    ParentPlanId = table.Column<int>(type: "integer", nullable: true),
                    LegalBases = table.Column<string>(type: "jsonb", nullable: false),
                    Sections = table.Column<string>(type: "jsonb", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_movements_MovementId",
                        column: x => x.MovementId,
                        principalTable: "movements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_plans_org_units_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_plans_plans_ParentPlanId",
                        column: x => x.ParentPlanId,
                        principalTable: "plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "quota_allotments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    MovementId = table.Column<int>(type: "integer", nullable: true),
                    ConferenceId = table.Column<int>(type: "integer", nullable: true),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    SubjectKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    SubmitBefore = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_quota_allotments", x => x.Id);
                    table.CheckConstraint("ck_quota_allotments_target", "(\"MovementId\" IS NULL) <> (\"ConferenceId\" IS NULL) AND \"Count\" >= 0");
                    table.ForeignKey(
                        name: "FK_quota_allotments_movements_MovementId",
                        column: x => x.MovementId,
                        principalTable: "movements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_quota_allotments_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "report_requests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    RequesterUnitId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Instructions = table.Column<string>(type: "text", nullable: true),
                    Fields = table.Column<string>(type: "jsonb", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    RecursYearly = table.Column<bool>(type: "boolean", nullable: false),
                    RecipientUnitIds = table.Column<List<int>>(type: "integer[]", nullable: false),
                    MovementId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_report_requests_movements_MovementId",
                        column: x => x.MovementId,
                        principalTable: "movements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_report_requests_org_units_RequesterUnitId",
                        column: x => x.RequesterUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "award_holds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_award_holds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_award_holds_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_award_holds_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "award_records",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    AwardCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    DecisionNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: false),
                    SignerOrgUnitId = table.Column<int>(type: "integer", nullable: true),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Basis = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Ethnicity = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    IsLeader = table.Column<bool>(type: "boolean", nullable: true),
                    IsDirectWorker = table.Column<bool>(type: "boolean", nullable: true),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_award_records", x => x.Id);
                    table.ForeignKey(
                        name: "FK_award_records_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_award_records_org_units_SignerOrgUnitId",
                        column: x => x.SignerOrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_award_records_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "disciplines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disciplines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_disciplines_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_disciplines_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "initiatives",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Scope = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UsedFor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_initiatives", x => x.Id);
                    table.ForeignKey(
                        name: "FK_initiatives_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_initiatives_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "person_merges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    MergedPersonId = table.Column<int>(type: "integer", nullable: false),
                    SurvivorPersonId = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_merges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_person_merges_people_MergedPersonId",
                        column: x => x.MergedPersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_person_merges_people_SurvivorPersonId",
                        column: x => x.SurvivorPersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "yearly_ratings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Rating = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_yearly_ratings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_yearly_ratings_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_yearly_ratings_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "registration_status_changes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegistrationId = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    To = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "text", nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: true),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_status_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registration_status_changes_registrations_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "registrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "council_sessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    MeetingDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SecretBallot = table.Column<bool>(type: "boolean", nullable: false),
                    Quorum = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ExcludeSameUnit = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MinutesFileId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_council_sessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_council_sessions_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_council_sessions_stored_files_MinutesFileId",
                        column: x => x.MinutesFileId,
                        principalTable: "stored_files",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "document_emblems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    StoredFileId = table.Column<int>(type: "integer", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_document_emblems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_document_emblems_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_document_emblems_stored_files_StoredFileId",
                        column: x => x.StoredFileId,
                        principalTable: "stored_files",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "emulation_cluster_covenants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    ClusterId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FileId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_emulation_cluster_covenants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_emulation_cluster_covenants_emulation_clusters_ClusterId",
                        column: x => x.ClusterId,
                        principalTable: "emulation_clusters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_emulation_cluster_covenants_stored_files_FileId",
                        column: x => x.FileId,
                        principalTable: "stored_files",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "exemplary_photos",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    ModelId = table.Column<int>(type: "integer", nullable: false),
                    FileId = table.Column<int>(type: "integer", nullable: false),
                    Caption = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exemplary_photos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_exemplary_photos_exemplary_models_ModelId",
                        column: x => x.ModelId,
                        principalTable: "exemplary_models",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_exemplary_photos_stored_files_FileId",
                        column: x => x.FileId,
                        principalTable: "stored_files",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "cluster_award_proposals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    SheetId = table.Column<int>(type: "integer", nullable: false),
                    ClusterId = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    AwardCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Score = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DossierId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cluster_award_proposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cluster_award_proposals_emulation_clusters_ClusterId",
                        column: x => x.ClusterId,
                        principalTable: "emulation_clusters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_cluster_award_proposals_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_cluster_award_proposals_score_sheets_SheetId",
                        column: x => x.SheetId,
                        principalTable: "score_sheets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "score_criteria",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    SheetId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Group = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    MaxPoints = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                    EvidenceRequired = table.Column<bool>(type: "boolean", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_score_criteria", x => x.Id);
                    table.ForeignKey(
                        name: "FK_score_criteria_score_sheets_SheetId",
                        column: x => x.SheetId,
                        principalTable: "score_sheets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "unit_score_cards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    SheetId = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SubmittedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_unit_score_cards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_unit_score_cards_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_unit_score_cards_score_sheets_SheetId",
                        column: x => x.SheetId,
                        principalTable: "score_sheets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "consultation_requests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    DossierId = table.Column<int>(type: "integer", nullable: false),
                    Agency = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Question = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AskedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Answer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AnsweredOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_consultation_requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_consultation_requests_dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "decisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    DossierId = table.Column<int>(type: "integer", nullable: false),
                    IssuingUnitId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    SequenceNumber = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: false),
                    IssuingBodyName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SignerUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    SignerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SignerTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Capacity = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Basis = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Wording = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_decisions_dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_decisions_org_units_IssuingUnitId",
                        column: x => x.IssuingUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "dossier_snapshots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    DossierId = table.Column<int>(type: "integer", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Content = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossier_snapshots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dossier_snapshots_dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dossier_transitions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    DossierId = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    To = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: true),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossier_transitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dossier_transitions_dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "nominees",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    DossierId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Gender = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    BirthYear = table.Column<int>(type: "integer", nullable: true),
                    Ethnicity = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Position = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    WorkUnit = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    IsLeader = table.Column<bool>(type: "boolean", nullable: true),
                    IsDirectWorker = table.Column<bool>(type: "boolean", nullable: true),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: true),
                    Address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CitizenIdProtected = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AwardCode = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Achievement = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Verdict = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    VerdictReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CouncilVotesFor = table.Column<int>(type: "integer", nullable: true),
                    CouncilMembers = table.Column<int>(type: "integer", nullable: true),
                    CouncilPassed = table.Column<bool>(type: "boolean", nullable: true),
                    CouncilSource = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    OriginNomineeId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nominees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_nominees_dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_nominees_nominees_OriginNomineeId",
                        column: x => x.OriginNomineeId,
                        principalTable: "nominees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_nominees_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "conference_events",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    OrganiserUnitId = table.Column<int>(type: "integer", nullable: false),
                    StandingAgencyId = table.Column<int>(type: "integer", nullable: true),
                    MovementId = table.Column<int>(type: "integer", nullable: true),
                    ParentEventId = table.Column<int>(type: "integer", nullable: true),
                    PlanId = table.Column<int>(type: "integer", nullable: true),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    TimeText = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Duration = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    TimeKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TimeStart = table.Column<DateOnly>(type: "date", nullable: true),
                    TimeEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    TimeEstimated = table.Column<bool>(type: "boolean", nullable: false),
                    ExactDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Venue = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Agenda = table.Column<string>(type: "jsonb", nullable: false),
                    DelegateGroups = table.Column<string>(type: "jsonb", nullable: false),
                    ExpectedDelegates = table.Column<int>(type: "integer", nullable: true),
                    BudgetAmount = table.Column<decimal>(type: "numeric(18,0)", precision: 18, scale: 0, nullable: true),
                    FundingSource = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    BudgetDecision = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    QuotaCollectives = table.Column<int>(type: "integer", nullable: false),
                    QuotaIndividuals = table.Column<int>(type: "integer", nullable: false),
                    QuotaHouseholds = table.Column<int>(type: "integer", nullable: false),
                    UnitQuotas = table.Column<string>(type: "jsonb", nullable: false),
                    DossierDeadline = table.Column<DateOnly>(type: "date", nullable: true),
                    DocumentsSentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DocumentsNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    DocumentsFileId = table.Column<int>(type: "integer", nullable: true),
                    InvitationDate = table.Column<DateOnly>(type: "date", nullable: true),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conference_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_conference_events_conference_events_ParentEventId",
                        column: x => x.ParentEventId,
                        principalTable: "conference_events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_conference_events_movements_MovementId",
                        column: x => x.MovementId,
                        principalTable: "movements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_conference_events_org_units_OrganiserUnitId",
                        column: x => x.OrganiserUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_conference_events_org_units_StandingAgencyId",
                        column: x => x.StandingAgencyId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_conference_events_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_conference_events_stored_files_DocumentsFileId",
                        column: x => x.DocumentsFileId,
                        principalTable: "stored_files",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plan_tasks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false),
                    LeadUnitId = table.Column<int>(type: "integer", nullable: true),
                    LeadUnitText = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CoordinatingUnitIds = table.Column<List<int>>(type: "integer[]", nullable: false),
                    CoordinatingText = table.Column<string>(type: "text", nullable: true),
                    TimeframeText = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TimeframeKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Start = table.Column<DateOnly>(type: "date", nullable: true),
                    End = table.Column<DateOnly>(type: "date", nullable: true),
                    Recurrence = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    OffsetDays = table.Column<int>(type: "integer", nullable: true),
                    RelativeTo = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Estimated = table.Column<bool>(type: "boolean", nullable: false),
                    DatesCorrected = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Percent = table.Column<int>(type: "integer", nullable: false),
                    LastNote = table.Column<string>(type: "text", nullable: true),
                    LastReportAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_tasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_tasks_org_units_LeadUnitId",
                        column: x => x.LeadUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_plan_tasks_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "report_submissions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    RequestId = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    Period = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Values = table.Column<string>(type: "jsonb", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SubmittedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReturnReason = table.Column<string>(type: "text", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_submissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_report_submissions_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_report_submissions_report_requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "report_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "council_attendance",
                columns: table => new
                {
                    SessionId = table.Column<int>(type: "integer", nullable: false),
                    MemberId = table.Column<int>(type: "integer", nullable: false),
                    Present = table.Column<bool>(type: "boolean", nullable: false),
                    WrittenOpinionFileId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_council_attendance", x => new { x.SessionId, x.MemberId });
                    table.ForeignKey(
                        name: "FK_council_attendance_council_members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "council_members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_council_attendance_council_sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "council_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_council_attendance_stored_files_WrittenOpinionFileId",
                        column: x => x.WrittenOpinionFileId,
                        principalTable: "stored_files",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "council_ballot_participation",
                columns: table => new
                {
                    SessionId = table.Column<int>(type: "integer", nullable: false),
                    NomineeId = table.Column<int>(type: "integer", nullable: false),
                    MemberId = table.Column<int>(type: "integer", nullable: false),
                    InWriting = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_council_ballot_participation", x => new { x.SessionId, x.NomineeId, x.MemberId });
                    table.ForeignKey(
                        name: "FK_council_ballot_participation_council_members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "council_members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_council_ballot_participation_council_sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "council_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "council_ballot_tallies",
                columns: table => new
                {
                    SessionId = table.Column<int>(type: "integer", nullable: false),
                    NomineeId = table.Column<int>(type: "integer", nullable: false),
                    Agree = table.Column<int>(type: "integer", nullable: false),
                    Disagree = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_council_ballot_tallies", x => new { x.SessionId, x.NomineeId });
                    table.ForeignKey(
                        name: "FK_council_ballot_tallies_council_sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "council_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "council_open_votes",
                columns: table => new
                {
                    SessionId = table.Column<int>(type: "integer", nullable: false),
                    NomineeId = table.Column<int>(type: "integer", nullable: false),
                    MemberId = table.Column<int>(type: "integer", nullable: false),
                    Agree = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_council_open_votes", x => new { x.SessionId, x.NomineeId, x.MemberId });
                    table.ForeignKey(
                        name: "FK_council_open_votes_council_members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "council_members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_council_open_votes_council_sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "council_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "score_adjustments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    CardId = table.Column<int>(type: "integer", nullable: false),
                    CriterionId = table.Column<int>(type: "integer", nullable: false),
                    Before = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                    After = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_score_adjustments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_score_adjustments_score_criteria_CriterionId",
                        column: x => x.CriterionId,
                        principalTable: "score_criteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_score_adjustments_unit_score_cards_CardId",
                        column: x => x.CardId,
                        principalTable: "unit_score_cards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "score_entries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    CardId = table.Column<int>(type: "integer", nullable: false),
                    CriterionId = table.Column<int>(type: "integer", nullable: false),
                    SelfPoints = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: true),
                    Evidence = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ReviewedPoints = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_score_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_score_entries_score_criteria_CriterionId",
                        column: x => x.CriterionId,
                        principalTable: "score_criteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_score_entries_unit_score_cards_CardId",
                        column: x => x.CardId,
                        principalTable: "unit_score_cards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "revocations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    DecisionId = table.Column<int>(type: "integer", nullable: false),
                    Grounds = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RevokedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ActNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revocations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_revocations_decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "council_agenda_items",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    SessionId = table.Column<int>(type: "integer", nullable: false),
                    DossierId = table.Column<int>(type: "integer", nullable: false),
                    NomineeId = table.Column<int>(type: "integer", nullable: false),
                    AwardCode = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    BlockedReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    VotesFor = table.Column<int>(type: "integer", nullable: true),
                    VotesAgainst = table.Column<int>(type: "integer", nullable: true),
                    TotalMembers = table.Column<int>(type: "integer", nullable: true),
                    Passed = table.Column<bool>(type: "boolean", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_council_agenda_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_council_agenda_items_council_sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "council_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_council_agenda_items_dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_council_agenda_items_nominees_NomineeId",
                        column: x => x.NomineeId,
                        principalTable: "nominees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "decision_recipients",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    DecisionId = table.Column<int>(type: "integer", nullable: false),
                    NomineeId = table.Column<int>(type: "integer", nullable: false),
                    Serial = table.Column<int>(type: "integer", nullable: false),
                    SubjectKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Details = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    AwardCode = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    AwardName = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(14,0)", precision: 14, scale: 0, nullable: false),
                    Coefficient = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    BaseSalary = table.Column<decimal>(type: "numeric(14,0)", precision: 14, scale: 0, nullable: false),
                    AwardRecordId = table.Column<int>(type: "integer", nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: true),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decision_recipients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_decision_recipients_award_records_AwardRecordId",
                        column: x => x.AwardRecordId,
                        principalTable: "award_records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_decision_recipients_decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_decision_recipients_nominees_NomineeId",
                        column: x => x.NomineeId,
                        principalTable: "nominees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "dossier_attachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    DossierId = table.Column<int>(type: "integer", nullable: false),
                    NomineeId = table.Column<int>(type: "integer", nullable: true),
                    PartCode = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    StoredFileId = table.Column<int>(type: "integer", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossier_attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dossier_attachments_dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_dossier_attachments_nominees_NomineeId",
                        column: x => x.NomineeId,
                        principalTable: "nominees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_dossier_attachments_stored_files_StoredFileId",
                        column: x => x.StoredFileId,
                        principalTable: "stored_files",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "public_notice_entries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    NoticeId = table.Column<int>(type: "integer", nullable: false),
                    DossierId = table.Column<int>(type: "integer", nullable: false),
                    NomineeId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BirthYear = table.Column<int>(type: "integer", nullable: true),
                    UnitName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    AwardName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Achievement = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_public_notice_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_public_notice_entries_dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_public_notice_entries_nominees_NomineeId",
                        column: x => x.NomineeId,
                        principalTable: "nominees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_public_notice_entries_public_notices_NoticeId",
                        column: x => x.NoticeId,
                        principalTable: "public_notices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "congress_pilots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    EventId = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_congress_pilots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_congress_pilots_conference_events_EventId",
                        column: x => x.EventId,
                        principalTable: "conference_events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_congress_pilots_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "event_delegates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    EventId = table.Column<int>(type: "integer", nullable: false),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Position = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    UnitName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Group = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Rsvp = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CheckedInAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_event_delegates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_event_delegates_conference_events_EventId",
                        column: x => x.EventId,
                        principalTable: "conference_events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "task_progress_reports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TaskId = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: true),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Percent = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_task_progress_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_task_progress_reports_plan_tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "plan_tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "certificate_tokens",
                columns: table => new
                {
                    DecisionRecipientId = table.Column<int>(type: "integer", nullable: false),
                    Token = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_certificate_tokens", x => x.DecisionRecipientId);
                    table.ForeignKey(
                        name: "FK_certificate_tokens_decision_recipients_DecisionRecipientId",
                        column: x => x.DecisionRecipientId,
                        principalTable: "decision_recipients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "revoked_awards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    RevocationId = table.Column<int>(type: "integer", nullable: false),
                    DecisionRecipientId = table.Column<int>(type: "integer", nullable: false),
                    AwardRecordId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revoked_awards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_revoked_awards_award_records_AwardRecordId",
                        column: x => x.AwardRecordId,
                        principalTable: "award_records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_revoked_awards_decision_recipients_DecisionRecipientId",
                        column: x => x.DecisionRecipientId,
                        principalTable: "decision_recipients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_revoked_awards_revocations_RevocationId",
                        column: x => x.RevocationId,
                        principalTable: "revocations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "notice_objections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    NoticeId = table.Column<int>(type: "integer", nullable: false),
                    EntryId = table.Column<int>(type: "integer", nullable: false),
                    NomineeId = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    SenderName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Contact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Content = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Verification = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ResolvedByUserId = table.Column<string>(type: "text", nullable: true),
                    ResolvedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    NomineeRejected = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notice_objections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_notice_objections_nominees_NomineeId",
                        column: x => x.NomineeId,
                        principalTable: "nominees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_notice_objections_public_notice_entries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "public_notice_entries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_notice_objections_public_notices_NoticeId",
                        column: x => x.NoticeId,
                        principalTable: "public_notices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_OrgUnitId",
                table: "AspNetUsers",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_At",
                table: "audit_entries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_EntityType_EntityId",
                table: "audit_entries",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_OrgUnitId",
                table: "audit_entries",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_award_catalogue_Code_Basis",
                table: "award_catalogue",
                columns: new[] { "Code", "Basis" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_award_holds_OrgUnitId",
                table: "award_holds",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_award_holds_PersonId",
                table: "award_holds",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_award_records_OrgUnitId",
                table: "award_records",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_award_records_PersonId",
                table: "award_records",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_award_records_SignerOrgUnitId",
                table: "award_records",
                column: "SignerOrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_base_salary_rates_From",
                table: "base_salary_rates",
                column: "From",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_certificate_templates_OrgUnitId_AwardCode",
                table: "certificate_templates",
                columns: new[] { "OrgUnitId", "AwardCode" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "IX_certificate_tokens_Token",
                table: "certificate_tokens",
                column: "Token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cluster_award_proposals_ClusterId",
                table: "cluster_award_proposals",
                column: "ClusterId");

            migrationBuilder.CreateIndex(
                name: "IX_cluster_award_proposals_OrgUnitId",
                table: "cluster_award_proposals",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_cluster_award_proposals_SheetId_OrgUnitId",
                table: "cluster_award_proposals",
                columns: new[] { "SheetId", "OrgUnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_collective_member_stats_OrgUnitId_Year",
                table: "collective_member_stats",
                columns: new[] { "OrgUnitId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_conference_events_DocumentsFileId",
                table: "conference_events",
                column: "DocumentsFileId");

            migrationBuilder.CreateIndex(
                name: "IX_conference_events_MovementId",
                table: "conference_events",
                column: "MovementId");

            migrationBuilder.CreateIndex(
                name: "IX_conference_events_OrganiserUnitId",
                table: "conference_events",
                column: "OrganiserUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_conference_events_ParentEventId",
                table: "conference_events",
                column: "ParentEventId");

            migrationBuilder.CreateIndex(
                name: "IX_conference_events_PlanId",
                table: "conference_events",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_conference_events_StandingAgencyId",
                table: "conference_events",
                column: "StandingAgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_congress_pilots_EventId_OrgUnitId",
                table: "congress_pilots",
                columns: new[] { "EventId", "OrgUnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_congress_pilots_OrgUnitId",
                table: "congress_pilots",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_consultation_requests_DossierId",
                table: "consultation_requests",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_council_agenda_items_DossierId",
                table: "council_agenda_items",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_council_agenda_items_NomineeId",
                table: "council_agenda_items",
                column: "NomineeId");

            migrationBuilder.CreateIndex(
                name: "IX_council_agenda_items_SessionId_NomineeId",
                table: "council_agenda_items",
                columns: new[] { "SessionId", "NomineeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_council_attendance_MemberId",
                table: "council_attendance",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_council_attendance_WrittenOpinionFileId",
                table: "council_attendance",
                column: "WrittenOpinionFileId");

            migrationBuilder.CreateIndex(
                name: "IX_council_ballot_participation_MemberId",
                table: "council_ballot_participation",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_council_members_HomeUnitId",
                table: "council_members",
                column: "HomeUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_council_members_OrgUnitId_ValidFrom",
                table: "council_members",
                columns: new[] { "OrgUnitId", "ValidFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_council_members_UserId",
                table: "council_members",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_council_open_votes_MemberId",
                table: "council_open_votes",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_council_sessions_MinutesFileId",
                table: "council_sessions",
                column: "MinutesFileId");

            migrationBuilder.CreateIndex(
                name: "IX_council_sessions_OrgUnitId_MeetingDate",
                table: "council_sessions",
                columns: new[] { "OrgUnitId", "MeetingDate" });

            migrationBuilder.CreateIndex(
                name: "IX_council_settings_OrgUnitId",
                table: "council_settings",
                column: "OrgUnitId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_decision_recipients_AwardRecordId",
                table: "decision_recipients",
                column: "AwardRecordId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_decision_recipients_DecisionId_Serial",
                table: "decision_recipients",
                columns: new[] { "DecisionId", "Serial" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_decision_recipients_NomineeId",
                table: "decision_recipients",
                column: "NomineeId");

            migrationBuilder.CreateIndex(
                name: "IX_decisions_DossierId",
                table: "decisions",
                column: "DossierId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_decisions_IssuingUnitId_Year_SequenceNumber",
                table: "decisions",
                columns: new[] { "IssuingUnitId", "Year", "SequenceNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_delegate_rule_sets_OrgUnitId",
                table: "delegate_rule_sets",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_disciplines_OrgUnitId",
                table: "disciplines",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_disciplines_PersonId",
                table: "disciplines",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_document_emblems_OrgUnitId",
                table: "document_emblems",
                column: "OrgUnitId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_document_emblems_StoredFileId",
                table: "document_emblems",
                column: "StoredFileId");

            migrationBuilder.CreateIndex(
                name: "IX_document_settings_IssuingUnitId",
                table: "document_settings",
                column: "IssuingUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_document_settings_OrgUnitId_DocumentKind_BodyKind_IssuingUn~",
                table: "document_settings",
                columns: new[] { "OrgUnitId", "DocumentKind", "BodyKind", "IssuingUnitId" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "IX_dossier_attachments_DossierId",
                table: "dossier_attachments",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_dossier_attachments_NomineeId",
                table: "dossier_attachments",
                column: "NomineeId");

            migrationBuilder.CreateIndex(
                name: "IX_dossier_attachments_StoredFileId",
                table: "dossier_attachments",
                column: "StoredFileId");

            migrationBuilder.CreateIndex(
                name: "IX_dossier_snapshots_DossierId_Round",
                table: "dossier_snapshots",
                columns: new[] { "DossierId", "Round" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dossier_transitions_DossierId_At",
                table: "dossier_transitions",
                columns: new[] { "DossierId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_ConferenceId",
                table: "dossiers",
                column: "ConferenceId");

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_EscalatedDossierId",
                table: "dossiers",
                column: "EscalatedDossierId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_MovementId",
                table: "dossiers",
                column: "MovementId");

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_OriginDossierId",
                table: "dossiers",
                column: "OriginDossierId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_ProposingUnitId",
                table: "dossiers",
                column: "ProposingUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_ReceivingUnitId_Status",
                table: "dossiers",
                columns: new[] { "ReceivingUnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_emulation_cluster_covenants_ClusterId_Year",
                table: "emulation_cluster_covenants",
                columns: new[] { "ClusterId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_emulation_cluster_covenants_FileId",
                table: "emulation_cluster_covenants",
                column: "FileId");

            migrationBuilder.CreateIndex(
                name: "IX_emulation_cluster_leaders_ClusterId_Year",
                table: "emulation_cluster_leaders",
                columns: new[] { "ClusterId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_emulation_cluster_leaders_DeputyOrgUnitId",
                table: "emulation_cluster_leaders",
                column: "DeputyOrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_emulation_cluster_leaders_LeaderOrgUnitId",
                table: "emulation_cluster_leaders",
                column: "LeaderOrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_emulation_cluster_members_ClusterId_OrgUnitId_FromYear",
                table: "emulation_cluster_members",
                columns: new[] { "ClusterId", "OrgUnitId", "FromYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_emulation_cluster_members_OrgUnitId",
                table: "emulation_cluster_members",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_emulation_clusters_Code",
                table: "emulation_clusters",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_emulation_clusters_OwnerOrgUnitId",
                table: "emulation_clusters",
                column: "OwnerOrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_event_delegates_EventId",
                table: "event_delegates",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_exemplary_models_OrgUnitId_Year",
                table: "exemplary_models",
                columns: new[] { "OrgUnitId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_exemplary_models_Slug",
                table: "exemplary_models",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_exemplary_photos_FileId",
                table: "exemplary_photos",
                column: "FileId");

            migrationBuilder.CreateIndex(
                name: "IX_exemplary_photos_ModelId",
                table: "exemplary_photos",
                column: "ModelId");

            migrationBuilder.CreateIndex(
                name: "IX_initiatives_OrgUnitId",
                table: "initiatives",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_initiatives_PersonId",
                table: "initiatives",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_jurisdiction_settings_OrgUnitId",
                table: "jurisdiction_settings",
                column: "OrgUnitId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_movements_LaunchingUnitId",
                table: "movements",
                column: "LaunchingUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_movements_ParentMovementId",
                table: "movements",
                column: "ParentMovementId");

            migrationBuilder.CreateIndex(
                name: "IX_movements_StandingAgencyId",
                table: "movements",
                column: "StandingAgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_nominees_DossierId",
                table: "nominees",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_nominees_OrgUnitId",
                table: "nominees",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_nominees_OriginNomineeId",
                table: "nominees",
                column: "OriginNomineeId");

            migrationBuilder.CreateIndex(
                name: "IX_notice_objections_EntryId",
                table: "notice_objections",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_notice_objections_NomineeId_Outcome",
                table: "notice_objections",
                columns: new[] { "NomineeId", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_notice_objections_NoticeId",
                table: "notice_objections",
                column: "NoticeId");

            migrationBuilder.CreateIndex(
                name: "IX_notice_objections_OrgUnitId_Outcome",
                table: "notice_objections",
                columns: new[] { "OrgUnitId", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_UserId_At",
                table: "notifications",
                columns: new[] { "UserId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_org_unit_successions_PredecessorId_SuccessorId_Kind",
                table: "org_unit_successions",
                columns: new[] { "PredecessorId", "SuccessorId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_org_unit_successions_SuccessorId",
                table: "org_unit_successions",
                column: "SuccessorId");

            migrationBuilder.CreateIndex(
                name: "IX_org_units_Code",
                table: "org_units",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_org_units_ParentId",
                table: "org_units",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_org_units_Path",
                table: "org_units",
                column: "Path")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_people_CitizenIdHash",
                table: "people",
                column: "CitizenIdHash");

            migrationBuilder.CreateIndex(
                name: "ix_people_fullname_folded_trgm",
                table: "people",
                column: "FullNameFolded")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_people_OrgUnitId",
                table: "people",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_person_merges_MergedPersonId",
                table: "person_merges",
                column: "MergedPersonId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_person_merges_SurvivorPersonId",
                table: "person_merges",
                column: "SurvivorPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_personal_access_tokens_TokenHash",
                table: "personal_access_tokens",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_personal_access_tokens_UserId",
                table: "personal_access_tokens",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_plan_tasks_LeadUnitId",
                table: "plan_tasks",
                column: "LeadUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_plan_tasks_PlanId_Order",
                table: "plan_tasks",
                columns: new[] { "PlanId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_plans_MovementId",
                table: "plans",
                column: "MovementId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_OwnerUnitId",
                table: "plans",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_ParentPlanId",
                table: "plans",
                column: "ParentPlanId");

            migrationBuilder.CreateIndex(
                name: "IX_public_notice_entries_DossierId",
                table: "public_notice_entries",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_public_notice_entries_NomineeId",
                table: "public_notice_entries",
                column: "NomineeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_public_notice_entries_NoticeId",
                table: "public_notice_entries",
                column: "NoticeId");

            migrationBuilder.CreateIndex(
                name: "IX_public_notice_settings_OrgUnitId",
                table: "public_notice_settings",
                column: "OrgUnitId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_public_notices_OrgUnitId",
                table: "public_notices",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_public_notices_StartDate_EndDate",
                table: "public_notices",
                columns: new[] { "StartDate", "EndDate" });

            migrationBuilder.CreateIndex(
                name: "IX_quota_allotments_MovementId_ConferenceId_OrgUnitId_SubjectK~",
                table: "quota_allotments",
                columns: new[] { "MovementId", "ConferenceId", "OrgUnitId", "SubjectKind" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "IX_quota_allotments_OrgUnitId",
                table: "quota_allotments",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_registration_status_changes_RegistrationId",
                table: "registration_status_changes",
                column: "RegistrationId");

            migrationBuilder.CreateIndex(
                name: "IX_registrations_OrgUnitId_Year",
                table: "registrations",
                columns: new[] { "OrgUnitId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_report_requests_MovementId",
                table: "report_requests",
                column: "MovementId");

            migrationBuilder.CreateIndex(
                name: "IX_report_requests_RequesterUnitId",
                table: "report_requests",
                column: "RequesterUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_report_submissions_OrgUnitId",
                table: "report_submissions",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_report_submissions_RequestId_OrgUnitId_Period",
                table: "report_submissions",
                columns: new[] { "RequestId", "OrgUnitId", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_revocations_DecisionId",
                table: "revocations",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_revoked_awards_AwardRecordId",
                table: "revoked_awards",
                column: "AwardRecordId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_revoked_awards_DecisionRecipientId",
                table: "revoked_awards",
                column: "DecisionRecipientId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_revoked_awards_RevocationId",
                table: "revoked_awards",
                column: "RevocationId");

            migrationBuilder.CreateIndex(
                name: "IX_role_grants_OrgUnitId",
                table: "role_grants",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_role_grants_UserId_Role_OrgUnitId",
                table: "role_grants",
                columns: new[] { "UserId", "Role", "OrgUnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_score_adjustments_CardId",
                table: "score_adjustments",
                column: "CardId");

            migrationBuilder.CreateIndex(
                name: "IX_score_adjustments_CriterionId",
                table: "score_adjustments",
                column: "CriterionId");

            migrationBuilder.CreateIndex(
                name: "IX_score_criteria_SheetId_Order",
                table: "score_criteria",
                columns: new[] { "SheetId", "Order" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_score_entries_CardId_CriterionId",
                table: "score_entries",
                columns: new[] { "CardId", "CriterionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_score_entries_CriterionId",
                table: "score_entries",
                column: "CriterionId");

            migrationBuilder.CreateIndex(
                name: "IX_score_sheets_ClusterId_Year_Period",
                table: "score_sheets",
                columns: new[] { "ClusterId", "Year", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stat_reports_OrgUnitId_Year",
                table: "stat_reports",
                columns: new[] { "OrgUnitId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stored_files_OrgUnitId",
                table: "stored_files",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_stored_files_Sha256",
                table: "stored_files",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_task_progress_reports_TaskId",
                table: "task_progress_reports",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_unit_score_cards_OrgUnitId",
                table: "unit_score_cards",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_unit_score_cards_SheetId_OrgUnitId",
                table: "unit_score_cards",
                columns: new[] { "SheetId", "OrgUnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_yearly_ratings_OrgUnitId",
                table: "yearly_ratings",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_yearly_ratings_PersonId",
                table: "yearly_ratings",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "award_catalogue");

            migrationBuilder.DropTable(
                name: "award_holds");

            migrationBuilder.DropTable(
                name: "base_salary_rates");

            migrationBuilder.DropTable(
                name: "certificate_templates");

            migrationBuilder.DropTable(
                name: "certificate_tokens");

            migrationBuilder.DropTable(
                name: "cluster_award_proposals");

            migrationBuilder.DropTable(
                name: "collective_member_stats");

            migrationBuilder.DropTable(
                name: "congress_pilots");

            migrationBuilder.DropTable(
                name: "consultation_requests");

            migrationBuilder.DropTable(
                name: "council_agenda_items");

            migrationBuilder.DropTable(
                name: "council_attendance");

            migrationBuilder.DropTable(
                name: "council_ballot_participation");

            migrationBuilder.DropTable(
                name: "council_ballot_tallies");

            migrationBuilder.DropTable(
                name: "council_open_votes");

            migrationBuilder.DropTable(
                name: "council_settings");

            migrationBuilder.DropTable(
                name: "decision_counters");

            migrationBuilder.DropTable(
                name: "delegate_rule_sets");

            migrationBuilder.DropTable(
                name: "disciplines");

            migrationBuilder.DropTable(
                name: "document_emblems");

            migrationBuilder.DropTable(
                name: "document_settings");

            migrationBuilder.DropTable(
                name: "dossier_attachments");

            migrationBuilder.DropTable(
                name: "dossier_snapshots");

            migrationBuilder.DropTable(
                name: "dossier_transitions");

            migrationBuilder.DropTable(
                name: "emulation_cluster_covenants");

            migrationBuilder.DropTable(
                name: "emulation_cluster_leaders");

            migrationBuilder.DropTable(
                name: "emulation_cluster_members");

            migrationBuilder.DropTable(
                name: "event_delegates");

            migrationBuilder.DropTable(
                name: "exemplary_photos");

            migrationBuilder.DropTable(
                name: "initiatives");

            migrationBuilder.DropTable(
                name: "jurisdiction_settings");

            migrationBuilder.DropTable(
                name: "notice_objections");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "org_unit_successions");

            migrationBuilder.DropTable(
                name: "person_merges");

            migrationBuilder.DropTable(
                name: "personal_access_tokens");

            migrationBuilder.DropTable(
                name: "public_holidays");

            migrationBuilder.DropTable(
                name: "public_notice_settings");

            migrationBuilder.DropTable(
                name: "quota_allotments");

            migrationBuilder.DropTable(
                name: "registration_status_changes");

            migrationBuilder.DropTable(
                name: "report_submissions");

            migrationBuilder.DropTable(
                name: "revoked_awards");

            migrationBuilder.DropTable(
                name: "role_grants");

            migrationBuilder.DropTable(
                name: "score_adjustments");

            migrationBuilder.DropTable(
                name: "score_entries");

            migrationBuilder.DropTable(
                name: "stat_reports");

            migrationBuilder.DropTable(
                name: "task_progress_reports");

            migrationBuilder.DropTable(
                name: "yearly_ratings");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "council_members");

            migrationBuilder.DropTable(
                name: "council_sessions");

            migrationBuilder.DropTable(
                name: "conference_events");

            migrationBuilder.DropTable(
                name: "exemplary_models");

            migrationBuilder.DropTable(
                name: "public_notice_entries");

            migrationBuilder.DropTable(
                name: "registrations");

            migrationBuilder.DropTable(
                name: "report_requests");

            migrationBuilder.DropTable(
                name: "decision_recipients");

            migrationBuilder.DropTable(
                name: "revocations");

            migrationBuilder.DropTable(
                name: "score_criteria");

            migrationBuilder.DropTable(
                name: "unit_score_cards");

            migrationBuilder.DropTable(
                name: "plan_tasks");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "stored_files");

            migrationBuilder.DropTable(
                name: "public_notices");

            migrationBuilder.DropTable(
                name: "award_records");

            migrationBuilder.DropTable(
                name: "nominees");

            migrationBuilder.DropTable(
                name: "decisions");

            migrationBuilder.DropTable(
                name: "score_sheets");

            migrationBuilder.DropTable(
                name: "plans");

            migrationBuilder.DropTable(
                name: "people");

            migrationBuilder.DropTable(
                name: "dossiers");

            migrationBuilder.DropTable(
                name: "emulation_clusters");

            migrationBuilder.DropTable(
                name: "movements");

            migrationBuilder.DropTable(
                name: "org_units");

            migrationBuilder.DropSequence(
                name: "EntityFrameworkHiLoSequence");
        }
    }
}
