using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace Tdkt.Testing;

/// <summary>HTTP helpers that behave like a browser: cookies, antiforgery tokens, form posts.</summary>
public static partial class Http
{
    public static HttpClient Anonymous(TdktFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs a demo user in through the real login form and returns the cookie-carrying client.</summary>
    public static async Task<HttpClient> SignedInAsync(TdktFactory factory, string userName, string password = TestDatabases.DemoPassword)
    {
        var client = Anonymous(factory);
        var response = await PostFormAsync(client, "/Account/Login", new() { ["Input.UserName"] = userName, ["Input.Password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Login of {userName} failed: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return client;
    }

    /// <summary>GETs <paramref name="formPage"/> (default: the action URL) for its antiforgery token, then POSTs the form.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await client.GetAsync(formPage ?? url);
        var html = await page.Content.ReadAsStringAsync();
        var token = AntiforgeryToken(html)
            ?? throw new InvalidOperationException($"No antiforgery token on {formPage ?? url} ({page.StatusCode}).");
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(url, new FormUrlEncodedContent(body));
    }

    public static async Task<HttpResponseMessage> PostMultipartAsync(HttpClient client, string url, string formPage,
        Dictionary<string, string> fields, string fileField, string fileName, byte[] content, string contentType)
    {
        var page = await client.GetAsync(formPage);
        var token = AntiforgeryToken(await page.Content.ReadAsStringAsync())
            ?? throw new InvalidOperationException($"No antiforgery token on {formPage} ({page.StatusCode}).");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        foreach (var (k, v) in fields)
        {
            form.Add(new StringContent(v), k);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        form.Add(file, fileField, fileName);
        return await client.PostAsync(url, form);
    }

    public static string? AntiforgeryToken(string html)
    {
        var m = TokenPattern().Match(html);
        return m.Success ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
