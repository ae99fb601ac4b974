namespace Tdkt.Web.Data.Sql;

/// <summary>Hand-written SQL of the Wave6Cache migration (ADR-0041): a registry generation a reader may trust.</summary>
public static class Wave6CacheSql
{
    /// <summary>The advisory-lock key shared by every registry writer (shared) and the generation reader (exclusive,
    /// for an instant). Any fixed number; "TDKTREG" in ASCII.</summary>
    public const long LockKey = 0x54444B54524547;

    /// <summary>
    /// A registry writer now holds a shared advisory lock from its first registry statement to its commit, taken
    /// before the generation moves. <c>registry_generation_settled()</c> returns the generation only when it can take
    /// that lock exclusively for an instant — no writer is between its bump and its commit, so every change counted so
    /// far is visible to the reader's next statements — and NULL otherwise (the caller computes without caching).
    /// org_unit_successions now moves the generation too: the statistics cache the unit tree with its successions.
    /// Before, a reader could see a writer's new generation a moment before the writer committed and cache a result
    /// without the writer's rows under it; a 60-second lifetime bounded that, and made a province's due list (seconds
    /// of work) recompute every minute even when nothing changed.
    /// </summary>
    public static readonly string Create = $"""
        CREATE OR REPLACE FUNCTION public.registry_generation_bump() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_advisory_xact_lock_shared({LockKey});
            PERFORM nextval('registry_generation');
            RETURN NULL;
        END
        $$;

        CREATE OR REPLACE FUNCTION public.registry_generation_settled() RETURNS bigint
        LANGUAGE plpgsql AS $$
        DECLARE
            v bigint;
        BEGIN
            IF NOT pg_try_advisory_lock({LockKey}) THEN
                RETURN NULL;
            END IF;
            SELECT last_value INTO v FROM registry_generation;
            PERFORM pg_advisory_unlock({LockKey});
            RETURN v;
        END
        $$;

        DROP TRIGGER IF EXISTS org_unit_successions_registry_generation ON org_unit_successions;
        CREATE TRIGGER org_unit_successions_registry_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON org_unit_successions
            FOR EACH STATEMENT EXECUTE FUNCTION public.registry_generation_bump();
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS org_unit_successions_registry_generation ON org_unit_successions;
        DROP FUNCTION IF EXISTS public.registry_generation_settled();
        CREATE OR REPLACE FUNCTION public.registry_generation_bump() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM nextval('registry_generation');
            RETURN NULL;
        END
        $$;
        """;
}
