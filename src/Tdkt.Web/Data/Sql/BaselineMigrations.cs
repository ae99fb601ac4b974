using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tdkt.Web.Data.Sql;

// Hand-written migrations around the generated baseline (20261201000001_Baseline): they carry no target model, so
// `dotnet ef migrations add` never touches them and scripts/regen-baseline.sh can regenerate the middle one.

/// <summary>Extensions and the immutable unaccent wrapper, before any table that uses them.</summary>
[DbContext(typeof(TdktDbContext))]
[Migration("20261201000000_BaselineFunctions")]
public sealed class BaselineFunctions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(BaselineSql.Functions);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("DROP FUNCTION IF EXISTS public.f_unaccent(text);");
}

/// <summary>Indexes, triggers and functions on the baseline's tables.</summary>
[DbContext(typeof(TdktDbContext))]
[Migration("20261201000002_BaselineObjects")]
public sealed class BaselineObjects : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(BaselineSql.Objects);
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            DROP FUNCTION IF EXISTS public.award_records_issued_immutable() CASCADE;
            DROP FUNCTION IF EXISTS public.issued_acts_immutable() CASCADE;
            DROP FUNCTION IF EXISTS public.audit_entries_append_only() CASCADE;
            DROP INDEX IF EXISTS ix_org_units_name_unaccent_trgm;
            """);
}
