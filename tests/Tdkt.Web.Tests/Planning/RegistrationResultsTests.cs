using System.Net;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Planning;
using Tdkt.Testing;

namespace Tdkt.Web.Tests.Planning;

public sealed class RegistrationResultsTests : IAsyncLifetime
{
    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewFactoryAsync(nameof(RegistrationResultsTests));

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task RegistrationDetails_ComparesEachLineWithTheRegistry()
    {
        // A person of the demo registry with an award record, and the unit it belongs to.
        var (unitId, name, code, year, number) = await _app.WithDbAsync(async db =>
        {
            var a = await (from r in db.AwardRecords join p in db.People on r.PersonId equals p.Id
                           orderby r.Year descending
                           select new { p.OrgUnitId, p.FullName, r.AwardCode, r.Year, r.DecisionNumber }).FirstAsync();
            return (a.OrgUnitId, a.FullName, a.AwardCode, a.Year, a.DecisionNumber);
        });
        var regId = await _app.WithDbAsync(async db =>
        {
            var reg = Registration.Create(unitId, year, "Hoàn thành xuất sắc nhiệm vụ",
                [new RegistrationEntry(RegistrationSubject.Individual, name.ToUpperInvariant(), code),
                 new RegistrationEntry(RegistrationSubject.Individual, "Người chưa được khen", code)]).Value!;
            db.Registrations.Add(reg);
            await db.SaveChangesAsync();
            return reg.Id;
        });

        var client = await Http.SignedInAsync(_app, "admin");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/Registrations/Details/{regId}"));
        Assert.Contains($"Đạt — Quyết định {number}", html);
        Assert.Contains("Chưa có trong sổ khen thưởng", html);
    }
}
