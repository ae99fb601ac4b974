using System.Net;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Nominations;
using Tdkt.Testing;

namespace Tdkt.Web.Tests.Nominations;

/// <summary>The minimal reference seed (no demo data) and the state builders that drive the app's own handlers:
/// a new ward's dossier reaches "appraised" with a history row per step by the users who did it; the ward closed on
/// 30/06/2025 cannot propose after that day; the page shows the built state to its clerk and not to another ward's.</summary>
public sealed class ReferenceSeedBuilderTests : IAsyncLifetime
{
    private static readonly DateOnly Day = new(2026, 3, 2);
    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewReferenceFactoryAsync(nameof(ReferenceSeedBuilderTests));

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Builder_NewWardToProvince_ReachesAppraisedThroughTheHandlers_HistoryNamesWhoDidEachStep()
    {
        var id = await Build.Dossier(_app).By(ReferenceSeed.WardClerk, ReferenceSeed.Ward).AppraisedBy(ReferenceSeed.Appraiser)
            .Level(DecidingLevel.Province).On(Day).Titled("Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh (kiểm thử)")
            .WithIndividual("Lò Thị Thanh", AwardCodes.BkTinh).WithCollective("Tổ dân phố số 5, phường Mường Thanh", AwardCodes.BkTinh)
            .AppraisedAsync();

        var d = await _app.WithDbAsync(db => db.Dossiers.AsNoTracking().SingleAsync(x => x.Id == id));
        var province = await Lookups.UnitIdAsync(_app, ReferenceSeed.Province);
        Assert.Equal((DossierStatus.Appraised, province), (d.Status, d.ReceivingUnitId));
        var steps = await _app.WithDbAsync(db => (from t in db.DossierTransitions
                                                  join u in db.Users on t.UserId equals u.Id
                                                  where t.DossierId == id
                                                  orderby t.Id
                                                  select new { t.Action, u.UserName }).ToListAsync());
        Assert.Contains(steps, s => s.Action == DossierAction.Submit && s.UserName == ReferenceSeed.WardClerk);
        Assert.Contains(steps, s => s.Action == DossierAction.Receive && s.UserName == ReferenceSeed.Appraiser);
        Assert.Equal(DossierAction.CompleteAppraisal, steps[^1].Action);
        Assert.All(await _app.WithDbAsync(db => db.Nominees.Where(n => n.DossierId == id).Select(n => n.Verdict).ToListAsync()),
            v => Assert.Equal(NomineeVerdict.Accepted, v));

        var clerk = await Http.SignedInAsync(_app, ReferenceSeed.WardClerk);
        Assert.Contains("Lò Thị Thanh", WebUtility.HtmlDecode(await clerk.GetStringAsync($"/Nominations/Details/{id}")), StringComparison.Ordinal);
        var other = await Http.SignedInAsync(_app, ReferenceSeed.CommuneClerk);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Nominations/Details/{id}")).StatusCode);
    }

    [Fact]
    public async Task Builder_WardClosedOn30June2025_SubmitsBefore_CannotSubmitAfterwards()
    {
        var before = await Build.Dossier(_app).By(ReferenceSeed.OldWardClerk, ReferenceSeed.OldWard).AppraisedBy(ReferenceSeed.Appraiser)
            .On(new DateOnly(2025, 6, 2)).Titled("Đề nghị tặng Giấy khen 6 tháng đầu năm 2025 (kiểm thử)").WithHousehold("Quàng Văn Nọi")
            .SubmittedAsync();
        Assert.Equal(DossierStatus.Submitted, await _app.WithDbAsync(db => db.Dossiers.Where(d => d.Id == before).Select(d => d.Status).SingleAsync()));

        var late = await Build.Dossier(_app).By(ReferenceSeed.OldWardClerk, ReferenceSeed.OldWard).On(new DateOnly(2025, 6, 20))
            .Titled("Đề nghị tặng Giấy khen (chưa gửi khi phường đóng)").WithHousehold("Lò Văn Pản").ReadyAsync();
        var acts = await Tdkt.Web.Data.DemoActs.ForAsync(_app.Services);
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => acts.SubmitAsync(ReferenceSeed.OldWardClerk, new DateOnly(2025, 7, 2), late));
        Assert.Contains("30/06/2025", refused.Message, StringComparison.Ordinal);
        Assert.Equal(DossierStatus.Draft, await _app.WithDbAsync(db => db.Dossiers.Where(d => d.Id == late).Select(d => d.Status).SingleAsync()));
    }
}
