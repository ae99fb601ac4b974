namespace Tdkt.Web.Data.Sql;

/// <summary>Hand-written SQL of the Wave6Reference migration (ADR-0042): a version of the reference data.</summary>
public static class Wave6ReferenceSql
{
    /// <summary>The tables whose writes move <c>reference_version()</c>: what the app keeps in memory per version.</summary>
    public static readonly string[] Tables = ["org_units", "award_catalogue", "jurisdiction_settings", "public_holidays", "public_notice_settings"];

    /// <summary>
    /// One row, moved by a statement trigger on every write to the reference tables. The row is updated inside the
    /// writer's transaction, so a reader sees the new number only with the writer's rows (unlike a sequence, which a
    /// reader could see before the commit): data read after the number is never older than the number says. It starts
    /// at a random number so a database dropped and made again under the same name does not reuse old numbers.
    /// </summary>
    public static readonly string Create = $"""
        CREATE TABLE IF NOT EXISTS public.reference_version (
            id int PRIMARY KEY CHECK (id = 1),
            value bigint NOT NULL);
        INSERT INTO public.reference_version (id, value) VALUES (1, (random() * 1e15)::bigint) ON CONFLICT (id) DO NOTHING;

        CREATE OR REPLACE FUNCTION public.reference_version_bump() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE public.reference_version SET value = value + 1 WHERE id = 1;
            RETURN NULL;
        END
        $$;

        CREATE OR REPLACE FUNCTION public.reference_version() RETURNS bigint
        LANGUAGE sql STABLE AS $$ SELECT value FROM public.reference_version WHERE id = 1 $$;

        {string.Concat(Tables.Select(t => $"""
            DROP TRIGGER IF EXISTS {t}_reference_version ON public.{t};
            CREATE TRIGGER {t}_reference_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON public.{t}
                FOR EACH STATEMENT EXECUTE FUNCTION public.reference_version_bump();

            """))}
        """;

    public static readonly string Drop = $"""
        {string.Concat(Tables.Select(t => $"DROP TRIGGER IF EXISTS {t}_reference_version ON public.{t};\n"))}
        DROP FUNCTION IF EXISTS public.reference_version();
        DROP FUNCTION IF EXISTS public.reference_version_bump();
        DROP TABLE IF EXISTS public.reference_version;
        """;
}
