using Tdkt.Domain.Common;

namespace Tdkt.Domain.Tests.Common;

public sealed class CsvTests
{
    [Fact]
    public void Read_QuotedFieldWithCommaAndQuote_KeepsOneField()
    {
        var rows = Csv.Read("a,b\r\n\"Trung tâm Văn hóa, Thể thao\",\"nói \"\"xin chào\"\"\"\r\n");

        Assert.Equal(2, rows.Count);
        Assert.Equal(["Trung tâm Văn hóa, Thể thao", "nói \"xin chào\""], rows[1].Fields);
    }

    [Fact]
    public void Read_SemicolonHeader_UsesSemicolonSeparator()
    {
        var rows = Csv.Read("Mã;Tên\nX1;Xã Một, Hai\n");

        Assert.Equal(["X1", "Xã Một, Hai"], rows[1].Fields);
    }

    [Fact]
    public void Read_BomBlankLinesAndMultilineField_KeepFileLineNumbers()
    {
        var rows = Csv.Read("\uFEFFa,b\n\n1,\"dòng\nhai\"\n3,4");

        Assert.Equal("a", rows[0].Fields[0]);
        Assert.Equal([1, 3, 5], rows.Select(r => r.Line));
        Assert.Equal("dòng\nhai", rows[1].Fields[1]);
        Assert.Equal(["3", "4"], rows[2].Fields);
    }

    [Fact]
    public void Read_Empty_ReturnsNoRows()
    {
        Assert.Empty(Csv.Read(string.Empty));
    }
}
