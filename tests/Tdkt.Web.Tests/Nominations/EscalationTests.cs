using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Nominations;
using Tdkt.Testing;
using Tdkt.Web.Pages.Nominations;
using static Tdkt.Web.Tests.Nominations.NominationScenario;

namespace Tdkt.Web.Tests.Nominations;

/// <summary>Trình cấp trên (ADR-0013): a ward's dossier appraised by UBND thành phố Lai Châu goes up to the province
/// for its provincial forms; the province's steps come back to the ward's timeline; ids never leak out of scope.</summary>
public sealed class EscalationTests : IAsyncLifetime
{
    private readonly SettableClock _clock = new(new DateTimeOffset(2023, 11, 20, 2, 0, 0, TimeSpan.Zero));
    private TdktFactory _app = null!;

    public async Task InitializeAsync()
    {
        _app = await TestDatabases.NewFactoryAsync(nameof(EscalationTests));
        _app.Clock = _clock;
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private static string S(int i) => i.ToString(CultureInfo.InvariantCulture);

    private Task<Dossier> DossierAsync(int id) => _app.WithDbAsync(db => db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == id));

    private Task<Dossier> HigherOfAsync(int id) => _app.WithDbAsync(db => db.Dossiers.AsNoTracking().SingleAsync(d => d.OriginDossierId == id));

    private static async Task OkAsync(Task<HttpResponseMessage> call)
    {
        var r = await call;
        Assert.True(r.IsSuccessStatusCode, $"{r.StatusCode}: {await r.Content.ReadAsStringAsync()}");
    }

    private async Task<List<int>> NomineeIdsAsync(int id) =>
        await _app.WithDbAsync(db => db.Nominees.Where(n => n.DossierId == id).OrderBy(n => n.Id).Select(n => n.Id).ToListAsync());

    /// <summary>A dossier of <paramref name="unitCode"/> with the given nominees (name, award), sent, received, appraised
    /// (all accepted) and with its council result recorded by <paramref name="appraiser"/>.</summary>
    private async Task<int> CouncilRecordedAsync(string clerkUser, string unitCode, string level, string appraiser,
        params (string Name, string Award)[] nominees)
    {
        var clerk = await Http.SignedInAsync(_app, clerkUser);
        var created = await Http.PostFormAsync(clerk, "/Nominations/Create", new()
        {
            ["Input.Title"] = "Đề nghị khen thưởng thành tích xuất sắc trong phong trào Vì người nghèo",
            ["Input.ProposingUnitId"] = S(await Lookups.UnitIdAsync(_app, unitCode)),
            ["Input.Kind"] = "AdHoc", ["Input.Level"] = level, ["Input.Year"] = "2023",
        });
        Lookups.AssertRedirect(created);
        var id = int.Parse(created.Headers.Location!.ToString().Split('/').Last(), CultureInfo.InvariantCulture);
        foreach (var (name, award) in nominees)
        {
            Lookups.AssertRedirect(await Http.PostFormAsync(clerk, $"{Url(id)}?handler=AddNominee", new()
            {
                ["Input.Kind"] = "Individual", ["Input.Name"] = name, ["Input.BirthYear"] = "1985", ["Input.Gender"] = "Nữ",
                ["Input.AwardCode"] = award, ["Input.Achievement"] = "Vận động 12 hộ thoát nghèo bền vững",
            }, Url(id)));
        }

        var parts = new List<(string, int?)> { ("TO_TRINH", null), ("BIEN_BAN_BINH_XET", null) };
        if (nominees.Any(n => n.Award == "BK_TTG"))
        {
            parts.Add(("TEP_DIEN_TU", null)); // central forms go with the e-files (QĐ 311/QĐ-BNV)
        }

        parts.AddRange((await NomineeIdsAsync(id)).Select(n => ("BAO_CAO_THANH_TICH", (int?)n)));
        foreach (var (part, nominee) in parts)
        {
            Lookups.AssertRedirect(await Http.PostMultipartAsync(clerk, $"{Url(id)}?handler=Attach", Url(id),
                new() { ["Input.PartCode"] = part, ["Input.NomineeId"] = nominee is { } n ? S(n) : "" },
                "Upload", part.ToLowerInvariant() + ".pdf", Pdf, "application/pdf"));
        }

        await OkAsync(TransitionAsync(_app, clerkUser, id, "submit"));
        await OkAsync(TransitionAsync(_app, appraiser, id, "receive"));
        await AppraiseAndCouncilAsync(id, appraiser);
        return id;
    }

