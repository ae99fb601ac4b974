using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Testing;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.ThongKe;
using static Tdkt.Web.Tests.Nominations.NominationScenario;

namespace Tdkt.Web.Tests.Statistics;

/// <summary>Issue 14, second part: the fairness breakdown through the real nomination flow, the cell limit, and the
/// export for the national cadre database (CSV and JSON opened and checked).</summary>
public sealed class StatisticsWave4Tests : IAsyncLifetime
{
    private readonly SettableClock _clock = new(new DateTimeOffset(2023, 11, 20, 2, 0, 0, TimeSpan.Zero));
    private TdktFactory _app = null!;

    public async Task InitializeAsync()
    {
        _app = await TestDatabases.NewFactoryAsync(nameof(StatisticsWave4Tests));
        _app.Clock = _clock;
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private static decimal? Number(string cell) =>
        cell.Length == 0 ? null : decimal.Parse(cell, NumberStyles.Number | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    /// <summary>
    /// Proposed (kind AdHoc, which the demo data does not use): Lò Thị Mai (nữ, Thái, lao động trực tiếp), Nguyễn Văn Hùng
    /// (nam, Kinh, lãnh đạo) — both awarded; Sùng Thị Dua (nữ, Mông, lao động trực tiếp) and Lý Thị Hoa (nữ, nothing else
    /// recorded) — submitted, not decided. Known answers: women 1/2 = 50 % awarded vs 3/4 = 75 % proposed (−25 points);
    /// minority 1/2 vs 2/3; direct workers 1/2 vs 2/3; leaders 1/2 vs 1/3.
    /// </summary>
    [Fact]
    public async Task FairnessPage_AwardedSharesAgainstProposed_KnownFigures()
    {
        var pending = await ReadyDraftAsync(_app, people:
        [
            new("Individual", "Sùng Thị Dua", "1988", Gender: "Nữ", Ethnicity: "Mông", Group: "Công nhân, nông dân, người lao động trực tiếp"),
            new("Individual", "Lý Thị Hoa", "1991", Gender: "Nữ"),
        ]);
        Assert.True((await TransitionAsync(_app, "canbo.tanphong", pending, "submit")).IsSuccessStatusCode);
        var issued = await IssuedAsync(_app, _clock,
        [
            new("Individual", "Lò Thị Mai", "1985", Gender: "Nữ", Ethnicity: "Thái", Group: "Công nhân, nông dân, người lao động trực tiếp"),
            new("Individual", "Nguyễn Văn Hùng", "1980", Gender: "Nam", Ethnicity: "Kinh", Group: "Lãnh đạo, quản lý"),
        ]);

        // Recorded at decision time on the registry rows.
        var records = await _app.WithDbAsync(db => (from r in db.DecisionRecipients.AsNoTracking()
                                                    join d in db.Decisions.AsNoTracking() on r.DecisionId equals d.Id
                                                    join a in db.AwardRecords.AsNoTracking() on r.AwardRecordId equals a.Id
                                                    where d.DossierId == issued
                                                    select new { r.Name, a.Ethnicity, a.IsLeader, a.IsDirectWorker }).ToListAsync());
        Assert.Contains(records, r => r.Name == "Lò Thị Mai" && r.Ethnicity == "Thái" && r.IsDirectWorker == true && r.IsLeader == false);
        Assert.Contains(records, r => r.Name == "Nguyễn Văn Hùng" && r.Ethnicity == "Kinh" && r.IsLeader == true && r.IsDirectWorker == false);

        var viewer = await Http.SignedInAsync(_app, "xem.tinh");
        var city = await Lookups.UnitIdAsync(_app, "LCH-TP");
        var query = $"unit={city}&kind=AdHoc&from=2023&to=2024";
        var page = WebUtility.HtmlDecode(await viewer.GetStringAsync("/ThongKe/CoCau?" + query));
        Assert.Contains("data-testid=\"fairness-level\"", page);
        Assert.Contains("data-testid=\"fairness-form\"", page);
        Assert.Contains("Người dân tộc thiểu số", page);
        Assert.Contains("Cơ cấu đối tượng được khen thưởng", page);

        var xlsx = await viewer.GetAsync("/ThongKe/CoCau?" + query + "&handler=Xlsx");
        Assert.Equal(Xlsx.ContentType, xlsx.Content.Headers.ContentType?.MediaType);
        var rows = Xlsx.Read(await xlsx.Content.ReadAsByteArrayAsync())!;
        Assert.Contains("CƠ CẤU ĐỐI TƯỢNG", rows[0].Cells[0], StringComparison.Ordinal);
        var header = rows.First(r => r.Cells.Length > 0 && r.Cells[0] == "Nhóm theo").Cells;
        var total = rows.First(r => r.Cells.Length > 1 && r.Cells[0] == "Cấp khen thưởng" && r.Cells[1] == "Tổng cộng").Cells;
        decimal? At(string heading) => Number(total[Array.IndexOf(header, heading)]);

        Assert.Equal(2m, At("Số người được khen thưởng"));
        Assert.Equal(4m, At("Số người được đề nghị"));
        Assert.Equal(50m, At("Nữ - tỷ lệ khen thưởng (%)"));
        Assert.Equal(75m, At("Nữ - tỷ lệ đề nghị (%)"));
        Assert.Equal(-25m, At("Nữ - chênh lệch (điểm %)"));
        Assert.Equal(50m, At("Người dân tộc thiểu số - tỷ lệ khen thưởng (%)"));
        Assert.Equal(66.67m, At("Người dân tộc thiểu số - tỷ lệ đề nghị (%)"));
        Assert.Equal(66.67m, At("Công nhân, nông dân, người lao động trực tiếp - tỷ lệ đề nghị (%)"));
        Assert.Equal(33.33m, At("Lãnh đạo, quản lý - tỷ lệ đề nghị (%)"));
        Assert.Equal(16.67m, At("Lãnh đạo, quản lý - chênh lệch (điểm %)"));
        var giayKhen = rows.First(r => r.Cells.Length > 1 && r.Cells[0] == "Danh hiệu, hình thức" && r.Cells[1] == "Giấy khen").Cells;
        Assert.Equal(2m, Number(giayKhen[2]));
    }

    [Fact]
    public async Task FairnessPage_UnitOutsideScope_404_BadPeriodNamesTheField()
    {
        var ward = await Http.SignedInAsync(_app, "canbo.tanphong");
        var doanKet = await Lookups.UnitIdAsync(_app, "LCH-TP-DOANKET");
        Assert.Equal(HttpStatusCode.NotFound, (await ward.GetAsync($"/ThongKe/CoCau?unit={doanKet}")).StatusCode);

        var page = WebUtility.HtmlDecode(await ward.GetStringAsync("/ThongKe/CoCau?from=2025&to=2024"));
        Assert.Contains("kỳ thống kê không hợp lệ", page);
        Assert.Contains("id=\"from\" name=\"from\" value=\"2025\" class=\"form-control is-invalid\"", page);
        Assert.DoesNotContain("data-testid=\"fairness-level\"", page);
    }

    /// <summary>160 awards, one per year 1945–2024 and form (Giấy khen, Bằng khen tỉnh), by 32 issuing bodies in turn:
    /// year × form × issuer would be 160 rows × 32 columns = 5,120 cells.</summary>
    [Fact]
    public async Task PivotOverTheCellLimit_VietnameseMessageNamingGroupBy_NothingComputed()
    {
        await _app.WithDbAsync(async db =>
        {
            var ward = await db.OrgUnits.SingleAsync(u => u.Code == "LCH-TP-TANPHONG");
            var issuers = await db.OrgUnits.AsNoTracking().OrderBy(u => u.Id).Select(u => u.Id).Take(32).ToListAsync();
            Assert.Equal(32, issuers.Count);
            for (var i = 0; i < 160; i++)
            {
                db.AwardRecords.Add(new AwardRecordEntry
                {
                    OrgUnitId = ward.Id, AwardCode = i % 2 == 0 ? AwardCodes.Gk : "BK_TINH", Year = 1945 + i / 2, DecisionNumber = $"{i + 1}/QĐ-CH",
                    DecisionDate = new DateOnly(1945 + i / 2, 6, 1), Kind = CommendationKind.Dedication, SignerOrgUnitId = issuers[i % 32],
                });
            }

            await db.SaveChangesAsync();
            return 0;
        });

        var api = Bearer(_app, "xem.tinh");
        var response = await api.GetAsync("/api/v1/statistics/awards?groupBy=year,form,issuer&kind=Dedication&from=1945&to=2024");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var message = problem.GetProperty("errors").GetProperty("groupBy").EnumerateArray().First().GetString()!;
        Assert.Contains("vượt quá giới hạn", message);
        Assert.Contains("5.120", message.Replace(",", ".", StringComparison.Ordinal));

        // Under the limit with one grouping: the 160 are there.
        var ok = JsonDocument.Parse(await api.GetStringAsync("/api/v1/statistics/awards?groupBy=year&kind=Dedication&from=1945&to=2024")).RootElement;
        Assert.Equal(160, ok.GetProperty("total").GetProperty("count").GetInt64());

        var page = WebUtility.HtmlDecode(await (await Http.SignedInAsync(_app, "xem.tinh")).GetStringAsync(
            "/ThongKe?g1=year&g2=form&g3=issuer&kind=Dedication&from=1945&to=2024"));
        Assert.Contains("vượt quá giới hạn", page);
        Assert.DoesNotContain("data-testid=\"pivot\"", page);
    }

    /// <summary>2018 (a year of no demo data): Tân Phong 2 individuals + 1 collective, Đoàn Kết 1; Tân Phong 2017: 1.</summary>
    private async Task SeedExportAsync()
    {
        await _app.WithDbAsync(async db =>
        {
            var units = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Id);
            void Add(string unit, string? name, DateOnly date, string code, int? birth = null, string? gender = null)
            {
                int? personId = null;
                if (name is not null)
                {
                    var person = new Person { FullName = name, OrgUnitId = units[unit], BirthYear = birth, Gender = gender };
                    db.People.Add(person);
                    personId = person.Id;
                }

                db.AwardRecords.Add(new AwardRecordEntry
                {
                    OrgUnitId = units[unit], PersonId = personId, AwardCode = code, Year = date.Year - 1, DecisionNumber = $"{date.DayOfYear}/QĐ-UBND",
                    DecisionDate = date, Kind = CommendationKind.Merit, SignerOrgUnitId = units["LCH-TP"],
                });
            }

            Add("LCH-TP-TANPHONG", "Hà Thị Xuất, Khẩu", new DateOnly(2018, 3, 5), AwardCodes.Gk, 1979, "nữ");
            Add("LCH-TP-TANPHONG", "=Lò Văn Công", new DateOnly(2018, 9, 1), AwardCodes.Gk, 1983, "nam");
            Add("LCH-TP-TANPHONG", null, new DateOnly(2018, 9, 2), AwardCodes.Gk);
            Add("LCH-TP-DOANKET", "Đèo Văn Khải", new DateOnly(2018, 4, 4), AwardCodes.Gk, 1975, "nam");
            Add("LCH-TP-TANPHONG", "Tao Văn Ngoại Kỳ", new DateOnly(2017, 12, 31), AwardCodes.Gk, 1970, "nam");
            await db.SaveChangesAsync();
            return 0;
        });
    }

    [Fact]
    public async Task CadreDatabaseExport_CsvAndJson_FilteredByUnitAndPeriod_Audited()
    {
        await SeedExportAsync();
        var clerk = await Http.SignedInAsync(_app, "canbo.tanphong");
        var ward = await Lookups.UnitIdAsync(_app, "LCH-TP-TANPHONG");
        var fields = new Dictionary<string, string> { ["unit"] = ward.ToString(CultureInfo.InvariantCulture), ["from"] = "2018", ["to"] = "2018" };

        var csvResponse = await Http.PostFormAsync(clerk, "/ThongKe/CsdlCanBo?handler=Csv", fields, "/ThongKe/CsdlCanBo");
        Assert.Equal(HttpStatusCode.OK, csvResponse.StatusCode);
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", csvResponse.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        var bytes = await csvResponse.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes.Take(3).ToArray());
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("ho_ten,nam_sinh,gioi_tinh,so_cccd,ma_don_vi,don_vi,ma_hinh_thuc,hinh_thuc,cap_khen_thuong,nam_thanh_tich,"
            + "so_quyet_dinh,ngay_quyet_dinh,co_quan_ban_hanh,tien_thuong,ma_ban_ghi", lines[0]);
        Assert.Equal(3, lines.Length); // header + the two individuals of Tân Phong in 2018: no collective, no 2017, no Đoàn Kết
        Assert.StartsWith("\"Hà Thị Xuất, Khẩu\",1979,nữ,,LCH-TP-TANPHONG,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",GK,Giấy khen,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",2017,64/QĐ-UBND,2018-03-05,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("'=Lò Văn Công,1983,nam,", lines[2], StringComparison.Ordinal); // never a formula in a spreadsheet

        var jsonResponse = await Http.PostFormAsync(clerk, "/ThongKe/CsdlCanBo?handler=Json", fields, "/ThongKe/CsdlCanBo");
        Assert.Equal("application/json", jsonResponse.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(await jsonResponse.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("1.0", json.GetProperty("phienBan").GetString());
        Assert.Equal("2018-01-01", json.GetProperty("tu").GetString());
        Assert.Equal("2018-12-31", json.GetProperty("den").GetString());
        var rows = json.GetProperty("khenThuong").EnumerateArray().ToList();
        Assert.Equal(["Hà Thị Xuất, Khẩu", "=Lò Văn Công"], rows.Select(r => r.GetProperty("hoTen").GetString()));
        var first = rows[0];
        Assert.Equal(1979, first.GetProperty("namSinh").GetInt32());
        Assert.Equal("nữ", first.GetProperty("gioiTinh").GetString());
        Assert.Equal("LCH-TP-TANPHONG", first.GetProperty("maDonVi").GetString());
        Assert.Equal("Giấy khen", first.GetProperty("hinhThuc").GetString());
        Assert.Equal("64/QĐ-UBND", first.GetProperty("soQuyetDinh").GetString());
        Assert.Equal("2018-03-05", first.GetProperty("ngayQuyetDinh").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("soCccd").ValueKind);

        // The province viewer, Đoàn Kết only; a clerk of Tân Phong asking for Đoàn Kết: 404.
        var province = await Http.SignedInAsync(_app, "xem.tinh");
        var doanKet = (await Lookups.UnitIdAsync(_app, "LCH-TP-DOANKET")).ToString(CultureInfo.InvariantCulture);
        var other = await Http.PostFormAsync(province, "/ThongKe/CsdlCanBo?handler=Json",
            new() { ["unit"] = doanKet, ["from"] = "01/01/2018", ["to"] = "31/12/2018" }, "/ThongKe/CsdlCanBo");
        var otherRows = JsonDocument.Parse(await other.Content.ReadAsStringAsync()).RootElement.GetProperty("khenThuong").EnumerateArray().ToList();
        Assert.Equal("Đèo Văn Khải", Assert.Single(otherRows).GetProperty("hoTen").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await Http.PostFormAsync(clerk, "/ThongKe/CsdlCanBo?handler=Csv",
            new() { ["unit"] = doanKet, ["from"] = "2018", ["to"] = "2018" }, "/ThongKe/CsdlCanBo")).StatusCode);

        // A bad period: the form again with a Vietnamese message, nothing exported.
        var bad = WebUtility.HtmlDecode(await (await Http.PostFormAsync(clerk, "/ThongKe/CsdlCanBo?handler=Csv",
            new() { ["unit"] = ward.ToString(CultureInfo.InvariantCulture), ["from"] = "2019", ["to"] = "2018" }, "/ThongKe/CsdlCanBo")).Content.ReadAsStringAsync());
        Assert.Contains("data-testid=\"errors\"", bad);

        var audits = await _app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == CsdlCanBoModel.AuditAction).ToListAsync());
        Assert.Equal(3, audits.Count);
        Assert.Contains(audits, a => JsonDocument.Parse(a.After!).RootElement is var after
            && after.GetProperty("SoDong").GetInt32() == 2 && after.GetProperty("Dinhdang").GetString() == "CSV");
    }

    [Fact]
    public async Task AnnualReport_BuiltFromTheRegistry_SentByTheWard_CityTableShowsWhoHasNotSent()
    {
        await SeedExportAsync();
        var ward = await Lookups.UnitIdAsync(_app, "LCH-TP-TANPHONG");
        var doanKet = await Lookups.UnitIdAsync(_app, "LCH-TP-DOANKET");
        var city = await Lookups.UnitIdAsync(_app, "LCH-TP");
        var clerk = await Http.SignedInAsync(_app, "canbo.tanphong");

        var own = WebUtility.HtmlDecode(await clerk.GetStringAsync("/ThongKe/BaoCao?year=2018"));
        Assert.Contains("Báo cáo thống kê công tác khen thưởng năm 2018", own);
        Assert.Contains("data-testid=\"report\"", own);
        Assert.Contains("Chưa gửi báo cáo năm 2018", own);
        var xlsx = Xlsx.Read(await (await clerk.GetAsync("/ThongKe/BaoCao?year=2018&handler=Xlsx")).Content.ReadAsByteArrayAsync())!;
        Assert.Contains("BÁO CÁO THỐNG KÊ CÔNG TÁC KHEN THƯỞNG NĂM 2018", xlsx[0].Cells[0], StringComparison.Ordinal);
        var gk = xlsx.First(r => r.Cells.Length > 4 && r.Cells[0] == "Giấy khen").Cells;
        Assert.Equal(["2", "1", "0", "3"], gk[1..5]); // cá nhân, tập thể, hộ, tổng
        Assert.Equal("1", gk[6]); // nữ
        var total = xlsx.First(r => r.Cells.Length > 4 && r.Cells[0] == "Tổng cộng").Cells;
        Assert.Equal("3", total[4]);

        // The clerk sends; sending is audited; the viewer of the province cannot send.
        Lookups.AssertRedirect(await Http.PostFormAsync(clerk, $"/ThongKe/BaoCao?unit={ward}&year=2018&handler=Send", new(), "/ThongKe/BaoCao?year=2018"));
        var sent = await _app.WithDbAsync(db => db.StatReports.AsNoTracking().SingleAsync(r => r.OrgUnitId == ward && r.Year == 2018));
        Assert.Equal(3, sent.Total);
        Assert.Contains("\"GK\"", sent.Content, StringComparison.Ordinal);
        Assert.Equal(1, await _app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == BaoCaoModel.AuditAction)));
        Assert.Contains("Đã gửi cấp trên lúc", WebUtility.HtmlDecode(await clerk.GetStringAsync("/ThongKe/BaoCao?year=2018")));

