using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tdkt.Testing;

namespace Tdkt.Web.Tests.Emulation;

/// <summary>Score sheets through the real pages and API on the ward cluster of thành phố Lai Châu.</summary>
public sealed class ClusterScoringTests : IAsyncLifetime
{
    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewFactoryAsync(nameof(ClusterScoringTests));

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task SelfScore_ClerkOfOtherWard_Gets404AndWritesNothing()
    {
        var s = await ScoringArrange.OpenSheetAsync(_app);
        var tanPhong = await Lookups.UnitIdAsync(_app, "LCH-TP-TANPHONG");
        var doanKet = await Lookups.UnitIdAsync(_app, "LCH-TP-DOANKET");
        var clerkB = await Http.SignedInAsync(_app, "canbo.doanket");

        Assert.Equal(HttpStatusCode.NotFound, (await clerkB.GetAsync($"/Scoring/Self/{s.Id}/{tanPhong}")).StatusCode);
        var post = await Http.PostFormAsync(clerkB, $"/Scoring/Self/{s.Id}/{tanPhong}?handler=Submit", ScoringArrange.Scores(s, 50, 30), $"/Scoring/Self/{s.Id}/{doanKet}");

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.False(await _app.WithDbAsync(db => db.UnitScoreCards.AnyAsync(c => c.OrgUnitId == tanPhong)));
        Assert.Equal(HttpStatusCode.OK, (await clerkB.GetAsync($"/Scoring/Self/{s.Id}/{doanKet}")).StatusCode);
    }

