using Npgsql;

namespace Tdkt.Web.Data;

/// <summary>
/// Two database roles (issue 15 item 4, ADR-0034): the migration role (owner of the schema, used only at start to
/// migrate and to grant) and the runtime role the app serves requests with. The runtime role is no superuser, so it
/// cannot <c>SET session_replication_role</c> (which would switch the immutability triggers off), owns nothing (so it
/// cannot disable a trigger or drop a table), and holds no UPDATE, DELETE or TRUNCATE on the append-only tables.
/// Grants are re-applied at every start, so tables added by later migrations are covered.
/// </summary>
public static class DatabaseRoles
{
    /// <summary>Tables that are only ever inserted into (their triggers refuse the rest anyway; the grants say it twice).
    /// The two audit-chain tables are written only by the SECURITY DEFINER link function (Wave4Security).</summary>
    public static readonly IReadOnlyList<string> AppendOnlyTables =
    [
        "audit_entries", "decisions", "decision_recipients", "revocations", "revoked_awards",
        "public_notices", "public_notice_entries",
    ];

    /// <summary>Read-only for the runtime role: the chain (written by its owner-defined function), the statistics cells
    /// (written by their owner-defined triggers, ADR-0036) and the migration history.</summary>
    public static readonly IReadOnlyList<string> ReadOnlyTables = ["audit_chain", "audit_chain_head", "award_stat_cells", "__EFMigrationsHistory"];

    /// <summary>The role a connection string logs in as.</summary>
    public static string RoleOf(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString).Username
            ?? throw new InvalidOperationException("Chuỗi kết nối cơ sở dữ liệu thiếu tên đăng nhập (Username).");

    /// <summary>Grants the runtime role what serving needs on the migrated database, as the migration role.
    /// Refuses a runtime role that is a superuser or the owner itself: the separation would then be void.</summary>
    public static async Task GrantRuntimeRoleAsync(string migrationConnectionString, string runtimeConnectionString, ILogger logger, CancellationToken ct = default)
    {
        var runtime = RoleOf(runtimeConnectionString);
        var owner = RoleOf(migrationConnectionString);
        if (string.Equals(runtime, owner, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"Vai trò chạy ứng dụng ({runtime}) trùng với vai trò cập nhật cấu trúc: hãy dùng hai vai trò khác nhau (ConnectionStrings__Tdkt và ConnectionStrings__TdktMigrations).");
        }

        await using var conn = new NpgsqlConnection(migrationConnectionString);
        await conn.OpenAsync(ct);
        await using (var check = new NpgsqlCommand("SELECT rolsuper FROM pg_roles WHERE rolname = @r", conn))
        {
            check.Parameters.AddWithValue("r", runtime);
            var super = await check.ExecuteScalarAsync(ct);
            if (super is null)
            {
                throw new InvalidOperationException($"Vai trò chạy ứng dụng {runtime} chưa có trong PostgreSQL: hãy tạo nó (xem README, mục Cấu hình).");
            }

            if (super is true)
            {
                throw new InvalidOperationException(
                    $"Vai trò chạy ứng dụng {runtime} là superuser: hãy dùng một vai trò thường (NOSUPERUSER), xem README, mục Cấu hình.");
            }
        }

        var role = Quote(runtime);
        var sql = $"""
            GRANT CONNECT, TEMPORARY ON DATABASE {Quote(conn.Database)} TO {role};
            GRANT USAGE ON SCHEMA public TO {role};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role};
            GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {role};
            REVOKE UPDATE, DELETE, TRUNCATE ON {string.Join(", ", AppendOnlyTables.Select(Quote))} FROM {role};
            REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {string.Join(", ", ReadOnlyTables.Select(Quote))} FROM {role};
            """;
        await using (var grant = new NpgsqlCommand(sql, conn))
        {
            await grant.ExecuteNonQueryAsync(ct);
        }

        logger.LogInformation("Ứng dụng dùng vai trò cơ sở dữ liệu thường {Runtime}; cấu trúc thuộc vai trò {Owner}.", runtime, owner);
    }

    /// <summary>Creates (or re-passwords) an ordinary login role, as a superuser: the embedded cluster's runtime role.</summary>
    public static async Task EnsureLoginRoleAsync(string superuserConnectionString, string role, string password, CancellationToken ct = default)
    {
        await using var conn = new NpgsqlConnection(superuserConnectionString);
        await conn.OpenAsync(ct);
        var q = Quote(role);
        var literal = "'" + password.Replace("'", "''", StringComparison.Ordinal) + "'";
        var sql = $"""
            DO $do$ BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = {"'" + role.Replace("'", "''", StringComparison.Ordinal) + "'"}) THEN
                    CREATE ROLE {q} LOGIN;
                END IF;
            END $do$;
            ALTER ROLE {q} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD {literal};
            """;
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
