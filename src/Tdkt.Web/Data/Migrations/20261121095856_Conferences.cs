using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tdkt.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Conferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "IX_delegate_rule_sets_OrgUnitId",
                table: "delegate_rule_sets",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_event_delegates_EventId",
                table: "event_delegates",
                column: "EventId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "congress_pilots");

            migrationBuilder.DropTable(
                name: "delegate_rule_sets");

            migrationBuilder.DropTable(
                name: "event_delegates");

            migrationBuilder.DropTable(
                name: "conference_events");
        }
    }
}
