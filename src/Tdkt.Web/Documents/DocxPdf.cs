using System.Diagnostics;

namespace Tdkt.Web.Documents;

/// <summary>
/// A generated .docx rendered to PDF by LibreOffice headless (libreoffice-writer-nogui, installed by
/// scripts/install-prereqs.sh; ADR-0017): the same document, so the PDF and the Word file never disagree. A fresh
/// temporary folder holds the file and a throwaway profile; one conversion at a time; killed after the time limit.
/// </summary>
public static class DocxPdf
{
    public static readonly string[] KnownPaths = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice"];

    private static readonly SemaphoreSlim Gate = new(1);

    public static string? Path => KnownPaths.FirstOrDefault(File.Exists);

    public static bool IsAvailable => Path is not null;

    /// <summary>The PDF, or null when LibreOffice is not installed. Throws when it fails or takes longer than <paramref name="timeout"/>.</summary>
    public static async Task<byte[]?> ConvertAsync(byte[] docx, TimeSpan timeout, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(docx);
        if (Path is not { } soffice)
        {
            return null;
        }

        var dir = Directory.CreateTempSubdirectory("tdkt-docx-");
        await Gate.WaitAsync(ct);
        try
        {
            var input = System.IO.Path.Combine(dir.FullName, "document.docx");
            await File.WriteAllBytesAsync(input, docx, ct);
            var psi = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = dir.FullName };
            foreach (var a in new[]
                     {
                         "-env:UserInstallation=" + new Uri(System.IO.Path.Combine(dir.FullName, "profile")).AbsoluteUri,
                         "--headless", "--norestore", "--nolockcheck", "--convert-to", "pdf:writer_pdf_Export", "--outdir", dir.FullName, input,
                     })
            {
                psi.ArgumentList.Add(a);
            }

            psi.Environment["HOME"] = dir.FullName;
            using var process = Process.Start(psi) ?? throw new InvalidOperationException("LibreOffice did not start.");
            _ = process.StandardOutput.ReadToEndAsync(ct);
            var stderr = process.StandardError.ReadToEndAsync(ct);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
            limit.CancelAfter(timeout);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"LibreOffice did not convert within {timeout.TotalSeconds} s.");
            }

            var output = System.IO.Path.Combine(dir.FullName, "document.pdf");
            return File.Exists(output)
                ? await File.ReadAllBytesAsync(output, ct)
                : throw new InvalidOperationException($"LibreOffice exited with {process.ExitCode} without a PDF: {await stderr}");
        }
        finally
        {
            Gate.Release();
            try
            {
                dir.Delete(recursive: true);
            }
            catch (IOException)
            {
                // a leftover temporary folder is harmless
            }
        }
    }
}
