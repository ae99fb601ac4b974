using System.IO.Compression;
using System.Net;
using System.Text;
using Tdkt.Testing;
using Tdkt.Web.Documents;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.Nominations;
using Tdkt.Web.Pages.Registry;

namespace Tdkt.Web.Tests.Hardening;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasuredCollection
{
    public const string Name = "Memory-measured (runs alone)";
}

/// <summary>Zip bombs and oversized sheets against every upload reader: refused with a Vietnamese message, in
/// bounded memory (measured with GC.GetTotalAllocatedBytes around the request; the class runs alone).</summary>
[Collection(MemoryMeasuredCollection.Name)]
public sealed class UploadBombTests : IAsyncLifetime
{
    private const long Unpacked = 300L * 1024 * 1024;
    private const long AllocationCeiling = 64L * 1024 * 1024;
    private static readonly Lazy<byte[]> HonestBomb = new(() => Bomb(lieAboutSize: false));
    private static readonly Lazy<byte[]> LyingBomb = new(() => Bomb(lieAboutSize: true));
    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewFactoryAsync(nameof(UploadBombTests));

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task RegistryImport_XlsxBomb_RefusedWithMessage_InBoundedMemory()
    {
        var client = await Http.SignedInAsync(_app, "thamdinh.snv");
        foreach (var bomb in new[] { HonestBomb.Value, LyingBomb.Value })
        {
            Assert.True(bomb.Length < 1024 * 1024, $"bomb is {bomb.Length} bytes");
            await client.GetAsync("/Registry/Import"); // warm the page before measuring
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var response = await Http.PostMultipartAsync(client, "/Registry/Import", "/Registry/Import", [], "Upload", "bom.xlsx", bomb, Xlsx.ContentType);
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

            Console.WriteLine($"bomb {bomb.Length / 1024} KB → {Unpacked / 1024 / 1024} MB: {response.StatusCode}, allocated {allocated / 1024 / 1024} MB");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(html.Contains(UploadLimits.TooLargeMessage, StringComparison.Ordinal) || html.Contains("Tệp không phải bảng tính Excel", StringComparison.Ordinal), html);
            Assert.True(allocated < AllocationCeiling, $"allocated {allocated:N0} bytes");
        }
    }

    [Fact]
    public void Readers_Bombs_AreRefusedWithVietnameseMessages()
    {
        foreach (var bomb in new[] { HonestBomb.Value, LyingBomb.Value })
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var nominees = NomineeImport.Parse(bomb);
            var registry = ImportAwardHistoryHandler.ReadRows(bomb);
            var docx = UploadedText.Read("ke-hoach.docx", bomb);
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

            Assert.True(nominees.IsFailure && registry.IsFailure && docx.IsFailure);
            Assert.Equal("Upload", ((Domain.Common.ValidationError)nominees.Error!).Field);
            Assert.Contains("tệp", nominees.Error!.Message, StringComparison.OrdinalIgnoreCase);
            Assert.True(allocated < 3 * AllocationCeiling, $"allocated {allocated:N0} bytes");
        }

        Assert.Equal(UploadLimits.TooLargeMessage, NomineeImport.Parse(HonestBomb.Value).Error!.Message);
    }

    [Fact]
    public void Xlsx_TooManyColumnsOrOverlongCell_Refused_NormalSheetReads()
    {
        var wide = Xlsx.Write("S", [.. Enumerable.Range(0, UploadLimits.MaxCellsPerRow + 1).Select(i => $"c{i}")], []);
        Assert.Equal(UploadLimits.TooManyRowsMessage, Xlsx.Read(wide, "x").Error!.Message);

        var longCell = Xlsx.Write("S", ["a"], [[new string('x', UploadLimits.MaxCellChars + 1)]]);
        Assert.Equal(UploadLimits.CellTooLongMessage, Xlsx.Read(longCell, "x").Error!.Message);

        var normal = Xlsx.Write("S", ["Họ và tên", "Năm"], [["Lò Văn Minh", 1982]]);
        var rows = Xlsx.Read(normal, "x");
        Assert.True(rows.IsSuccess);
        Assert.Equal(["Lò Văn Minh", "1982"], rows.Value![1].Cells);
    }

    [Fact]
    public void Csv_MillionsOfEmptyLines_RefusedBeforeSplitting()
    {
        var text = new string('\n', UploadLimits.MaxRows + 10);
        var read = ImportAwardHistoryHandler.ReadRows(Encoding.UTF8.GetBytes(text));
        Assert.Equal(UploadLimits.TooManyRowsMessage, read.Error!.Message);
    }

    /// <summary>A minimal workbook whose sharedStrings.xml is one 300 MB string of "A" (about 300 KB packed).
    /// With <paramref name="lieAboutSize"/> the zip directory claims the part is 1,000 bytes.</summary>
    private static byte[] Bomb(bool lieAboutSize)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string xml)
            {
                using var w = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                w.Write(xml);
            }

            Add("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>""");
            Add("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Add("xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Add("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>""");
            Add("xl/worksheets/sheet1.xml", """<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>""");
            using var s = zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.SmallestSize).Open();
            s.Write("""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>"""u8);
            var chunk = new byte[1024 * 1024];
            Array.Fill(chunk, (byte)'A');
            for (var i = 0; i < Unpacked / chunk.Length; i++)
            {
                s.Write(chunk);
            }

            s.Write("</t></si></sst>"u8);
        }

        var bytes = output.ToArray();
        if (lieAboutSize)
        {
            Patch(bytes, "xl/sharedStrings.xml"u8.ToArray());
        }

        return bytes;
    }

    /// <summary>Sets the uncompressed size of the entry to 1,000 in its local header and central directory record.</summary>
    private static void Patch(byte[] zip, byte[] name)
    {
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var sig = BitConverter.ToUInt32(zip, i);
            if (sig == 0x04034b50 && zip.AsSpan(i + 30).StartsWith(name) && BitConverter.ToUInt16(zip, i + 26) == name.Length)
            {
                BitConverter.TryWriteBytes(zip.AsSpan(i + 22), 1000u);
            }
            else if (sig == 0x02014b50 && zip.AsSpan(i + 46).StartsWith(name) && BitConverter.ToUInt16(zip, i + 28) == name.Length)
            {
                BitConverter.TryWriteBytes(zip.AsSpan(i + 24), 1000u);
            }
        }
    }
}
