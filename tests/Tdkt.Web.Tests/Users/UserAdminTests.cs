using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Security;
using Tdkt.Testing;

namespace Tdkt.Web.Tests.Users;

public sealed class UserAdminTests : IAsyncLifetime
{
    private const string NewPassword = "mot cum tu rat dai 2025";
    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewFactoryAsync(nameof(UserAdminTests));

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private async Task<HttpResponseMessage> CreateUserAsync(HttpClient admin, string userName, string password, string unitCode, Role? role = null)
    {
        var unitId = await Lookups.UnitIdAsync(_app, unitCode);
        var fields = new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.FullName"] = "Nguyễn Thị Hoa",
            ["Input.Position"] = "Công chức Văn phòng - Thống kê",
            ["Input.OrgUnitId"] = unitId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Password"] = password,
        };
        if (role is { } r)
        {
            fields["Input.GrantRole"] = r.ToString();
            fields["Input.GrantUnitId"] = unitId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return await Http.PostFormAsync(admin, "/Users/Create", fields);
    }

    [Fact]
    public async Task CreateUser_WithGrant_NewUserCanSignInWithTheGrant()
    {
        var admin = await Http.SignedInAsync(_app, "admin");

        var response = await CreateUserAsync(admin, "hoa.nguyen", NewPassword, "LCH-TP-DOANKET", Role.UnitClerk);

        Lookups.AssertRedirect(response, "/Users/Edit/");
        var client = await Http.SignedInAsync(_app, "hoa.nguyen", NewPassword);
        var me = await client.GetFromJsonAsync<Api.MeResponse>("/api/v1/me");
        Assert.Equal("Nguyễn Thị Hoa", me!.FullName);
        var grant = Assert.Single(me.Grants);
        Assert.Equal("UnitClerk", grant.Role);
        Assert.Equal("LCH-TP-DOANKET", grant.OrgUnitCode);
        Assert.True(await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "Cấp vai trò" && a.ActorName == "admin")));
    }

    [Fact]
    public async Task CreateUser_PasswordOf11Chars_ShowsVietnameseErrorAndWritesNoUser()
    {
        var admin = await Http.SignedInAsync(_app, "admin");

        var response = await CreateUserAsync(admin, "ngan.qua", "12345678901", "LCH-SNV", Role.Viewer);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Mật khẩu phải có ít nhất 12 ký tự", await response.Content.ReadAsStringAsync());
        Assert.False(await _app.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == "ngan.qua")));
    }

    [Fact]
    public async Task CreateUser_DuplicateUserName_ShowsVietnameseErrorAndKeepsOneUser()
    {
        var admin = await Http.SignedInAsync(_app, "admin");

        var response = await CreateUserAsync(admin, "canbo.doanket", NewPassword, "LCH-SNV", Role.Viewer);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("canbo.doanket", html);
        Assert.Contains("đã có người dùng. Hãy chọn tên khác.", html);
        Assert.Equal(1, await _app.WithDbAsync(db => db.Users.CountAsync(u => u.UserName == "canbo.doanket")));
        // The first grant was not written for the existing user either.
        var id = await Lookups.UserIdAsync(_app, "canbo.doanket");
        Assert.Equal(1, await _app.WithDbAsync(db => db.RoleGrants.CountAsync(g => g.UserId == id)));
    }

    [Fact]
    public async Task DisableUser_SignedIn_CookieRedirectsToLoginApiAnd401TokenRefused()
    {
        var id = await Lookups.UserIdAsync(_app, "canbo.tanphong");
        var pageSession = await Http.SignedInAsync(_app, "canbo.tanphong");
        var apiSession = await Http.SignedInAsync(_app, "canbo.tanphong");
        var token = DemoTokens.For(_app, "canbo.tanphong");
        Assert.Equal(HttpStatusCode.OK, (await pageSession.GetAsync("/")).StatusCode);
        var admin = await Http.SignedInAsync(_app, "admin");

        var response = await Http.PostFormAsync(admin, $"/Users/Edit/{id}?handler=Disable",
            new() { ["Status.Reason"] = "Chuyển công tác khỏi phường" }, $"/Users/Edit/{id}");

        Lookups.AssertRedirect(response, $"/Users/Edit/{id}");
        var page = await pageSession.GetAsync("/");
        Lookups.AssertRedirect(page, "/Account/Login");
        var api = await apiSession.GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        var bearer = Http.Anonymous(_app);
        bearer.DefaultRequestHeaders.Authorization = new("Bearer", token);
        Assert.Equal(HttpStatusCode.Unauthorized, (await bearer.GetAsync("/api/v1/me")).StatusCode);
        var audit = await _app.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.EntityId == id && a.Action == "Vô hiệu hóa tài khoản"));
        Assert.Equal("Chuyển công tác khỏi phường", audit.Reason);
    }

    [Fact]
    public async Task DisableUser_WithoutReason_ShowsErrorAndUserStaysEnabled()
    {
        var id = await Lookups.UserIdAsync(_app, "canbo.tanphong");
        var admin = await Http.SignedInAsync(_app, "admin");

        var response = await Http.PostFormAsync(admin, $"/Users/Edit/{id}?handler=Disable", new() { ["Status.Reason"] = "" }, $"/Users/Edit/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hãy nhập lý do vô hiệu hóa", await response.Content.ReadAsStringAsync());
        Assert.False((await Lookups.UserAsync(_app, "canbo.tanphong")).IsDisabled);
    }

    [Fact]
    public async Task DisableSelf_Admin_IsRefused()
    {
        var id = await Lookups.UserIdAsync(_app, "admin");
        var admin = await Http.SignedInAsync(_app, "admin");

        var response = await Http.PostFormAsync(admin, $"/Users/Edit/{id}?handler=Disable", new() { ["Status.Reason"] = "Thử" }, $"/Users/Edit/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bạn không thể tự vô hiệu hóa tài khoản của mình", await response.Content.ReadAsStringAsync());
        Assert.False((await Lookups.UserAsync(_app, "admin")).IsDisabled);
    }

    [Fact]
    public async Task RemoveGrant_ClerkOfWard_NextWardDetailsAnswers404()
    {
        var id = await Lookups.UserIdAsync(_app, "canbo.tanphong");
        var ward = await Lookups.UnitIdAsync(_app, "LCH-TP-TANPHONG");
        var grantId = await _app.WithDbAsync(db => db.RoleGrants.Where(g => g.UserId == id).Select(g => g.Id).SingleAsync());
        var clerk = await Http.SignedInAsync(_app, "canbo.tanphong");
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync($"/OrgUnits/Details/{ward}")).StatusCode);
        var admin = await Http.SignedInAsync(_app, "admin");

        var response = await Http.PostFormAsync(admin, $"/Users/Edit/{id}?handler=RemoveGrant",
            new() { ["Remove.GrantId"] = grantId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Remove.Reason"] = "Nghỉ hưu" },
            $"/Users/Edit/{id}");

        Lookups.AssertRedirect(response);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/OrgUnits/Details/{ward}")).StatusCode);
        var audit = await _app.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.EntityType == "RoleGrant" && a.Action == "Thu hồi vai trò"));
        Assert.Equal("Nghỉ hưu", audit.Reason);
        Assert.Equal(ward, audit.OrgUnitId);
        Assert.Null(audit.After);
    }

    [Fact]
    public async Task RemoveGrant_WithoutReason_ShowsErrorAndKeepsGrant()
    {
        var id = await Lookups.UserIdAsync(_app, "canbo.tanphong");
        var grantId = await _app.WithDbAsync(db => db.RoleGrants.Where(g => g.UserId == id).Select(g => g.Id).SingleAsync());
        var admin = await Http.SignedInAsync(_app, "admin");

        var response = await Http.PostFormAsync(admin, $"/Users/Edit/{id}?handler=RemoveGrant",
            new() { ["Remove.GrantId"] = grantId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Remove.Reason"] = " " },
            $"/Users/Edit/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hãy nhập lý do thu hồi vai trò.", await response.Content.ReadAsStringAsync());
        Assert.True(await _app.WithDbAsync(db => db.RoleGrants.AnyAsync(g => g.Id == grantId)));
    }

    [Fact]
    public async Task AddGrant_OnUnitOutsideAdminScope_Answers404AndWritesNothing()
    {
        var target = await Lookups.UserIdAsync(_app, "quantri.phongtho");
        var snv = await Lookups.UnitIdAsync(_app, "LCH-SNV");
        var phongTho = await Http.SignedInAsync(_app, "quantri.phongtho");

        var response = await Http.PostFormAsync(phongTho, $"/Users/Edit/{target}?handler=AddGrant",
            new() { ["Grant.Role"] = "Admin", ["Grant.OrgUnitId"] = snv.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            $"/Users/Edit/{target}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(1, await _app.WithDbAsync(db => db.RoleGrants.CountAsync(g => g.UserId == target)));
    }

    [Fact]
    public async Task ResetPassword_TargetHoldsGrantBeyondCallerScope_IsRefused()
    {
        var admin = await Http.SignedInAsync(_app, "admin");
        Lookups.AssertRedirect(await CreateUserAsync(admin, "quantri.tinh.pt", NewPassword, "LCH-PT-PNV"));
        var id = await Lookups.UserIdAsync(_app, "quantri.tinh.pt");
        var lch = await Lookups.UnitIdAsync(_app, "LCH");
        Lookups.AssertRedirect(await Http.PostFormAsync(admin, $"/Users/Edit/{id}?handler=AddGrant",
            new() { ["Grant.Role"] = "Admin", ["Grant.OrgUnitId"] = lch.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            $"/Users/Edit/{id}"));
        var phongTho = await Http.SignedInAsync(_app, "quantri.phongtho");

        var response = await Http.PostFormAsync(phongTho, $"/Users/Edit/{id}?handler=ResetPassword",
            new() { ["Password.NewPassword"] = "chiem quyen quan tri tinh", ["Password.ConfirmPassword"] = "chiem quyen quan tri tinh" },
            $"/Users/Edit/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("vai trò ngoài phạm vi quản trị của bạn", await response.Content.ReadAsStringAsync());
        await Http.SignedInAsync(_app, "quantri.tinh.pt", NewPassword);
    }

    [Fact]
    public async Task PhongThoAdmin_EditUserOfCityWard_Answers404()
    {
        var id = await Lookups.UserIdAsync(_app, "canbo.tanphong");
        var phongTho = await Http.SignedInAsync(_app, "quantri.phongtho");

        var response = await phongTho.GetAsync($"/Users/Edit/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PhongThoAdmin_UsersList_ShowsOnlyPhongThoUsers()
    {
        var phongTho = await Http.SignedInAsync(_app, "quantri.phongtho");

        var html = await phongTho.GetStringAsync("/Users");

        Assert.Contains("data-username=\"quantri.phongtho\"", html);
        Assert.DoesNotContain("data-username=\"canbo.tanphong\"", html);
        Assert.DoesNotContain("data-username=\"admin\"", html);
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(html, "data-testid=\"user-row\""));
    }

    [Fact]
    public async Task Admin_SearchUsersWithoutAccents_FindsVietnameseName()
    {
        var admin = await Http.SignedInAsync(_app, "admin");

        var html = await admin.GetStringAsync("/Users?q=doan%20ket");

        Assert.Contains("data-username=\"canbo.doanket\"", html);
        Assert.DoesNotContain("data-username=\"canbo.tanphong\"", html);
    }

    [Theory]
    [InlineData("/Users")]
    [InlineData("/Users/Create")]
    public async Task NonAdmin_UserPages_Answer404(string url)
    {
        var clerk = await Http.SignedInAsync(_app, "canbo.tanphong");

        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task UnlockUser_LockedOut_CanSignInAgain()
    {
        var anon = Http.Anonymous(_app);
        for (var i = 0; i < 5; i++)
        {
            await Http.PostFormAsync(anon, "/Account/Login", new() { ["Input.UserName"] = "canbo.doanket", ["Input.Password"] = "sai mat khau roi" });
        }

        var id = await Lookups.UserIdAsync(_app, "canbo.doanket");
        var admin = await Http.SignedInAsync(_app, "admin");

        var response = await Http.PostFormAsync(admin, $"/Users/Edit/{id}?handler=Unlock", new(), $"/Users/Edit/{id}");

        Lookups.AssertRedirect(response);
        await Http.SignedInAsync(_app, "canbo.doanket");
    }

    [Fact]
    public async Task ResetPassword_ByAdmin_UserSignsInWithNewPassword()
    {
        var id = await Lookups.UserIdAsync(_app, "canbo.doanket");
        var admin = await Http.SignedInAsync(_app, "admin");

        var response = await Http.PostFormAsync(admin, $"/Users/Edit/{id}?handler=ResetPassword",
            new() { ["Password.NewPassword"] = NewPassword, ["Password.ConfirmPassword"] = NewPassword }, $"/Users/Edit/{id}");

        Lookups.AssertRedirect(response);
        await Http.SignedInAsync(_app, "canbo.doanket", NewPassword);
    }
}
