using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tdkt.Web.Data.Migrations
{
    /// <summary>Issue 11 (feat/wf5, ADR-0037): the movement-wide quota per kind, the province's default supplement days,
    /// the vote-counting committee of a council session. Written to match the model; the coordinator regenerates it
    /// (keep the '[]' default of the jsonb column: existing sessions need a valid value).</summary>
    [DbContext(typeof(TdktDbContext))]
    [Migration("20261202233000_Wave5Workflow")]
    public partial class Wave5Workflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(name: "QuotaCollectives", table: "movements", type: "integer", nullable: false, defaultValue: 0);
            migrationBuilder.AddColumn<int>(name: "QuotaHouseholds", table: "movements", type: "integer", nullable: false, defaultValue: 0);
            migrationBuilder.AddColumn<int>(name: "QuotaIndividuals", table: "movements", type: "integer", nullable: false, defaultValue: 0);
            migrationBuilder.AddColumn<int>(name: "SupplementWorkingDays", table: "jurisdiction_settings", type: "integer", nullable: true);
            migrationBuilder.AddColumn<string>(name: "CountingCommittee", table: "council_sessions", type: "jsonb", nullable: false,
                defaultValueSql: "'[]'::jsonb");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(name: "QuotaCollectives", table: "movements");
            migrationBuilder.DropColumn(name: "QuotaHouseholds", table: "movements");
            migrationBuilder.DropColumn(name: "QuotaIndividuals", table: "movements");
            migrationBuilder.DropColumn(name: "SupplementWorkingDays", table: "jurisdiction_settings");
            migrationBuilder.DropColumn(name: "CountingCommittee", table: "council_sessions");
        }
    }
}
