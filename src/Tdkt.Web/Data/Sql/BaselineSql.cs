namespace Tdkt.Web.Data.Sql;

/// <summary>
/// Hand-written SQL of the schema baseline (docs/decisions/ADR-0028-migration-baseline.md). EF generates the tables;
/// what EF cannot express lives here, applied by two hand-written migrations around the generated one, so the
/// generated migration can be regenerated at will. <c>MigrationTests</c> checks every object listed below exists.
/// </summary>
public static class BaselineSql
{
    /// <summary>Before the tables: the computed column people."FullNameFolded" calls f_unaccent.</summary>
    public const string Functions = """
        CREATE EXTENSION IF NOT EXISTS unaccent;
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
        -- unaccent is STABLE, so wrap it IMMUTABLE to index it (đ folds to d).
        CREATE OR REPLACE FUNCTION public.f_unaccent(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
        """;

    /// <summary>After the tables: search index, append-only and immutability triggers.</summary>
    public const string Objects = """
        -- Accent-insensitive unit search (the page's own SQL shape uses it).
        CREATE INDEX IF NOT EXISTS ix_org_units_name_unaccent_trgm ON org_units USING gin (public.f_unaccent("Name") gin_trgm_ops);

        -- The audit log is append-only: no UPDATE, DELETE or TRUNCATE, whoever asks (TRUNCATE needs its own trigger).
        CREATE OR REPLACE FUNCTION public.audit_entries_append_only() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'audit_entries is append-only (% refused)', TG_OP;
        END $$;
        CREATE TRIGGER audit_entries_no_update_delete BEFORE UPDATE OR DELETE ON audit_entries
            FOR EACH ROW EXECUTE FUNCTION public.audit_entries_append_only();
        CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
            FOR EACH STATEMENT EXECUTE FUNCTION public.audit_entries_append_only();

        -- Issued decisions, their lists, revocation acts and published notices are insert-only.
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
        -- A published notice and its list are what the public saw. Objections stay updatable (verified once, by row lock).
        CREATE TRIGGER public_notices_immutable BEFORE UPDATE OR DELETE ON public_notices
            FOR EACH ROW EXECUTE FUNCTION public.issued_acts_immutable();
        CREATE TRIGGER public_notices_no_truncate BEFORE TRUNCATE ON public_notices
            FOR EACH STATEMENT EXECUTE FUNCTION public.issued_acts_immutable();
        CREATE TRIGGER public_notice_entries_immutable BEFORE UPDATE OR DELETE ON public_notice_entries
            FOR EACH ROW EXECUTE FUNCTION public.issued_acts_immutable();
        CREATE TRIGGER public_notice_entries_no_truncate BEFORE TRUNCATE ON public_notice_entries
            FOR EACH STATEMENT EXECUTE FUNCTION public.issued_acts_immutable();

        -- Award records written by a decision cannot be changed or deleted (a revocation is a new row in revoked_awards).
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
        """;

    /// <summary>What <see cref="Functions"/> and <see cref="Objects"/> create; the migration test checks each is present.</summary>
    public static readonly IReadOnlyList<string> ExpectedFunctions =
        ["f_unaccent", "audit_entries_append_only", "issued_acts_immutable", "award_records_issued_immutable"];

    public static readonly IReadOnlyList<(string Table, string Trigger)> ExpectedTriggers =
    [
        ("audit_entries", "audit_entries_no_update_delete"), ("audit_entries", "audit_entries_no_truncate"),
        ("decisions", "decisions_immutable"), ("decisions", "decisions_no_truncate"),
        ("decision_recipients", "decision_recipients_immutable"), ("decision_recipients", "decision_recipients_no_truncate"),
        ("revocations", "revocations_immutable"), ("revocations", "revocations_no_truncate"),
        ("revoked_awards", "revoked_awards_immutable"), ("revoked_awards", "revoked_awards_no_truncate"),
        ("public_notices", "public_notices_immutable"), ("public_notices", "public_notices_no_truncate"),
        ("public_notice_entries", "public_notice_entries_immutable"), ("public_notice_entries", "public_notice_entries_no_truncate"),
        ("award_records", "award_records_issued_immutable"), ("award_records", "award_records_issued_no_truncate"),
    ];

    public static readonly IReadOnlyList<string> ExpectedIndexes =
        ["ix_org_units_name_unaccent_trgm", "ix_people_fullname_folded_trgm"];
}
