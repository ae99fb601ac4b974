using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tdkt.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Awards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "award_catalogue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Basis = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    Category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Group = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SubjectKinds = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Annual = table.Column<bool>(type: "boolean", nullable: false),
                    DecidingLevel = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ProposedBy = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CriteriaReference = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    BallotRequired = table.Column<bool>(type: "boolean", nullable: false),
                    BallotThresholdPercent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    DossierParts = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ProcessingWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    MoneyCoefficient = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    CollectiveDoubles = table.Column<bool>(type: "boolean", nullable: false),
                    HouseholdOneAndHalf = table.Column<bool>(type: "boolean", nullable: false),
                    MoneyReference = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_award_catalogue", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "base_salary_rates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(14,0)", precision: 14, scale: 0, nullable: false),
                    Source = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    Unverified = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_base_salary_rates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "collective_member_stats",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Total = table.Column<int>(type: "integer", nullable: false),
                    CompletedTasks = table.Column<int>(type: "integer", nullable: false),
                    Ldtt = table.Column<int>(type: "integer", nullable: false),
                    Cstdcs = table.Column<int>(type: "integer", nullable: false),
                    DisciplinedWarningOrAbove = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collective_member_stats", x => x.Id);
                    table.ForeignKey(
                        name: "FK_collective_member_stats_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "jurisdiction_settings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    TtldttMinLdttPercent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    ProvincialProcessingWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    RestartRunAfterAward = table.Column<bool>(type: "boolean", nullable: false),
                    BkTtgYearsAfterBkTinhOnly = table.Column<bool>(type: "boolean", nullable: false),
                    CstdTinhCycleYears = table.Column<int>(type: "integer", nullable: false),
                    HtxsnvQuotaPercent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    HtxsnvQuotaOutstandingPercent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    CouncilThresholdCstdTq = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    CouncilThresholdCstdTinh = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    CouncilThresholdCstdcs = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    CouncilThresholdCoTinh = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    CouncilThresholdCoCp = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_jurisdiction_settings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_jurisdiction_settings_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "people",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BirthYear = table.Column<int>(type: "integer", nullable: true),
                    Gender = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_people", x => x.Id);
                    table.ForeignKey(
                        name: "FK_people_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "award_holds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_award_holds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_award_holds_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_award_holds_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "award_records",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    AwardCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    DecisionNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: false),
                    SignerOrgUnitId = table.Column<int>(type: "integer", nullable: true),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Basis = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_award_records", x => x.Id);
                    table.ForeignKey(
                        name: "FK_award_records_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_award_records_org_units_SignerOrgUnitId",
                        column: x => x.SignerOrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_award_records_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "disciplines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disciplines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_disciplines_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_disciplines_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "initiatives",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Scope = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UsedFor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_initiatives", x => x.Id);
                    table.ForeignKey(
                        name: "FK_initiatives_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_initiatives_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "yearly_ratings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Rating = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_yearly_ratings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_yearly_ratings_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_yearly_ratings_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_award_catalogue_Code_Basis",
                table: "award_catalogue",
                columns: new[] { "Code", "Basis" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_award_holds_OrgUnitId",
                table: "award_holds",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_award_holds_PersonId",
                table: "award_holds",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_award_records_OrgUnitId",
                table: "award_records",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_award_records_PersonId",
                table: "award_records",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_award_records_SignerOrgUnitId",
                table: "award_records",
                column: "SignerOrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_base_salary_rates_From",
                table: "base_salary_rates",
                column: "From",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_collective_member_stats_OrgUnitId_Year",
                table: "collective_member_stats",
                columns: new[] { "OrgUnitId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_disciplines_OrgUnitId",
                table: "disciplines",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_disciplines_PersonId",
                table: "disciplines",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_initiatives_OrgUnitId",
                table: "initiatives",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_initiatives_PersonId",
                table: "initiatives",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_jurisdiction_settings_OrgUnitId",
                table: "jurisdiction_settings",
                column: "OrgUnitId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_people_OrgUnitId",
                table: "people",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_yearly_ratings_OrgUnitId",
                table: "yearly_ratings",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_yearly_ratings_PersonId",
                table: "yearly_ratings",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "award_catalogue");

            migrationBuilder.DropTable(
                name: "award_holds");

            migrationBuilder.DropTable(
                name: "award_records");

            migrationBuilder.DropTable(
                name: "base_salary_rates");

            migrationBuilder.DropTable(
                name: "collective_member_stats");

            migrationBuilder.DropTable(
                name: "disciplines");

            migrationBuilder.DropTable(
                name: "initiatives");

            migrationBuilder.DropTable(
                name: "jurisdiction_settings");

            migrationBuilder.DropTable(
                name: "yearly_ratings");

            migrationBuilder.DropTable(
                name: "people");
        }
    }
}
