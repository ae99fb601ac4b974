using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Tdkt.Web.Tests.Certificates;

/// <summary>The command-line tools the certificate tests look through (scripts/install-prereqs.sh test installs them):
/// poppler (pdfinfo, pdftoppm, pdftotext), zbarimg, tesseract with Vietnamese, Debian chromium.</summary>
public static class PdfTools
{
    public static async Task<string> RunAsync(string tool, params string[] args)
    {
        var psi = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"{tool} did not start");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await p.WaitForExitAsync(cts.Token);
        Assert.True(p.ExitCode == 0, $"{tool} {string.Join(' ', args)} exited {p.ExitCode}: {await stderr}");
        return await stdout;
    }

    /// <summary>Scratch folders of this test run, removed by <see cref="CertificateFixture"/>.</summary>
    public static readonly string Root = Path.Combine(Path.GetTempPath(), $"tdkt-cert-tests-{Environment.ProcessId}");

    public static string TempDir() => Directory.CreateDirectory(Path.Combine(Root, Guid.NewGuid().ToString("N"))).FullName;

    /// <summary>One page rasterised in grey (PGM) at <paramref name="dpi"/>.</summary>
    public static async Task<Gray> GrayAsync(string pdf, int dpi)
    {
        var prefix = Path.Combine(Path.GetDirectoryName(pdf)!, Path.GetFileNameWithoutExtension(pdf) + "-gray");
        await RunAsync("pdftoppm", "-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-singlefile", "-f", "1", "-l", "1", pdf, prefix);
        return Gray.Read(prefix + ".pgm", dpi);
    }

    public static async Task<string> PngAsync(string pdf, int dpi)
    {
        var prefix = Path.Combine(Path.GetDirectoryName(pdf)!, Path.GetFileNameWithoutExtension(pdf) + "-page");
        await RunAsync("pdftoppm", "-r", dpi.ToString(CultureInfo.InvariantCulture), "-png", "-singlefile", "-f", "1", "-l", "1", pdf, prefix);
        return prefix + ".png";
    }

    /// <summary>Prints an HTML page with Debian's Chromium, independently of the app's printer.</summary>
    public static async Task<string> ChromiumPdfAsync(string dir, string name, string html)
    {
        var page = Path.Combine(dir, name + ".html");
        var pdf = Path.Combine(dir, name + ".pdf");
        await File.WriteAllTextAsync(page, html, Encoding.UTF8);
        await RunAsync("/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--user-data-dir=" + Path.Combine(dir, "profile-" + name), "--print-to-pdf=" + pdf, new Uri(page).AbsoluteUri);
        return pdf;
    }
}

/// <summary>A greyscale raster (binary PGM, P5, 8-bit) with millimetre-based crops.</summary>
public sealed class Gray(int width, int height, byte[] pixels, int dpi)
{
    public int Width { get; } = width;
    public int Height { get; } = height;
    private readonly byte[] _pixels = pixels;

    public static Gray Read(string path, int dpi)
    {
        var bytes = File.ReadAllBytes(path);
        var pos = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)bytes[pos]))
            {
                pos++;
            }

            var start = pos;
            while (!char.IsWhiteSpace((char)bytes[pos]))
            {
                pos++;
            }

            return Encoding.ASCII.GetString(bytes, start, pos - start);
        }

        Assert.Equal("P5", Token());
        var w = int.Parse(Token(), CultureInfo.InvariantCulture);
        var h = int.Parse(Token(), CultureInfo.InvariantCulture);
        Assert.Equal("255", Token());
        pos++; // the single whitespace after maxval
        return new Gray(w, h, bytes[pos..(pos + w * h)], dpi);
    }

    private int Px(decimal mm) => (int)Math.Round(mm / 25.4m * dpi);

    /// <summary>Mean absolute difference (0–255) of two rasters over a band given in millimetres.</summary>
    public double MeanDiff(Gray other, decimal leftMm, decimal topMm, decimal rightMm, decimal bottomMm)
    {
        Assert.Equal(Width, other.Width);
        Assert.Equal(Height, other.Height);
        long sum = 0, n = 0;
        for (var y = Px(topMm); y < Math.Min(Height, Px(bottomMm)); y++)
        {
            for (var x = Px(leftMm); x < Math.Min(Width, Px(rightMm)); x++)
            {
                sum += Math.Abs(_pixels[y * Width + x] - other._pixels[y * Width + x]);
                n++;
            }
        }

        return (double)sum / n;
    }

    /// <summary>Dark pixels (ink) in a band: proves something was printed there at all.</summary>
    public int Ink(decimal leftMm, decimal topMm, decimal rightMm, decimal bottomMm)
    {
        var count = 0;
        for (var y = Px(topMm); y < Math.Min(Height, Px(bottomMm)); y++)
        {
            for (var x = Px(leftMm); x < Math.Min(Width, Px(rightMm)); x++)
            {
                count += _pixels[y * Width + x] < 128 ? 1 : 0;
            }
        }

        return count;
    }
}