    /// <summary>The receiving body's appraisal (all accepted), council minutes and result (7/7) on a received dossier.</summary>
    private async Task AppraiseAndCouncilAsync(int id, string appraiser)
    {
        var web = await Http.SignedInAsync(_app, appraiser);
        var nominees = await NomineeIdsAsync(id);
        foreach (var n in nominees)
        {
            Lookups.AssertRedirect(await Http.PostFormAsync(web, $"{Url(id)}?handler=Appraise",
                new() { ["Input.NomineeId"] = S(n), ["Input.Accept"] = "true", ["Input.Reason"] = "Đã xác minh thành tích với đơn vị" }, Url(id)));
        }

        await OkAsync(TransitionAsync(_app, appraiser, id, "complete-appraisal"));
        Lookups.AssertRedirect(await Http.PostMultipartAsync(web, $"{Url(id)}?handler=Attach", Url(id),
            new() { ["Input.PartCode"] = "BIEN_BAN_HOI_DONG", ["Input.NomineeId"] = "" }, "Upload", "bien-ban-hoi-dong.pdf", Pdf, "application/pdf"));
        foreach (var n in nominees)
        {
            Lookups.AssertRedirect(await Http.PostFormAsync(web, $"{Url(id)}?handler=Council",
                new() { ["Input.NomineeId"] = S(n), ["Input.VotesFor"] = "7", ["Input.TotalMembers"] = "7" }, Url(id)));
        }

        await OkAsync(TransitionAsync(_app, appraiser, id, "complete-council"));
    }

    private Task<int> WardDossierAsync(params (string Name, string Award)[] nominees) =>
        CouncilRecordedAsync("canbo.tanphong", "LCH-TP-TANPHONG", "Grassroots", "thamdinh.tplc", nominees);

    private static async Task<JsonElement> GetJsonAsync(HttpClient c, string url) => await c.GetFromJsonAsync<JsonElement>(url);

