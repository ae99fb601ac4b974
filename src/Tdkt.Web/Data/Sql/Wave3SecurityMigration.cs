using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tdkt.Web.Data.Sql;

/// <summary>Security wave 3 (issue 15): the audit log is hash-chained (ADR-0020). The chain tables are outside the EF
/// model. (The clear last-four CCCD column is simply absent from the baseline, ADR-0018.)</summary>
[DbContext(typeof(TdktDbContext))]
[Migration("20261201230100_Wave3Security")]
public sealed class Wave3Security : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Wave3SecuritySql.AuditChain);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Wave3SecuritySql.DropAuditChain);
}
