using Tdkt.Domain.Common;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.Nominations;

namespace Tdkt.Web.Tests.Statistics;

/// <summary>Issue 14 item 3: the nominee import's last column L "Nhóm đối tượng" feeds the leader / direct-worker flags.</summary>
public sealed class NomineeGroupImportTests
{
    private static byte[] Sheet(params object?[][] rows) =>
        Xlsx.Write("Danh sach", NomineeImport.Headers, rows.Select(r => (IReadOnlyList<object?>)r));

    [Fact]
    public void Parse_GroupColumn_SetsTheFlags_BlankIsNotStated()
    {
        var content = Sheet(
            ["Cá nhân", "Lò Thị Mai", "Nữ", "1985", "Thái", "", "", "", "", "GK", "Thành tích", "Công nhân, nông dân, người lao động trực tiếp"],
            ["Cá nhân", "Nguyễn Văn Hùng", "Nam", "1980", "Kinh", "Chủ tịch", "", "", "", "GK", "Thành tích", "lãnh đạo, quản lý"],
            ["Cá nhân", "Vàng Văn Dũng", "Nam", "1979", "Mông", "", "", "", "", "GK", "Thành tích", "Khác"],
            ["Cá nhân", "Lý Thị Hoa", "Nữ", "1991", "", "", "", "", "", "GK", "Thành tích"]);

        var rows = NomineeImport.Parse(content, 2024, []).Value!;

        Assert.Equal([(false, true), (true, false), (false, false), ((bool?)null, (bool?)null)],
            rows.Select(r => (r.Data.IsLeader, r.Data.IsDirectWorker)));
    }

    [Fact]
    public void Parse_UnknownGroup_ErrorNamesColumnL()
    {
        var content = Sheet(["Cá nhân", "Lò Thị Mai", "Nữ", "1985", "Thái", "", "", "", "", "GK", "Thành tích", "Nông dân giỏi"]);

        var message = Assert.IsType<ValidationError>(NomineeImport.Parse(content, 2024, []).Error).Message;

        Assert.Contains("Dòng 2, cột L (Nhóm đối tượng (cá nhân))", message);
        Assert.Contains("\"Nông dân giỏi\"", message);
    }
}
