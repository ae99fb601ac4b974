using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tdkt.Web.Documents;

/// <summary>The browser process died or closed its end of the pipe: every command in flight fails with this.</summary>
public sealed class ChromiumDiedException(string message) : InvalidOperationException(message);

/// <summary>One headless Chromium process driven over the DevTools protocol through <c>--remote-debugging-pipe</c>
/// (ADR-0040): commands go to its file descriptor 3, answers come from 4, each JSON message ended by a NUL byte. No
/// TCP port is opened, so no other local user can drive the browser. The process gets its own throwaway profile folder.
/// Thread-safe: commands from many requests interleave, each answer is matched by its id.</summary>
public sealed class ChromiumDevTools : IAsyncDisposable
{
    private readonly Process process;
    private readonly Stream toBrowser;
    private readonly Stream fromBrowser;
    private readonly DirectoryInfo profile;
    private readonly ConcurrentDictionary<long, TaskCompletionSource<JsonElement>> pending = new();
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private readonly Task readLoop;
    private readonly ILogger log;
    private long nextId;
    private volatile string? diedBecause;

    private ChromiumDevTools(Process process, DirectoryInfo profile, ILogger log)
    {
        this.process = process;
        this.profile = profile;
        this.log = log;
        toBrowser = process.StandardInput.BaseStream;
        fromBrowser = process.StandardOutput.BaseStream;
        readLoop = Task.Run(ReadLoopAsync);
        _ = DrainStderrAsync();
    }

    public int ProcessId => process.Id;

    /// <summary>False once the process has exited or the pipe broke; the pool then starts a new one.</summary>
    public bool IsAlive => diedBecause is null && !process.HasExited;

    /// <summary>Starts Chromium headless with the DevTools pipe. /bin/sh moves our stdin/stdout pipes to descriptors 3 and 4,
    /// where Chromium expects them, and gives it /dev/null as its own stdin/stdout.</summary>
    public static Task<ChromiumDevTools> StartAsync(string chromiumPath, ILogger log)
    {
        var profile = Directory.CreateTempSubdirectory("tdkt-chromium-");
        var psi = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = profile.FullName,
        };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("exec \"$0\" \"$@\" 3<&0 4>&1 </dev/null >/dev/null");
        foreach (var a in new[]
                 {
                     chromiumPath, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--remote-debugging-pipe",
                     "--disable-extensions", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--disable-default-apps", "--no-first-run", "--no-default-browser-check", "--mute-audio", "--hide-scrollbars",
                     "--user-data-dir=" + Path.Combine(profile.FullName, "profile"), "about:blank",
                 })
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["HOME"] = profile.FullName; // chromium writes caches under $HOME
        var process = Process.Start(psi) ?? throw new InvalidOperationException("Chromium did not start.");
        return Task.FromResult(new ChromiumDevTools(process, profile, log));
    }

    /// <summary>Sends a command (to the browser, or to a page's session) and returns its <c>result</c> object.</summary>
    public async Task<JsonElement> SendAsync(string method, JsonObject? parameters, string? sessionId, CancellationToken ct)
    {
        if (diedBecause is { } why)
        {
            throw new ChromiumDiedException(why);
        }

        var id = Interlocked.Increment(ref nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        if (sessionId is not null)
        {
            message["sessionId"] = sessionId;
        }

        var tcs = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = tcs;
        try
        {
            var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
            await writeLock.WaitAsync(ct);
            try
            {
                await toBrowser.WriteAsync(bytes, ct);
                toBrowser.WriteByte(0);
                await toBrowser.FlushAsync(ct);
            }
            catch (IOException e)
            {
                Died("the pipe to Chromium broke: " + e.Message);
                throw new ChromiumDiedException(diedBecause!);
            }
            finally
            {
                writeLock.Release();
            }

            await using (ct.Register(() => tcs.TrySetCanceled(ct)))
            {
                return await tcs.Task;
            }
        }
        finally
        {
            pending.TryRemove(id, out _);
        }
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        var message = new MemoryStream();
        try
        {
            while (true)
            {
                var n = await fromBrowser.ReadAsync(buffer);
                if (n == 0)
                {
                    break;
                }

                var start = 0;
                for (var i = 0; i < n; i++)
                {
                    if (buffer[i] != 0)
                    {
                        continue;
                    }

                    message.Write(buffer, start, i - start);
                    Dispatch(message.GetBuffer().AsMemory(0, (int)message.Length));
                    message.SetLength(0);
                    start = i + 1;
                }

                message.Write(buffer, start, n - start);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            log.LogDebug(e, "Chromium pipe read ended");
        }

        Died("Chromium exited or closed the DevTools pipe.");
    }

    private void Dispatch(ReadOnlyMemory<byte> json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        if (!root.TryGetProperty("id", out var idElement) || !pending.TryGetValue(idElement.GetInt64(), out var tcs))
        {
            return; // an event: the pool needs none
        }

        if (root.TryGetProperty("error", out var error))
        {
            tcs.TrySetException(new InvalidOperationException("Chromium DevTools error: " + error.GetRawText()));
        }
        else
        {
            tcs.TrySetResult(root.TryGetProperty("result", out var result) ? result.Clone() : default);
        }
    }

    private void Died(string why)
    {
        diedBecause ??= why;
        foreach (var tcs in pending.Values)
        {
            tcs.TrySetException(new ChromiumDiedException(diedBecause));
        }
    }

    private async Task DrainStderrAsync()
    {
        try
        {
            while (await process.StandardError.ReadLineAsync() is { } line)
            {
                log.LogDebug("chromium: {Line}", line);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            log.LogDebug(e, "Chromium stderr ended");
        }
    }

    /// <summary>Kills the process tree at once (a hung browser, or a test that proves the restart).</summary>
    public void Kill()
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
    }

    /// <summary>Asks Chromium to close, kills it if it has not after two seconds, and deletes its profile folder.</summary>
    public async ValueTask DisposeAsync()
    {
        if (IsAlive)
        {
            try
            {
                using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await SendAsync("Browser.close", null, null, quick.Token);
                await process.WaitForExitAsync(quick.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or InvalidOperationException or IOException)
            {
                log.LogDebug(e, "Chromium did not close by itself");
            }
        }

        Kill();
        await process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { }, TaskScheduler.Default);
        Died("Chromium was closed.");
        await readLoop.WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { }, TaskScheduler.Default);
        process.Dispose();
        writeLock.Dispose();
        try
        {
            profile.Delete(recursive: true);
        }
        catch (IOException e)
        {
            log.LogWarning(e, "Could not delete {Dir}", profile.FullName);
        }
    }
}
