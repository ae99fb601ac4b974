using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;

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

    /// <summary>Pages (tabs) of the one browser that print at the same time (<c>Tdkt:CertificatePages</c>; default: the
    /// number of cores, 1–4).</summary>
    public int Pages { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    public static CertificateSettings From(IConfiguration config)
    {
        var s = config.GetSection("Tdkt");
        return new CertificateSettings
        {
            ChromiumPath = s["ChromiumPath"] is { Length: > 0 } p ? p : KnownChromiumPaths.FirstOrDefault(File.Exists) ?? KnownChromiumPaths[0],
            ChromiumTimeoutSeconds = int.TryParse(s["ChromiumTimeoutSeconds"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var t) && t > 0 ? t : 60,
            PublicBaseUrl = s["PublicBaseUrl"] is { Length: > 0 } u ? u.TrimEnd('/') : null,
            Pages = int.TryParse(s["CertificatePages"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 16
                ? n : Math.Clamp(Environment.ProcessorCount, 1, 4),
        };
    }
}

/// <summary>Chromium is not installed (or not at the configured path): the page tells the user in Vietnamese.</summary>
public sealed class ChromiumMissingException(string path) : Exception($"Chromium not found at {path}.")
{
    public string Path { get; } = path;
}

/// <summary>Prints HTML to PDF with one persistent headless Chromium (ADR-0040, replacing a process per print of
/// ADR-0012): started on the first print, driven over the DevTools protocol (<see cref="ChromiumDevTools"/>), a pool
/// of <see cref="CertificateSettings.Pages"/> pages reused across prints (the HTML is set with
/// <c>Page.setDocumentContent</c>, fonts and images awaited, then <c>Page.printToPDF</c> streamed back). A browser
/// that died (crash, OOM kill) is replaced on the next print and the print in flight is retried once; a print that
/// exceeds the time limit kills the browser. Disposed (browser closed, profile deleted) when the app stops.
/// Chromium renders Vietnamese stacked marks correctly with Liberation Serif 2; PDFsharp does not.</summary>
public sealed class CertificatePdf(CertificateSettings settings, ILogger<CertificatePdf> log) : IAsyncDisposable
{
    private readonly SemaphoreSlim slots = new(settings.Pages, settings.Pages);
    private readonly SemaphoreSlim starting = new(1, 1);
    private readonly ConcurrentBag<Tab> idlePages = new(); // pages of the current browser, free to print
    private ChromiumDevTools? browser;
    private int starts;
    private bool disposed;

    public bool IsAvailable => File.Exists(settings.ChromiumPath);

    /// <summary>How many browser processes this printer has started (1 while none died).</summary>
    public int BrowserStarts => Volatile.Read(ref starts);

    /// <summary>The running browser's process id, if any (tests kill it to prove the restart).</summary>
    public int? BrowserProcessId => browser is { IsAlive: true } b ? b.ProcessId : null;

    /// <summary>Certificates per print job when a decision has many recipients: the jobs run on the pool's pages at the
    /// same time and their PDFs are joined in order (PDFsharp copies pages; it draws nothing).</summary>
    public const int PagesPerJob = 50;

    /// <summary>The certificates as one PDF, one page each, in the order given.</summary>
    public async Task<byte[]> PrintPagesAsync(IReadOnlyList<CertificatePage> pages, bool onBlank, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pages);
        if (pages.Count <= PagesPerJob)
        {
            return await PrintAsync(CertificateHtml.Render(pages, onBlank), ct);
        }

        var jobs = pages.Chunk(PagesPerJob).Select(chunk => PrintAsync(CertificateHtml.Render(chunk, onBlank), ct)).ToList();
        var parts = await Task.WhenAll(jobs);
        return Join(parts);
    }

    /// <summary>PDFs joined page by page into one.</summary>
    public static byte[] Join(IEnumerable<byte[]> pdfs)
    {
        using var joined = new PdfSharp.Pdf.PdfDocument();
        foreach (var part in pdfs)
        {
            using var input = new MemoryStream(part);
            using var doc = PdfSharp.Pdf.IO.PdfReader.Open(input, PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
            foreach (var page in doc.Pages)
            {
                joined.AddPage(page);
            }
        }

        using var output = new MemoryStream();
        joined.Save(output);
        return output.ToArray();
    }

    public async Task<byte[]> PrintAsync(string html, CancellationToken ct)
    {
        if (!IsAvailable)
        {
            throw new ChromiumMissingException(settings.ChromiumPath);
        }

        using var activity = Infrastructure.Tracing.Source.StartActivity("certificate print");
        await slots.WaitAsync(ct);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var ok = false;
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                var b = await BrowserAsync(ct);
                try
                {
                    var pdf = await PrintOnAsync(b, html, ct);
                    ok = true;
                    activity?.SetTag("tdkt.certificates.bytes", pdf.Length).SetTag("tdkt.certificates.attempts", attempt + 1);
                    return pdf;
                }
                catch (ChromiumDiedException e) when (attempt == 0 && !ct.IsCancellationRequested)
                {
                    log.LogWarning("Chromium died while printing a certificate ({Reason}); starting a new one and printing again", e.Message);
                }
            }
        }
        finally
        {
            slots.Release();
            Infrastructure.JobMetrics.Printed(System.Diagnostics.Stopwatch.GetElapsedTime(started), ok);
            if (!ok)
            {
                activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error);
            }
        }
    }

    private async Task<byte[]> PrintOnAsync(ChromiumDevTools b, string html, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(settings.ChromiumTimeoutSeconds));
        Tab? tab = null;
        while (tab is null && idlePages.TryTake(out var idle))
        {
            tab = idle.Browser == b ? idle : null; // pages of a browser that died are dropped
        }

        try
        {
            tab ??= await NewPageAsync(b, timeout.Token);
            var bytes = await RenderAsync(tab, html, timeout.Token);
            idlePages.Add(tab);
            return bytes;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            log.LogError("Chromium did not print within {Seconds} s; killing it (a new one starts on the next print)", settings.ChromiumTimeoutSeconds);
            b.Kill();
            throw new TimeoutException($"Chromium did not finish printing within {settings.ChromiumTimeoutSeconds} s.");
        }
        catch (InvalidOperationException e) when (e is not ChromiumDiedException && tab is not null)
        {
            // A DevTools error on this page (crashed renderer…): drop the page, keep the browser.
            _ = b.SendAsync("Target.closeTarget", new JsonObject { ["targetId"] = tab.TargetId }, null, CancellationToken.None)
                .ContinueWith(t => _ = t.Exception, TaskScheduler.Default);
            throw;
        }
    }

    /// <summary>A page (tab) of the browser and the DevTools session attached to it.</summary>
    private sealed record Tab(ChromiumDevTools Browser, string SessionId, string TargetId);

    private static async Task<Tab> NewPageAsync(ChromiumDevTools b, CancellationToken ct)
    {
        var target = (await b.SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, null, ct)).GetProperty("targetId").GetString()!;
        var session = (await b.SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = target, ["flatten"] = true }, null, ct))
            .GetProperty("sessionId").GetString()!;
        return new Tab(b, session, target);
    }

    private static async Task<byte[]> RenderAsync(Tab tab, string html, CancellationToken ct)
    {
        var b = tab.Browser;
        // The main frame's id is the target's id. The certificate's own CSP forbids any fetch; everything is inline.
        await b.SendAsync("Page.setDocumentContent", new JsonObject { ["frameId"] = tab.TargetId, ["html"] = html }, tab.SessionId, ct);
        await b.SendAsync("Runtime.evaluate", new JsonObject
        {
            ["expression"] = "document.fonts.ready.then(() => Promise.all(Array.from(document.images, i => i.decode().catch(() => null)))).then(() => true)",
            ["awaitPromise"] = true,
            ["returnByValue"] = true,
        }, tab.SessionId, ct);
        var printed = await b.SendAsync("Page.printToPDF", new JsonObject
        {
            ["preferCSSPageSize"] = true,
            ["printBackground"] = true,
            ["displayHeaderFooter"] = false,
            ["marginTop"] = 0, ["marginBottom"] = 0, ["marginLeft"] = 0, ["marginRight"] = 0,
            ["transferMode"] = "ReturnAsStream",
        }, tab.SessionId, ct);
        var stream = printed.GetProperty("stream").GetString()!;
        using var pdf = new MemoryStream();
        try
        {
            while (true)
            {
                var chunk = await b.SendAsync("IO.read", new JsonObject { ["handle"] = stream, ["size"] = 1 << 20 }, tab.SessionId, ct);
                var data = chunk.GetProperty("data").GetString() ?? string.Empty;
                var raw = chunk.TryGetProperty("base64Encoded", out var enc) && enc.GetBoolean()
                    ? Convert.FromBase64String(data)
                    : System.Text.Encoding.Latin1.GetBytes(data);
                pdf.Write(raw);
                if (chunk.TryGetProperty("eof", out var eof) && eof.GetBoolean())
                {
                    break;
                }
            }
        }
        finally
        {
            _ = b.SendAsync("IO.close", new JsonObject { ["handle"] = stream }, tab.SessionId, CancellationToken.None)
                .ContinueWith(t => _ = t.Exception, TaskScheduler.Default);
        }

        return pdf.ToArray();
    }

    /// <summary>The running browser, or a new one when there is none yet or the last one died.</summary>
    private async Task<ChromiumDevTools> BrowserAsync(CancellationToken ct)
    {
        if (browser is { IsAlive: true } alive)
        {
            return alive;
        }

        await starting.WaitAsync(ct);
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (browser is { IsAlive: true } started)
            {
                return started;
            }

            if (browser is { } dead)
            {
                log.LogWarning("Chromium (process {Pid}) is gone; starting a new one for certificates", dead.ProcessId);
                idlePages.Clear();
                await dead.DisposeAsync();
            }

            browser = await ChromiumDevTools.StartAsync(settings.ChromiumPath, log);
            Interlocked.Increment(ref starts);
            Infrastructure.JobMetrics.BrowserStarted();
            log.LogInformation("Chromium started for certificates (process {Pid}, {Pages} pages)", browser.ProcessId, settings.Pages);
            return browser;
        }
        finally
        {
            starting.Release();
        }
    }

    /// <summary>Kills the browser now, as a crash would (tests).</summary>
    public void KillBrowserForTest() => browser?.Kill();

    public async ValueTask DisposeAsync()
    {
        await starting.WaitAsync();
        try
        {
            disposed = true;
            if (browser is { } b)
            {
                browser = null;
                await b.DisposeAsync();
            }
        }
        finally
        {
            starting.Release();
        }
    }
}
