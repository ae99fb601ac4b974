using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Testing;
using Tdkt.Web.Tests.Nominations;

namespace Tdkt.Web.Tests.Hardening;

/// <summary>Malformed input (issue 15 item 8, ASVS 2.2.1): a generator over every writing API endpoint (enumerated from
/// the endpoint data source, bodies built from each endpoint's request type) and the known offenders; 0 × 5xx, every
/// API 4xx a JSON problem; counts printed.</summary>
public sealed class MalformedInputTests : IAsyncLifetime
{
    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewFactoryAsync(nameof(MalformedInputTests));

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private static readonly string[] GenericBodies =
    [
        "", "null", "[]", "{", "{\"a\":", "\"text\"", "42", "{\"\\u0000\":1}", new string('[', 200) + new string(']', 200),
        "{\"x\":1e999}", "{\"id\":1,\"id\":2}",
    ];

    private static IEnumerable<object?> BadValues()
    {
        yield return "a\u0000b";
        yield return new string('Ạ', 20_000);
        yield return "";
        yield return -2147483649L;
        yield return 1e308;
        yield return new { nested = new[] { 1 } };
        yield return new[] { "x" };
        yield return true;
        yield return "‮<script>alert(1)</script>";
        yield return "31/02/2025";
    }

    [Fact]
    public async Task WritingApiEndpoints_MalformedBodies_NeverAnswer5xx_AndAnswerJsonProblems()
    {
        _ = _app.Server;
        var draft = await NominationScenario.ReadyDraftAsync(_app);
        var nominee = await _app.WithDbAsync(db => db.Nominees.Where(n => n.DossierId == draft).Select(n => n.Id).FirstAsync());
        var ids = new[] { draft.ToString(System.Globalization.CultureInfo.InvariantCulture), "0", "2147483647" };
        var endpoints = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/", StringComparison.Ordinal) == true)
            .Select(e => (Endpoint: e, Methods: e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []))
            .Where(x => x.Methods.Any(m => m is "POST" or "PUT" or "PATCH" or "DELETE"))
            .ToList();
        Assert.True(endpoints.Count >= 8, $"only {endpoints.Count} writing API endpoints");

        var statuses = new Dictionary<int, int>();
        var failures = new List<string>();
        var total = 0;
        foreach (var user in new[] { "canbo.tanphong", "thamdinh.snv", "admin" })
        {
            var client = NominationScenario.Bearer(_app, user);
            foreach (var (endpoint, methods) in endpoints)
            {
                var requestType = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
                foreach (var id in user == "canbo.tanphong" ? ids : ids[..1])
                {
                    var url = "/" + endpoint.RoutePattern.RawText!.TrimStart('/')
                        .Replace("{id:int}", id, StringComparison.Ordinal)
                        .Replace("{nomineeId:int}", nominee.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                        .Replace("{objectionId:int}", "1", StringComparison.Ordinal)
                        .Replace("{date}", "9999-99-99", StringComparison.Ordinal);
                    url = System.Text.RegularExpressions.Regex.Replace(url, "\\{[^}]+\\}", "1");
                    foreach (var body in Bodies(requestType))
                    {
                        using var request = new HttpRequestMessage(new HttpMethod(methods.First(m => m != "GET")), url)
                        {
                            Content = new StringContent(body, Encoding.UTF8, "application/json"),
                        };
                        var response = await client.SendAsync(request);
                        total++;
                        var status = (int)response.StatusCode;
                        statuses[status] = statuses.GetValueOrDefault(status) + 1;
                        var type = response.Content.Headers.ContentType?.MediaType ?? string.Empty;
                        if (status >= 500 || (status >= 400 && !type.Contains("json", StringComparison.Ordinal)))
                        {
                            failures.Add($"{user} {request.Method} {url} {Trim(body)} → {status} {type}");
                        }
                    }
                }
            }
        }

        Console.WriteLine($"malformed API input: {total} requests over {endpoints.Count} endpoints; "
            + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")) + $"; {failures.Count} failures");
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));
    }

