using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tdkt.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Wave4Documents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "InvitationDate",
                table: "conference_events",
                type: "date",
                nullable: true);

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "document_emblems");

            migrationBuilder.DropTable(
                name: "document_settings");

            migrationBuilder.DropColumn(
                name: "InvitationDate",
                table: "conference_events");
        }
    }
}
