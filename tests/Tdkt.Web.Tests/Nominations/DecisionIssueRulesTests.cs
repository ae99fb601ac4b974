using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Nominations;
using Tdkt.Testing;
using static Tdkt.Web.Tests.Nominations.NominationScenario;

namespace Tdkt.Web.Tests.Nominations;

/// <summary>Issue 12 bad input and item 4: the decision is issued from the preview only; a missing tờ trình number,
/// a decision date before the dossier's receipt and a signer's office that does not fit the body are refused with a
/// Vietnamese message naming the field, and nothing is issued.</summary>
public sealed class DecisionIssueRulesTests : IAsyncLifetime
{
    private readonly SettableClock _clock = new(new DateTimeOffset(2023, 11, 20, 2, 0, 0, TimeSpan.Zero));
    private TdktFactory _app = null!;
    private int _id;

    private static readonly Dictionary<string, string> Texts = new()
    {
        ["Input.Capacity"] = "ForChairman",
        ["Input.Summary"] = "Về việc tặng Giấy khen cho cá nhân và hộ gia đình có thành tích xuất sắc trong năm 2023",
        ["Input.Article1"] = "Tặng Giấy khen cho 02 cá nhân và 01 hộ gia đình đã có thành tích xuất sắc trong năm 2023 (có danh sách kèm theo).",
        ["Input.Article2"] = "Tiền thưởng kèm theo chi từ quỹ thi đua, khen thưởng theo quy định.",
        ["Input.Article3"] = "Quyết định có hiệu lực kể từ ngày ký. Các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.",
    };

    public async Task InitializeAsync()
    {
        _app = await TestDatabases.NewFactoryAsync(nameof(DecisionIssueRulesTests));
        _app.Clock = _clock;
        _id = await DecidableAsync(_app);
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private string Preview => $"/Nominations/DecisionPreview/{_id}";

    private async Task<HttpResponseMessage> IssueOnPreviewAsync(string? signerTitle = null)
    {
        var signer = await Http.SignedInAsync(_app, "lanhdao.tplc");
        var version = await _app.WithDbAsync(db => db.Dossiers.Where(d => d.Id == _id).Select(d => d.Version).SingleAsync());
        var fields = new Dictionary<string, string>(Texts) { ["Input.Version"] = version.ToString(CultureInfo.InvariantCulture), ["Input.SignerTitle"] = signerTitle ?? "" };
        return await Http.PostFormAsync(signer, $"{Preview}?handler=Issue", fields, Preview);
    }

    private async Task LetterAsync()
    {
        var put = await Bearer(_app, "canbo.tanphong").PutAsJsonAsync($"/api/v1/dossiers/{_id}/submission-letter", new { number = "05/TTr-UBND", date = "2023-11-20" });
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
    }

    private Task<bool> IssuedAnythingAsync() => _app.WithDbAsync(db => db.Decisions.AnyAsync(d => d.DossierId == _id));

    private async Task<uint> VersionAsync() => await _app.WithDbAsync(db => db.Dossiers.Where(d => d.Id == _id).Select(d => d.Version).SingleAsync());

    [Fact]
    public async Task DossierPage_IssueFormOnlyLeadsToThePreview_PostIssuesNothing()
    {
        var signer = await Http.SignedInAsync(_app, "lanhdao.tplc");
        var page = await signer.GetStringAsync(Url(_id));
        Assert.Contains($"href=\"/Nominations/DecisionPreview/{_id}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Issue\"", page, StringComparison.Ordinal);

        var r = await Http.PostFormAsync(signer, $"{Url(_id)}?handler=Issue",
            new() { ["Input.Version"] = (await VersionAsync()).ToString(CultureInfo.InvariantCulture), ["Input.Capacity"] = "ForChairman" }, Url(_id));

        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Equal(Preview, r.Headers.Location!.ToString());
        Assert.False(await IssuedAnythingAsync());
        var preview = WebUtility.HtmlDecode(await signer.GetStringAsync(Preview));
        Assert.Contains("Ký ban hành quyết định", preview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issue_WithoutSubmissionNumber_RefusedNamingTheFieldNothingIssued()
    {
        var page = await IssueOnPreviewAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Số tờ trình", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var api = await Bearer(_app, "lanhdao.tplc").PostAsJsonAsync($"/api/v1/dossiers/{_id}/transitions",
            new { action = "issue", version = await VersionAsync(), capacity = "ForChairman" });
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains("Số tờ trình", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await IssuedAnythingAsync());
        Assert.Equal(DossierStatus.CouncilRecorded, await _app.WithDbAsync(db => db.Dossiers.Where(d => d.Id == _id).Select(d => d.Status).SingleAsync()));
    }

    [Fact]
    public async Task Issue_DecisionDateBeforeReceipt_RefusedNamingTheFieldNothingIssued()
    {
        await LetterAsync();
        // Received on 01/02/2024 (the receipt recorded late); the signer's day is 20/01/2024, before it.
        await _app.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE dossiers SET \"ReceivedOn\" = {new DateOnly(2024, 2, 1)} WHERE \"Id\" = {_id}"));
        _clock.Now = new DateTimeOffset(2024, 1, 20, 2, 0, 0, TimeSpan.Zero);
        // The demo's own 2024 decisions of the body already use numbers: the refusal must not take another one.
        var numbersBefore = await CounterAsync();

        var page = await IssueOnPreviewAsync();
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Ngày quyết định 20/01/2024 trước ngày tiếp nhận hồ sơ 01/02/2024", html, StringComparison.Ordinal);

        var api = await TransitionAsync(_app, "lanhdao.tplc", _id, "issue", new { capacity = "ForChairman" });
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains("Ngày quyết định", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await IssuedAnythingAsync());
        Assert.Equal(numbersBefore, await CounterAsync());
    }

    private Task<int> CounterAsync() => _app.WithDbAsync(db => db.DecisionCounters
        .Where(c => c.Year == 2024 && db.Dossiers.Any(d => d.Id == _id && d.ReceivingUnitId == c.IssuingUnitId))
        .Select(c => c.LastNumber).SumAsync());

    [Fact]
    public async Task Issue_SignerOfficeNotFittingTheBody_RefusedNamingTheFieldNothingIssued()
    {
        await LetterAsync();
        _clock.Now = new DateTimeOffset(2024, 1, 15, 2, 0, 0, TimeSpan.Zero);

        var page = await IssueOnPreviewAsync("Giám đốc");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Chức vụ, thẩm quyền người ký: Chức vụ người ký “Giám đốc” không phù hợp", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var api = await TransitionAsync(_app, "lanhdao.tplc", _id, "issue", new { capacity = "ForChairman", signerTitle = "Hiệu trưởng" });
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains("Chức vụ, thẩm quyền người ký", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await IssuedAnythingAsync());

        var ok = await IssueOnPreviewAsync("Phó Chủ tịch UBND thành phố");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.True(await IssuedAnythingAsync());
    }
}
