using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Tdkt.Domain.Certificates;
using Tdkt.Domain.Awards;
using Tdkt.Web.Documents;

// One certificate warm, then a decision of 1,000 recipients, through the same printer the app uses.
var batch = int.TryParse(Environment.GetEnvironmentVariable("CERT_BENCH_BATCH"), CultureInfo.InvariantCulture, out var b) ? b : 1000;
var settings = CertificateSettings.From(new ConfigurationBuilder().AddEnvironmentVariables().Build());
await using var pdf = new CertificatePdf(settings, NullLogger<CertificatePdf>.Instance);

static CertificatePage Page(int serial)
{
    var facts = new CertificateFacts("UBND thành phố Lai Châu", "Chủ tịch", "Nguyễn Văn Mẫu", ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "GK", "Giấy khen",
        LegalBasis.Nd152_2025, SubjectKind.Individual, $"Nguyễn Thị Hường {serial}", "Nữ", "Giáo viên, Trường Tiểu học Đoàn Kết",
        "Hoàn thành xuất sắc nhiệm vụ năm học 2024 - 2025", null, "01/QĐ-UBND", new DateOnly(2025, 8, 15), serial, "Lai Châu");
    return new CertificatePage(CertificateText.For(facts), CertificateLayout.Default,
        $"https://tdkt.laichau.gov.vn/xac-minh/{Token(serial)}");
}

static string Token(int serial) => Convert.ToBase64String(BitConverter.GetBytes((long)serial * 7919)).TrimEnd('=');

var sw = Stopwatch.StartNew();
var first = await pdf.PrintPagesAsync([Page(1)], false, CancellationToken.None);
Console.WriteLine($"cold first certificate (browser start included): {sw.ElapsedMilliseconds} ms, {first.Length / 1024} KiB");

var times = new List<double>();
for (var i = 0; i < 30; i++)
{
    sw.Restart();
    await pdf.PrintPagesAsync([Page(i + 2)], false, CancellationToken.None);
    times.Add(sw.Elapsed.TotalMilliseconds);
}

times.Sort();
Console.WriteLine($"warm single certificate, 30 in a row: p50 {times[15]:0} ms, p95 {times[28]:0} ms, max {times[^1]:0} ms");

times.Clear();
sw.Restart();
var concurrent = await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
{
    var t = Stopwatch.StartNew();
    await pdf.PrintPagesAsync([Page(i + 100)], false, CancellationToken.None);
    return t.Elapsed.TotalMilliseconds;
}));
Array.Sort(concurrent);
Console.WriteLine($"20 single certificates at once ({settings.Pages} pages): all in {sw.ElapsedMilliseconds} ms, each p50 {concurrent[10]:0} ms, max {concurrent[^1]:0} ms");

var pages = Enumerable.Range(1, batch).Select(Page).ToList();
sw.Restart();
var all = await pdf.PrintPagesAsync(pages, false, CancellationToken.None);
Console.WriteLine($"decision of {batch} recipients, one PDF: {sw.Elapsed.TotalSeconds:0.0} s ({sw.Elapsed.TotalMilliseconds / batch:0} ms per certificate), {all.Length / 1024 / 1024.0:0.0} MiB");
var path = Path.Combine(Path.GetTempPath(), "tdkt-cert-bench.pdf");
await File.WriteAllBytesAsync(path, all);
Console.WriteLine($"written to {path}; browser starts: {pdf.BrowserStarts}");
