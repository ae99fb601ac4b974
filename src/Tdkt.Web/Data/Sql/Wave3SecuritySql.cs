namespace Tdkt.Web.Data.Sql;

/// <summary>Hand-written SQL of the Wave3Security migration (kept apart so the migration can be regenerated).</summary>
public static class Wave3SecuritySql
{
    /// <summary>
    /// Hash chain over the audit log (ADR-0020). Each committed audit row gets one row in <c>audit_chain</c>: its
    /// sequence number in commit order, the previous link's hash and SHA-256(previous hash | its columns as a jsonb
    /// array, times in UTC). Computed by a deferred constraint trigger, i.e. at COMMIT, after every other lock of the transaction is
    /// held, under the row lock of the one-row <c>audit_chain_head</c>: links are serialized without lock-order
    /// deadlocks, and a rolled-back transaction leaves no link. Existing rows are chained in id order.
    /// <c>audit_chain_verify()</c> returns the first broken link (modified, deleted, missing link, tail cut, unchained row).
    /// </summary>
    public const string AuditChain = """
        CREATE TABLE audit_chain (
            entry_id bigint PRIMARY KEY,
            seq bigint NOT NULL UNIQUE,
            prev_hash text NOT NULL,
            hash text NOT NULL
        );
        CREATE TABLE audit_chain_head (
            id int PRIMARY KEY CHECK (id = 1),
            seq bigint NOT NULL,
            hash text NOT NULL
        );
        INSERT INTO audit_chain_head VALUES (1, 0, repeat('0', 64));

        CREATE OR REPLACE FUNCTION public.audit_entry_digest(e audit_entries, prev text) RETURNS text
            LANGUAGE sql STABLE SET "TimeZone" = 'UTC' AS $fn$
            SELECT encode(sha256(convert_to(prev || '|' || jsonb_build_array(e."Id", e."At", e."ActorUserId", e."ActorName",
                e."Action", e."EntityType", e."EntityId", e."OrgUnitId", e."Before", e."After", e."Reason", e."RequestId",
                e."IpAddress")::text, 'UTF8')), 'hex')
        $fn$;

        CREATE OR REPLACE FUNCTION public.audit_chain_link(e audit_entries) RETURNS void
            LANGUAGE plpgsql AS $fn$
        DECLARE
            h record;
            digest text;
        BEGIN
            SELECT seq, hash INTO h FROM audit_chain_head WHERE id = 1 FOR UPDATE;
            digest := audit_entry_digest(e, h.hash);
            INSERT INTO audit_chain (entry_id, seq, prev_hash, hash) VALUES (e."Id", h.seq + 1, h.hash, digest);
            UPDATE audit_chain_head SET seq = h.seq + 1, hash = digest WHERE id = 1;
        END
        $fn$;

        CREATE OR REPLACE FUNCTION public.audit_entries_chain() RETURNS trigger
            LANGUAGE plpgsql AS $fn$
        BEGIN
            PERFORM audit_chain_link(NEW);
            RETURN NULL;
        END
        $fn$;

        DO $do$
        DECLARE e audit_entries;
        BEGIN
            FOR e IN SELECT * FROM audit_entries ORDER BY "Id" LOOP
                PERFORM audit_chain_link(e);
            END LOOP;
        END
        $do$;

        CREATE CONSTRAINT TRIGGER audit_entries_chain AFTER INSERT ON audit_entries
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_entries_chain();

        CREATE TRIGGER audit_chain_no_update_delete BEFORE UPDATE OR DELETE ON audit_chain
            FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
        CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain
            FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only();

        CREATE OR REPLACE FUNCTION public.audit_chain_verify(OUT checked bigint, OUT broken_seq bigint, OUT entry_id bigint, OUT problem text)
            LANGUAGE plpgsql STABLE SET "TimeZone" = 'UTC' AS $fn$
        DECLARE
            r record;
            prev text := repeat('0', 64);
            expected bigint := 0;
            head_seq bigint;
        BEGIN
            checked := 0;
            FOR r IN SELECT c.seq, c.entry_id AS id, c.prev_hash, c.hash, a AS entry, a."Id" AS found
                     FROM audit_chain c LEFT JOIN audit_entries a ON a."Id" = c.entry_id ORDER BY c.seq LOOP
                expected := expected + 1;
                IF r.seq <> expected THEN
                    broken_seq := expected; entry_id := NULL; problem := 'missing-link'; RETURN;
                END IF;
                IF r.prev_hash <> prev THEN
                    broken_seq := r.seq; entry_id := r.id; problem := 'broken-link'; RETURN;
                END IF;
                IF r.found IS NULL THEN
                    broken_seq := r.seq; entry_id := r.id; problem := 'deleted'; RETURN;
                END IF;
                IF audit_entry_digest(r.entry, r.prev_hash) <> r.hash THEN
                    broken_seq := r.seq; entry_id := r.id; problem := 'modified'; RETURN;
                END IF;
                prev := r.hash;
                checked := checked + 1;
            END LOOP;
            SELECT seq INTO head_seq FROM audit_chain_head WHERE id = 1;
            IF head_seq <> expected THEN
                broken_seq := expected + 1; entry_id := NULL; problem := 'tail-cut'; RETURN;
            END IF;
            SELECT a."Id" INTO entry_id FROM audit_entries a WHERE NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.entry_id = a."Id")
                ORDER BY a."Id" LIMIT 1;
            IF entry_id IS NOT NULL THEN
                broken_seq := NULL; problem := 'unchained'; RETURN;
            END IF;
            broken_seq := NULL; problem := NULL;
        END
        $fn$;
        """;

    public const string DropAuditChain = """
        DROP TRIGGER IF EXISTS audit_entries_chain ON audit_entries;
        DROP FUNCTION IF EXISTS public.audit_chain_verify();
        DROP FUNCTION IF EXISTS public.audit_entries_chain();
        DROP FUNCTION IF EXISTS public.audit_chain_link(audit_entries);
        DROP FUNCTION IF EXISTS public.audit_entry_digest(audit_entries, text);
        DROP TABLE IF EXISTS audit_chain;
        DROP TABLE IF EXISTS audit_chain_head;
        """;
}
