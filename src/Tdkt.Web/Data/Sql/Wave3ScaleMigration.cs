using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Tdkt.Web.Data.Sql;

#nullable disable

namespace Tdkt.Web.Data.Migrations
{
    /// <summary>Several app nodes on one PostgreSQL (ADR-0026): the shared Data Protection key ring and the job
    /// leases. Both tables are outside the EF model (hand-written SQL only), so the model snapshot is unchanged.</summary>
    [DbContext(typeof(TdktDbContext))]
    [Migration("20261201230000_Wave3Scale")]
    public partial class Wave3Scale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Wave3ScaleSql.CreateDataProtectionKeys);
            migrationBuilder.Sql(Wave3ScaleSql.CreateJobLeases);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Wave3ScaleSql.Drop);
        }
    }
}
