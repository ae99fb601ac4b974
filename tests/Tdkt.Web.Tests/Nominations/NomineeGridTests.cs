using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tdkt.Testing;
using static Tdkt.Web.Tests.Nominations.NominationScenario;

namespace Tdkt.Web.Tests.Nominations;

/// <summary>Issue 13 item 3: the nominee grid (paste from Excel, a message next to every bad cell, nothing invalid saved,
/// "save the valid rows" keeps the rest as typed) and the entry rules every path shares (future birth year, under 16 in the
/// dossier's year, a citizen ID that is not 12 digits, the same person twice) — the single form and the API included.</summary>
public sealed class NomineeGridTests : IAsyncLifetime
{
    private readonly SettableClock _clock = new(new DateTimeOffset(2023, 11, 20, 2, 0, 0, TimeSpan.Zero));
    private TdktFactory _app = null!;

    public async Task InitializeAsync()
    {
        _app = await TestDatabases.NewFactoryAsync(nameof(NomineeGridTests));
        _app.Clock = _clock;
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private Task<int> CountAsync(int id) => _app.WithDbAsync(db => db.Nominees.CountAsync(n => n.DossierId == id));

    [Fact]
    public async Task SingleFormAndApi_FutureYearUnder16DuplicateShortCitizenId_RefusedNamingTheField()
    {
        var id = await ReadyDraftAsync(_app);
        var api = Bearer(_app, "canbo.tanphong");
        async Task<JsonElement> RefusedAsync(object body)
        {
            var r = await api.PostAsJsonAsync($"/api/v1/dossiers/{id}/nominees", body);
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            return (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        }

        Assert.True((await RefusedAsync(new { kind = "individual", name = "Tương Lai", birthYear = 2090, awardCode = "GK", achievement = "x" }))
            .TryGetProperty("birthYear", out _));
        var young = await RefusedAsync(new { kind = "individual", name = "Còn Nhỏ", birthYear = 2012, awardCode = "GK", achievement = "x" });
        Assert.Contains("chưa đủ 16 tuổi", young.GetProperty("birthYear")[0].GetString(), StringComparison.Ordinal);
        Assert.True((await RefusedAsync(new { kind = "individual", name = "Lò Văn Minh", birthYear = 1982, awardCode = "GK", achievement = "x" }))
            .TryGetProperty("name", out _));
        Assert.True((await RefusedAsync(new { kind = "individual", name = "Số Ngắn", birthYear = 1980, citizenId = "12345", awardCode = "GK", achievement = "x" }))
            .TryGetProperty("citizenId", out _));

        var clerk = await Http.SignedInAsync(_app, "canbo.tanphong");
        var form = await Http.PostFormAsync(clerk, $"{Url(id)}?handler=AddNominee", new()
        {
            ["Input.Kind"] = "Individual", ["Input.Name"] = "Còn Nhỏ", ["Input.BirthYear"] = "2012", ["Input.AwardCode"] = "GK", ["Input.Achievement"] = "x",
        }, Url(id));
        Assert.Contains("chưa đủ 16 tuổi", WebUtility.HtmlDecode(await form.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var twice = await Http.PostFormAsync(clerk, $"{Url(id)}?handler=AddNominee", new()
        {
            ["Input.Kind"] = "Individual", ["Input.Name"] = "lò văn minh", ["Input.BirthYear"] = "1982", ["Input.AwardCode"] = "GK", ["Input.Achievement"] = "x",
        }, Url(id));
        Assert.Contains("đã có trong hồ sơ", WebUtility.HtmlDecode(await twice.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(3, await CountAsync(id));
    }

    [Fact]
    public async Task GridPaste_BadCellsMarked_SaveRefusedWhole_SaveValidKeepsTheRestAsTyped()
    {
        var id = await ReadyDraftAsync(_app);
        var clerk = await Http.SignedInAsync(_app, "canbo.tanphong");
        var grid = $"/Nominations/NomineeGrid/{id}";
        var page = WebUtility.HtmlDecode(await clerk.GetStringAsync(grid));
        Assert.Contains("Lò Văn Minh", page, StringComparison.Ordinal); // the stored nominees are rows
        Assert.Contains("Giấy khen", page, StringComparison.Ordinal);

        // pasted under the 3 stored rows: one good row, one with a bad ethnic group and a non-numeric year, a duplicate, a short row
        var tsv = "Cá nhân\tNguyễn Văn Dán\tNam\t1985\tTày\tChuyên viên\tUBND phường\t\t\tGiấy khen\tHoàn thành xuất sắc nhiệm vụ\r\n"
            + "Cá nhân\tTrần Thị Lỗi\tNữ\tabc\tKinhh\t\t\t\t12345\tGiấy khen\tThành tích\r\n"
            + "Cá nhân\tNguyễn Văn Dán\tNam\t1985\tTày\tChuyên viên\tUBND phường\t\t\tGiấy khen\tHoàn thành xuất sắc nhiệm vụ\r\n"
            + "Cá nhân\tThiếu Cột\tNam\r\n";
        var fields = StoredRows(id);
        fields["PasteText"] = tsv;
        fields["PasteRow"] = "3";
        fields["PasteCol"] = "0";
        var pasted = WebUtility.HtmlDecode(await (await Http.PostFormAsync(clerk, $"{grid}?handler=Paste", fields, grid)).Content.ReadAsStringAsync());
        Assert.Contains("Đã dán 4 dòng", pasted, StringComparison.Ordinal);
        Assert.Contains("Dân tộc \"Kinhh\" không có trong danh mục 54 dân tộc", pasted, StringComparison.Ordinal);
        Assert.Contains("Năm sinh \"abc\" không phải là số", pasted, StringComparison.Ordinal);
        Assert.Contains("Số CCCD phải gồm đúng 12 chữ số", pasted, StringComparison.Ordinal);
        Assert.Contains("trùng với dòng 4", pasted, StringComparison.Ordinal);
        Assert.Contains("Dòng dán có 3 cột, các dòng khác có 11 cột", pasted, StringComparison.Ordinal);

        var rows = StoredRows(id);
        void Row(int i, params string[] cells)
        {
            string[] names = ["Kind", "Name", "Gender", "BirthYear", "Ethnicity", "Position", "WorkUnit", "Address", "CitizenId", "Award", "Achievement"];
            for (var c = 0; c < cells.Length; c++)
            {
                rows[$"Rows[{i}].{names[c]}"] = cells[c];
            }
        }

        Row(3, "Cá nhân", "Nguyễn Văn Dán", "Nam", "1985", "Tày", "Chuyên viên", "UBND phường", "", "", "Giấy khen", "Hoàn thành xuất sắc nhiệm vụ");
        Row(4, "Cá nhân", "Trần Thị Lỗi", "Nữ", "abc", "Kinhh", "", "", "", "12345", "Giấy khen", "Thành tích");
        var refused = WebUtility.HtmlDecode(await (await Http.PostFormAsync(clerk, $"{grid}?handler=Save", rows, grid)).Content.ReadAsStringAsync());
        Assert.Contains("Chưa lưu gì", refused, StringComparison.Ordinal);
        Assert.Equal(3, await CountAsync(id));

        var partly = WebUtility.HtmlDecode(await (await Http.PostFormAsync(clerk, $"{grid}?handler=Save&validOnly=true", rows, grid)).Content.ReadAsStringAsync());
        Assert.Contains("Đã lưu 1 dòng hợp lệ", partly, StringComparison.Ordinal);
        Assert.Contains("value=\"Kinhh\"", partly, StringComparison.Ordinal); // kept as typed
        Assert.Contains("value=\"abc\"", partly, StringComparison.Ordinal);
        Assert.Equal(4, await CountAsync(id));
        Assert.True(await _app.WithDbAsync(db => db.Nominees.AnyAsync(n => n.DossierId == id && n.Name == "Nguyễn Văn Dán" && n.Ethnicity == "Tày")));
    }

    /// <summary>The three stored nominees of <see cref="ReadyDraftAsync"/> as posted grid rows.</summary>
    private Dictionary<string, string> StoredRows(int id)
    {
        var stored = _app.WithDbAsync(db => db.Nominees.Where(n => n.DossierId == id).OrderBy(n => n.Id).ToListAsync()).GetAwaiter().GetResult();
        var fields = new Dictionary<string, string>();
        for (var i = 0; i < stored.Count; i++)
        {
            var n = stored[i];
            var row = Tdkt.Web.Pages.Nominations.GridRow.From(n);
            fields[$"Rows[{i}].Id"] = n.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            string[] names = ["Kind", "Name", "Gender", "BirthYear", "Ethnicity", "Position", "WorkUnit", "Address", "CitizenId", "Award", "Achievement"];
            for (var c = 0; c < names.Length; c++)
            {
                fields[$"Rows[{i}].{names[c]}"] = row.Cells[c] ?? "";
            }
        }

        return fields;
    }
}
