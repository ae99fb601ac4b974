using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tdkt.Testing;

namespace Tdkt.Web.Tests.OrgUnits;

/// <summary>Structural writes racing each other must leave every path equal to parent path + own id.</summary>
public sealed class OrgTreeConcurrencyTests : IAsyncLifetime
{
    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewFactoryAsync(nameof(OrgTreeConcurrencyTests));

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task MoveAndCreateChildAtOnce_PathsStayConsistent()
    {
        var mover = await Http.SignedInAsync(_app, "admin");
        var creator = await Http.SignedInAsync(_app, "admin");
        var (snv, syt) = await _app.WithDbAsync(async db =>
            (await db.OrgUnits.SingleAsync(u => u.Code == "LCH-SNV"), await db.OrgUnits.SingleAsync(u => u.Code == "LCH-SYT")));

        for (var i = 0; i < 8; i++)
        {
            var code = $"LCH-RACE-{i}";
            var created = await Http.PostFormAsync(creator, "/OrgUnits/Create", Unit(code, $"Phòng thử {i}", snv.Id));
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
            var unit = await _app.WithDbAsync(db => db.OrgUnits.AsNoTracking().SingleAsync(u => u.Code == code));

            // Both forms are loaded first, then both posts race.
            var moveToken = Http.AntiforgeryToken(await (await mover.GetAsync($"/OrgUnits/Move/{unit.Id}")).Content.ReadAsStringAsync())!;
            var createToken = Http.AntiforgeryToken(await (await creator.GetAsync("/OrgUnits/Create")).Content.ReadAsStringAsync())!;
            var move = mover.PostAsync($"/OrgUnits/Move/{unit.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = moveToken,
                ["Input.ParentId"] = syt.Id.ToString(CultureInfo.InvariantCulture),
                ["Input.Version"] = unit.Version.ToString(CultureInfo.InvariantCulture),
            }));
            var child = new Dictionary<string, string>(Unit(code + "-CON", $"Tổ thử {i}", unit.Id)) { ["__RequestVerificationToken"] = createToken };
            var create = creator.PostAsync("/OrgUnits/Create", new FormUrlEncodedContent(child));
            var results = await Task.WhenAll(move, create);
            Assert.All(results, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        }

        var broken = await _app.WithDbAsync(db => db.Database.SqlQueryRaw<int>(
            "SELECT count(*)::int AS \"Value\" FROM org_units c JOIN org_units p ON c.\"ParentId\" = p.\"Id\" WHERE c.\"Path\" <> p.\"Path\" || c.\"Id\" || '/'").SingleAsync());
        Assert.Equal(0, broken);
        var underSyt = await _app.WithDbAsync(db => db.OrgUnits.CountAsync(u => u.Code.StartsWith("LCH-RACE-") && u.Path.StartsWith(syt.Path)));
        Assert.Equal(16, underSyt);
    }

    private static Dictionary<string, string> Unit(string code, string name, int parentId) => new()
    {
        ["Input.Code"] = code,
        ["Input.Name"] = name,
        ["Input.Kind"] = "Department",
        ["Input.ParentId"] = parentId.ToString(CultureInfo.InvariantCulture),
        ["Input.ValidFrom"] = "01/01/2026",
        ["Input.ValidTo"] = "",
    };
}
