using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tdkt.Testing;

namespace Tdkt.Web.Tests.Awards;

/// <summary>POST /api/v1/eligibility/evaluate and GET /api/v1/reward-amount.</summary>
public sealed class AwardsApiTests : IAsyncLifetime
{
    private const string CstdTinhCandidate = """
        { "award": "CSTD_TINH", "year": 2025, "decisionDate": "2025-12-15",
          "subject": { "kind": "individual",
            "ratings": [{"year":2023,"rating":"HTXSNV"},{"year":2024,"rating":"HTXSNV"},{"year":2025,"rating":"HTXSNV"}],
            "titles": [{"year":2023,"award":"CSTDCS"},{"year":2024,"award":"CSTDCS"},{"year":2025,"award":"CSTDCS"}],
            "initiatives": [{"year":2024,"scope":"tinh","usedFor":null}], "disciplines": [], "holds": [] } }
        """;

    private TdktFactory _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = await TestDatabases.NewFactoryAsync(nameof(AwardsApiTests));
        _client = Http.Anonymous(_app);
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DemoTokens.For(_app, "thamdinh.snv"));
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private Task<HttpResponseMessage> EvaluateAsync(string json, HttpClient? client = null) =>
        (client ?? _client).PostAsync("/api/v1/eligibility/evaluate", new StringContent(json, Encoding.UTF8, "application/json"));

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Theory]
    [InlineData("tinh")]
    [InlineData("toan_quoc")]
    [InlineData("toanquoc")]
    public async Task Evaluate_InitiativeScopeNewOrOldSpelling_Accepted(string scope)
    {
        var response = await EvaluateAsync(CstdTinhCandidate.Replace("\"scope\":\"tinh\"", $"\"scope\":\"{scope}\"", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await JsonAsync(response)).GetProperty("eligible").GetBoolean());
    }

    [Fact]
    public async Task Evaluate_UnknownInitiativeScope_400ListingSnakeCaseCodes()
    {
        var response = await EvaluateAsync(CstdTinhCandidate.Replace("\"scope\":\"tinh\"", "\"scope\":\"tỉnh\"", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Hãy dùng: co_so, tinh, toan_quoc.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Evaluate_CstdTinhCandidate_EligibleWithEveryCriterionAndReference()
    {
        var response = await EvaluateAsync(CstdTinhCandidate);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await JsonAsync(response);
        Assert.True(json.GetProperty("eligible").GetBoolean());
        Assert.Contains("Nghị định 152/2025/NĐ-CP", json.GetProperty("legalBasis").GetString());
        var criteria = json.GetProperty("criteria").EnumerateArray().ToList();
        Assert.NotEmpty(criteria);
        Assert.All(criteria, c =>
        {
            Assert.False(string.IsNullOrEmpty(c.GetProperty("code").GetString()));
            Assert.False(string.IsNullOrEmpty(c.GetProperty("message").GetString()));
            Assert.False(string.IsNullOrEmpty(c.GetProperty("reference").GetString()));
        });
        Assert.Contains(criteria, c => c.GetProperty("reference").GetString()!.Contains("Điều 22", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Evaluate_TwoCstdcsOnly_NotEligibleWithVietnameseReason()
    {
        var json = CstdTinhCandidate.Replace("""{"year":2023,"award":"CSTDCS"},""", "", StringComparison.Ordinal);
        var body = await JsonAsync(await EvaluateAsync(json));
        Assert.False(body.GetProperty("eligible").GetBoolean());
        var unmet = body.GetProperty("criteria").EnumerateArray().First(c => !c.GetProperty("met").GetBoolean());
        Assert.Contains("Chiến sĩ thi đua cơ sở", unmet.GetProperty("message").GetString());
        Assert.Contains("Điều 22", unmet.GetProperty("reference").GetString());
    }

    [Fact]
    public async Task Evaluate_WithoutYear_UsesTheDecisionDatesYear()
    {
        var body = await JsonAsync(await EvaluateAsync(CstdTinhCandidate.Replace("\"year\": 2025, ", "", StringComparison.Ordinal)));
        Assert.Equal(2025, body.GetProperty("year").GetInt32());
        Assert.True(body.GetProperty("eligible").GetBoolean());
    }

    [Theory]
    [InlineData("\"award\": \"CSTD_TINH\"", "\"award\": \"CSTD_HUYEN\"", "award")]
    [InlineData("\"year\": 2025, \"decisionDate\": \"2025-12-15\",", "", "year")]
    [InlineData("{\"year\":2024,\"rating\":\"HTXSNV\"}", "{\"year\":2024,\"rating\":\"XUATSAC\"}", "subject.ratings[1].rating")]
    [InlineData("\"decisionDate\": \"2025-12-15\"", "\"decisionDate\": \"2023-12-15\"", "decisionDate")]
    public async Task Evaluate_BadInput_Answers400NamingTheField(string find, string replace, string field)
    {
        var response = await EvaluateAsync(CstdTinhCandidate.Replace(find, replace, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await JsonAsync(response)).GetProperty("errors");
        var message = errors.GetProperty(field)[0].GetString()!;
        Assert.Matches("[ăâđêôơưạảấầẩậắằẳặẹẻẽếềểệỉịọỏốồổộớờởợụủứừửựỳỵỷỹ]", message);
    }

    [Fact]
    public async Task Evaluate_WithoutToken_Answers401()
    {
        var response = await EvaluateAsync(CstdTinhCandidate, Http.Anonymous(_app));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task RewardAmount_BkTinhIndividualAugust2026_Is3800000()
    {
        var json = JsonDocument.Parse(await _client.GetStringAsync("/api/v1/reward-amount?award=BK_TINH&subjectKind=individual&decisionDate=2026-08-01")).RootElement;
        Assert.Equal(3_800_000m, json.GetProperty("amount").GetDecimal());
        Assert.Equal(1.5m, json.GetProperty("coefficient").GetDecimal());
        Assert.Equal(2_530_000m, json.GetProperty("baseSalary").GetDecimal());
        Assert.Contains("Nghị định 152/2025/NĐ-CP", json.GetProperty("legalBasis").GetString());
    }

    [Fact]
    public async Task RewardAmount_UsesTheStoredBaseSalaryAndCoefficient()
    {
        await _app.WithDbAsync(async db =>
        {
            var rate = await db.BaseSalaryRates.SingleAsync(r => r.From == new DateOnly(2026, 7, 1));
            rate.Amount = 2_600_000m;
            var bk = await db.AwardCatalogue.SingleAsync(e => e.Code == "BK_TINH" && e.Basis == Domain.Awards.LegalBasis.Nd152_2025);
            bk.MoneyCoefficient = 2.0m;
            return await db.SaveChangesAsync();
        });

        var json = JsonDocument.Parse(await _client.GetStringAsync("/api/v1/reward-amount?award=BK_TINH&subjectKind=individual&decisionDate=2026-08-01")).RootElement;
        Assert.Equal(5_200_000m, json.GetProperty("amount").GetDecimal());
        Assert.Equal(2_600_000m, json.GetProperty("baseSalary").GetDecimal());
    }

    [Theory]
    [InlineData("award=XYZ&subjectKind=individual&decisionDate=2026-08-01", "award")]
    [InlineData("award=BK_TINH&subjectKind=robot&decisionDate=2026-08-01", "subjectKind")]
    [InlineData("award=BK_TINH&subjectKind=individual", "decisionDate")]
    [InlineData("award=BK_TINH&subjectKind=individual&decisionDate=2023-05-01", "decisionDate")]
    [InlineData("award=TTLDTT&subjectKind=individual&decisionDate=2026-08-01", "subjectKind")]
    public async Task RewardAmount_BadInput_Answers400NamingTheField(string query, string field)
    {
        var response = await _client.GetAsync("/api/v1/reward-amount?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await JsonAsync(response)).GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RewardAmount_WithoutToken_Answers401()
    {
        var response = await Http.Anonymous(_app).GetAsync("/api/v1/reward-amount?award=BK_TINH&subjectKind=individual&decisionDate=2026-08-01");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Evaluate_MalformedJson_Answers400InVietnamese()
    {
        var response = await EvaluateAsync("{\"award\": \"CSTD_TINH\", \"year\": [1]}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("không hợp lệ", await response.Content.ReadAsStringAsync());
    }
}
