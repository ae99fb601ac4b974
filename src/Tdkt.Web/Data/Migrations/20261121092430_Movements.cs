using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Tdkt.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Movements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "IX_task_progress_reports_TaskId",
                table: "task_progress_reports",
                column: "TaskId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "registration_status_changes");

            migrationBuilder.DropTable(
                name: "report_submissions");

            migrationBuilder.DropTable(
                name: "task_progress_reports");

            migrationBuilder.DropTable(
                name: "registrations");

            migrationBuilder.DropTable(
                name: "report_requests");

            migrationBuilder.DropTable(
                name: "plan_tasks");

            migrationBuilder.DropTable(
                name: "plans");

            migrationBuilder.DropTable(
                name: "movements");
        }
    }
}