    [Fact]
    public async Task WardToProvince_ProvincialDecisionReachesTheWardTimeline_AndTheRegistryOnce()
    {
        var id = await WardDossierAsync(("Lò Thị Minh", "GK"), ("Tòng Thị Lan", "BK_TINH"));
        _clock.Now = new DateTimeOffset(2024, 1, 15, 2, 0, 0, TimeSpan.Zero);

        // The city's own Giấy khen first: escalating before it is refused with the fix.
        var early = await TransitionAsync(_app, "thamdinh.tplc", id, "escalate");
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("hãy ký ban hành quyết định cho các đối tượng đó trước", await early.Content.ReadAsStringAsync());
        await OkAsync(TransitionAsync(_app, "lanhdao.tplc", id, "issue", new { capacity = "ForChairman" }));
        var cityDecision = await _app.WithDbAsync(db => db.Decisions.AsNoTracking().SingleAsync(d => d.DossierId == id));
        var cityRecipients = await _app.WithDbAsync(db => db.DecisionRecipients.AsNoTracking().Where(r => r.DecisionId == cityDecision.Id).ToListAsync());
        Assert.Equal("Lò Thị Minh", Assert.Single(cityRecipients).Name); // BK_TINH is not the city's to give

        // Escalate page (linked from the dossier): who goes up and to whom, then confirm.
        var cityAppraiser = await Http.SignedInAsync(_app, "thamdinh.tplc");
        Assert.Contains($"href=\"/Nominations/Escalate/{id}\"", await cityAppraiser.GetStringAsync(Url(id)));
        var preview = WebUtility.HtmlDecode(await cityAppraiser.GetStringAsync($"/Nominations/Escalate/{id}"));
        Assert.Contains("UBND tỉnh Lai Châu", preview);
        Assert.Contains("Tòng Thị Lan", preview);
        Assert.DoesNotContain("Lò Thị Minh", preview);
        Lookups.AssertRedirect(await Http.PostFormAsync(cityAppraiser, $"/Nominations/Escalate/{id}",
            new() { ["Version"] = (await DossierAsync(id)).Version.ToString(CultureInfo.InvariantCulture) }));

        var original = await DossierAsync(id);
        var higher = await HigherOfAsync(id);
        Assert.Equal(DossierStatus.Decided, original.Status); // its own decision stands; the rest went up
        Assert.Equal(higher.Id, original.EscalatedDossierId);
        Assert.Equal(DossierStatus.Submitted, higher.Status);
        Assert.Equal(await Lookups.UnitIdAsync(_app, "LCH-TP"), higher.ProposingUnitId);
        Assert.Equal(await Lookups.UnitIdAsync(_app, "LCH"), higher.ReceivingUnitId);
        var carried = Assert.Single(await _app.WithDbAsync(db => db.Nominees.AsNoTracking().Where(n => n.DossierId == higher.Id).ToListAsync()));
        Assert.Equal(("Tòng Thị Lan", "BK_TINH", NomineeVerdict.Pending), (carried.Name, carried.AwardCode, carried.Verdict));
        var parts = await _app.WithDbAsync(db => db.DossierAttachments.AsNoTracking().Where(a => a.DossierId == higher.Id).Select(a => a.PartCode).ToListAsync());
        Assert.Equal(["BAO_CAO_THANH_TICH", "BIEN_BAN_BINH_XET", DossierWorkflow.LowerCouncilMinutes, "TO_TRINH"], parts.Order(StringComparer.Ordinal));

        // The province: Sở Nội vụ receives and appraises, the council, the provincial signer issues.
        await OkAsync(TransitionAsync(_app, "thamdinh.snv", higher.Id, "receive"));
        await AppraiseAndCouncilAsync(higher.Id, "thamdinh.snv");
        _clock.Now = new DateTimeOffset(2024, 2, 20, 2, 0, 0, TimeSpan.Zero);
        await OkAsync(TransitionAsync(_app, "lanhdao.tinh", higher.Id, "issue", new { capacity = "ForChairman" }));
        var provincial = await _app.WithDbAsync(db => db.Decisions.AsNoTracking().SingleAsync(d => d.DossierId == higher.Id));
        Assert.Equal(await Lookups.UnitIdAsync(_app, "LCH"), provincial.IssuingUnitId);

        // The ward's clerk sees it on the original dossier, without a link to the province's dossier.
        var clerk = await Http.SignedInAsync(_app, "canbo.tanphong");
        var page = WebUtility.HtmlDecode(await clerk.GetStringAsync(Url(id)));
        Assert.Contains($"Cấp trên (UBND tỉnh Lai Châu) đã ban hành Quyết định số {provincial.Number}", page);
        Assert.Contains("Cấp trên (UBND tỉnh Lai Châu) đã tiếp nhận hồ sơ trình.", page);
        Assert.DoesNotContain($"/Nominations/Details/{higher.Id}\"", page);
        var timeline = await _app.WithDbAsync(db => db.DossierTransitions.AsNoTracking().Where(t => t.DossierId == id).Select(t => t.Action).ToListAsync());
        Assert.Equal(1, timeline.Count(a => a == DossierAction.Escalate));
        Assert.Equal(1, timeline.Count(a => a == DossierAction.HigherDecided));

        // Registry: Tòng Thị Lan's Bằng khen once, under the ward, from the provincial decision.
        var awards = await _app.WithDbAsync(db => (from a in db.AwardRecords.AsNoTracking()
                                                   join p in db.People.AsNoTracking() on a.PersonId equals p.Id
                                                   where p.FullName == "Tòng Thị Lan" && a.Year == 2023
                                                   select new { a.AwardCode, a.DecisionNumber, p.OrgUnitId }).ToListAsync());
        var bk = Assert.Single(awards);
        Assert.Equal(("BK_TINH", provincial.Number), (bk.AwardCode, bk.DecisionNumber));
        Assert.Equal(await Lookups.UnitIdAsync(_app, "LCH-TP-TANPHONG"), bk.OrgUnitId);

        // API: the chain on both ends, ids only where the caller may look.
        var asClerk = await GetJsonAsync(Bearer(_app, "canbo.tanphong"), $"/api/v1/dossiers/{id}");
        var esc = asClerk.GetProperty("escalation");
        Assert.Equal(JsonValueKind.Null, esc.GetProperty("escalatedDossierId").ValueKind);
        Assert.Contains("UBND tỉnh Lai Châu", esc.GetProperty("escalatedTo").GetString());
        var asCity = await GetJsonAsync(Bearer(_app, "thamdinh.tplc"), $"/api/v1/dossiers/{id}");
        Assert.Equal(higher.Id, asCity.GetProperty("escalation").GetProperty("escalatedDossierId").GetInt32());
        var asProvince = await GetJsonAsync(Bearer(_app, "thamdinh.snv"), $"/api/v1/dossiers/{higher.Id}");
        Assert.Equal(JsonValueKind.Null, asProvince.GetProperty("escalation").GetProperty("originDossierId").ValueKind);
        Assert.Contains("Phường Tân Phong", asProvince.GetProperty("escalation").GetProperty("origin").GetString());
    }

