using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tdkt.Web.Data.Sql;

/// <summary>Statistics at national scale (issue 14, ADR-0036): the pre-aggregated award cells, their triggers and the
/// rebuild function. The table is outside the EF model (hand-written SQL only), so the model snapshot is unchanged.</summary>
[DbContext(typeof(TdktDbContext))]
[Migration("20261203000100_Wave5StatsAggregate")]
public sealed class Wave5StatsAggregate : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Wave5StatsAggregateSql.Up);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Wave5StatsAggregateSql.Down);
}
