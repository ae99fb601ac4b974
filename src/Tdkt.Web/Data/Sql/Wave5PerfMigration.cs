using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tdkt.Web.Data.Sql;

/// <summary>Hot paths at national scale (issue 17, ADR-0039): the registry generation that the in-memory eligibility
/// cache is keyed on, and the indexes the load test's queries lacked. Hand-written SQL only; the model snapshot is
/// unchanged.</summary>
[DbContext(typeof(TdktDbContext))]
[Migration("20261203000200_Wave5Perf")]
public sealed class Wave5Perf : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(Wave5PerfSql.CreateRegistryGeneration);
        migrationBuilder.Sql(Wave5PerfSql.CreateIndexes);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Wave5PerfSql.Drop);
}
