using System.Net;
using System.Text.RegularExpressions;
using Tdkt.Testing;
using Tdkt.Web.Infrastructure;

namespace Tdkt.Web.Tests.Ux;

/// <summary>Issue 13 item 2: the plan and report lists filter by the URL, count, page and export exactly what is filtered.</summary>
public sealed partial class ListFilterTests : IAsyncLifetime
{
    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewFactoryAsync(nameof(ListFilterTests));

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [GeneratedRegex("data-testid=\"list-count\">Tổng số: <strong>(\\d+)</strong>")]
    private static partial Regex CountRegex();

    [GeneratedRegex("<option value=\"(\\d{4})\"")]
    private static partial Regex YearOption();

    private static int Count(string html)
    {
        var m = CountRegex().Match(html);
        Assert.True(m.Success, "no list count");
        return int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Theory]
    [InlineData("/Plans", "nam", "Tên kế hoạch")]
    [InlineData("/Reports", "nam", "Tên báo cáo")]
    [InlineData("/Events", "nam", "Hội nghị")]
    public async Task List_FilteredByYearInUrl_CountMatchesExportRows(string list, string yearKey, string header)
    {
        var client = await Http.SignedInAsync(_app, "admin");
        var html = await client.GetStringAsync(list);
        var all = Count(html);
        Assert.True(all > 0, $"{list}: the demo data has rows");
        var year = YearOption().Match(html).Groups[1].Value;
        var filteredHtml = await client.GetStringAsync($"{list}?{yearKey}={year}&sap=ten");
        var filtered = Count(filteredHtml);
        Assert.InRange(filtered, 1, all);
        Assert.Contains($"value=\"{year}\" selected=\"selected\"", filteredHtml, StringComparison.Ordinal);
        Assert.Contains("handler=Xlsx", filteredHtml, StringComparison.Ordinal);

        var xlsx = await client.GetAsync($"{list}?{yearKey}={year}&sap=ten&handler=Xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal(Xlsx.ContentType, xlsx.Content.Headers.ContentType?.MediaType);
        var rows = Xlsx.Read(await xlsx.Content.ReadAsByteArrayAsync())!;
        Assert.Equal(filtered + 1, rows.Count); // header + one row per filtered item
        Assert.Equal(header, rows[0].Cells[1]);

        var none = await client.GetStringAsync($"{list}?q=khongcokehoachnaonhuvay");
        Assert.Equal(0, Count(none));
    }

    [Theory]
    [InlineData("/Users?vaitro=UnitClerk&sap=ten", "Họ tên")]
    [InlineData("/Audit?loai=AppUser", "Người thực hiện")]
    public async Task AdminList_Filtered_CountMatchesExportRows(string url, string header)
    {
        var client = await Http.SignedInAsync(_app, "admin");
        var all = Count(await client.GetStringAsync(url.Split('?')[0]));
        var filtered = Count(await client.GetStringAsync(url));
        Assert.InRange(filtered, 1, all);
        var xlsx = await client.GetAsync(url + "&handler=Xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var rows = Xlsx.Read(await xlsx.Content.ReadAsByteArrayAsync())!;
        Assert.Equal(filtered + 1, rows.Count);
        Assert.Equal(header, rows[0].Cells[1]);
    }
}
