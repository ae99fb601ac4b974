using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Nominations;
using Tdkt.Testing;
using Tdkt.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace Tdkt.Browser.Tests;

/// <summary>Public notice in Chromium (ADR-0011): the city's appraiser publishes an accepted nominee (API); an anonymous
/// visitor finds it on /cong-khai and sends an objection — refused when sent back too fast, accepted once the minimum
/// fill time has passed on the app's clock; the appraiser sees it and records the verification.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PublicNoticeBrowserTests(BrowserApp app)
{
    private const string NomineeName = "Lò Thị Phương (trình duyệt công khai)";
    private const string Title = "Lấy ý kiến nhân dân về đề nghị tặng Giấy khen (trình duyệt)";

    [Fact]
    public async Task AnonymousObjection_AfterTheMinimumFillTime_AppraiserSeesAndVerifiesIt()
    {
        var start = new DateTimeOffset(2025, 12, 1, 2, 0, 0, TimeSpan.Zero); // Monday 01/12/2025, 09:00 in Lai Châu
        app.Clock.Fixed = start;
        try
        {
            var nomineeId = await AppraisedAsync();
            using var api = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
            api.DefaultRequestHeaders.Authorization = new("Bearer", DemoTokens.For(app.Factory, "thamdinh.tplc"));
            var published = await api.PostAsJsonAsync("/api/v1/notices", new { title = Title, startDate = "2025-12-01", nomineeIds = new[] { nomineeId } });
            Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
            var noticeId = (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

            // 1. A visitor without an account finds the notice and the nominee.
            var visitor = await app.NewPageAsync();
            await visitor.GotoAsync("/cong-khai");
            await visitor.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
            await Expect(visitor.GetByTestId("notice-period")).ToContainTextAsync("đến hết ngày 12/12/2025");
            await Expect(visitor.GetByTestId("public-entries")).ToContainTextAsync(NomineeName);

            // 2. Sent back at once: refused as too fast, nothing stored.
            await visitor.GetByLabel("Người, tập thể được phản ánh").SelectOptionAsync(new SelectOptionValue { Label = $"{NomineeName} — Giấy khen" });
            await visitor.GetByLabel("Họ và tên người gửi").FillAsync("Nguyễn Văn Bình");
            await visitor.GetByLabel("Số điện thoại hoặc thư điện tử").FillAsync("0912 345 678");
            await visitor.GetByLabel("Nội dung phản ánh, góp ý").FillAsync("Bà Phương chưa trực tiếp vận động các hộ như báo cáo thành tích.");
            await visitor.GetByRole(AriaRole.Button, new() { Name = "Gửi phản ánh, góp ý" }).ClickAsync();
            await Expect(visitor.GetByText("Biểu mẫu được gửi quá nhanh")).ToBeVisibleAsync();
            Assert.Equal(0, await ObjectionsAsync(noticeId));

            // 3. After reading for half a minute (the app's clock), the same form goes through.
            app.Clock.Fixed = start.AddSeconds(30);
            await visitor.GetByRole(AriaRole.Button, new() { Name = "Gửi phản ánh, góp ý" }).ClickAsync();
            await Expect(visitor.GetByText("Đã nhận phản ánh, góp ý của bạn")).ToBeVisibleAsync();
            Assert.Equal(1, await ObjectionsAsync(noticeId));

            // 4. The appraiser sees it in the list and on the notice, with the sender, and verifies it.
            var appraiser = await app.SignInAsync("thamdinh.tplc");
            await appraiser.GotoAsync("/Notices");
            await Expect(appraiser.GetByText("Bà Phương chưa trực tiếp vận động").First).ToBeVisibleAsync();
            await appraiser.GotoAsync($"/Notices/Details/{noticeId}");
            var objection = appraiser.GetByTestId("objection");
            await Expect(objection).ToContainTextAsync("Nguyễn Văn Bình (0912 345 678)");
            await Expect(objection).ToContainTextAsync("Chưa xác minh");
            await objection.GetByLabel("Nội dung xác minh").FillAsync("Đã làm việc với tổ dân phố: bà Phương trực tiếp vận động 12 hộ, có biên bản.");
            await objection.GetByLabel("Kết quả").SelectOptionAsync("Unfounded");
            await objection.GetByRole(AriaRole.Button, new() { Name = "Ghi kết quả xác minh" }).ClickAsync();
            await Expect(appraiser.GetByText("Đã ghi kết quả xác minh.")).ToBeVisibleAsync();
            await Expect(appraiser.GetByTestId("objection")).ToContainTextAsync("Không có cơ sở");
            await Expect(appraiser.GetByTestId("objection")).ToContainTextAsync("bà Phương trực tiếp vận động 12 hộ");
            await Expect(appraiser.GetByRole(AriaRole.Button, new() { Name = "Ghi kết quả xác minh" })).ToHaveCountAsync(0);

            // 5. The visitor's page never shows who objected.
            await visitor.ReloadAsync();
            await Expect(visitor.Locator("body")).Not.ToContainTextAsync("0912 345 678");
        }
        finally
        {
            app.Clock.Fixed = null;
        }
    }

    private Task<int> ObjectionsAsync(int noticeId) =>
        app.Factory.WithDbAsync(db => db.Set<Domain.Notices.NoticeObjection>().CountAsync(o => o.NoticeId == noticeId));

    /// <summary>A ward's dossier to UBND thành phố Lai Châu with one nominee for Giấy khen, accepted by the appraisal.</summary>
    private async Task<int> AppraisedAsync()
    {
        using var scope = app.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TdktDbContext>();
        var ward = await db.OrgUnits.SingleAsync(u => u.Code == "LCH-TP-TANPHONG");
        var city = await db.OrgUnits.SingleAsync(u => u.Code == "LCH-TP");
        var at = new DateTimeOffset(2025, 11, 24, 2, 0, 0, TimeSpan.Zero);
        var actor = new Actor(null, "Kiểm thử", at);
        var d = Dossier.Create("Đề nghị tặng Giấy khen — phường Tân Phong (trình duyệt công khai)", ward.Id, city.Id, CommendationKind.Merit,
            DecidingLevel.Grassroots, null, null, 2025, null, 20, at).Value!;
        db.Dossiers.Add(d);
        await db.SaveChangesAsync();
        var n = Nominee.Create(d.Id, new NomineeData(SubjectKind.Individual, NomineeName, "Nữ", 1986, null, null, null, null, null, null,
            AwardCodes.Gk, "Vận động 12 hộ thoát nghèo bền vững"), s => s).Value!;
        n.Appraise(true, null);
        db.Nominees.Add(n);
        var day = new DateOnly(2025, 11, 24);
        db.DossierTransitions.AddRange(d.Submit(new SubmissionCheck(1, [], []), day, actor).Value!, d.Receive(day, actor).Value!,
            d.StartAppraisal(actor).Value!, d.CompleteAppraisal([n], actor).Value!);
        await db.SaveChangesAsync();
        return n.Id;
    }
}
