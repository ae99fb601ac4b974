using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Tdkt.Web.Data.Sql;

#nullable disable

namespace Tdkt.Web.Data.Migrations
{
    /// <summary>Security wave 3 (issue 15): the last four CCCD digits are no longer stored in clear (ADR-0018);
    /// the audit log is hash-chained (ADR-0020).</summary>
    [DbContext(typeof(TdktDbContext))]
    [Migration("20261201230000_Wave3Security")]
    public partial class Wave3Security : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CitizenIdLast4",
                table: "nominees");

            migrationBuilder.Sql(Wave3SecuritySql.StripLast4FromSnapshots);
            migrationBuilder.Sql(Wave3SecuritySql.AuditChain);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Wave3SecuritySql.DropAuditChain);
            migrationBuilder.AddColumn<string>(
                name: "CitizenIdLast4",
                table: "nominees",
                type: "character varying(4)",
                maxLength: 4,
                nullable: true);
        }
    }
}
