using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Nominations;
using Tdkt.Testing;
using static Tdkt.Web.Tests.Nominations.NominationScenario;

namespace Tdkt.Web.Tests.Nominations;

/// <summary>Issue 15 item 1 over HTTP: a ballot-required form (CSTĐCS) is never decided without a passed council vote,
/// by the page or by the API (POST /api/v1/dossiers/{id}/transitions {"action":"issue"}).</summary>
public sealed class IssueGateHttpTests : IAsyncLifetime
{
    private readonly SettableClock _clock = new(new DateTimeOffset(2023, 11, 20, 2, 0, 0, TimeSpan.Zero));
    private TdktFactory _app = null!;

    public async Task InitializeAsync()
    {
        _app = await TestDatabases.NewFactoryAsync(nameof(IssueGateHttpTests));
        _app.Clock = _clock;
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private static async Task OkAsync(Task<HttpResponseMessage> call)
    {
        var r = await call;
        Assert.True(r.IsSuccessStatusCode, await r.Content.ReadAsStringAsync());
    }

    /// <summary>The seed dossier appraised (all accepted), its two individuals proposed for CSTĐCS (a ballot form), no council result.</summary>
    private async Task<int> AppraisedWithBallotFormAsync()
    {
        var id = await ReadyDraftAsync(_app);
        await OkAsync(TransitionAsync(_app, "canbo.tanphong", id, "submit"));
        await OkAsync(TransitionAsync(_app, "thamdinh.tplc", id, "receive"));
        var appraiser = await Http.SignedInAsync(_app, "thamdinh.tplc");
        foreach (var n in await NomineeIdsAsync(id))
        {
            Lookups.AssertRedirect(await Http.PostFormAsync(appraiser, $"{Url(id)}?handler=Appraise",
                new() { ["Input.NomineeId"] = n.ToString(CultureInfo.InvariantCulture), ["Input.Accept"] = "true", ["Input.Reason"] = "Đã xác minh thành tích với đơn vị" }, Url(id)));
        }

        await OkAsync(TransitionAsync(_app, "thamdinh.tplc", id, "complete-appraisal"));
        await _app.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE nominees SET \"AwardCode\" = 'CSTDCS' WHERE \"DossierId\" = {id} AND \"Kind\" = 'Individual'"));
        _clock.Now = new DateTimeOffset(2024, 1, 15, 2, 0, 0, TimeSpan.Zero);
        return id;
    }

    private Task<List<int>> NomineeIdsAsync(int id) =>
        _app.WithDbAsync(db => db.Nominees.Where(n => n.DossierId == id).OrderBy(n => n.Id).Select(n => n.Id).ToListAsync());

    [Fact]
    public async Task IssueByApi_BallotFormWithoutCouncilVote_Answers409AndIssuesNothing()
    {
        var id = await AppraisedWithBallotFormAsync();

        var r = await TransitionAsync(_app, "lanhdao.tplc", id, "issue", new { capacity = "ForChairman" });

        Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
        var detail = (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.Contains("Lò Văn Minh: Chiến sĩ thi đua cơ sở phải được Hội đồng Thi đua - Khen thưởng bỏ phiếu thông qua", detail, StringComparison.Ordinal);
        Assert.Equal(DossierStatus.Appraised, await _app.WithDbAsync(db => db.Dossiers.Where(d => d.Id == id).Select(d => d.Status).SingleAsync()));
        Assert.False(await _app.WithDbAsync(db => db.Decisions.AnyAsync(d => d.DossierId == id)));
    }

    [Fact]
    public async Task IssueByPage_BallotFormWithoutCouncilVote_ShowsVietnameseRefusal()
    {
        var id = await AppraisedWithBallotFormAsync();
        var signer = await Http.SignedInAsync(_app, "lanhdao.tplc");
        var version = await _app.WithDbAsync(db => db.Dossiers.Where(d => d.Id == id).Select(d => d.Version).SingleAsync());

        var letter = await Bearer(_app, "canbo.tanphong").PutAsJsonAsync($"/api/v1/dossiers/{id}/submission-letter", new { number = "05/TTr-UBND", date = "2023-11-20" });
        Assert.True(letter.IsSuccessStatusCode, await letter.Content.ReadAsStringAsync());
        version = await _app.WithDbAsync(db => db.Dossiers.Where(d => d.Id == id).Select(d => d.Version).SingleAsync());
        var preview = $"/Nominations/DecisionPreview/{id}";
        var r = await Http.PostFormAsync(signer, $"{preview}?handler=Issue", new()
        {
            ["Input.Version"] = version.ToString(CultureInfo.InvariantCulture), ["Input.Capacity"] = "ForChairman",
            ["Input.Summary"] = "Về việc tặng Chiến sĩ thi đua cơ sở và Giấy khen năm 2023",
            ["Input.Article1"] = "Tặng danh hiệu Chiến sĩ thi đua cơ sở cho 02 cá nhân (có danh sách kèm theo).",
            ["Input.Article2"] = "Tiền thưởng kèm theo chi từ quỹ thi đua, khen thưởng theo quy định.",
            ["Input.Article3"] = "Quyết định có hiệu lực kể từ ngày ký; các cơ quan, đơn vị có liên quan thi hành./.",
        }, preview);

        Assert.NotEqual(HttpStatusCode.Redirect, r.StatusCode);
        var page = WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync());
        Assert.Contains("Chưa ban hành quyết định được vì còn đối tượng chưa đủ các bước luật định", page, StringComparison.Ordinal);
        Assert.Contains("Tòng Thị Lan: Chiến sĩ thi đua cơ sở", page, StringComparison.Ordinal);
        Assert.False(await _app.WithDbAsync(db => db.Decisions.AnyAsync(d => d.DossierId == id)));
    }

    [Fact]
    public async Task Issue_BallotFormWithPassedVote_IssuesForPassedAndSkipsFailed()
    {
        var id = await AppraisedWithBallotFormAsync();
        var appraiser = await Http.SignedInAsync(_app, "thamdinh.tplc");
        Lookups.AssertRedirect(await Http.PostMultipartAsync(appraiser, $"{Url(id)}?handler=Attach", Url(id),
            new() { ["Input.PartCode"] = "BIEN_BAN_HOI_DONG", ["Input.NomineeId"] = "" }, "Upload", "bien-ban-hoi-dong.pdf", Pdf, "application/pdf"));
        var ids = await NomineeIdsAsync(id);
        var votes = new[] { "7", "4", "6" }; // Lò Văn Minh passes (7/7), Tòng Thị Lan fails (4/7), the household (Giấy khen) passes
        for (var i = 0; i < ids.Count; i++)
        {
            Lookups.AssertRedirect(await Http.PostFormAsync(appraiser, $"{Url(id)}?handler=Council",
                new() { ["Input.NomineeId"] = ids[i].ToString(CultureInfo.InvariantCulture), ["Input.VotesFor"] = votes[i], ["Input.TotalMembers"] = "7" }, Url(id)));
        }

        await OkAsync(TransitionAsync(_app, "thamdinh.tplc", id, "complete-council"));
        await OkAsync(TransitionAsync(_app, "lanhdao.tplc", id, "issue", new { capacity = "ForChairman" }));

        var names = await _app.WithDbAsync(db => (from r in db.DecisionRecipients
                                                  join d in db.Decisions on r.DecisionId equals d.Id
                                                  where d.DossierId == id
                                                  orderby r.Serial
                                                  select r.Name).ToListAsync());
        Assert.Equal(["Lò Văn Minh", "Giàng A Páo"], names);
    }
}