        var viewer = await Http.SignedInAsync(_app, "xem.tinh");
        var cityPage = WebUtility.HtmlDecode(await viewer.GetStringAsync($"/ThongKe/BaoCao?unit={city}&year=2018"));
        Assert.DoesNotContain("Gửi báo cáo lên cấp trên", cityPage);
        Assert.Contains("Báo cáo của các đơn vị cấp dưới", cityPage);
        var wardRow = cityPage[cityPage.IndexOf($"data-unit=\"{ward}\"", StringComparison.Ordinal)..];
        Assert.Contains("Đã gửi", wardRow[..wardRow.IndexOf("</tr>", StringComparison.Ordinal)]);
        var doanKetRow = cityPage[cityPage.IndexOf($"data-unit=\"{doanKet}\"", StringComparison.Ordinal)..];
        Assert.Contains("Chưa gửi", doanKetRow[..doanKetRow.IndexOf("</tr>", StringComparison.Ordinal)]);

        var lower = Xlsx.Read(await (await viewer.GetAsync($"/ThongKe/BaoCao?unit={city}&year=2018&handler=XlsxLower")).Content.ReadAsByteArrayAsync())!;
        Assert.Contains("TÌNH HÌNH GỬI BÁO CÁO", lower[0].Cells[0], StringComparison.Ordinal);
        Assert.Contains(lower, r => r.Cells.Length > 5 && r.Cells[1] == "Phường Tân Phong" && r.Cells[2] == "Đã gửi" && r.Cells[5] == "3");
        Assert.Contains(lower, r => r.Cells.Length > 2 && r.Cells[1] == "Phường Đoàn Kết" && r.Cells[2] == "Chưa gửi");

        // Bad input: a year that is not one, a unit outside the clerk's scope.
        var bad = WebUtility.HtmlDecode(await clerk.GetStringAsync("/ThongKe/BaoCao?year=20x8"));
        Assert.Contains("Năm báo cáo \"20x8\" không hợp lệ", bad);
        Assert.DoesNotContain("data-testid=\"report\"", bad);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/ThongKe/BaoCao?unit={doanKet}&year=2018")).StatusCode);
    }
}
