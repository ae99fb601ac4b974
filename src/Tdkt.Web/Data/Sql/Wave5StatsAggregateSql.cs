namespace Tdkt.Web.Data.Sql;

/// <summary>
/// Hand-written SQL of the Wave5StatsAggregate migration (issue 14, speed; ADR-0036): <c>award_stat_cells</c>, the
/// award records pre-aggregated per unit, decision year, form, kind, subject kind, movement or conference, issuing body
/// and revoked flag (count and money), kept exact by statement-level triggers (transition tables) on the tables whose
/// rows decide a record's cell, in the same transaction that issues or revokes. Outside the EF model (the statistics
/// read it with plain SQL), so the model snapshot is unchanged.
/// </summary>
public static class Wave5StatsAggregateSql
{
    /// <summary>Every writer of the cells takes this transaction-level advisory lock first: writers queue up (issuing
    /// and revoking are rare) and can never deadlock on the cells between them.</summary>
    public const long LockKey = 1_403_600_036;

    private const string Keys = "\"OrgUnitId\", \"Year\", \"AwardCode\", \"Kind\", \"SubjectKind\", \"Movement\", \"Issuer\", \"Revoked\"";

    private const string Movement = "coalesce('M' || ds.\"MovementId\", 'C' || ds.\"ConferenceId\", '')";

    /// <summary>Adds (<paramref name="sign"/> 1) or takes away (-1) the cells of the award records <paramref name="rows"/>
    /// (a relation aliased r with award_records' columns), their key read as the statistics' raw query reads it.
    /// <paramref name="drOn"/> / <paramref name="rvOn"/> narrow the joins (the state before the statement), and
    /// <paramref name="movement"/> replaces the movement key (the dossier's before an update).</summary>
    private static string Apply(string rows, int sign, string drOn = "", string rvOn = "", string movement = Movement) => $"""
        INSERT INTO award_stat_cells AS c ({Keys}, "Count", "Amount")
        SELECT r."OrgUnitId", extract(year FROM r."DecisionDate")::int, r."AwardCode", r."Kind",
               coalesce(dr."SubjectKind", CASE WHEN r."PersonId" IS NULL THEN 'Collective' ELSE 'Individual' END),
               {movement}, coalesce(r."SignerOrgUnitId", 0), rv."Id" IS NOT NULL,
               {sign} * count(*), {sign} * coalesce(sum(dr."Amount"), 0)
        FROM {rows} r
        LEFT JOIN decision_recipients dr ON dr."AwardRecordId" = r."Id"{drOn}
        LEFT JOIN revoked_awards rv ON rv."AwardRecordId" = r."Id"{rvOn}
        LEFT JOIN decisions d ON d."Id" = dr."DecisionId"
        LEFT JOIN dossiers ds ON ds."Id" = d."DossierId"
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
        ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
        ON CONFLICT ({Keys}) DO UPDATE SET "Count" = c."Count" + excluded."Count", "Amount" = c."Amount" + excluded."Amount";
        """;

    private static string Function(string name, string body) => $"""
        CREATE OR REPLACE FUNCTION public.{name}() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
        BEGIN
            PERFORM pg_advisory_xact_lock({LockKey});
        {body}
            RETURN NULL;
        END $fn$;
        """;

    private const string RecordsOfNewRows = "(SELECT a.* FROM award_records a WHERE a.\"Id\" IN (SELECT n.\"AwardRecordId\" FROM new_rows n))";

    private const string RecordsOfDossier = "(SELECT a.* FROM award_records a JOIN decision_recipients x ON x.\"AwardRecordId\" = a.\"Id\" "
        + "JOIN decisions y ON y.\"Id\" = x.\"DecisionId\" WHERE y.\"DossierId\" = NEW.\"Id\")";

