using System.Diagnostics;
using System.Globalization;

namespace Tdkt.Web.Documents;

/// <summary>Settings of the certificate printer (section "Tdkt"): <c>ChromiumPath</c> (default: the first of
/// /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome that exists), <c>ChromiumTimeoutSeconds</c>
/// (60), <c>PublicBaseUrl</c> (the address printed in QR codes, e.g. https://tdkt.laichau.gov.vn; default: the scheme
/// and host of the request).</summary>
public sealed class CertificateSettings
{
    public static readonly string[] KnownChromiumPaths = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    public string ChromiumPath { get; init; } = KnownChromiumPaths[0];
    public int ChromiumTimeoutSeconds { get; init; } = 60;
    public string? PublicBaseUrl { get; init; }

    public static CertificateSettings From(IConfiguration config)
    {
        var s = config.GetSection("Tdkt");
        return new CertificateSettings
        {
            ChromiumPath = s["ChromiumPath"] is { Length: > 0 } p ? p : KnownChromiumPaths.FirstOrDefault(File.Exists) ?? KnownChromiumPaths[0],
            ChromiumTimeoutSeconds = int.TryParse(s["ChromiumTimeoutSeconds"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var t) && t > 0 ? t : 60,
            PublicBaseUrl = s["PublicBaseUrl"] is { Length: > 0 } u ? u.TrimEnd('/') : null,
        };
    }
}

/// <summary>Chromium is not installed (or not at the configured path): the page tells the user in Vietnamese.</summary>
public sealed class ChromiumMissingException(string path) : Exception($"Chromium not found at {path}.")
{
    public string Path { get; } = path;
}

/// <summary>Prints HTML to PDF with Debian's headless Chromium in a subprocess (ADR-0012): a fresh temporary folder
/// (the page and a throwaway profile), a time limit after which the process tree is killed, at most two prints at once
/// (2-core servers). Chromium renders Vietnamese stacked marks correctly with Liberation Serif 2; PDFsharp does not.</summary>
public sealed class CertificatePdf(CertificateSettings settings, ILogger<CertificatePdf> log)
{
    private static readonly SemaphoreSlim Gate = new(2);

    public bool IsAvailable => File.Exists(settings.ChromiumPath);

    public async Task<byte[]> PrintAsync(string html, CancellationToken ct)
    {
        var chromium = settings.ChromiumPath;
        if (!File.Exists(chromium))
        {
            throw new ChromiumMissingException(chromium);
        }

        var dir = Directory.CreateTempSubdirectory("tdkt-cert-");
        await Gate.WaitAsync(ct);
        try
        {
            var page = System.IO.Path.Combine(dir.FullName, "certificate.html");
            var output = System.IO.Path.Combine(dir.FullName, "certificate.pdf");
            await File.WriteAllTextAsync(page, html, ct);
            var psi = new ProcessStartInfo(chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = dir.FullName,
            };
            foreach (var a in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-pdf-header-footer",
                         "--disable-extensions", "--disable-background-networking", "--no-first-run", "--mute-audio",
                         "--user-data-dir=" + System.IO.Path.Combine(dir.FullName, "profile"),
                         "--print-to-pdf=" + output, new Uri(page).AbsoluteUri,
                     })
            {
                psi.ArgumentList.Add(a);
            }

            psi.Environment["HOME"] = dir.FullName; // chromium writes caches under $HOME
            using var process = Process.Start(psi) ?? throw new InvalidOperationException("Chromium did not start.");
            var stderr = process.StandardError.ReadToEndAsync(ct);
            _ = process.StandardOutput.ReadToEndAsync(ct);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(settings.ChromiumTimeoutSeconds));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"Chromium did not finish printing within {settings.ChromiumTimeoutSeconds} s.");
            }

            if (process.ExitCode != 0 || !File.Exists(output))
            {
                var err = await stderr;
                log.LogError("Chromium exited with {Code}: {Error}", process.ExitCode, err.Length > 2000 ? err[^2000..] : err);
                throw new InvalidOperationException($"Chromium exited with code {process.ExitCode} without a PDF.");
            }

            return await File.ReadAllBytesAsync(output, ct);
        }
        finally
        {
            Gate.Release();
            try
            {
                dir.Delete(recursive: true);
            }
            catch (IOException e)
            {
                log.LogWarning(e, "Could not delete {Dir}", dir.FullName);
            }
        }
    }
}