    [Fact]
    public async Task Scope_WardSeesNoIdsOfTheProvincesDossier_ProvinceSeesTheOriginalsDocumentsThroughTheEscalatedOne()
    {
        var id = await WardDossierAsync(("Tòng Thị Lan", "BK_TINH"));
        var escalated = await TransitionAsync(_app, "thamdinh.tplc", id, "escalate");
        await OkAsync(Task.FromResult(escalated));
        var higher = await HigherOfAsync(id);
        Assert.Equal(higher.Id, (await escalated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("escalatedDossierId").GetInt32());
        Assert.Equal(DossierStatus.Escalated, (await DossierAsync(id)).Status);

        // The ward clerk: the province's dossier answers 404 on page and API; the original names the body, no link.
        var clerk = await Http.SignedInAsync(_app, "canbo.tanphong");
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync(Url(higher.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Bearer(_app, "canbo.tanphong").GetAsync($"/api/v1/dossiers/{higher.Id}")).StatusCode);
        var clerkPage = WebUtility.HtmlDecode(await clerk.GetStringAsync(Url(id)));
        Assert.Contains("Hồ sơ trình cấp trên:", clerkPage);
        Assert.Contains("gửi UBND tỉnh Lai Châu — Đã gửi, chờ tiếp nhận", clerkPage);
        Assert.DoesNotContain($"/Nominations/Details/{higher.Id}", clerkPage);
        Assert.DoesNotContain($"/Nominations/Escalate/{id}", clerkPage);

        // The city (which escalated) follows both ends.
        var city = WebUtility.HtmlDecode(await (await Http.SignedInAsync(_app, "thamdinh.tplc")).GetStringAsync(Url(id)));
        Assert.Contains($"<a href=\"/Nominations/Details/{higher.Id}\">gửi UBND tỉnh Lai Châu", city);

        // The province: not the original, but its documents and lower results through the escalated dossier.
        var province = await Http.SignedInAsync(_app, "thamdinh.snv");
        Assert.Equal(HttpStatusCode.NotFound, (await province.GetAsync(Url(id))).StatusCode);
        var provincePage = WebUtility.HtmlDecode(await province.GetStringAsync(Url(higher.Id)));
        Assert.Contains("Hồ sơ gốc:", provincePage);
        Assert.Contains("hồ sơ đề nghị của Phường Tân Phong, do UBND thành phố Lai Châu thẩm định", provincePage);
        Assert.DoesNotContain($"/Nominations/Details/{id}\"", provincePage);
        Assert.Contains("7/7 — Đạt", provincePage); // the city council's result
        var files = await _app.WithDbAsync(db => db.DossierAttachments.AsNoTracking().Where(a => a.DossierId == higher.Id).Select(a => a.StoredFileId).ToListAsync());
        Assert.Equal(4, files.Count);
        foreach (var f in files)
        {
            var r = await province.GetAsync($"{Url(higher.Id)}?handler=File&fileId={f}");
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Equal(Pdf, await r.Content.ReadAsByteArrayAsync());
        }

        // Returned by the province, resubmitted by the city, then not awarded: each step on the ward's timeline.
        await OkAsync(TransitionAsync(_app, "thamdinh.snv", higher.Id, "return", new { reason = "Bổ sung xác nhận của Mặt trận" }));
        await OkAsync(TransitionAsync(_app, "thamdinh.tplc", higher.Id, "submit"));
        await OkAsync(TransitionAsync(_app, "thamdinh.snv", higher.Id, "receive"));
        await AppraiseAndCouncilAsync(higher.Id, "thamdinh.snv");
        await OkAsync(TransitionAsync(_app, "lanhdao.tinh", higher.Id, "not-award", new { reason = "Chưa đủ thời gian từ lần khen trước" }));
        Assert.Equal(DossierStatus.NotAwarded, (await DossierAsync(id)).Status);
        var reasons = await _app.WithDbAsync(db => db.DossierTransitions.AsNoTracking().Where(t => t.DossierId == id).OrderBy(t => t.Id).Select(t => t.Reason).ToListAsync());
        Assert.Contains("Cấp trên (UBND tỉnh Lai Châu) trả lại hồ sơ trình để bổ sung: Bổ sung xác nhận của Mặt trận", reasons);
        Assert.Contains("Đã gửi lại hồ sơ trình UBND tỉnh Lai Châu.", reasons);
        Assert.Equal("Cấp trên (UBND tỉnh Lai Châu) không khen thưởng: Chưa đủ thời gian từ lần khen trước", reasons[^1]);
    }

    [Fact]
    public async Task TenParallelEscalations_MakeOneHigherDossier_TheOthersConflict()
    {
        var id = await WardDossierAsync(("Tòng Thị Lan", "BK_TINH"));
        var version = (await DossierAsync(id)).Version;
        var client = Bearer(_app, "lanhdao.tplc");
        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
            client.PostAsJsonAsync($"/api/v1/dossiers/{id}/transitions", new { action = "escalate", version })));

