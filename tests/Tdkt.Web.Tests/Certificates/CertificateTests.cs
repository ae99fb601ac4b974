using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Certificates;
using Tdkt.Testing;
using Tdkt.Web.Data;
using static Tdkt.Web.Tests.Certificates.CertificateFixture;
using static Tdkt.Web.Tests.Nominations.NominationScenario;

namespace Tdkt.Web.Tests.Certificates;

/// <summary>Certificates of an issued decision (ADR-0012): the PDF is checked as printed — page size, the QR code
/// decoded from the rendered image, the recipient's name OCR'd and compared with a reference rendering — and the public
/// verification page behind the QR code.</summary>
public sealed partial class CertificateTests(CertificateFixture f) : IClassFixture<CertificateFixture>
{
    private static string Download(int recipientId, bool blank = false) => $"/Certificates/Download/{recipientId}" + (blank ? "?blank=true" : "");

    private static async Task<string> SaveAsync(HttpResponseMessage r, string dir, string name)
    {
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("application/pdf", r.Content.Headers.ContentType?.MediaType);
        var path = Path.Combine(dir, name + ".pdf");
        await File.WriteAllBytesAsync(path, await r.Content.ReadAsByteArrayAsync());
        return path;
    }

    [Fact]
    public async Task CertificatePdf_OfAnIssuedRecipient_IsA4LandscapeAndItsQrDecodesToThePublicVerificationUrl()
    {
        var dir = PdfTools.TempDir();
        var huong = await f.RecipientAsync(Huong);
        var clerk = await Http.SignedInAsync(f.App, "canbo.tanphong");
        var pdf = await SaveAsync(await clerk.GetAsync(Download(huong.Id)), dir, "huong");

        var info = await PdfTools.RunAsync("pdfinfo", pdf);
        Assert.Matches(@"Pages:\s+1\b", info);
        var size = PageSize().Match(info);
        Assert.True(size.Success, info);
        var (w, h) = (double.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(size.Groups[2].Value, CultureInfo.InvariantCulture));
        Assert.Equal(841.9, w, 0.5); // 297 mm
        Assert.Equal(595.3, h, 0.5); // 210 mm: landscape
        Assert.Contains("(A4)", info);

        var text = (await PdfTools.RunAsync("pdftotext", "-layout", pdf, "-")).Normalize(NormalizationForm.FormC);
        Assert.Contains("CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ LAI CHÂU", text);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.Contains("TẶNG", text);
        Assert.Contains("GIẤY KHEN", text);
        Assert.Contains("Bà " + Huong, text);
        Assert.Contains("Đã có thành tích giúp hộ nghèo thoát nghèo", text);
        Assert.Contains("Quyết định số " + f.Decision.Number, text);
        Assert.Contains("ngày 15/01/2024", text);
        Assert.Contains("Số sổ vàng: 01", text);
        Assert.Contains("Lai Châu, ngày 15 tháng 01 năm 2024", text);
        Assert.Contains("KT. CHỦ TỊCH", text);
        Assert.Contains(f.Decision.SignerName, text);

        // The QR code, read from the rendered page as a phone would.
        var png = await PdfTools.PngAsync(pdf, 200);
        var qr = (await PdfTools.RunAsync("zbarimg", "-q", "--raw", png)).Trim();
        var token = await f.TokenAsync(huong.Id);
        Assert.Equal($"{PublicBase}/xac-minh/{token}", qr);
        Assert.Equal(22, token.Length);
        Assert.DoesNotContain(huong.Id.ToString(CultureInfo.InvariantCulture) + "/", qr.Replace(PublicBase, "", StringComparison.Ordinal));

        var anonymous = Http.Anonymous(f.App);
        var page = await anonymous.GetAsync(new Uri(qr).AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains(Huong, html);
        Assert.Contains("Giấy khen", html);
        Assert.Contains($"Số {f.Decision.Number} ngày 15/01/2024", html);
        Assert.Contains("UBND thành phố Lai Châu", html);
        Assert.Contains("Còn hiệu lực", html);
        // Only what the page may show: no citizen id (or its last digits), no birth year, no money.
        Assert.DoesNotContain(CitizenId[^4..], html);
        Assert.DoesNotContain("1985", html);
        Assert.DoesNotContain("CCCD", html);
        Assert.DoesNotContain(" đ<", html);
    }

    [Fact]
    public async Task CertificateImage_NameWithStackedMarks_IsReadByOcrAndMatchesTheReferenceRenderingNotTheStrippedOne()
    {
        var dir = PdfTools.TempDir();
        var huong = await f.RecipientAsync(Huong);
        var clerk = await Http.SignedInAsync(f.App, "canbo.tanphong");
        var pdf = await SaveAsync(await clerk.GetAsync(Download(huong.Id)), dir, "huong");

        // (1) OCR of the rendered page (not the PDF's text layer).
        var png = await PdfTools.PngAsync(pdf, 300);
        var ocr = (await PdfTools.RunAsync("tesseract", png, "-", "-l", "vie")).Normalize(NormalizationForm.FormC);
        Assert.Contains(Huong, ocr);
        Assert.Contains("TẶNG", ocr);
        Assert.Contains("GIẤY KHEN", ocr);

        // (2) Reference: the same name, same font, size and place, printed by Chromium from a tiny page of our own; and the
        // same name with its marks stripped. The certificate's name band must match the first and differ from the second.
        var name = CertificateLayout.Default.Single(p => p.Field == CertificateField.Recipient);
        string Reference(string text) => $$"""
            <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><style>
            @page { size: A4 landscape; margin: 0 } html, body { margin: 0 }
            .p { position: relative; width: 297mm; height: 210mm; overflow: hidden; font-family: "Liberation Serif" }
            .n { position: absolute; left: {{name.XMm.ToString(CultureInfo.InvariantCulture)}}mm; top: {{name.YMm.ToString(CultureInfo.InvariantCulture)}}mm;
                 font-size: {{name.Size.ToString(CultureInfo.InvariantCulture)}}pt; font-weight: bold; line-height: 1.15; white-space: nowrap; transform: translateX(-50%) }
            </style></head><body><div class="p"><div class="n">{{text}}</div></div></body></html>
            """;
        var accented = await PdfTools.GrayAsync(await PdfTools.ChromiumPdfAsync(dir, "ref", Reference("Bà " + Huong)), 150);
        var stripped = await PdfTools.GrayAsync(await PdfTools.ChromiumPdfAsync(dir, "stripped", Reference("Ba Nguyen Thi Huong")), 150);
        var certificate = await PdfTools.GrayAsync(pdf, 150);

        var (left, top, right, bottom) = (20m, name.YMm - 3m, 277m, name.YMm + 12m);
        Assert.True(certificate.Ink(left, top, right, bottom) > 500, "no ink where the recipient's name should be");
        var toReference = certificate.MeanDiff(accented, left, top, right, bottom);
        var toStripped = certificate.MeanDiff(stripped, left, top, right, bottom);
        var marks = accented.MeanDiff(stripped, left, top, right, bottom);
        Assert.True(marks > 1.0, $"the marks should change the rendering (diff {marks:0.00})");
        Assert.True(toReference < marks / 10, $"certificate vs reference {toReference:0.000}, vs stripped {toStripped:0.000}, marks {marks:0.000}");
        Assert.True(toStripped > marks / 2, $"certificate vs stripped {toStripped:0.000}, marks {marks:0.000}");
        Console.WriteLine($"name band: certificate vs reference {toReference:0.000}, vs stripped {toStripped:0.000}, reference vs stripped {marks:0.000}");
    }

    [Fact]
    public async Task BatchPdf_OfTheDecision_HasOnePageForEachRecipient()
    {
        var dir = PdfTools.TempDir();
        var clerk = await Http.SignedInAsync(f.App, "canbo.tanphong");
        var pdf = await SaveAsync(await clerk.GetAsync($"/Certificates/Download/{f.Decision.Id}?handler=Decision"), dir, "all");
        Assert.Matches(@"Pages:\s+3\b", await PdfTools.RunAsync("pdfinfo", pdf));
        var text = (await PdfTools.RunAsync("pdftotext", pdf, "-")).Normalize(NormalizationForm.FormC);
        Assert.Contains("Bà " + Huong, text);
        Assert.Contains("Ông " + Huong2, text);
        Assert.Contains("Hộ gia đình Giàng A Páo", text);
        Assert.Contains("Số sổ vàng: 03", text);

        // The dossier page links them.
        var page = WebUtility.HtmlDecode(await clerk.GetStringAsync(Url(f.DossierId)));
        Assert.Contains($"/Certificates/Download/{(await f.RecipientAsync(Huong)).Id}", page);
        Assert.Contains($"/Certificates/Download/{f.Decision.Id}?handler=Decision", page);
    }

    [Fact]
    public async Task RevokedRecipient_VerificationPage_SaysRevokedWithTheAct()
    {
        var second = await f.RecipientAsync(Huong2);
        f.Clock.Now = new DateTimeOffset(2024, 3, 4, 2, 0, 0, TimeSpan.Zero); // before signing in: the cookie has an idle timeout
        var signer = await Http.SignedInAsync(f.App, "lanhdao.tplc");
        Assert.Equal(HttpStatusCode.OK, (await signer.GetAsync(Download(second.Id))).StatusCode); // creates the tokens
        var token = await f.TokenAsync(second.Id);
        var anonymous = Http.Anonymous(f.App);
        Assert.Contains("Còn hiệu lực", WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/xac-minh/{token}")));

        var version = await f.App.WithDbAsync(db => db.Dossiers.AsNoTracking().Where(d => d.Id == f.DossierId).Select(d => d.Version).SingleAsync());
        Lookups.AssertRedirect(await Http.PostFormAsync(signer, $"{Url(f.DossierId)}?handler=Revoke", new()
        {
            ["Input.Version"] = version.ToString(CultureInfo.InvariantCulture),
            ["Input.RecipientIds"] = second.Id.ToString(CultureInfo.InvariantCulture), ["Input.Grounds"] = "Khai man thành tích",
        }, Url(f.DossierId)));
        var act = await f.App.WithDbAsync(db => db.Revocations.AsNoTracking().SingleAsync(r => r.DecisionId == f.Decision.Id));

        var html = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/xac-minh/{token}"));
        Assert.Contains("Đã bị thu hồi/hủy bỏ", html);
        Assert.Contains($"theo Quyết định số {act.ActNumber} ngày 04/03/2024", html);
        Assert.DoesNotContain("Còn hiệu lực", html);
        Assert.DoesNotContain("Khai man", html); // the grounds are not public
        // The others still stand.
        var huongToken = await f.TokenAsync((await f.RecipientAsync(Huong)).Id);
        Assert.Contains("Còn hiệu lực", WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/xac-minh/{huongToken}")));
    }

    [Fact]
    public async Task UnknownOrGuessedToken_AnswersTheVietnamese404Page()
    {
        var anonymous = Http.Anonymous(f.App);
        var huong = await f.RecipientAsync(Huong);
        foreach (var token in new[] { "AAAAAAAAAAAAAAAAAAAAAA", huong.Id.ToString(CultureInfo.InvariantCulture) })
        {
            var r = await anonymous.GetAsync($"/xac-minh/{token}");
            Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
            Assert.Contains("Không tìm thấy", await r.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Certificates_OutsideTheDossiersScope_Answer404AndAnonymousMustSignIn()
    {
        var huong = await f.RecipientAsync(Huong);
        foreach (var user in new[] { "canbo.doanket", "thamdinh.snv" })
        {
            var other = await Http.SignedInAsync(f.App, user);
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(Download(huong.Id))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Certificates/Download/{f.Decision.Id}?handler=Decision")).StatusCode);
        }

        var clerk = await Http.SignedInAsync(f.App, "canbo.tanphong");
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync(Download(987654))).StatusCode);
        var anonymous = await Http.Anonymous(f.App).GetAsync(Download(huong.Id));
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/Account/Login", anonymous.Headers.Location!.ToString());
    }

    [Fact]
    public async Task ParallelFirstPrints_CreateExactlyOneTokenPerRecipient()
    {
        var ids = await f.App.WithDbAsync(db => db.DecisionRecipients.Where(r => r.DecisionId == f.Decision.Id).Select(r => r.Id).ToListAsync());
        await f.App.WithDbAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM certificate_tokens WHERE \"DecisionRecipientId\" = ANY({ids.ToArray()})"));
        var clerks = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Http.SignedInAsync(f.App, "canbo.tanphong")));
        var responses = await Task.WhenAll(clerks.Select((c, i) => c.GetAsync(Download(ids[i % ids.Count]))));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var tokens = await f.App.WithDbAsync(db => db.Set<CertificateToken>().Where(t => ids.Contains(t.DecisionRecipientId)).ToListAsync());
        Assert.Equal(ids.Order(), tokens.Select(t => t.DecisionRecipientId).Order());
        Assert.Equal(ids.Count, tokens.Select(t => t.Token).Distinct().Count());
    }

