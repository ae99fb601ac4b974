using System.Net.Http.Json;
using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tdkt.Domain.Nominations;
using Tdkt.Testing;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Nominations;

namespace Tdkt.Web.Tests.Nominations;

/// <summary>The seed scenario over HTTP: ward clerk proposes before 24/11/2023, Phòng Nội vụ thành phố receives,
/// returns once, receives again, appraises, council, the vice-chairman issues; integrity promises along the way.</summary>
public sealed partial class NominationFlowTests : IAsyncLifetime
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray();
    private readonly SettableClock _clock = new(new DateTimeOffset(2023, 11, 20, 2, 0, 0, TimeSpan.Zero));
    private TdktFactory _app = null!;

    public async Task InitializeAsync()
    {
        _app = await TestDatabases.NewFactoryAsync(nameof(NominationFlowTests));
        _app.Clock = _clock;
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private static string Url(int id) => $"/Nominations/Details/{id}";

    private async Task<Dossier> DossierAsync(int id) => await _app.WithDbAsync(db => db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == id));

    private static async Task<HttpResponseMessage> PostAsync(HttpClient c, int id, string handler, Dictionary<string, string> fields) =>
        await Http.PostFormAsync(c, $"{Url(id)}?handler={handler}", fields, Url(id));

    private static async Task AttachAsync(HttpClient c, int id, string part, int? nominee)
    {
        var fields = new Dictionary<string, string> { ["Input.PartCode"] = part, ["Input.NomineeId"] = nominee?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "" };
        var r = await Http.PostMultipartAsync(c, $"{Url(id)}?handler=Attach", Url(id), fields, "Upload", part.ToLowerInvariant() + ".pdf", Pdf, "application/pdf");
        Lookups.AssertRedirect(r);
    }

    /// <summary>20 identical POSTs at once with one antiforgery token; returns the statuses and bodies.</summary>
    private static async Task<List<(HttpStatusCode, string)>> TwentyAsync(HttpClient c, int id, string handler, uint version, string? page = null,
        IReadOnlyDictionary<string, string>? extra = null)
    {
        var token = Http.AntiforgeryToken(await c.GetStringAsync(Url(id)))!;
        var tasks = Enumerable.Range(0, 20).Select(async _ =>
        {
            var fields = new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Input.Capacity"] = "ForChairman",
            };
            foreach (var (k, v) in extra ?? new Dictionary<string, string>())
            {
                fields[k] = v;
            }

            var r = await c.PostAsync($"{page ?? Url(id)}?handler={handler}", new FormUrlEncodedContent(fields));
            return (r.StatusCode, WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync()));
        });
        return [.. await Task.WhenAll(tasks)];
    }

    [Fact]
    public async Task SeedScenario_EndToEnd_WithIntegrityChecks()
    {
        var clerk = await Http.SignedInAsync(_app, "canbo.tanphong");
        var ward = await Lookups.UnitIdAsync(_app, "LCH-TP-TANPHONG");
        var created = await Http.PostFormAsync(clerk, "/Nominations/Create", new()
        {
            ["Input.Title"] = "Đề nghị khen thưởng sơ kết phong trào Vì người nghèo",
            ["Input.ProposingUnitId"] = ward.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Kind"] = "AdHoc", ["Input.Level"] = "Grassroots", ["Input.Year"] = "2023", ["Input.SubmitBefore"] = "24/11/2023",
        });
        Lookups.AssertRedirect(created);
        var id = int.Parse(IdPattern().Match(created.Headers.Location!.ToString()).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(await Lookups.UnitIdAsync(_app, "LCH-TP"), (await DossierAsync(id)).ReceivingUnitId);

        foreach (var (kind, name, year, address, cccd) in new[]
                 {
                     ("Individual", "Lò Văn Minh", "1982", "", "012345678901"), ("Individual", "Tòng Thị Lan", "1990", "", ""),
                     ("Household", "Giàng A Páo", "", "Tổ dân phố 3, phường Tân Phong", ""),
                 })
        {
            Lookups.AssertRedirect(await PostAsync(clerk, id, "AddNominee", new()
            {
                ["Input.Kind"] = kind, ["Input.Name"] = name, ["Input.BirthYear"] = year, ["Input.Address"] = address, ["Input.CitizenId"] = cccd,
                ["Input.Gender"] = kind == "Individual" ? "Nam" : "", ["Input.AwardCode"] = "GK", ["Input.Achievement"] = "Giúp hộ nghèo thoát nghèo",
            }));
        }

        var page = WebUtility.HtmlDecode(await clerk.GetStringAsync(Url(id)));
        Assert.Contains("********8901", page);
        Assert.DoesNotContain("012345678901", page);
        Assert.Contains("Hạn nộp: trước ngày 24/11/2023 (còn 4 ngày)", page);

        // Missing parts: refused with a message that says which.
        var refused = WebUtility.HtmlDecode(await (await PostAsync(clerk, id, "Submit", new() { ["Input.Version"] = (await DossierAsync(id)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture) })).Content.ReadAsStringAsync());
        Assert.Contains("thiếu Tờ trình đề nghị khen thưởng", refused);
        Assert.Contains("Giàng A Páo: thiếu Báo cáo thành tích", refused);

        var nominees = await _app.WithDbAsync(db => db.Nominees.Where(n => n.DossierId == id).OrderBy(n => n.Id).Select(n => n.Id).ToListAsync());
        await AttachAsync(clerk, id, "TO_TRINH", null);
        await AttachAsync(clerk, id, "BIEN_BAN_BINH_XET", null);
        foreach (var n in nominees)
        {
            await AttachAsync(clerk, id, "BAO_CAO_THANH_TICH", n);
        }

        Lookups.AssertRedirect(await PostAsync(clerk, id, "Submit", new() { ["Input.Version"] = V(await DossierAsync(id)) }));

        // Scope: another ward's clerk and the provincial appraiser get 404.
        Assert.Equal(HttpStatusCode.NotFound, (await (await Http.SignedInAsync(_app, "canbo.doanket")).GetAsync(Url(id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await Http.SignedInAsync(_app, "thamdinh.snv")).GetAsync(Url(id))).StatusCode);

        // 20 parallel receives → one transition, the others a Vietnamese conflict message.
        var appraiser = await Http.SignedInAsync(_app, "thamdinh.tplc");
        var results = await TwentyAsync(appraiser, id, "Receive", (await DossierAsync(id)).Version);
        Assert.Equal(1, results.Count(r => r.Item1 == HttpStatusCode.Redirect));
        Assert.All(results.Where(r => r.Item1 != HttpStatusCode.Redirect), r => Assert.Contains(DossierWorkflow.ChangedMessage, r.Item2));
        Assert.Equal(1, await _app.WithDbAsync(db => db.DossierTransitions.CountAsync(t => t.DossierId == id && t.To == DossierStatus.Received)));

        // Return once for a missing achievement report, fix, resubmit, receive again.
        Lookups.AssertRedirect(await PostAsync(appraiser, id, "Return", new() { ["Input.Version"] = V(await DossierAsync(id)), ["Input.Reason"] = "Báo cáo thành tích của hộ ông Giàng A Páo chưa có xác nhận của UBND phường" }));
        await AttachAsync(clerk, id, "BAO_CAO_THANH_TICH", nominees[2]);
        Lookups.AssertRedirect(await PostAsync(clerk, id, "Submit", new() { ["Input.Version"] = V(await DossierAsync(id)) }));
        Lookups.AssertRedirect(await PostAsync(appraiser, id, "Receive", new() { ["Input.Version"] = V(await DossierAsync(id)) }));
        Assert.Equal(2, await _app.WithDbAsync(db => db.DossierSnapshots.CountAsync(s => s.DossierId == id)));

        foreach (var n in nominees)
        {
            Lookups.AssertRedirect(await PostAsync(appraiser, id, "Appraise", new() { ["Input.NomineeId"] = n.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Accept"] = "true", ["Input.Reason"] = "Đã xác minh thành tích với đơn vị" }));
        }

        Lookups.AssertRedirect(await PostAsync(appraiser, id, "CompleteAppraisal", new() { ["Input.Version"] = V(await DossierAsync(id)) }));
        var minutes = await Http.PostMultipartAsync(appraiser, $"{Url(id)}?handler=Attach", Url(id), new() { ["Input.PartCode"] = NominationChecks.CouncilMinutes, ["Input.NomineeId"] = "" }, "Upload", "bien-ban-hoi-dong.pdf", Pdf, "application/pdf");
        Lookups.AssertRedirect(minutes);
        foreach (var n in nominees)
        {
            Lookups.AssertRedirect(await PostAsync(appraiser, id, "Council", new() { ["Input.NomineeId"] = n.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.VotesFor"] = "6", ["Input.TotalMembers"] = "7" }));
        }

        Lookups.AssertRedirect(await PostAsync(appraiser, id, "CompleteCouncil", new() { ["Input.Version"] = V(await DossierAsync(id)) }));

        // The signer issues on 15/01/2024: 20 parallel requests → one decision, one number.
        _clock.Now = new DateTimeOffset(2024, 1, 15, 2, 0, 0, TimeSpan.Zero);
        var signer = await Http.SignedInAsync(_app, "lanhdao.tplc");
        // Issued from the preview only (issue 12): the tờ trình recorded, the texts as the signer saw them.
        var letter = await NominationScenario.Bearer(_app, "canbo.tanphong").PutAsJsonAsync($"/api/v1/dossiers/{id}/submission-letter", new { number = "05/TTr-UBND", date = "2023-11-20" });
        Assert.True(letter.IsSuccessStatusCode, await letter.Content.ReadAsStringAsync());
        var texts = new Dictionary<string, string>
        {
            ["Input.Summary"] = "Về việc tặng Giấy khen cho cá nhân và hộ gia đình có thành tích xuất sắc trong năm 2023",
            ["Input.Article1"] = "Tặng Giấy khen cho 02 cá nhân và 01 hộ gia đình đã có thành tích xuất sắc trong năm 2023 (có danh sách kèm theo).",
            ["Input.Article2"] = "Tiền thưởng kèm theo chi từ quỹ thi đua, khen thưởng theo quy định.",
            ["Input.Article3"] = "Quyết định có hiệu lực kể từ ngày ký. Các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.",
        };
        var preview = $"/Nominations/DecisionPreview/{id}";
        var saveFields = new Dictionary<string, string>(texts) { ["Input.Version"] = (await DossierAsync(id)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        Lookups.AssertRedirect(await Http.PostFormAsync(signer, $"{preview}?handler=Save", saveFields, preview));
        var issued = await TwentyAsync(signer, id, "Issue", (await DossierAsync(id)).Version, preview, texts);
        Assert.Equal(1, issued.Count(r => r.Item1 == HttpStatusCode.Redirect));
        Assert.Equal(DossierStatus.Decided, (await DossierAsync(id)).Status);
        var decision = await _app.WithDbAsync(db => db.Decisions.AsNoTracking().SingleAsync(d => d.DossierId == id));
        // Gap-free after the demo's sơ kết decision, 01/QĐ-UBND of 02/01/2024 by the same city.
        Assert.Equal("02/QĐ-UBND", decision.Number);
        Assert.Equal(2, await _app.WithDbAsync(db => db.DecisionCounters.Where(c => c.IssuingUnitId == decision.IssuingUnitId && c.Year == 2024).Select(c => c.LastNumber).SingleAsync()));

        // Registry and money: Giấy khen 0,3 × 1.800.000 = 540.000 đ; household ×1,5 = 810.000 đ.
        var records = await _app.WithDbAsync(db => db.AwardRecords.AsNoTracking().Where(a => a.DecisionNumber == "02/QĐ-UBND" && a.DecisionDate == decision.DecisionDate).ToListAsync());
        Assert.Equal(3, records.Count);
        var recipients = await _app.WithDbAsync(db => db.DecisionRecipients.AsNoTracking().Where(r => r.DecisionId == decision.Id).OrderBy(r => r.Serial).ToListAsync());
        Assert.Equal([540_000m, 540_000m, 810_000m], recipients.Select(r => r.Amount));
        Assert.NotNull(await _app.WithDbAsync(db => db.People.AsNoTracking().SingleOrDefaultAsync(p => p.FullName == "Lò Văn Minh" && p.CitizenIdHash != null)));

        // The .docx decision opens and says what it should.
        var docx = await signer.GetAsync($"{Url(id)}?handler=DecisionDocx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using (var doc = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
        {
            var text = string.Join("\n", doc.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
            Assert.Contains("QUYẾT ĐỊNH", text);
            Assert.Contains("Số: 02/QĐ-UBND", text);
            Assert.Contains("KT. CHỦ TỊCH", text);
            Assert.Contains("Trần Đình Tiến", text);
            Assert.Contains("Giàng A Páo", text);
            Assert.Contains("810.000", text);
            Assert.Contains("Nghị định số 98/2023/NĐ-CP", text);
        }

        var xlsx = await signer.GetAsync($"{Url(id)}?handler=RecipientsXlsx");
        using (var sheet = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false))
        {
            var cells = sheet.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.CellValue?.Text ?? c.InnerText).ToList();
            Assert.Contains("Lò Văn Minh", cells);
            Assert.Contains("1890000", cells);
        }

        // The database refuses to change issued decisions and their award records.
        await using var conn = new NpgsqlConnection(_app.ConnectionString);
        await conn.OpenAsync();
        foreach (var sql in new[]
                 {
                     $"UPDATE decisions SET \"Number\" = 'x' WHERE \"Id\" = {decision.Id}", $"DELETE FROM decisions WHERE \"Id\" = {decision.Id}",
                     "TRUNCATE decisions CASCADE", $"UPDATE decision_recipients SET \"Amount\" = 1 WHERE \"DecisionId\" = {decision.Id}",
                     $"DELETE FROM award_records WHERE \"Id\" = {records[0].Id}", $"UPDATE award_records SET \"AwardCode\" = 'BK_TINH' WHERE \"Id\" = {records[0].Id}",
                 })
        {
            await using var cmd = new NpgsqlCommand(sql, conn);
            var e = await Assert.ThrowsAsync<PostgresException>(() => cmd.ExecuteNonQueryAsync());
            Assert.Contains("refused", e.MessageText, StringComparison.Ordinal);
        }

        clerk = await Http.SignedInAsync(_app, "canbo.tanphong"); // the clock moved two months: sign in again
        var timeline = WebUtility.HtmlDecode(await clerk.GetStringAsync(Url(id)));
        Assert.Contains("Báo cáo thành tích của hộ ông Giàng A Páo chưa có xác nhận", timeline);
        Assert.Contains("Quyết định số 02/QĐ-UBND", timeline);
        Assert.Contains("Hồ sơ", WebUtility.HtmlDecode(await clerk.GetStringAsync("/Nominations/Notifications")));
    }

    [Fact]
    public async Task DecisionNumbers_AreGapFree_WhenATransactionFailsAfterTakingANumber()
    {
        var unit = await Lookups.UnitIdAsync(_app, "LCH-TP");
        async Task<int> TakeAsync(bool commit)
        {
            using var scope = _app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<TdktDbContext>();
            await using var tx = await db.Database.BeginTransactionAsync();
            var n = await DecisionIssuer.TakeNumberAsync(db, unit, 2031, CancellationToken.None);
            if (commit)
            {
                await tx.CommitAsync();
            }
            else
            {
                await tx.RollbackAsync(); // e.g. the registry write failed after the number was taken
            }

            return n;
        }

        Assert.Equal(1, await TakeAsync(commit: false));
        Assert.Equal(1, await TakeAsync(commit: true));
        Assert.Equal(2, await TakeAsync(commit: false));
        var parallel = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => TakeAsync(commit: true)));
        Assert.Equal(Enumerable.Range(2, 10), parallel.Order());
    }

    private static string V(Dossier d) => d.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"/Nominations/Details/(\d+)")]
    private static partial Regex IdPattern();
}
