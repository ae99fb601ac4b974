using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tdkt.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Wave3Documents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DecisionArticle1",
                table: "dossiers",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionArticle2",
                table: "dossiers",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionArticle3",
                table: "dossiers",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionSummary",
                table: "dossiers",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SubmissionDate",
                table: "dossiers",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmissionNumber",
                table: "dossiers",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DecisionArticle1",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "DecisionArticle2",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "DecisionArticle3",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "DecisionSummary",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "SubmissionDate",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "SubmissionNumber",
                table: "dossiers");
        }
    }
}
