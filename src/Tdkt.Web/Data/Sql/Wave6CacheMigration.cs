using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tdkt.Web.Data.Sql;

/// <summary>A registry generation a reader may trust (issue 17, ADR-0041). Hand-written SQL only; the model snapshot
/// is unchanged.</summary>
[DbContext(typeof(TdktDbContext))]
[Migration("20261204000100_Wave6Cache")]
public sealed class Wave6Cache : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Wave6CacheSql.Create);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Wave6CacheSql.Drop);
}
