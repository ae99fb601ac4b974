using System.Net;
using Npgsql;
using Tdkt.Testing;
using Tdkt.Web.Security;

namespace Tdkt.Web.Tests.Hardening;

/// <summary>The audit log's hash chain (ADR-0020): intact after real work, and an edit, deletion or tail cut made as the
/// database owner with the append-only triggers switched off is found and named.</summary>
public sealed class AuditChainTests : IAsyncLifetime
{
    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewFactoryAsync(nameof(AuditChainTests));

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private Task<AuditChainReport> VerifyAsync() => _app.WithDbAsync(db => AuditChainReport.VerifyAsync(db, CancellationToken.None));

    private async Task AsOwnerAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(_app.ConnectionString);
        await conn.OpenAsync();
        await using var tx = await conn.BeginTransactionAsync();
        await using (var off = new NpgsqlCommand("SET LOCAL session_replication_role = replica", conn, tx))
        {
            await off.ExecuteNonQueryAsync();
        }

        await using (var cmd = new NpgsqlCommand(sql, conn, tx))
        {
            await cmd.ExecuteNonQueryAsync();
        }

        await tx.CommitAsync();
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(_app.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Chain_AfterWork_Intact_ThenEditedRowAsOwner_VerifierNamesIt()
    {
        var before = await VerifyAsync();
        Assert.True(before.Intact, before.Describe());
        Assert.True(before.Checked > 0);

        var client = await Http.SignedInAsync(_app, "canbo.tanphong");
        await Http.PostFormAsync(client, "/Account/Profile?handler=CreateToken", new() { ["NewToken.Name"] = "Chuỗi", ["NewToken.ExpiresInDays"] = "5" }, "/Account/Profile");
        var after = await VerifyAsync();
        Assert.True(after.Intact, after.Describe());
        Assert.True(after.Checked > before.Checked);

        // The owner rewrites one row in the middle of the chain with the append-only triggers off.
        var seq = after.Checked / 2;
        var id = await ScalarAsync($"SELECT entry_id FROM audit_chain WHERE seq = {seq}");
        await AsOwnerAsync($"UPDATE audit_entries SET \"Action\" = 'Sửa lén' WHERE \"Id\" = {id}");

        var tampered = await VerifyAsync();
        Console.WriteLine($"audit chain: {after.Checked} links intact; after the edit: {tampered.Describe()}");
        Assert.Equal(("modified", seq, id), (tampered.Problem, tampered.BrokenSeq, tampered.EntryId));
        Assert.Equal(seq - 1, tampered.Checked);

        var admin = await Http.SignedInAsync(_app, "admin");
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync("/Audit/Chain"));
        Assert.Contains($"bản ghi nhật ký số {id}) đã bị sửa", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Audit/Chain")).StatusCode);
    }

    [Fact]
    public async Task Chain_DeletedRowOrCutTail_Detected()
    {
        var intact = await VerifyAsync();
        var last = await ScalarAsync("SELECT max(seq) FROM audit_chain");
        Assert.Equal(intact.Checked, last);

        await AsOwnerAsync($"DELETE FROM audit_chain WHERE seq = {last}; UPDATE audit_chain_head SET seq = seq WHERE id = 1");
        var cut = await VerifyAsync();
        Assert.Equal(("tail-cut", last), (cut.Problem, cut.BrokenSeq));

        var id = await ScalarAsync("SELECT entry_id FROM audit_chain WHERE seq = 3");
        await AsOwnerAsync($"DELETE FROM audit_entries WHERE \"Id\" = {id}");
        var deleted = await VerifyAsync();
        Assert.Equal(("deleted", 3L, id), (deleted.Problem, deleted.BrokenSeq, deleted.EntryId));
    }

    [Fact]
    public async Task AppendOnly_ChainTables_RefuseUpdateDeleteTruncate()
    {
        await using var conn = new NpgsqlConnection(_app.ConnectionString);
        await conn.OpenAsync();
        foreach (var sql in new[] { "UPDATE audit_chain SET hash = 'x'", "DELETE FROM audit_chain", "TRUNCATE audit_chain" })
        {
            await using var cmd = new NpgsqlCommand(sql, conn);
            var e = await Assert.ThrowsAsync<PostgresException>(() => cmd.ExecuteNonQueryAsync());
            Assert.Contains("append-only", e.MessageText, StringComparison.Ordinal);
        }

        Assert.True((await VerifyAsync()).Intact);
    }
}
