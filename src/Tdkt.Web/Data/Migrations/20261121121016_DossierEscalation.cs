using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tdkt.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class DossierEscalation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "OriginNomineeId",
                table: "nominees",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EscalatedDossierId",
                table: "dossiers",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EscalatedToExternal",
                table: "dossiers",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "EscalationClosed",
                table: "dossiers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "OriginDossierId",
                table: "dossiers",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_nominees_OriginNomineeId",
                table: "nominees",
                column: "OriginNomineeId");

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_EscalatedDossierId",
                table: "dossiers",
                column: "EscalatedDossierId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_OriginDossierId",
                table: "dossiers",
                column: "OriginDossierId",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_dossiers_dossiers_EscalatedDossierId",
                table: "dossiers",
                column: "EscalatedDossierId",
                principalTable: "dossiers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_dossiers_dossiers_OriginDossierId",
                table: "dossiers",
                column: "OriginDossierId",
                principalTable: "dossiers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_nominees_nominees_OriginNomineeId",
                table: "nominees",
                column: "OriginNomineeId",
                principalTable: "nominees",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_dossiers_dossiers_EscalatedDossierId",
                table: "dossiers");

            migrationBuilder.DropForeignKey(
                name: "FK_dossiers_dossiers_OriginDossierId",
                table: "dossiers");

            migrationBuilder.DropForeignKey(
                name: "FK_nominees_nominees_OriginNomineeId",
                table: "nominees");

            migrationBuilder.DropIndex(
                name: "IX_nominees_OriginNomineeId",
                table: "nominees");

            migrationBuilder.DropIndex(
                name: "IX_dossiers_EscalatedDossierId",
                table: "dossiers");

            migrationBuilder.DropIndex(
                name: "IX_dossiers_OriginDossierId",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "OriginNomineeId",
                table: "nominees");

            migrationBuilder.DropColumn(
                name: "EscalatedDossierId",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "EscalatedToExternal",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "EscalationClosed",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "OriginDossierId",
                table: "dossiers");
        }
    }
}
