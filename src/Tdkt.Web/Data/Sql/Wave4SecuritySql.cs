namespace Tdkt.Web.Data.Sql;

/// <summary>Hand-written SQL of the Wave4Security migration (kept apart so the migration can be regenerated).</summary>
public static class Wave4SecuritySql
{
    /// <summary>
    /// The audit chain is linked by a function that runs with its owner's rights (SECURITY DEFINER, fixed search path):
    /// the runtime role inserts audit rows, the chain follows, yet the runtime role itself holds no INSERT or UPDATE on
    /// <c>audit_chain</c> and <c>audit_chain_head</c> and so cannot forge or rewind a link (ADR-0034).
    /// </summary>
    public const string DefinerChain = """
        ALTER FUNCTION public.audit_chain_link(audit_entries) SECURITY DEFINER SET search_path = public, pg_temp;
        ALTER FUNCTION public.audit_entries_chain() SECURITY DEFINER SET search_path = public, pg_temp;
        """;

    public const string InvokerChain = """
        ALTER FUNCTION public.audit_chain_link(audit_entries) SECURITY INVOKER RESET search_path;
        ALTER FUNCTION public.audit_entries_chain() SECURITY INVOKER RESET search_path;
        """;
}