    public static readonly string Up = $"""
        CREATE TABLE IF NOT EXISTS award_stat_cells (
            "OrgUnitId" integer NOT NULL,
            "Year" integer NOT NULL,
            "AwardCode" text NOT NULL,
            "Kind" text NOT NULL,
            "SubjectKind" text NOT NULL,
            "Movement" text NOT NULL,
            "Issuer" integer NOT NULL,
            "Revoked" boolean NOT NULL,
            "Count" bigint NOT NULL,
            "Amount" numeric NOT NULL,
            CONSTRAINT pk_award_stat_cells PRIMARY KEY ({Keys})
        );

        {Function("award_stat_cells_records_insert", Apply("new_rows", 1))}
        {Function("award_stat_cells_records_update", Apply("old_rows", -1) + Apply("new_rows", 1))}
        {Function("award_stat_cells_records_delete", Apply("old_rows", -1))}
        {Function("award_stat_cells_records_truncate", "    TRUNCATE award_stat_cells;")}
        {Function("award_stat_cells_recipients_insert",
            Apply(RecordsOfNewRows, -1, drOn: " AND NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.\"Id\" = dr.\"Id\")")
            + Apply(RecordsOfNewRows, 1))}
        {Function("award_stat_cells_revoked_insert",
            Apply(RecordsOfNewRows, -1, rvOn: " AND NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.\"Id\" = rv.\"Id\")")
            + Apply(RecordsOfNewRows, 1))}
        {Function("award_stat_cells_dossier_movement",
            Apply(RecordsOfDossier, -1, movement: "coalesce('M' || OLD.\"MovementId\", 'C' || OLD.\"ConferenceId\", '')")
            + Apply(RecordsOfDossier, 1))}

        CREATE TRIGGER award_records_stat_insert AFTER INSERT ON award_records
            REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.award_stat_cells_records_insert();
        CREATE TRIGGER award_records_stat_update AFTER UPDATE ON award_records
            REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.award_stat_cells_records_update();
        CREATE TRIGGER award_records_stat_delete AFTER DELETE ON award_records
            REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.award_stat_cells_records_delete();
        CREATE TRIGGER award_records_stat_truncate AFTER TRUNCATE ON award_records
            FOR EACH STATEMENT EXECUTE FUNCTION public.award_stat_cells_records_truncate();
        CREATE TRIGGER decision_recipients_stat_insert AFTER INSERT ON decision_recipients
            REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.award_stat_cells_recipients_insert();
        CREATE TRIGGER revoked_awards_stat_insert AFTER INSERT ON revoked_awards
            REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.award_stat_cells_revoked_insert();
        CREATE TRIGGER dossiers_stat_movement AFTER UPDATE OF "MovementId", "ConferenceId" ON dossiers
            FOR EACH ROW WHEN (OLD."MovementId" IS DISTINCT FROM NEW."MovementId" OR OLD."ConferenceId" IS DISTINCT FROM NEW."ConferenceId")
            EXECUTE FUNCTION public.award_stat_cells_dossier_movement();

        -- From scratch, after a bulk load with the triggers off (the benchmark's generator) or to check the cells.
        CREATE OR REPLACE FUNCTION public.award_stat_cells_rebuild() RETURNS bigint
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
        DECLARE cells bigint;
        BEGIN
            PERFORM pg_advisory_xact_lock({LockKey});
            LOCK TABLE award_records, decision_recipients, revoked_awards IN SHARE MODE;
            TRUNCATE award_stat_cells;
        {Apply("award_records", 1)}
            GET DIAGNOSTICS cells = ROW_COUNT;
            RETURN cells;
        END $fn$;

        SELECT public.award_stat_cells_rebuild();
        """;

    public const string Down = """
        DROP TRIGGER IF EXISTS award_records_stat_insert ON award_records;
        DROP TRIGGER IF EXISTS award_records_stat_update ON award_records;
        DROP TRIGGER IF EXISTS award_records_stat_delete ON award_records;
        DROP TRIGGER IF EXISTS award_records_stat_truncate ON award_records;
        DROP TRIGGER IF EXISTS decision_recipients_stat_insert ON decision_recipients;
        DROP TRIGGER IF EXISTS revoked_awards_stat_insert ON revoked_awards;
        DROP TRIGGER IF EXISTS dossiers_stat_movement ON dossiers;
        DROP FUNCTION IF EXISTS public.award_stat_cells_rebuild();
        DROP FUNCTION IF EXISTS public.award_stat_cells_records_insert();
        DROP FUNCTION IF EXISTS public.award_stat_cells_records_update();
        DROP FUNCTION IF EXISTS public.award_stat_cells_records_delete();
        DROP FUNCTION IF EXISTS public.award_stat_cells_records_truncate();
        DROP FUNCTION IF EXISTS public.award_stat_cells_recipients_insert();
        DROP FUNCTION IF EXISTS public.award_stat_cells_revoked_insert();
        DROP FUNCTION IF EXISTS public.award_stat_cells_dossier_movement();
        DROP TABLE IF EXISTS award_stat_cells;
        """;
}
