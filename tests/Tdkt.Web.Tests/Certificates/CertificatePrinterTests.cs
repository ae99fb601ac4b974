using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Certificates;
using Tdkt.Web.Documents;

namespace Tdkt.Web.Tests.Certificates;

/// <summary>The persistent Chromium that prints certificates (ADR-0040): one browser for many prints at once, a large
/// decision split into jobs and joined in order, a browser that died replaced on the next print, and none left behind
/// when the app stops. The pixel test of the stacked marks is in <see cref="CertificateTests"/>.</summary>
public sealed class CertificatePrinterTests
{
    private static CertificatePdf NewPrinter() =>
        new(new CertificateSettings { Pages = 2, ChromiumTimeoutSeconds = 120 }, NullLogger<CertificatePdf>.Instance);

    private static CertificatePage Page(string name, int serial)
    {
        var facts = new CertificateFacts("UBND thành phố Lai Châu", "Chủ tịch", "Nguyễn Văn Mẫu", ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "GK", "Giấy khen",
            LegalBasis.Nd152_2025, SubjectKind.Individual, name, "Nữ", "Giáo viên", "Hoàn thành xuất sắc nhiệm vụ năm học 2024 - 2025",
            null, "01/QĐ-UBND", new DateOnly(2025, 8, 15), serial, "Lai Châu");
        return new CertificatePage(CertificateText.For(facts), CertificateLayout.Default, $"https://tdkt.example/xac-minh/token{serial}");
    }

    private static async Task<string> TextAsync(byte[] pdf)
    {
        var path = Path.Combine(PdfTools.TempDir(), "c.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        return (await PdfTools.RunAsync("pdftotext", "-layout", path, "-")).Normalize(NormalizationForm.FormC);
    }

    private static async Task<int> PageCountAsync(byte[] pdf)
    {
        var path = Path.Combine(PdfTools.TempDir(), "c.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        var info = await PdfTools.RunAsync("pdfinfo", path);
        return int.Parse(info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task ManyCertificatesAtOnce_OneBrowserPrintsEachWithItsOwnName()
    {
        await using var printer = NewPrinter();
        var names = Enumerable.Range(1, 12).Select(i => $"Đặng Thị Hường Số {i}").ToList();
        var pdfs = await Task.WhenAll(names.Select((n, i) => printer.PrintPagesAsync([Page(n, i + 1)], false, CancellationToken.None)));

        for (var i = 0; i < names.Count; i++)
        {
            var text = await TextAsync(pdfs[i]);
            Assert.Matches($@"Bà {names[i]}\b", text);
            Assert.DoesNotMatch($@"Bà {names[(i + 1) % names.Count]}\b", text);
            Assert.Equal(1, await PageCountAsync(pdfs[i]));
        }

        Assert.Equal(1, printer.BrowserStarts);
    }

    [Fact]
    public async Task LargeDecision_IsPrintedInJobsAndJoinedInRecipientOrder()
    {
        await using var printer = NewPrinter();
        var count = CertificatePdf.PagesPerJob * 2 + 7; // three jobs
        var pages = Enumerable.Range(1, count).Select(i => Page($"Người Được Khen Số {i}", i)).ToList();
        var pdf = await printer.PrintPagesAsync(pages, false, CancellationToken.None);

        Assert.Equal(count, await PageCountAsync(pdf));
        var text = await TextAsync(pdf);
        var perPage = text.Split('\f');
        foreach (var i in new[] { 1, CertificatePdf.PagesPerJob, CertificatePdf.PagesPerJob + 1, count })
        {
            Assert.Matches($@"Bà Người Được Khen Số {i}\b", perPage[i - 1]);
            Assert.Contains($"Số sổ vàng: {i:00}", perPage[i - 1]);
        }
    }

    [Fact]
    public async Task BrowserKilled_NextPrintStartsANewOne_AndNoneIsLeftAfterDispose()
    {
        var printer = NewPrinter();
        try
        {
            Assert.Null(printer.BrowserProcessId); // started lazily, on the first print
            Assert.Contains("Bà Trần Văn Một", await TextAsync(await printer.PrintPagesAsync([Page("Trần Văn Một", 1)], false, CancellationToken.None)));
            var first = printer.BrowserProcessId!.Value;

            printer.KillBrowserForTest(); // as a crash would: the next print finds it gone, or fails on it and is retried once

            Assert.Contains("Bà Lò Thị Hai", await TextAsync(await printer.PrintPagesAsync([Page("Lò Thị Hai", 2)], false, CancellationToken.None)));
            Assert.Equal(2, printer.BrowserStarts);
            var second = printer.BrowserProcessId!.Value;
            Assert.NotEqual(first, second);

            await printer.DisposeAsync();
            Assert.Throws<ArgumentException>(() => Process.GetProcessById(second).Dispose());
        }
        finally
        {
            await printer.DisposeAsync();
        }
    }
}