    [Fact]
    public async Task Submit_ThenAgain_SecondRefused_AndConcurrentSubmitsSubmitOnce()
    {
        var s = await ScoringArrange.OpenSheetAsync(_app);
        var doanKet = await Lookups.UnitIdAsync(_app, "LCH-TP-DOANKET");
        var clerk = await Http.SignedInAsync(_app, "canbo.doanket");

        Lookups.AssertRedirect(await ScoringArrange.SubmitAsync(clerk, s, doanKet, ScoringArrange.Scores(s, 50.5m, 30)));
        var again = await ScoringArrange.SubmitAsync(clerk, s, doanKet, ScoringArrange.Scores(s, 60, 40));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("chỉ nộp một lần", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
        var card = await _app.WithDbAsync(db => db.UnitScoreCards.Include(c => c.Entries).SingleAsync(c => c.OrgUnitId == doanKet));
        Assert.Equal(50.5m, card.Entries.Single(e => e.CriterionId == s.WorkId).SelfPoints);

        // Two browsers of Tân Phong submit at the same moment: exactly one submit lands.
        var tanPhong = await Lookups.UnitIdAsync(_app, "LCH-TP-TANPHONG");
        var c1 = await Http.SignedInAsync(_app, "canbo.tanphong");
        var c2 = await Http.SignedInAsync(_app, "canbo.tanphong");
        Lookups.AssertRedirect(await Http.PostFormAsync(c1, $"/Scoring/Self/{s.Id}/{tanPhong}?handler=Save", ScoringArrange.Scores(s, 40, 30), $"/Scoring/Self/{s.Id}/{tanPhong}"));
        var t1 = Http.AntiforgeryToken(await c1.GetStringAsync($"/Scoring/Self/{s.Id}/{tanPhong}"))!;
        var t2 = Http.AntiforgeryToken(await c2.GetStringAsync($"/Scoring/Self/{s.Id}/{tanPhong}"))!;
        var responses = await Task.WhenAll(
            c1.PostAsync($"/Scoring/Self/{s.Id}/{tanPhong}?handler=Submit", Form(ScoringArrange.Scores(s, 41, 30), t1)),
            c2.PostAsync($"/Scoring/Self/{s.Id}/{tanPhong}?handler=Submit", Form(ScoringArrange.Scores(s, 42, 30), t2)));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Redirect));
        var submits = await _app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "Nộp bảng tự chấm điểm thi đua" && a.OrgUnitId == tanPhong));
        Assert.Equal(1, submits);
    }

    [Fact]
    public async Task Adjust_WithoutReason_IsRefused_WithReason_KeepsBeforeAfterAndAudit()
    {
        var s = await ScoringArrange.OpenSheetAsync(_app);
        var doanKet = await Lookups.UnitIdAsync(_app, "LCH-TP-DOANKET");
        var tanPhong = await Lookups.UnitIdAsync(_app, "LCH-TP-TANPHONG");
        Lookups.AssertRedirect(await ScoringArrange.SubmitAsync(await Http.SignedInAsync(_app, "canbo.doanket"), s, doanKet, ScoringArrange.Scores(s, 55, 35)));
        var leader = await Http.SignedInAsync(_app, "canbo.tanphong"); // Tân Phong leads the cluster in 2023
        var url = $"/Scoring/Review/{s.Id}/{doanKet}";

        var noReason = await Http.PostFormAsync(leader, url, new() { ["CriterionId"] = $"{s.WorkId}", ["Points"] = "50", ["Reason"] = "  " });

        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("Lý do điều chỉnh là bắt buộc", WebUtility.HtmlDecode(await noReason.Content.ReadAsStringAsync()));
        Assert.False(await _app.WithDbAsync(db => db.UnitScoreCards.Where(c => c.OrgUnitId == doanKet).SelectMany(c => c.Adjustments).AnyAsync()));

        var ok = await Http.PostFormAsync(leader, url, new() { ["CriterionId"] = $"{s.WorkId}", ["Points"] = "50", ["Reason"] = "Thu ngân sách đạt 92% kế hoạch" });

        Lookups.AssertRedirect(ok);
        var card = await _app.WithDbAsync(db => db.UnitScoreCards.Include(c => c.Adjustments).Include(c => c.Entries).SingleAsync(c => c.OrgUnitId == doanKet));
        var a = Assert.Single(card.Adjustments);
        Assert.Equal((55m, 50m, "Thu ngân sách đạt 92% kế hoạch"), (a.Before, a.After, a.Reason));
        Assert.Equal(55m, card.Entries.Single(e => e.CriterionId == s.WorkId).SelfPoints);
        Assert.True(await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(x => x.Action == "Điều chỉnh điểm thi đua" && x.Reason == "Thu ngân sách đạt 92% kế hoạch")));

        // The leader may not review its own card; a plain member may not review at all.
        Lookups.AssertRedirect(await ScoringArrange.SubmitAsync(leader, s, tanPhong, ScoringArrange.Scores(s, 50, 30)));
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync($"/Scoring/Review/{s.Id}/{tanPhong}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await Http.SignedInAsync(_app, "canbo.doanket")).GetAsync($"/Scoring/Review/{s.Id}/{tanPhong}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await Http.SignedInAsync(_app, "thamdinh.tplc")).GetAsync($"/Scoring/Review/{s.Id}/{tanPhong}")).StatusCode);
    }

    [Fact]
    public async Task RankingEndpoint_ShowsTiesAndProposals_OutOfScopeIs404()
    {
        var s = await ScoringArrange.OpenSheetAsync(_app);
        var tanPhong = await Lookups.UnitIdAsync(_app, "LCH-TP-TANPHONG");
        var doanKet = await Lookups.UnitIdAsync(_app, "LCH-TP-DOANKET");
        var leader = await Http.SignedInAsync(_app, "canbo.tanphong");
        Lookups.AssertRedirect(await ScoringArrange.SubmitAsync(leader, s, tanPhong, ScoringArrange.Scores(s, 55, 35, bonus: 4, penalty: 4)));
        Lookups.AssertRedirect(await ScoringArrange.SubmitAsync(await Http.SignedInAsync(_app, "canbo.doanket"), s, doanKet, ScoringArrange.Scores(s, 50, 40)));
        var finalise = await Http.PostFormAsync(leader, $"/Scoring/Sheet/{s.Id}?handler=Finalise", [], $"/Scoring/Sheet/{s.Id}");
        Lookups.AssertRedirect(finalise);

        var json = await leader.GetFromJsonAsync<JsonElement>($"/api/v1/score-sheets/{s.Id}/ranking");

        Assert.True(json.GetProperty("final").GetBoolean());
        var rows = json.GetProperty("ranking").EnumerateArray().Select(r => (r.GetProperty("rank").GetInt32(), r.GetProperty("tied").GetBoolean(), r.GetProperty("score").GetDecimal())).ToList();
        Assert.Equal([(1, true, 90m), (1, true, 90m)], rows);
        var proposals = json.GetProperty("proposals").EnumerateArray().Select(p => p.GetProperty("awardCode").GetString()).ToList();
        Assert.Equal(["CO_TINH", "CO_TINH"], proposals);

        var outsider = await Http.SignedInAsync(_app, "quantri.phongtho");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/score-sheets/{s.Id}/ranking")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/Scoring/Sheet/{s.Id}")).StatusCode);
    }

    [Fact]
    public async Task ClustersEndpoint_MemberClerkSeesWardClusterWithLeaders_OutsiderDoesNot()
    {
        var clerk = await Http.SignedInAsync(_app, "canbo.tanphong");
        var list = await clerk.GetFromJsonAsync<JsonElement>("/api/v1/clusters");
        var wards = list.EnumerateArray().Single(c => c.GetProperty("code").GetString() == "LCH-TP-CUM-PHUONG");
        Assert.Equal(7, wards.GetProperty("members").GetArrayLength());
        var leader2023 = wards.GetProperty("leaders").EnumerateArray().Single(l => l.GetProperty("year").GetInt32() == 2023);
        Assert.Equal("LCH-TP-TANPHONG", leader2023.GetProperty("leader").GetProperty("code").GetString());
        Assert.Equal("LCH-TP-DOANKET", leader2023.GetProperty("deputy").GetProperty("code").GetString());
        Assert.DoesNotContain(list.EnumerateArray(), c => c.GetProperty("code").GetString() == "LCH-KHOI-HUYEN");

        var id = wards.GetProperty("id").GetInt32();
        var outsider = await Http.SignedInAsync(_app, "quantri.phongtho");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/clusters/{id}")).StatusCode);
    }

    [Fact]
    public async Task Organiser_AddsMemberSetsLeaderUploadsCovenant_ClerkCannotManage()
    {
        var clusterId = await _app.WithDbAsync(db => db.EmulationClusters.Where(c => c.Code == "LCH-TP-CUM-PHUONG").Select(c => c.Id).SingleAsync());
        var pnv = await Lookups.UnitIdAsync(_app, "LCH-TP-PNV");
        var quyetThang = await Lookups.UnitIdAsync(_app, "LCH-TP-QUYETTHANG");
        var doanKet = await Lookups.UnitIdAsync(_app, "LCH-TP-DOANKET");
        var organiser = await Http.SignedInAsync(_app, "thamdinh.tplc");

        Lookups.AssertRedirect(await Http.PostFormAsync(organiser, $"/Clusters/Members/{clusterId}?handler=Add",
            new() { ["OrgUnitId"] = $"{pnv}", ["Year"] = "2024" }, $"/Clusters/Members/{clusterId}"));
        Lookups.AssertRedirect(await Http.PostFormAsync(organiser, $"/Clusters/Leaders/{clusterId}",
            new() { ["Year"] = "2024", ["LeaderOrgUnitId"] = $"{quyetThang}", ["DeputyOrgUnitId"] = $"{doanKet}" }));
        var notMember = await Http.PostFormAsync(organiser, $"/Clusters/Leaders/{clusterId}",
            new() { ["Year"] = "2020", ["LeaderOrgUnitId"] = $"{quyetThang}", ["DeputyOrgUnitId"] = "" });
        Assert.Contains("phải là thành viên trong năm 2020", WebUtility.HtmlDecode(await notMember.Content.ReadAsStringAsync()));

        var pdf = "%PDF-1.4\n% giao uoc thi dua 2024\n"u8.ToArray();
        var upload = await Http.PostMultipartAsync(organiser, $"/Clusters/Covenant/{clusterId}", $"/Clusters/Covenant/{clusterId}",
            new() { ["Year"] = "2024", ["Title"] = "Bản giao ước thi đua năm 2024", ["SignedOn"] = "15/01/2024" }, "Upload", "giao-uoc-2024.pdf", pdf, "application/pdf");
        Lookups.AssertRedirect(upload);
        var file = await _app.WithDbAsync(db => db.StoredFiles.AsNoTracking().SingleAsync(f => f.FileName == "giao-uoc-2024.pdf"));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)), file.Sha256);
        var fileKey = $"{file.Id}";
        Assert.DoesNotContain(await _app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "StoredFile" && a.EntityId == fileKey).Select(a => a.After!).SingleAsync()), "giao uoc");

        var clerk = await Http.SignedInAsync(_app, "canbo.tanphong");
        var covenantId = await _app.WithDbAsync(db => db.ClusterCovenants.Select(c => c.Id).SingleAsync());
        var download = await clerk.GetAsync($"/Clusters/Covenant/{clusterId}?handler=File&covenantId={covenantId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/Clusters/Members/{clusterId}")).StatusCode);
        var exe = await Http.PostMultipartAsync(organiser, $"/Clusters/Covenant/{clusterId}", $"/Clusters/Covenant/{clusterId}",
            new() { ["Year"] = "2024", ["Title"] = "X" }, "Upload", "giao-uoc.pdf", "MZ\u0090"u8.ToArray(), "application/pdf");
        Assert.Contains("Chỉ nhận tệp PDF", WebUtility.HtmlDecode(await exe.Content.ReadAsStringAsync()));
    }

    private static FormUrlEncodedContent Form(Dictionary<string, string> fields, string token) =>
        new(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token });
}