        Assert.Equal(1, results.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(9, results.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(1, await _app.WithDbAsync(db => db.Dossiers.CountAsync(d => d.OriginDossierId == id)));
        Assert.Equal(1, await _app.WithDbAsync(db => db.DossierTransitions.CountAsync(t => t.DossierId == id && t.Action == DossierAction.Escalate)));
        var higher = await HigherOfAsync(id);
        Assert.Single(await _app.WithDbAsync(db => db.Nominees.Where(n => n.DossierId == higher.Id).ToListAsync()));

        // Once escalated, again is refused (the clerk cannot even try: out of their role → 404).
        Assert.Equal(HttpStatusCode.Conflict, (await TransitionAsync(_app, "thamdinh.tplc", id, "escalate")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await TransitionAsync(_app, "canbo.tanphong", id, "escalate")).StatusCode);
    }

    [Fact]
    public async Task ProvinceToCentral_RecordedAsSent_OutcomeEnteredByTheProvincialSigner()
    {
        var id = await CouncilRecordedAsync("canbo.snv", "LCH-SNV", "Province", "thamdinh.snv", ("Nguyễn Thị Hoa", "BK_TTG"));
        await OkAsync(TransitionAsync(_app, "thamdinh.snv", id, "escalate"));
        var d = await DossierAsync(id);
        Assert.Equal(DossierStatus.Escalated, d.Status);
        Assert.Null(d.EscalatedDossierId);
        Assert.StartsWith("Thủ tướng Chính phủ (qua Bộ Nội vụ", d.EscalatedToExternal);
        Assert.Equal(0, await _app.WithDbAsync(db => db.Dossiers.CountAsync(x => x.OriginDossierId == id)));

        var signer = await Http.SignedInAsync(_app, "lanhdao.tinh");
        var page = WebUtility.HtmlDecode(await signer.GetStringAsync(Url(id)));
        Assert.Contains("gửi Thủ tướng Chính phủ (qua Bộ Nội vụ — Ban Thi đua - Khen thưởng Trung ương) (ngoài hệ thống)", page);
        var missing = await Http.PostFormAsync(signer, $"/Nominations/Escalate/{id}?handler=Central",
            new() { ["Version"] = d.Version.ToString(CultureInfo.InvariantCulture), ["Awarded"] = "true", ["Text"] = "" }, Url(id));
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("Hãy ghi số, ngày quyết định của cấp Trung ương", WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync()));

        Lookups.AssertRedirect(await Http.PostFormAsync(signer, $"/Nominations/Escalate/{id}?handler=Central",
            new() { ["Version"] = d.Version.ToString(CultureInfo.InvariantCulture), ["Awarded"] = "true", ["Text"] = "Quyết định số 123/QĐ-TTg ngày 05/3/2024" }, Url(id)));
        d = await DossierAsync(id);
        Assert.Equal(DossierStatus.Decided, d.Status);
        Assert.True(d.EscalationClosed);
        var clerkPage = WebUtility.HtmlDecode(await (await Http.SignedInAsync(_app, "canbo.snv")).GetStringAsync(Url(id)));
        Assert.Contains("đã quyết định khen thưởng: Quyết định số 123/QĐ-TTg ngày 05/3/2024", clerkPage);
        Assert.DoesNotContain("data-testid=\"central-outcome\"", WebUtility.HtmlDecode(await signer.GetStringAsync(Url(id))));
    }

