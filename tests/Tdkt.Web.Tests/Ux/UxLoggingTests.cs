using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Tdkt.Web.Infrastructure.Logging;

namespace Tdkt.Web.Tests.Ux;

/// <summary>The structured log: a size-capped file with Vietnamese as itself; no SQL at Information (issue 15 item 7).</summary>
public sealed class UxLoggingTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"tdkt-log-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void JsonFileLog_VietnameseMessage_WrittenUnescapedAsOneJsonLine()
    {
        var path = Path.Combine(_folder, "tdkt.json.log");
        using (var provider = new JsonFileLoggerProvider(path))
        {
            provider.CreateLogger("Tdkt.Test").LogInformation("Khởi tạo cụm PostgreSQL riêng tại {DataDir}", "/tmp/dữ-liệu");
        }

        var line = Assert.Single(File.ReadAllLines(path));
        Assert.Contains("Khởi tạo cụm PostgreSQL riêng tại /tmp/dữ-liệu", line);
        Assert.DoesNotContain("\\u", line);
        using var json = JsonDocument.Parse(line);
        Assert.Equal("Information", json.RootElement.GetProperty("LogLevel").GetString());
        Assert.Equal("/tmp/dữ-liệu", json.RootElement.GetProperty("State").GetProperty("DataDir").GetString());
    }

    [Fact]
    public void JsonFileLog_PastItsCap_RollsAndKeepsTheFolderBounded()
    {
        var path = Path.Combine(_folder, "tdkt.json.log");
        const long cap = 4096;
        using (var provider = new JsonFileLoggerProvider(path, maxFileBytes: cap, retainedFiles: 2))
        {
            var log = provider.CreateLogger("Tdkt.Test");
            for (var i = 0; i < 500; i++)
            {
                log.LogWarning("Dòng nhật ký số {Number} — nội dung đủ dài để vượt giới hạn kích thước tệp", i);
            }
        }

        var files = Directory.GetFiles(_folder);
        Assert.Equal(3, files.Length); // the live file and two rolled ones
        Assert.All(files, f => Assert.True(new FileInfo(f).Length <= cap, $"{f} is {new FileInfo(f).Length} bytes"));
        Assert.Contains("số 499", File.ReadAllText(path));
    }

    [Fact]
    public void AppSettings_EntityFrameworkCore_NotLoggedAtInformation()
    {
        var root = FindWebProject();
        var config = new ConfigurationBuilder().AddJsonFile(Path.Combine(root, "appsettings.json")).Build();
        Assert.Equal("Warning", config["Logging:LogLevel:Microsoft.EntityFrameworkCore"]);
        Assert.Equal("Warning", config["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"]);
        Assert.Equal("Warning", config["Logging:LogLevel:Microsoft.AspNetCore"]);
    }

    [Fact]
    public void PersonConsole_ShowsTdktMessagesAndFrameworkErrors_NotFrameworkChatter()
    {
        Assert.True(TdktLogging.ForPerson("Tdkt.EmbeddedPostgres", LogLevel.Information));
        Assert.False(TdktLogging.ForPerson("Microsoft.Hosting.Lifetime", LogLevel.Information));
        Assert.False(TdktLogging.ForPerson("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Error));
        Assert.True(TdktLogging.ForPerson("Microsoft.AspNetCore.Server.Kestrel", LogLevel.Error));
    }

    private static string FindWebProject()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "src", "Tdkt.Web")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir!.FullName, "src", "Tdkt.Web");
    }
}
