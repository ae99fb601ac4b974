using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tdkt.Web.Data.Sql;

/// <summary>A version of the reference data the app caches (issue 17, ADR-0042). Hand-written SQL only; the model
/// snapshot is unchanged.</summary>
[DbContext(typeof(TdktDbContext))]
[Migration("20261205000100_Wave6Reference")]
public sealed class Wave6Reference : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Wave6ReferenceSql.Create);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Wave6ReferenceSql.Drop);
}
