using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tdkt.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PeopleFoldedName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FullNameFolded",
                table: "people",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                computedColumnSql: "lower(public.f_unaccent(\"FullName\"))",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_people_fullname_folded_trgm",
                table: "people",
                column: "FullNameFolded")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            // hand-written: the expression index of SearchIndexes is superseded by the stored column's index.
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_people_fullname_unaccent_trgm;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE INDEX ix_people_fullname_unaccent_trgm ON people USING gin (public.f_unaccent(\"FullName\") gin_trgm_ops);");
            migrationBuilder.DropIndex(
                name: "ix_people_fullname_folded_trgm",
                table: "people");

            migrationBuilder.DropColumn(
                name: "FullNameFolded",
                table: "people");
        }
    }
}
