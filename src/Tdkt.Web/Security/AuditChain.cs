using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Tdkt.Web.Data;

namespace Tdkt.Web.Security;

/// <summary>The result of checking the audit log's hash chain (ADR-0020).</summary>
public sealed record AuditChainReport(long Checked, long? BrokenSeq, long? EntryId, string? Problem)
{
    public bool Intact => Problem is null;

    /// <summary>One Vietnamese sentence for the admin page and <c>./run verify-audit</c>.</summary>
    public string Describe() => Problem switch
    {
        null => $"Chuỗi nhật ký nguyên vẹn: đã kiểm tra {Checked:N0} bản ghi, không có bản ghi nào bị sửa, xóa hay chèn.",
        "modified" => $"Mắt xích {BrokenSeq} (bản ghi nhật ký số {EntryId}) đã bị sửa sau khi ghi. {Checked:N0} mắt xích trước đó nguyên vẹn.",
        "deleted" => $"Mắt xích {BrokenSeq}: bản ghi nhật ký số {EntryId} đã bị xóa. {Checked:N0} mắt xích trước đó nguyên vẹn.",
        "broken-link" => $"Mắt xích {BrokenSeq} (bản ghi số {EntryId}) không nối với mắt xích trước: chuỗi đã bị can thiệp.",
        "missing-link" => $"Thiếu mắt xích {BrokenSeq}: một phần chuỗi đã bị xóa.",
        "tail-cut" => $"Các mắt xích từ số {BrokenSeq} trở đi đã bị xóa (đuôi chuỗi bị cắt).",
        "unchained" => $"Bản ghi nhật ký số {EntryId} không có mắt xích: được chèn khi trigger bị tắt.",
        _ => $"Chuỗi nhật ký hỏng tại mắt xích {BrokenSeq}: {Problem}.",
    };

    public static async Task<AuditChainReport> VerifyAsync(TdktDbContext db, CancellationToken ct)
    {
        var conn = db.Database.GetDbConnection();
        var opened = conn.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await conn.OpenAsync(ct);
        }

        try
        {
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = "SELECT checked, broken_seq, entry_id, problem FROM audit_chain_verify()";
            await using DbDataReader r = await cmd.ExecuteReaderAsync(ct);
            await r.ReadAsync(ct);
            return new AuditChainReport(r.GetInt64(0), r.IsDBNull(1) ? null : r.GetInt64(1), r.IsDBNull(2) ? null : r.GetInt64(2),
                r.IsDBNull(3) ? null : r.GetString(3));
        }
        finally
        {
            if (opened)
            {
                await conn.CloseAsync();
            }
        }
    }
}