    [Fact]
    public async Task KnownOffenders_NulOverlengthYearZero_AnswerVietnameseValidationNamingTheField()
    {
        var draft = await NominationScenario.ReadyDraftAsync(_app);
        var clerk = NominationScenario.Bearer(_app, "canbo.tanphong");

        var nul = await clerk.PostAsJsonAsync($"/api/v1/dossiers/{draft}/nominees",
            new { kind = "individual", name = "Lò\u0000Văn", awardCode = "GK", achievement = "x" });
        await AssertFieldAsync(nul, "name");

        var longPosition = await clerk.PostAsJsonAsync($"/api/v1/dossiers/{draft}/nominees",
            new { kind = "individual", name = "Lò Văn Dài", position = new string('a', 5000), awardCode = "GK", achievement = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, longPosition.StatusCode);
        Assert.Contains("json", longPosition.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);

        await AssertFieldAsync(await clerk.GetAsync("/api/v1/holidays?year=0"), "year");
        await AssertFieldAsync(await clerk.GetAsync("/api/v1/holidays?year=99999"), "year");
        await AssertFieldAsync(await clerk.GetAsync("/api/v1/registry?q=%00"), "q");
        await AssertFieldAsync(await clerk.GetAsync("/api/v1/org-units?q=%00"), "q");

        var admin = NominationScenario.Bearer(_app, "admin");
        await AssertFieldAsync(await admin.PostAsJsonAsync("/api/v1/holidays", new { date = "01/01/9999", name = "Tết" }), "date");

        var page = await Http.SignedInAsync(_app, "canbo.tanphong");
        foreach (var url in new[] { "/Registry?q=%00", "/Nominations/Holidays?year=0", "/Nominations/Holidays?year=10000", "/Nominations?q=%00" })
        {
            var response = await page.GetAsync(url);
            Console.WriteLine($"{url} → {(int)response.StatusCode}");
            Assert.True((int)response.StatusCode < 500, url);
        }

        var provinceAdmin = await Http.SignedInAsync(_app, "admin"); // the holiday calendar is the province admins' page
        var holidays = WebUtility.HtmlDecode(await provinceAdmin.GetStringAsync("/Nominations/Holidays?year=0"));
        Assert.Contains("Năm phải từ 1900 đến 2100", holidays, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiDates_OutsideSaneYears_Refused_NamingTheField_InsideAccepted()
    {
        var admin = NominationScenario.Bearer(_app, "admin");
        foreach (var date in new[] { "9999-01-01", "0001-01-01", "1899-12-31", "2101-01-01T00:00:00" })
        {
            var response = await admin.PostAsJsonAsync("/api/v1/holidays", new { date, name = "Ngày lạ" });
            await AssertFieldAsync(response, "date");
            Assert.Contains("từ năm 1900 đến năm 2100", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await AssertFieldAsync(await admin.GetAsync("/api/v1/statistics/awards?from=9999-01-01"), "from");
        var ok = await admin.PostAsJsonAsync("/api/v1/holidays", new { date = "02/09/2099", name = "Quốc khánh" });
        Assert.True((int)ok.StatusCode < 300, $"{ok.StatusCode}: {await ok.Content.ReadAsStringAsync()}");
        Assert.True(await _app.WithDbAsync(db => db.PublicHolidays.AnyAsync(h => h.Date == new DateOnly(2099, 9, 2))));
        Assert.False(await _app.WithDbAsync(db => db.PublicHolidays.AnyAsync(h => h.Date.Year > 2100 || h.Date.Year < 1900)));
    }

    private static async Task AssertFieldAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.RequestMessage!.RequestUri} → {response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(field, out var messages), body);
        Assert.Matches("[ạảãàáâậầấẩẫăắằặẳẵệềếểễđôồốộổỗơờớợởỡưừứựửữ]", messages[0].GetString()!);
    }

    /// <summary>The generic malformed bodies, then for each property of the request type a valid-looking object with
    /// that one property set to each bad value.</summary>
    private static IEnumerable<string> Bodies(Type? requestType)
    {
        foreach (var b in GenericBodies)
        {
            yield return b;
        }

        if (requestType is null)
        {
            yield break;
        }

        var names = requestType.GetProperties().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).ToList();
        foreach (var name in names)
        {
            foreach (var bad in BadValues())
            {
                var body = names.ToDictionary(n => n, n => (object?)"1");
                body[name] = bad;
                yield return JsonSerializer.Serialize(body);
            }
        }
    }

    private static string Trim(string s) => s.Length > 80 ? s[..80] + "…" : s;
}
