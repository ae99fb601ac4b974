using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tdkt.Testing;

namespace Tdkt.Web.Tests.Planning;

/// <summary>POST /api/v1/plans/import/preview: the structured preview as JSON, nothing saved, bad input answered in Vietnamese.</summary>
public sealed class PlanImportPreviewApiTests : IAsyncLifetime
{
    private const string Url = "/api/v1/plans/import/preview";
    private TdktFactory _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = await TestDatabases.NewFactoryAsync(nameof(PlanImportPreviewApiTests));
        _client = Http.Anonymous(_app);
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DemoTokens.For(_app, "canbo.tanphong"));
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private static MultipartFormDataContent Form(string name, byte[] bytes)
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(bytes), "file", name);
        return form;
    }

    private async Task<(HttpStatusCode Status, JsonElement Json, string Body)> PostAsync(string name, byte[] bytes, HttpClient? client = null)
    {
        var response = await (client ?? _client).PostAsync(Url, Form(name, bytes));
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, body.Length > 0 && body.TrimStart().StartsWith('{') ? JsonDocument.Parse(body).RootElement.Clone() : default, body);
    }

    [Fact]
    public async Task Preview_Seed003_ReturnsFieldsTasksAndConfidenceAndSavesNothing()
    {
        var before = await _app.WithDbAsync(db => db.Plans.CountAsync());
        var bytes = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Seeds", "003_c02c80ecacaf5801.txt"));
        var (status, json, body) = await PostAsync("003.txt", bytes);
        Assert.True(status == HttpStatusCode.OK, body);
        Assert.Equal("Công tác Thi đua - Khen thưởng năm 2023", json.GetProperty("title").GetString());
        Assert.Equal(2023, json.GetProperty("year").GetInt32());
        Assert.Equal("Phong Thổ", json.GetProperty("place").GetString());
        Assert.Equal(11, json.GetProperty("tasks").GetArrayLength());
        var task = json.GetProperty("tasks")[0];
        Assert.False(string.IsNullOrEmpty(task.GetProperty("leadUnit").GetString()));
        Assert.True(task.GetProperty("timeframe").TryGetProperty("kind", out _));
        Assert.Contains("133/KH-UBND", json.GetProperty("legalBases")[0].GetProperty("numbers").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(1.0, json.GetProperty("confidence").GetProperty("title").GetDouble());
        Assert.Equal(before, await _app.WithDbAsync(db => db.Plans.CountAsync()));
    }

    [Fact]
    public async Task Preview_TableLayoutHeaderWithoutDiacriticsInTheBody_ReadsIssuerParentNumberAndDate()
    {
        const string text = """
            UBND THÀNH PHỐ ĐÀ NẴNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
            SỞ NỘI VỤ | Độc lập - Tự do - Hạnh phúc |
            Số: 20/HD-SNV | Đà Nẵng, ngày 28 tháng 11 năm 2013 |
            HƯỚNG DẪN
            Khen thưởng phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”
            Căn cứ Hướng dẫn số
            915/HD-BTĐKT ngày 05/6/2013 của Ban Thi đua - Khen thưởng Trung ương;
            """;
        var (status, json, body) = await PostAsync("hd.md", Encoding.UTF8.GetBytes(text));
        Assert.True(status == HttpStatusCode.OK, body);
        Assert.Equal("SỞ NỘI VỤ", json.GetProperty("issuer").GetString());
        Assert.Equal("UBND THÀNH PHỐ ĐÀ NẴNG", json.GetProperty("parentIssuer").GetString());
        Assert.Equal("20/HD-SNV", json.GetProperty("number").GetString());
        Assert.Equal("2013-11-28", json.GetProperty("date").GetString());
        Assert.Equal(2013, json.GetProperty("year").GetInt32());
        Assert.Equal("HƯỚNG DẪN", json.GetProperty("kind").GetString());
        Assert.Contains("915/HD-BTĐKT", json.GetProperty("legalBases")[0].GetProperty("numbers").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(0, json.GetProperty("tasks").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("budget").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("signer").ValueKind);
    }

    [Fact]
    public async Task Preview_WithoutCredentials_Answers401()
    {
        var (status, _, _) = await PostAsync("a.txt", Encoding.UTF8.GetBytes("KẾ HOẠCH"), Http.Anonymous(_app));
        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task Preview_EmptyFile_Answers400InVietnamese()
    {
        var (status, _, body) = await PostAsync("empty.txt", []);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Tệp rỗng", body);
    }

    [Fact]
    public async Task Preview_BinaryNamedTxt_Answers400SayingItIsNotText()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0 };
        var (status, _, body) = await PostAsync("ke-hoach.txt", png);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("không phải văn bản", body);
    }

    [Fact]
    public async Task Preview_TwentyMegabyteText_Answers400WithoutReadingIt()
    {
        var big = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Căn cứ Luật Thi đua, khen thưởng; ", 700_000)));
        Assert.True(big.Length > 20 * 1024 * 1024);
        var (status, _, body) = await PostAsync("lon.txt", big);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("lớn hơn 5 MB", body);
    }

    [Fact]
    public async Task Preview_DocxWithMacros_Answers400()
    {
        var (status, _, body) = await PostAsync("macro.docx", Docx(withMacro: true, externalTemplate: false));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("macro", body);
    }

    [Fact]
    public async Task Preview_DocxWithExternalTemplate_Answers400()
    {
        var (status, _, body) = await PostAsync("mau.docx", Docx(withMacro: false, externalTemplate: true));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("liên kết tới tệp hoặc máy chủ bên ngoài", body);
    }

    [Fact]
    public async Task Preview_PlainDocx_IsRead()
    {
        var (status, json, body) = await PostAsync("kh.docx", Docx(withMacro: false, externalTemplate: false));
        Assert.True(status == HttpStatusCode.OK, body);
        Assert.Equal("Công tác thi đua năm 2024", json.GetProperty("title").GetString());
    }

    /// <summary>A minimal Word package; with a VBA part, or with a template attached from outside (remote template).</summary>
    private static byte[] Docx(bool withMacro, bool externalTemplate)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string content)
            {
                using var w = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                w.Write(content);
            }

            Add("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Add("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            Add("word/document.xml", """<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p><w:p><w:r><w:t>Công tác thi đua năm 2024</w:t></w:r></w:p></w:body></w:document>""");
            if (externalTemplate)
            {
                Add("word/_rels/settings.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="http://example.invalid/mau.dotm" TargetMode="External"/></Relationships>""");
            }

            if (withMacro)
            {
                using var bin = zip.CreateEntry("word/vbaProject.bin").Open();
                bin.Write([0xD0, 0xCF, 0x11, 0xE0]);
            }
        }

        return ms.ToArray();
    }
}
