using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Tdkt.Testing;
using Tdkt.Web.Pages.Account;

namespace Tdkt.Web.Tests.Hardening;

/// <summary>Two-factor sign-in with TOTP (codes computed here per RFC 6238) and recovery codes; required for Admin,
/// Signer and CouncilSecretary, optional for the others (ADR-0019).</summary>
public sealed partial class MfaTests : IAsyncLifetime
{
    private TdktFactory _app = null!;

    public async Task InitializeAsync() =>
        _app = await TestDatabases.NewFactoryAsync(nameof(MfaTests), new Dictionary<string, string?> { ["Tdkt:RequireMfa"] = "true" });

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Admin_FirstSignIn_MustSetUpTotp_ThenSignsInWithCodeOrRecoveryCodeOnce()
    {
        var admin = await Http.SignedInAsync(_app, "quantri.phongtho");
        var home = await admin.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/Account/Mfa", home.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.GetAsync("/Users")).StatusCode);

        var setup = await admin.GetStringAsync("/Account/Mfa");
        var key = SharedKey().Match(setup).Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        Assert.Equal(32, key.Length);

        var wrong = await Http.PostFormAsync(admin, "/Account/Mfa?handler=Enable", new() { ["Input.Code"] = "000000" == Totp(key, StepNow) ? "111111" : "000000" }, "/Account/Mfa");
        Assert.Contains("Mã không đúng", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var enableStep = StepNow;
        var enabled = await Http.PostFormAsync(admin, "/Account/Mfa?handler=Enable", new() { ["Input.Code"] = Totp(key, enableStep) }, "/Account/Mfa");
        var html = await enabled.Content.ReadAsStringAsync();
        var recovery = RecoveryCode().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(MfaModel.RecoveryCodeCount, recovery.Count);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/")).StatusCode);

        // Next sign-in: password, then the code.
        var client = Http.Anonymous(_app);
        var step1 = await Http.PostFormAsync(client, "/Account/Login", new() { ["Input.UserName"] = "quantri.phongtho", ["Input.Password"] = TestDatabases.DemoPassword });
        Assert.Equal(HttpStatusCode.Redirect, step1.StatusCode);
        Assert.StartsWith("/Account/LoginWith2fa", step1.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode); // not signed in yet
        var bad = await Http.PostFormAsync(client, "/Account/LoginWith2fa", new() { ["Input.Code"] = "12345" });
        Assert.Contains(LoginWith2faModel.WrongCodeMessage, WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        // A code is good once: the one that enabled the factor is refused now, within its own 30 seconds or not.
        var reused = await Http.PostFormAsync(client, "/Account/LoginWith2fa", new() { ["Input.Code"] = Totp(key, enableStep) });
        Assert.Contains(LoginWith2faModel.WrongCodeMessage, WebUtility.HtmlDecode(await reused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var step2 = await Http.PostFormAsync(client, "/Account/LoginWith2fa", new() { ["Input.Code"] = Totp(key, enableStep + 1) });
        Assert.Equal(HttpStatusCode.Redirect, step2.StatusCode);
        // And the next step's code, once used to sign in, does not sign in a second browser.
        var other = Http.Anonymous(_app);
        await Http.PostFormAsync(other, "/Account/Login", new() { ["Input.UserName"] = "quantri.phongtho", ["Input.Password"] = TestDatabases.DemoPassword });
        var replay = await Http.PostFormAsync(other, "/Account/LoginWith2fa", new() { ["Input.Code"] = Totp(key, enableStep + 1) });
        Assert.Contains(LoginWith2faModel.WrongCodeMessage, WebUtility.HtmlDecode(await replay.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Users")).StatusCode);

        // A recovery code works once.
        Assert.Equal(HttpStatusCode.Redirect, (await RecoverAsync(recovery[0])).StatusCode);
        var again = await RecoverAsync(recovery[0]);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains(LoginWith2faModel.WrongCodeMessage, WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clerk_NotRequired_UsesAppWithoutSecondFactor()
    {
        var clerk = await Http.SignedInAsync(_app, "canbo.tanphong");
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync("/")).StatusCode);
        var page = WebUtility.HtmlDecode(await clerk.GetStringAsync("/Account/Mfa"));
        Assert.DoesNotContain("bắt buộc xác thực hai lớp", page, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> RecoverAsync(string code)
    {
        var client = Http.Anonymous(_app);
        await Http.PostFormAsync(client, "/Account/Login", new() { ["Input.UserName"] = "quantri.phongtho", ["Input.Password"] = TestDatabases.DemoPassword });
        return await Http.PostFormAsync(client, "/Account/LoginWith2fa", new() { ["Input.Code"] = code });
    }

    private static long StepNow => DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;

    /// <summary>RFC 6238 TOTP (HMAC-SHA-1, 30 s, 6 digits) of a base32 key for one time step.</summary>
    private static string Totp(string base32Key, long step)
    {
        var key = Base32(base32Key);
        var counter = step;
        var message = BitConverter.GetBytes(counter);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(message);
        }

        var hash = HMACSHA1.HashData(key, message);
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var ch in text.TrimEnd('='))
        {
            buffer = (buffer << 5) | alphabet.IndexOf(ch, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }

    [GeneratedRegex("data-testid=\"shared-key\">([a-z0-9 ]+)<")]
    private static partial Regex SharedKey();

    [GeneratedRegex("<li>([A-Z0-9]{5}-[A-Z0-9]{5})</li>")]
    private static partial Regex RecoveryCode();
}
