namespace Tdkt.Web.Data.Sql;

/// <summary>Hand-written SQL of the Wave5Perf migration (ADR-0039).</summary>
public static class Wave5PerfSql
{
    /// <summary>Every table the eligibility facts, the due list and the nominee-to-person match read from.</summary>
    public static readonly string[] RegistryTables =
    [
        "award_records", "revoked_awards", "yearly_ratings", "initiatives", "disciplines", "award_holds",
        "collective_member_stats", "person_merges", "people", "org_units", "award_catalogue", "jurisdiction_settings",
    ];

    /// <summary>A sequence moved on by every statement that writes a registry table (statement-level triggers: one
    /// step per statement, also for a COPY of millions of rows). A sequence takes no row lock, so writers never wait
    /// on each other for it; readers compare its value with the one a cached result was computed at.</summary>
    public static readonly string CreateRegistryGeneration = """
        CREATE SEQUENCE IF NOT EXISTS registry_generation;
        CREATE OR REPLACE FUNCTION public.registry_generation_bump() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM nextval('registry_generation');
            RETURN NULL;
        END
        $$;
        """ + string.Concat(RegistryTables.Select(t => $"""

        DROP TRIGGER IF EXISTS {t}_registry_generation ON {t};
        CREATE TRIGGER {t}_registry_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {t}
            FOR EACH STATEMENT EXECUTE FUNCTION public.registry_generation_bump();
        """));

    /// <summary>The collectives' own award records (PersonId null, about 3 % of the rows): the due list reads them by
    /// unit, where the plain unit index made it filter through every person's award of the unit.</summary>
    public const string CreateIndexes = """
        CREATE INDEX IF NOT EXISTS ix_award_records_collective_unit ON award_records ("OrgUnitId") WHERE "PersonId" IS NULL;
        """;

    public static readonly string Drop = string.Concat(RegistryTables.Select(t => $"DROP TRIGGER IF EXISTS {t}_registry_generation ON {t};\n"))
        + """
        DROP INDEX IF EXISTS ix_award_records_collective_unit;
        DROP FUNCTION IF EXISTS public.registry_generation_bump();
        DROP SEQUENCE IF EXISTS registry_generation;
        """;
}
