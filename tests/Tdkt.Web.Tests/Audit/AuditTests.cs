using System.Net;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tdkt.Testing;

namespace Tdkt.Web.Tests.Audit;

public sealed class AuditTests : IAsyncLifetime
{
    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewFactoryAsync(nameof(AuditTests));

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private async Task EditPositionAsync(HttpClient admin, string userName, string position)
    {
        var user = await Lookups.UserAsync(_app, userName);
        var response = await Http.PostFormAsync(admin, $"/Users/Edit/{user.Id}?handler=Details", new()
        {
            ["Details.FullName"] = user.FullName,
            ["Details.Position"] = position,
            ["Details.OrgUnitId"] = user.OrgUnitId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, $"/Users/Edit/{user.Id}");
        Lookups.AssertRedirect(response, $"/Users/Edit/{user.Id}");
    }

    [Fact]
    public async Task AdminEditsUser_AuditRowHasActorActionBeforeAndAfter()
    {
        var admin = await Http.SignedInAsync(_app, "admin");

        await EditPositionAsync(admin, "canbo.snv", "Phó Chánh Văn phòng Sở Nội vụ");

        var id = await Lookups.UserIdAsync(_app, "canbo.snv");
        var row = await _app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.EntityId == id && a.Action == "Sửa thông tin người dùng"));
        Assert.Equal("admin", row.ActorName);
        Assert.Equal(await Lookups.UserIdAsync(_app, "admin"), row.ActorUserId);
        Assert.Equal("AppUser", row.EntityType);
        Assert.Equal(await Lookups.UnitIdAsync(_app, "LCH-SNV"), row.OrgUnitId);
        Assert.Contains("Chuyên viên Văn phòng Sở Nội vụ", row.Before);
        Assert.Contains("Phó Chánh Văn phòng Sở Nội vụ", row.After);
        var html = await admin.GetStringAsync("/Audit?thaotac=sua%20thong%20tin");
        Assert.Contains("Phó Chánh Văn phòng Sở Nội vụ", html);
    }

    [Theory]
    [InlineData("UPDATE audit_entries SET \"Action\" = 'x'")]
    [InlineData("DELETE FROM audit_entries")]
    [InlineData("TRUNCATE audit_entries")]
    public async Task AuditTable_UpdateDeleteOrTruncate_IsRefusedAndRowsUnchanged(string sql)
    {
        var before = await _app.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Id, a.Action }).ToListAsync());
        Assert.NotEmpty(before);

        await Assert.ThrowsAsync<PostgresException>(() => _app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(sql)));

        var after = await _app.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Id, a.Action }).ToListAsync());
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task PhongThoAdmin_AuditPage_DoesNotShowRowsAboutSoNoiVu()
    {
        var snv = await Lookups.UnitIdAsync(_app, "LCH-SNV");
        var admin = await Http.SignedInAsync(_app, "admin");
        await EditPositionAsync(admin, "canbo.snv", "Phó Chánh Văn phòng Sở Nội vụ");
        Assert.Contains($"data-unit-id=\"{snv}\"", await admin.GetStringAsync("/Audit"));
        var phongTho = await Http.SignedInAsync(_app, "quantri.phongtho");
        await EditPositionAsync(phongTho, "quantri.phongtho", "Phó Trưởng phòng Nội vụ huyện Phong Thổ");

        var html = await phongTho.GetStringAsync("/Audit");

        Assert.Contains("Phó Trưởng phòng Nội vụ huyện Phong Thổ", html);
        Assert.DoesNotContain($"data-unit-id=\"{snv}\"", html);
        Assert.DoesNotContain("Phó Chánh Văn phòng Sở Nội vụ", html);
        Assert.Equal(HttpStatusCode.NotFound, (await phongTho.GetAsync($"/Audit?donvi={snv}")).StatusCode);
    }

    [Fact]
    public async Task RowsWithoutUnit_ShownOnlyToAdminCoveringEveryRoot()
    {
        var phongTho = await Http.SignedInAsync(_app, "quantri.phongtho");
        var created = await Http.PostFormAsync(phongTho, "/Account/Profile?handler=CreateToken", new() { ["NewToken.Name"] = "Mã thử" }, "/Account/Profile");
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.True(await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "PersonalAccessToken" && a.OrgUnitId == null)));
        var admin = await Http.SignedInAsync(_app, "admin");

        var adminHtml = await admin.GetStringAsync("/Audit?loai=PersonalAccessToken");
        var phongThoHtml = await phongTho.GetStringAsync("/Audit?loai=PersonalAccessToken");

        Assert.Contains("data-entity=\"PersonalAccessToken\"", adminHtml);
        Assert.Contains("Tạo mã truy cập", adminHtml);
        Assert.DoesNotContain("data-entity=\"PersonalAccessToken\"", phongThoHtml);
    }

    [Fact]
    public async Task NonAdmin_AuditPage_Answers404()
    {
        var clerk = await Http.SignedInAsync(_app, "canbo.tanphong");

        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync("/Audit")).StatusCode);
    }
}