    [Fact]
    public async Task ChromiumMissing_Download_AnswersAVietnameseMessageNotAServerError()
    {
        using var noChromium = new TdktFactory(f.App.Database, f.App.DataFolder,
            new Dictionary<string, string?> { ["Tdkt:ChromiumPath"] = "/khong/co/chromium", ["Tdkt:DemoData"] = "false" });
        var clerk = await Http.SignedInAsync(noChromium, "canbo.tanphong");
        var r = await clerk.GetAsync(Download((await f.RecipientAsync(Huong)).Id));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, r.StatusCode);
        var html = WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync());
        Assert.Contains("Máy chủ chưa cài trình duyệt Chromium", html);
        Assert.Contains("/khong/co/chromium", html);
    }

    [Fact]
    public async Task Api_CertificatePdfAndDecisionBatch_SameScopeAsThePage_503WithoutChromium()
    {
        var dir = PdfTools.TempDir();
        var huong = await f.RecipientAsync(Huong);
        var clerk = Council.CouncilScenario.Bearer(f.App, "canbo.tanphong");
        var one = await SaveAsync(await clerk.GetAsync($"/api/v1/certificates/{huong.Id}.pdf"), dir, "api-one");
        Assert.Matches(@"Pages:\s+1\b", await PdfTools.RunAsync("pdfinfo", one));
        Assert.Contains("Bà " + Huong, (await PdfTools.RunAsync("pdftotext", one, "-")).Normalize(NormalizationForm.FormC));
        var all = await SaveAsync(await clerk.GetAsync($"/api/v1/decisions/{f.Decision.Id}/certificates"), dir, "api-all");
        Assert.Matches(@"Pages:\s+3\b", await PdfTools.RunAsync("pdfinfo", all));

        foreach (var user in new[] { "canbo.doanket", "thamdinh.snv" })
        {
            var other = Council.CouncilScenario.Bearer(f.App, user);
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/certificates/{huong.Id}.pdf")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/decisions/{f.Decision.Id}/certificates")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync("/api/v1/certificates/987654.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Http.Anonymous(f.App).GetAsync($"/api/v1/certificates/{huong.Id}.pdf")).StatusCode);

        using var noChromium = new TdktFactory(f.App.Database, f.App.DataFolder,
            new Dictionary<string, string?> { ["Tdkt:ChromiumPath"] = "/khong/co/chromium", ["Tdkt:DemoData"] = "false" });
        var r = await Council.CouncilScenario.Bearer(noChromium, "canbo.tanphong").GetAsync($"/api/v1/certificates/{huong.Id}.pdf");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, r.StatusCode);
        Assert.Contains("Máy chủ chưa cài trình duyệt Chromium", await r.Content.ReadAsStringAsync());
    }

    private static Dictionary<string, string> TemplateForm(Func<FieldPosition, FieldPosition> change)
    {
        var form = new Dictionary<string, string>();
        var fields = CertificateLayout.Default.Select(change).ToList();
        for (var i = 0; i < fields.Count; i++)
        {
            var p = fields[i];
            var k = $"Input.Fields[{i}].";
            form[k + "Field"] = p.Field.ToString();
            form[k + "XMm"] = p.XMm.ToString("0.##", CultureInfo.GetCultureInfo("vi-VN")); // "148,5" as typed in Vietnam
            form[k + "YMm"] = p.YMm.ToString(CultureInfo.InvariantCulture);
            form[k + "Size"] = p.Size.ToString(CultureInfo.InvariantCulture);
            form[k + "Align"] = p.Align.ToString();
            if (p.OnBlank)
            {
                form[k + "OnBlank"] = "true";
            }
        }

        return form;
    }

    private static async Task<double> TopOfWordAsync(string pdf, string word)
    {
        var bbox = WebUtility.HtmlDecode(await PdfTools.RunAsync("pdftotext", "-bbox", pdf, "-")).Normalize(NormalizationForm.FormC);
        var m = Regex.Match(bbox, "<word xMin=\"[\\d.]+\" yMin=\"([\\d.]+)\"[^>]*>" + Regex.Escape(word) + "</word>");
        Assert.True(m.Success, $"“{word}” not found in the PDF");
        return double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task TemplateEdit_PositionOutsideA4_IsRefusedNamingTheFieldInVietnamese()
    {
        var unit = await Lookups.UnitIdAsync(f.App, "LCH-TP");
        var admin = await Http.SignedInAsync(f.App, "admin");
        var url = $"/Certificates/Templates?UnitId={unit}&Award=GK";
        var form = TemplateForm(p => p.Field == CertificateField.Recipient ? p with { XMm = 320m } : p);
        var r = await Http.PostFormAsync(admin, $"/Certificates/Templates?handler=Save&UnitId={unit}&Award=GK", form, url);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains("Trường “Họ tên / tên tập thể được khen”: hoành độ X phải từ 0 đến 297 mm (khổ A4 ngang)", WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync()));

        form = TemplateForm(p => p.Field == CertificateField.QrCode ? p with { XMm = 280m } : p);
        r = await Http.PostFormAsync(admin, $"/Certificates/Templates?handler=Save&UnitId={unit}&Award=GK", form, url);
        Assert.Contains("bị tràn ra ngoài trang A4 ngang", WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync()));
        form = TemplateForm(p => p);
        form["Input.Fields[0].YMm"] = "mười";
        r = await Http.PostFormAsync(admin, $"/Certificates/Templates?handler=Save&UnitId={unit}&Award=GK", form, url);
        Assert.Contains("Y phải là số milimét", WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync()));
        Assert.Equal(0, await f.App.WithDbAsync(db => db.Set<CertificateTemplate>().CountAsync()));

        // Only administrators of the unit: a clerk, or the administrator of another district, gets 404.
        var clerk = await Http.SignedInAsync(f.App, "canbo.tanphong");
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync(url)).StatusCode);
        var otherAdmin = await Http.SignedInAsync(f.App, "quantri.phongtho");
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await otherAdmin.GetAsync("/Certificates/Templates")).StatusCode);
    }

    [Fact]
    public async Task TemplateSaved_MovesTheFieldOnTheCertificate_BlankModeOmitsTheDecorations_ResetRestoresTheDefault()
    {
        var dir = PdfTools.TempDir();
        var unit = await Lookups.UnitIdAsync(f.App, "LCH-TP");
        var admin = await Http.SignedInAsync(f.App, "admin");
        var url = $"/Certificates/Templates?UnitId={unit}&Award=GK";
        var huong = await f.RecipientAsync(Huong);
        var clerk = await Http.SignedInAsync(f.App, "canbo.tanphong");
        const double PtPerMm = 72 / 25.4;
        var before = await TopOfWordAsync(await SaveAsync(await clerk.GetAsync(Download(huong.Id)), dir, "before"), "Hường");
        Assert.InRange(before, 92 * PtPerMm, 98 * PtPerMm); // the top of the line box

        var blank = await SaveAsync(await clerk.GetAsync(Download(huong.Id, blank: true)), dir, "blank");
        var blankText = (await PdfTools.RunAsync("pdftotext", blank, "-")).Normalize(NormalizationForm.FormC);
        Assert.DoesNotContain("CỘNG HÒA", blankText);
        Assert.DoesNotContain("GIẤY KHEN", blankText);
        Assert.Contains("Bà " + Huong, blankText);
        Assert.Contains("Số sổ vàng: 01", blankText);
        Assert.Equal((await PdfTools.RunAsync("zbarimg", "-q", "--raw", await PdfTools.PngAsync(blank, 200))).Trim(),
            $"{PublicBase}/xac-minh/{await f.TokenAsync(huong.Id)}");

        try
        {
            var saved = await Http.PostFormAsync(admin, $"/Certificates/Templates?handler=Save&UnitId={unit}&Award=GK",
                TemplateForm(p => p.Field == CertificateField.Recipient ? p with { YMm = 50m } : p), url);
            Lookups.AssertRedirect(saved);
            var moved = await SaveAsync(await clerk.GetAsync(Download(huong.Id)), dir, "moved");
            Assert.InRange(await TopOfWordAsync(moved, "Hường"), 49 * PtPerMm, 55 * PtPerMm);
            Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", (await PdfTools.RunAsync("pdftotext", moved, "-")).Normalize(NormalizationForm.FormC));

            var audit = await f.App.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(CertificateTemplate)).Select(a => a.Action).ToListAsync());
            Assert.Contains("Sửa mẫu in bằng, giấy khen", audit);
        }
        finally
        {
            // The other tests of the class print with the default layout.
            Lookups.AssertRedirect(await Http.PostFormAsync(admin, $"/Certificates/Templates?handler=Reset&UnitId={unit}&Award=GK", new(), url));
        }

        var after = await TopOfWordAsync(await SaveAsync(await clerk.GetAsync(Download(huong.Id)), dir, "after"), "Hường");
        Assert.Equal(before, after, 0.1);
    }

    [GeneratedRegex(@"Page size:\s+([\d.]+) x ([\d.]+) pts")]
    private static partial Regex PageSize();
}
