using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tdkt.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CouncilSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
                name: "council_members");

            migrationBuilder.DropTable(
                name: "council_sessions");
        }
    }
}