    [Fact]
    public async Task ProvinceToCentral_OutcomeThroughTheApi_ReasonRequired_OutOfScope404_OnceOnly()
    {
        var id = await CouncilRecordedAsync("canbo.snv", "LCH-SNV", "Province", "thamdinh.snv", ("Nguyễn Thị Hoa", "BK_TTG"));

        // Not yet sent to the central level: conflict.
        Assert.Equal(HttpStatusCode.Conflict, (await TransitionAsync(_app, "lanhdao.tinh", id, "central-not-awarded", new { reason = "Chưa trình" })).StatusCode);
        await OkAsync(TransitionAsync(_app, "thamdinh.snv", id, "escalate"));

        var missing = await TransitionAsync(_app, "lanhdao.tinh", id, "central-decided");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var problem = await missing.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("số, ngày quyết định của cấp Trung ương", problem.GetProperty("errors").GetProperty("reason")[0].GetString());

        // The proposing clerk and another body: 404, whatever the body says.
        Assert.Equal(HttpStatusCode.NotFound, (await TransitionAsync(_app, "thamdinh.tplc", id, "central-decided", new { reason = "Quyết định số 1/QĐ-TTg" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await TransitionAsync(_app, "thamdinh.ninhthuan", id, "central-decided", new { reason = "Quyết định số 1/QĐ-TTg" })).StatusCode);
        var clerk = await TransitionAsync(_app, "canbo.snv", id, "central-decided", new { reason = "Quyết định số 1/QĐ-TTg" });
        Assert.Equal(HttpStatusCode.NotFound, clerk.StatusCode);

        var stale = await DossierAsync(id);
        var ok = await TransitionAsync(_app, "lanhdao.tinh", id, "central-not-awarded",
            new { reason = "Công văn số 45/BTĐKT-VP ngày 10/4/2024: chưa đủ điều kiện về thời gian" });
        Assert.True(ok.IsSuccessStatusCode, await ok.Content.ReadAsStringAsync());
        var result = await ok.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("NotAwarded", result.GetProperty("status").GetString());
        var d = await DossierAsync(id);
        Assert.Equal(DossierStatus.NotAwarded, d.Status);
        Assert.True(d.EscalationClosed);
        var timeline = await GetJsonAsync(Bearer(_app, "canbo.snv"), $"/api/v1/dossiers/{id}");
        Assert.Contains(timeline.GetProperty("timeline").EnumerateArray(),
            t => t.GetProperty("reason").GetString()?.Contains("không khen thưởng: Công văn số 45/BTĐKT-VP", StringComparison.Ordinal) == true);

        // Once only: a second outcome, or one with the old version, is a conflict.
        Assert.Equal(HttpStatusCode.Conflict, (await TransitionAsync(_app, "lanhdao.tinh", id, "central-decided", new { reason = "Quyết định số 9/QĐ-TTg" })).StatusCode);
        var old = await Bearer(_app, "lanhdao.tinh").PostAsJsonAsync($"/api/v1/dossiers/{id}/transitions",
            new { action = "central-decided", version = stale.Version, reason = "Quyết định số 9/QĐ-TTg" });
        Assert.Equal(HttpStatusCode.Conflict, old.StatusCode);
        Assert.Equal(1, await _app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "Ghi kết quả của cấp Trung ương" && a.EntityType == "Dossier")));
    }
}
