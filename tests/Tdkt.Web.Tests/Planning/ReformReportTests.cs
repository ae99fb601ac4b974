using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tdkt.Testing;

namespace Tdkt.Web.Tests.Planning;

/// <summary>Report requests after the 2025 reform (ADR-0030): a period asks only the units open on its due date, a
/// closed recipient's successor in its place; an abolished unit cannot be asked for a later period.</summary>
public sealed class ReformReportTests : IAsyncLifetime
{
    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewFactoryAsync(nameof(ReformReportTests));

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private Task<int> RequestIdAsync() => _app.WithDbAsync(db => db.ReportRequests.Select(r => r.Id).SingleAsync());

    [Fact]
    public async Task Period2026_AsksTheNewWardsAndNotTheAbolishedDistrict()
    {
        var request = await RequestIdAsync();
        var requester = await Http.SignedInAsync(_app, "thamdinh.snv");

        var y2026 = WebUtility.HtmlDecode(await requester.GetStringAsync($"/Reports/Details/{request}?nam=2026"));
        var y2023 = WebUtility.HtmlDecode(await requester.GetStringAsync($"/Reports/Details/{request}?nam=2023"));

        Assert.DoesNotContain("UBND huyện Phong Thổ", y2026);
        Assert.Contains("/3 ·", y2026); // Tân Phong (new), Đoàn Kết (new), Sở Y tế
        Assert.Contains("UBND huyện Phong Thổ", y2023);
        Assert.Contains("/4 ·", y2023);
    }

    [Fact]
    public async Task Period2026_TheNewWardClerkFillsInThePlaceOfTheOldWard()
    {
        var request = await RequestIdAsync();
        var newWard = await Lookups.UnitIdAsync(_app, "LCH-P-TANPHONG");
        var oldWard = await Lookups.UnitIdAsync(_app, "LCH-TP-TANPHONG");
        var admin = await Http.SignedInAsync(_app, "admin");

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/Reports/Fill/{request}?donVi={newWard}&nam=2026")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/Reports/Fill/{request}?donVi={oldWard}&nam=2026")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/Reports/Fill/{request}?donVi={oldWard}&nam=2024")).StatusCode);
    }

    [Fact]
    public async Task Create_2026RequestToAbolishedDistrict_NamesTheUnitAndSavesNothing()
    {
        var client = await Http.SignedInAsync(_app, "admin");
        var before = await _app.WithDbAsync(db => db.ReportRequests.CountAsync());
        var id = (string code) => Lookups.UnitIdAsync(_app, code);

        var response = await Http.PostFormAsync(client, "/Reports/Create", new()
        {
            ["Input.RequesterUnitId"] = (await id("LCH-SNV")).ToString(CultureInfo.InvariantCulture),
            ["Input.Title"] = "Báo cáo công tác thi đua năm 2026",
            ["Input.Fields"] = "Số tập thể được khen | số",
            ["Input.DueDate"] = "20/11/2026",
            ["Input.RecipientUnitIds"] = (await id("LCH-PT")).ToString(CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Đơn vị đã ngừng hoạt động trước hạn nộp", html);
        Assert.Contains("UBND huyện Phong Thổ (đến 30/06/2025)", html);
        Assert.Equal(before, await _app.WithDbAsync(db => db.ReportRequests.CountAsync()));
    }
}
