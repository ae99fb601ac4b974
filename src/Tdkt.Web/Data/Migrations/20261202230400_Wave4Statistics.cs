using System;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tdkt.Web.Data.Migrations
{
    /// <summary>Issue 14 (fairness): leader/manager and direct-worker flags on nominees; ethnicity and both flags on award records.</summary>
    [DbContext(typeof(TdktDbContext))]
    [Migration("20261202230400_Wave4Statistics")]
    public partial class Wave4Statistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(name: "IsDirectWorker", table: "nominees", type: "boolean", nullable: true);
            migrationBuilder.AddColumn<bool>(name: "IsLeader", table: "nominees", type: "boolean", nullable: true);
            migrationBuilder.AddColumn<string>(name: "Ethnicity", table: "award_records", type: "character varying(50)", maxLength: 50, nullable: true);
            migrationBuilder.AddColumn<bool>(name: "IsDirectWorker", table: "award_records", type: "boolean", nullable: true);
            migrationBuilder.AddColumn<bool>(name: "IsLeader", table: "award_records", type: "boolean", nullable: true);
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
                    Content = table.Column<string>(type: "jsonb", nullable: false),
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
            migrationBuilder.CreateIndex(name: "IX_stat_reports_OrgUnitId_Year", table: "stat_reports", columns: new[] { "OrgUnitId", "Year" }, unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "stat_reports");
            migrationBuilder.DropColumn(name: "IsDirectWorker", table: "nominees");
            migrationBuilder.DropColumn(name: "IsLeader", table: "nominees");
            migrationBuilder.DropColumn(name: "Ethnicity", table: "award_records");
            migrationBuilder.DropColumn(name: "IsDirectWorker", table: "award_records");
            migrationBuilder.DropColumn(name: "IsLeader", table: "award_records");
        }
    }
}
