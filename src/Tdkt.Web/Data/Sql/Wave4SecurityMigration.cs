using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tdkt.Web.Data.Sql;

/// <summary>Security wave 4 (issue 15 item 4): the audit chain is written with its owner's rights, so the runtime
/// database role needs no write access to the chain tables (ADR-0034). No model change.</summary>
[DbContext(typeof(TdktDbContext))]
[Migration("20261202230600_Wave4Security")]
public sealed class Wave4Security : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Wave4SecuritySql.DefinerChain);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Wave4SecuritySql.InvokerChain);
}
