using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tdkt.Testing;
using static Tdkt.Web.Tests.Nominations.NominationScenario;

namespace Tdkt.Web.Tests.Nominations;

/// <summary>Issue 11 "editing as an office needs it" through the API: header, nominee, attachment, draft deletion;
/// a decision is never issued with a placeholder trích yếu.</summary>
public sealed class DraftEditingTests : IAsyncLifetime
{
    private readonly SettableClock _clock = new(new DateTimeOffset(2023, 11, 20, 2, 0, 0, TimeSpan.Zero));
    private TdktFactory _app = null!;

    public async Task InitializeAsync()
    {
        _app = await TestDatabases.NewFactoryAsync(nameof(DraftEditingTests));
        _app.Clock = _clock;
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private Task<uint> VersionAsync(int id) => _app.WithDbAsync(db => db.Dossiers.Where(d => d.Id == id).Select(d => d.Version).SingleAsync());

    [Fact]
    public async Task Draft_EditHeaderNomineeRemoveAttachmentThenDelete_AuditedAndGoneFromLists()
    {
        var id = await ReadyDraftAsync(_app);
        var clerk = Bearer(_app, "canbo.tanphong");

        var header = await clerk.PatchAsJsonAsync($"/api/v1/dossiers/{id}", new { title = "Đề nghị khen thưởng (sửa tên)", version = await VersionAsync(id) });
        Assert.Equal(HttpStatusCode.OK, header.StatusCode);
        Assert.Equal("Đề nghị khen thưởng (sửa tên)", (await header.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());

        var nominee = await _app.WithDbAsync(db => db.Nominees.Where(n => n.DossierId == id && n.Name == "Tòng Thị Lan").Select(n => n.Id).SingleAsync());
        var badEdit = await clerk.PatchAsJsonAsync($"/api/v1/dossiers/{id}/nominees/{nominee}",
            new { kind = "individual", name = "Tòng Thị Lan", gender = "Nữ", birthYear = 1890, awardCode = "GK", achievement = "Giúp hộ nghèo" });
        Assert.Equal(HttpStatusCode.BadRequest, badEdit.StatusCode);
        Assert.True((await badEdit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("birthYear", out _));
        var edited = await clerk.PatchAsJsonAsync($"/api/v1/dossiers/{id}/nominees/{nominee}",
            new { kind = "individual", name = "Tòng Thị Lan", gender = "Nữ", birthYear = 1991, awardCode = "GK", achievement = "Giúp 4 hộ thoát nghèo" });
        Assert.Equal(HttpStatusCode.NoContent, edited.StatusCode);
        var n = await _app.WithDbAsync(db => db.Nominees.AsNoTracking().SingleAsync(x => x.Id == nominee));
        Assert.Equal(("nữ", 1991, "Giúp 4 hộ thoát nghèo"), (n.Gender, n.BirthYear!.Value, n.Achievement));

        var attachment = await _app.WithDbAsync(db => db.DossierAttachments.Where(a => a.DossierId == id && a.PartCode == "TO_TRINH").Select(a => a.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await Bearer(_app, "canbo.doanket").DeleteAsync($"/api/v1/dossiers/{id}/attachments/{attachment}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await clerk.DeleteAsync($"/api/v1/dossiers/{id}/attachments/{attachment}")).StatusCode);
        Assert.False(await _app.WithDbAsync(db => db.DossierAttachments.AnyAsync(a => a.Id == attachment)));

        Assert.Equal(HttpStatusCode.NoContent, (await clerk.DeleteAsync($"/api/v1/dossiers/{id}?version={await _app.WithDbAsync(db =>
            db.Dossiers.Where(d => d.Id == id).Select(d => d.Version).SingleAsync())}")).StatusCode);
        var list = await clerk.GetFromJsonAsync<JsonElement>("/api/v1/dossiers");
        Assert.DoesNotContain(id, list.EnumerateArray().Select(d => d.GetProperty("id").GetInt32()));
        Assert.True(await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "Xóa hồ sơ đang soạn" && a.EntityType == "Dossier")));
        Assert.Equal(3, await _app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "Xóa hồ sơ đang soạn" && a.EntityType == "Nominee")));
    }

    [Fact]
    public async Task Submitted_CannotBeEditedOrDeleted_409()
    {
        var id = await ReadyDraftAsync(_app);
        Assert.Equal(HttpStatusCode.OK, (await TransitionAsync(_app, "canbo.tanphong", id, "submit")).StatusCode);
        var clerk = Bearer(_app, "canbo.tanphong");

        Assert.Equal(HttpStatusCode.Conflict, (await clerk.PatchAsJsonAsync($"/api/v1/dossiers/{id}", new { title = "Tên khác", version = await VersionAsync(id) })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await clerk.DeleteAsync($"/api/v1/dossiers/{id}?version={await VersionAsync(id)}")).StatusCode);
    }
}
