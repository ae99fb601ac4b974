using System.Net;
using Microsoft.EntityFrameworkCore;
using Tdkt.Testing;

namespace Tdkt.Web.Tests.Emulation;

/// <summary>The exemplary-model registry: scoped pages, accent-insensitive search, photos, the opt-in public page.</summary>
public sealed class ExemplaryModelTests : IAsyncLifetime
{
    private const string Secret = "Liên hệ: 0912 345 678, tổ 5";
    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewFactoryAsync(nameof(ExemplaryModelTests));

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private async Task<(HttpClient Client, int Id, string Slug)> CreateAsync(string name, bool isPublic)
    {
        var client = await Http.SignedInAsync(_app, "canbo.tanphong");
        var unit = await Lookups.UnitIdAsync(_app, "LCH-TP-TANPHONG");
        var response = await Http.PostFormAsync(client, "/Models/Create", new()
        {
            ["Input.Kind"] = "Model", ["Input.Name"] = name, ["Input.OrgUnitId"] = $"{unit}", ["Input.Year"] = "2023",
            ["Input.Description"] = "Vận động nhân dân hiến đất làm đường nội thị.", ["Input.Movement"] = "Phong trào Dân vận khéo",
            ["Input.Honoured"] = "true", ["Input.HonouredAt"] = "Hội nghị biểu dương điển hình tiên tiến thành phố 2023",
            ["Input.InternalNote"] = Secret, ["Input.IsPublic"] = isPublic ? "true" : "false",
        });
        Lookups.AssertRedirect(response, "/Models/Details/");
        var model = await _app.WithDbAsync(db => db.ExemplaryModels.AsNoTracking().SingleAsync(m => m.Name == name));
        return (client, model.Id, model.Slug);
    }

    [Fact]
    public async Task PublicPage_NoLogin_ShowsOnlyNameUnitYearDescription()
    {
        var (_, _, slug) = await CreateAsync("Mô hình \"Dân vận khéo\" tổ dân phố số 5", isPublic: true);
        Assert.Equal("mo-hinh-dan-van-kheo-to-dan-pho-so-5-2023", slug);

        var anonymous = Http.Anonymous(_app);
        var response = await anonymous.GetAsync($"/dien-hinh/{slug}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Mô hình \"Dân vận khéo\" tổ dân phố số 5", html);
        Assert.Contains("Phường Tân Phong", html);
        Assert.Contains("2023", html);
        Assert.Contains("hiến đất làm đường", html);
        Assert.DoesNotContain(Secret, html);
        Assert.DoesNotContain("Phong trào Dân vận khéo", html);
        Assert.DoesNotContain("Hội nghị biểu dương", html);
        Assert.DoesNotContain("Đăng xuất", html);
        Assert.DoesNotContain("/Account/Login", html);
    }

    [Fact]
    public async Task PublicPage_UnpublishedOrUnknown_Is404()
    {
        var (_, _, slug) = await CreateAsync("Người tốt việc tốt: anh Lò Văn A", isPublic: false);
        var anonymous = Http.Anonymous(_app);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/dien-hinh/{slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/dien-hinh/khong-co-2023")).StatusCode);
    }

    [Fact]
    public async Task Search_IsAccentInsensitive_AndScoped()
    {
        var (client, id, _) = await CreateAsync("Mô hình Dân vận khéo phường Tân Phong", isPublic: false);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/Models?q=dan+van+kheo"));
        Assert.Contains("Mô hình Dân vận khéo phường Tân Phong", html);
        Assert.DoesNotContain("Mô hình Dân vận khéo phường Tân Phong", WebUtility.HtmlDecode(await client.GetStringAsync("/Models?q=khong+co+gi")));

        var otherWard = await Http.SignedInAsync(_app, "canbo.doanket");
        Assert.DoesNotContain("Dân vận khéo", WebUtility.HtmlDecode(await otherWard.GetStringAsync("/Models?q=dan+van")));
        Assert.Equal(HttpStatusCode.NotFound, (await otherWard.GetAsync($"/Models/Details/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherWard.GetAsync($"/Models/Edit/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await Http.SignedInAsync(_app, "xem.tinh")).GetAsync($"/Models/Details/{id}")).StatusCode);
    }

    [Fact]
    public async Task Photo_PngStoredWithSha256_ServedWithNosniff_FakeImageRefused()
    {
        var (client, id, _) = await CreateAsync("Tập thể Hội Phụ nữ phường Tân Phong", isPublic: false);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];

        Lookups.AssertRedirect(await Http.PostMultipartAsync(client, $"/Models/Details/{id}?handler=Photo", $"/Models/Details/{id}",
            new() { ["Caption"] = "Ra quân làm đường" }, "Photo", "anh.png", png, "image/png"));
        var photo = await _app.WithDbAsync(db => db.ExemplaryModels.Where(m => m.Id == id).SelectMany(m => m.Photos).SingleAsync());
        var response = await client.GetAsync($"/Models/Details/{id}?handler=Photo&photoId={photo.Id}");

        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("inline", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(png)),
            await _app.WithDbAsync(db => db.StoredFiles.Where(f => f.Id == photo.FileId).Select(f => f.Sha256).SingleAsync()));

        var fake = await Http.PostMultipartAsync(client, $"/Models/Details/{id}?handler=Photo", $"/Models/Details/{id}",
            [], "Photo", "anh.png", "<svg onload=alert(1)>"u8.ToArray(), "image/png");
        Assert.Contains("Chỉ nhận ảnh JPEG", WebUtility.HtmlDecode(await fake.Content.ReadAsStringAsync()));
    }
}
