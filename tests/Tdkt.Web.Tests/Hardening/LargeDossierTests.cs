using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Nominations;
using Tdkt.Testing;

namespace Tdkt.Web.Tests.Hardening;

/// <summary>Issue 15 item 8: a dossier of 500 nominees renders in bounded work — the nominee list (with its eligibility
/// and duplicate checks) is paged 50 at a time, with a summary of the count, the page and the warnings on it.</summary>
public sealed partial class LargeDossierTests : IAsyncLifetime
{
    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewFactoryAsync(nameof(LargeDossierTests));

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Dossier500Nominees_PagedBy50_WithSummary_EveryNomineeReachable()
    {
        var (dossierId, total) = await _app.WithDbAsync(async db =>
        {
            var d = await db.Dossiers.Where(x => x.Status == DossierStatus.Draft).OrderBy(x => x.Id).FirstAsync();
            for (var i = 1; i <= 500; i++)
            {
                // Pairs share name and birth year: each carries a duplicate warning, the quadratic case of the battery.
                var n = Nominee.Create(d.Id, new NomineeData(SubjectKind.Individual, $"Người thứ {(i + 1) / 2}", "Nam", 1980, null, "Chuyên viên",
                    "Phòng Nội vụ", null, null, null, AwardCodes.Gk, "Hoàn thành xuất sắc nhiệm vụ"), s => s).Value!;
                db.Add(n);
            }

            await db.SaveChangesAsync();
            return (d.Id, await db.Nominees.CountAsync(n => n.DossierId == d.Id));
        });
        Assert.True(total >= 500);
        var pages = (total + 49) / 50;

        var admin = await Http.SignedInAsync(_app, "admin");
        var first = await admin.GetAsync($"/Nominations/Details/{dossierId}");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var html = WebUtility.HtmlDecode(await first.Content.ReadAsStringAsync());
        Assert.Equal(50, Rows(html));
        Assert.Contains($"{total} đối tượng, trang 1/{pages}", html, StringComparison.Ordinal);
        Assert.Contains($"?trang={pages}\"", html, StringComparison.Ordinal);

        var seen = Rows(html);
        var longest = html.Length;
        for (var p = 2; p <= pages; p++)
        {
            var page = WebUtility.HtmlDecode(await admin.GetStringAsync($"/Nominations/Details/{dossierId}?trang={p}"));
            Assert.Contains($"trang {p}/{pages}", page, StringComparison.Ordinal);
            seen += Rows(page);
            longest = Math.Max(longest, page.Length);
        }

        Console.WriteLine($"dossier of {total} nominees: {pages} pages of ≤ 50, largest page {longest / 1024} KiB");
        Assert.Equal(total, seen);
        Assert.True(longest < 1_000_000, $"a page of 50 nominees is {longest} characters");
        // Beyond the last page: the last page, not an error.
        Assert.Contains($"trang {pages}/{pages}", WebUtility.HtmlDecode(await admin.GetStringAsync($"/Nominations/Details/{dossierId}?trang=9999")), StringComparison.Ordinal);
    }

    private static int Rows(string html)
    {
        var table = html[html.IndexOf("data-testid=\"nominees\"", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        return RowPattern().Matches(table).Count;
    }

    [GeneratedRegex("<td data-label=\"STT\">")]
    private static partial Regex RowPattern();
}
