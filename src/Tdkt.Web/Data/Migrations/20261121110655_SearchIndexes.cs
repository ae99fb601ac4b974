using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tdkt.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Accent-insensitive search filters with f_unaccent(column) ILIKE f_unaccent(pattern): index exactly that
            // expression (trigrams serve ILIKE '%…%'). The first org-unit index folded lower() too and was never used.
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_org_units_name_trgm;");
            migrationBuilder.Sql("CREATE INDEX ix_org_units_name_unaccent_trgm ON org_units USING gin (public.f_unaccent(\"Name\") gin_trgm_ops);");
            migrationBuilder.Sql("CREATE INDEX ix_people_fullname_unaccent_trgm ON people USING gin (public.f_unaccent(\"FullName\") gin_trgm_ops);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_people_fullname_unaccent_trgm; DROP INDEX IF EXISTS ix_org_units_name_unaccent_trgm;");
            migrationBuilder.Sql("CREATE INDEX ix_org_units_name_trgm ON org_units USING gin (public.f_unaccent(lower(\"Name\")) gin_trgm_ops);");
        }
    }
}
