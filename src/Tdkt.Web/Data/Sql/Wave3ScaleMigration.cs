using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tdkt.Web.Data.Sql;

/// <summary>Several app nodes on one PostgreSQL (ADR-0026): the shared Data Protection key ring and the job
/// leases. Both tables are outside the EF model (hand-written SQL only), so the model snapshot is unchanged.</summary>
[DbContext(typeof(TdktDbContext))]
[Migration("20261201230000_Wave3Scale")]
public sealed class Wave3Scale : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(Wave3ScaleSql.CreateDataProtectionKeys);
        migrationBuilder.Sql(Wave3ScaleSql.CreateJobLeases);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Wave3ScaleSql.Drop);
}
