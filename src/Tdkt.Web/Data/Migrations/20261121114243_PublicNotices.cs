using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tdkt.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PublicNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            // ---- hand-written: (keep at the end of Up() when regenerating this migration) ----
            // A published notice and its list are what the public saw: insert-only (public.issued_acts_immutable comes
            // from the Nominations migration). Objections stay updatable (their verification is recorded once, by
            // row lock + xmin in NoticeService).
            migrationBuilder.Sql("""
                CREATE TRIGGER public_notices_immutable BEFORE UPDATE OR DELETE ON public_notices
                    FOR EACH ROW EXECUTE FUNCTION public.issued_acts_immutable();
                CREATE TRIGGER public_notices_no_truncate BEFORE TRUNCATE ON public_notices
                    FOR EACH STATEMENT EXECUTE FUNCTION public.issued_acts_immutable();
                CREATE TRIGGER public_notice_entries_immutable BEFORE UPDATE OR DELETE ON public_notice_entries
                    FOR EACH ROW EXECUTE FUNCTION public.issued_acts_immutable();
                CREATE TRIGGER public_notice_entries_no_truncate BEFORE TRUNCATE ON public_notice_entries
                    FOR EACH STATEMENT EXECUTE FUNCTION public.issued_acts_immutable();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "notice_objections");

            migrationBuilder.DropTable(
                name: "public_notice_settings");

            migrationBuilder.DropTable(
                name: "public_notice_entries");

            migrationBuilder.DropTable(
                name: "public_notices");
        }
    }
}
