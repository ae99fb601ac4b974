using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tdkt.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Nominations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CitizenIdHash",
                table: "people",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "decision_counters",
                columns: table => new
                {
                    IssuingUnitId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    LastNumber = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decision_counters", x => new { x.IssuingUnitId, x.Year });
                    table.ForeignKey(
                        name: "FK_decision_counters_org_units_IssuingUnitId",
                        column: x => x.IssuingUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "dossiers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ProposingUnitId = table.Column<int>(type: "integer", nullable: false),
                    ReceivingUnitId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DecidingLevel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MovementId = table.Column<int>(type: "integer", nullable: true),
                    ConferenceId = table.Column<int>(type: "integer", nullable: true),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    SubmitBefore = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    ReturnReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AppraisalWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    DecisionWording = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossiers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dossiers_movements_MovementId",
                        column: x => x.MovementId,
                        principalTable: "movements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_dossiers_org_units_ProposingUnitId",
                        column: x => x.ProposingUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_dossiers_org_units_ReceivingUnitId",
                        column: x => x.ReceivingUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Url = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ReadAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_notifications_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "public_holidays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_public_holidays", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "quota_allotments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    MovementId = table.Column<int>(type: "integer", nullable: true),
                    ConferenceId = table.Column<int>(type: "integer", nullable: true),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    SubjectKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    SubmitBefore = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_quota_allotments", x => x.Id);
                    table.CheckConstraint("ck_quota_allotments_target", "(\"MovementId\" IS NULL) <> (\"ConferenceId\" IS NULL) AND \"Count\" >= 0");
                    table.ForeignKey(
                        name: "FK_quota_allotments_movements_MovementId",
                        column: x => x.MovementId,
                        principalTable: "movements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_quota_allotments_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "consultation_requests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    DossierId = table.Column<int>(type: "integer", nullable: false),
                    Agency = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Question = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AskedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Answer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AnsweredOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_consultation_requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_consultation_requests_dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "decisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    DossierId = table.Column<int>(type: "integer", nullable: false),
                    IssuingUnitId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    SequenceNumber = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: false),
                    IssuingBodyName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SignerUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    SignerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SignerTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Capacity = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Basis = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Wording = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_decisions_dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_decisions_org_units_IssuingUnitId",
                        column: x => x.IssuingUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "dossier_snapshots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    DossierId = table.Column<int>(type: "integer", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Content = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossier_snapshots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dossier_snapshots_dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dossier_transitions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    DossierId = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    To = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: true),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossier_transitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dossier_transitions_dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "nominees",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    DossierId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Gender = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    BirthYear = table.Column<int>(type: "integer", nullable: true),
                    Ethnicity = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Position = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    WorkUnit = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: true),
                    Address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CitizenIdProtected = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CitizenIdLast4 = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    AwardCode = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Achievement = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Verdict = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    VerdictReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CouncilVotesFor = table.Column<int>(type: "integer", nullable: true),
                    CouncilMembers = table.Column<int>(type: "integer", nullable: true),
                    CouncilPassed = table.Column<bool>(type: "boolean", nullable: true),
                    CouncilSource = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nominees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_nominees_dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_nominees_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "revocations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    DecisionId = table.Column<int>(type: "integer", nullable: false),
                    Grounds = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RevokedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ActNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revocations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_revocations_decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "decision_recipients",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    DecisionId = table.Column<int>(type: "integer", nullable: false),
                    NomineeId = table.Column<int>(type: "integer", nullable: false),
                    Serial = table.Column<int>(type: "integer", nullable: false),
                    SubjectKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Details = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    AwardCode = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    AwardName = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(14,0)", precision: 14, scale: 0, nullable: false),
                    Coefficient = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    BaseSalary = table.Column<decimal>(type: "numeric(14,0)", precision: 14, scale: 0, nullable: false),
                    AwardRecordId = table.Column<int>(type: "integer", nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: true),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decision_recipients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_decision_recipients_award_records_AwardRecordId",
                        column: x => x.AwardRecordId,
                        principalTable: "award_records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_decision_recipients_decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_decision_recipients_nominees_NomineeId",
                        column: x => x.NomineeId,
                        principalTable: "nominees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "dossier_attachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    DossierId = table.Column<int>(type: "integer", nullable: false),
                    NomineeId = table.Column<int>(type: "integer", nullable: true),
                    PartCode = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    StoredFileId = table.Column<int>(type: "integer", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossier_attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dossier_attachments_dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_dossier_attachments_nominees_NomineeId",
                        column: x => x.NomineeId,
                        principalTable: "nominees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_dossier_attachments_stored_files_StoredFileId",
                        column: x => x.StoredFileId,
                        principalTable: "stored_files",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "revoked_awards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    RevocationId = table.Column<int>(type: "integer", nullable: false),
                    DecisionRecipientId = table.Column<int>(type: "integer", nullable: false),
                    AwardRecordId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revoked_awards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_revoked_awards_award_records_AwardRecordId",
                        column: x => x.AwardRecordId,
                        principalTable: "award_records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_revoked_awards_decision_recipients_DecisionRecipientId",
                        column: x => x.DecisionRecipientId,
                        principalTable: "decision_recipients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_revoked_awards_revocations_RevocationId",
                        column: x => x.RevocationId,
                        principalTable: "revocations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_people_CitizenIdHash",
                table: "people",
                column: "CitizenIdHash");

            migrationBuilder.CreateIndex(
                name: "IX_consultation_requests_DossierId",
                table: "consultation_requests",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_decision_recipients_AwardRecordId",
                table: "decision_recipients",
                column: "AwardRecordId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_decision_recipients_DecisionId_Serial",
                table: "decision_recipients",
                columns: new[] { "DecisionId", "Serial" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_decision_recipients_NomineeId",
                table: "decision_recipients",
                column: "NomineeId");

            migrationBuilder.CreateIndex(
                name: "IX_decisions_DossierId",
                table: "decisions",
                column: "DossierId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_decisions_IssuingUnitId_Year_SequenceNumber",
                table: "decisions",
                columns: new[] { "IssuingUnitId", "Year", "SequenceNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dossier_attachments_DossierId",
                table: "dossier_attachments",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_dossier_attachments_NomineeId",
                table: "dossier_attachments",
                column: "NomineeId");

            migrationBuilder.CreateIndex(
                name: "IX_dossier_attachments_StoredFileId",
                table: "dossier_attachments",
                column: "StoredFileId");

            migrationBuilder.CreateIndex(
                name: "IX_dossier_snapshots_DossierId_Round",
                table: "dossier_snapshots",
                columns: new[] { "DossierId", "Round" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dossier_transitions_DossierId_At",
                table: "dossier_transitions",
                columns: new[] { "DossierId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_ConferenceId",
                table: "dossiers",
                column: "ConferenceId");

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_MovementId",
                table: "dossiers",
                column: "MovementId");

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_ProposingUnitId",
                table: "dossiers",
                column: "ProposingUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_ReceivingUnitId_Status",
                table: "dossiers",
                columns: new[] { "ReceivingUnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_nominees_DossierId",
                table: "nominees",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_nominees_OrgUnitId",
                table: "nominees",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_notifications_UserId_At",
                table: "notifications",
                columns: new[] { "UserId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_quota_allotments_MovementId_ConferenceId_OrgUnitId_SubjectK~",
                table: "quota_allotments",
                columns: new[] { "MovementId", "ConferenceId", "OrgUnitId", "SubjectKind" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "IX_quota_allotments_OrgUnitId",
                table: "quota_allotments",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_revocations_DecisionId",
                table: "revocations",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_revoked_awards_AwardRecordId",
                table: "revoked_awards",
                column: "AwardRecordId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_revoked_awards_DecisionRecipientId",
                table: "revoked_awards",
                column: "DecisionRecipientId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_revoked_awards_RevocationId",
                table: "revoked_awards",
                column: "RevocationId");

            // ---- Hand-written SQL (keep at the end when regenerating this migration) ----
            // Issued decisions, their lists and revocation acts are insert-only; award records written by a decision
            // cannot be changed or deleted either (a revocation is a new row in revoked_awards). Row triggers refuse
            // UPDATE/DELETE, statement triggers refuse TRUNCATE, whoever asks.
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION public.issued_acts_immutable() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION '% is immutable once issued (% refused)', TG_TABLE_NAME, TG_OP;
                END $$;
                CREATE TRIGGER decisions_immutable BEFORE UPDATE OR DELETE ON decisions
                    FOR EACH ROW EXECUTE FUNCTION public.issued_acts_immutable();
                CREATE TRIGGER decisions_no_truncate BEFORE TRUNCATE ON decisions
                    FOR EACH STATEMENT EXECUTE FUNCTION public.issued_acts_immutable();
                CREATE TRIGGER decision_recipients_immutable BEFORE UPDATE OR DELETE ON decision_recipients
                    FOR EACH ROW EXECUTE FUNCTION public.issued_acts_immutable();
                CREATE TRIGGER decision_recipients_no_truncate BEFORE TRUNCATE ON decision_recipients
                    FOR EACH STATEMENT EXECUTE FUNCTION public.issued_acts_immutable();
                CREATE TRIGGER revocations_immutable BEFORE UPDATE OR DELETE ON revocations
                    FOR EACH ROW EXECUTE FUNCTION public.issued_acts_immutable();
                CREATE TRIGGER revocations_no_truncate BEFORE TRUNCATE ON revocations
                    FOR EACH STATEMENT EXECUTE FUNCTION public.issued_acts_immutable();
                CREATE TRIGGER revoked_awards_immutable BEFORE UPDATE OR DELETE ON revoked_awards
                    FOR EACH ROW EXECUTE FUNCTION public.issued_acts_immutable();
                CREATE TRIGGER revoked_awards_no_truncate BEFORE TRUNCATE ON revoked_awards
                    FOR EACH STATEMENT EXECUTE FUNCTION public.issued_acts_immutable();

                CREATE OR REPLACE FUNCTION public.award_records_issued_immutable() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_LEVEL = 'STATEMENT' THEN
                        IF EXISTS (SELECT 1 FROM decision_recipients) THEN
                            RAISE EXCEPTION 'award_records holds records of issued decisions (TRUNCATE refused)';
                        END IF;
                        RETURN NULL;
                    END IF;
                    IF EXISTS (SELECT 1 FROM decision_recipients r WHERE r."AwardRecordId" = OLD."Id") THEN
                        RAISE EXCEPTION 'award record % belongs to an issued decision (% refused)', OLD."Id", TG_OP;
                    END IF;
                    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
                    RETURN NEW;
                END $$;
                CREATE TRIGGER award_records_issued_immutable BEFORE UPDATE OR DELETE ON award_records
                    FOR EACH ROW EXECUTE FUNCTION public.award_records_issued_immutable();
                CREATE TRIGGER award_records_issued_no_truncate BEFORE TRUNCATE ON award_records
                    FOR EACH STATEMENT EXECUTE FUNCTION public.award_records_issued_immutable();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS public.award_records_issued_immutable() CASCADE; DROP FUNCTION IF EXISTS public.issued_acts_immutable() CASCADE;");
            migrationBuilder.DropTable(
                name: "consultation_requests");

            migrationBuilder.DropTable(
                name: "decision_counters");

            migrationBuilder.DropTable(
                name: "dossier_attachments");

            migrationBuilder.DropTable(
                name: "dossier_snapshots");

            migrationBuilder.DropTable(
                name: "dossier_transitions");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "public_holidays");

            migrationBuilder.DropTable(
                name: "quota_allotments");

            migrationBuilder.DropTable(
                name: "revoked_awards");

            migrationBuilder.DropTable(
                name: "decision_recipients");

            migrationBuilder.DropTable(
                name: "revocations");

            migrationBuilder.DropTable(
                name: "nominees");

            migrationBuilder.DropTable(
                name: "decisions");

            migrationBuilder.DropTable(
                name: "dossiers");

            migrationBuilder.DropIndex(
                name: "IX_people_CitizenIdHash",
                table: "people");

            migrationBuilder.DropColumn(
                name: "CitizenIdHash",
                table: "people");
        }
    }
}
