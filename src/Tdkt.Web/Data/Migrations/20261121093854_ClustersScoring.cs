using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tdkt.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ClustersScoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "emulation_clusters",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

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
                name: "IX_emulation_cluster_covenants_ClusterId_Year",
                table: "emulation_cluster_covenants",
                columns: new[] { "ClusterId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_emulation_cluster_covenants_FileId",
                table: "emulation_cluster_covenants",
                column: "FileId");

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
                name: "IX_stored_files_OrgUnitId",
                table: "stored_files",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_stored_files_Sha256",
                table: "stored_files",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_unit_score_cards_OrgUnitId",
                table: "unit_score_cards",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_unit_score_cards_SheetId_OrgUnitId",
                table: "unit_score_cards",
                columns: new[] { "SheetId", "OrgUnitId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cluster_award_proposals");

            migrationBuilder.DropTable(
                name: "emulation_cluster_covenants");

            migrationBuilder.DropTable(
                name: "exemplary_photos");

            migrationBuilder.DropTable(
                name: "score_adjustments");

            migrationBuilder.DropTable(
                name: "score_entries");

            migrationBuilder.DropTable(
                name: "exemplary_models");

            migrationBuilder.DropTable(
                name: "stored_files");

            migrationBuilder.DropTable(
                name: "score_criteria");

            migrationBuilder.DropTable(
                name: "unit_score_cards");

            migrationBuilder.DropTable(
                name: "score_sheets");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "emulation_clusters");
        }
    }
}
