using Microsoft.EntityFrameworkCore;
using Tdkt.Testing;

namespace Tdkt.Web.Tests.Planning;

/// <summary>The movement page gathers what attaches to it: plans, report requests and its conferences.</summary>
public sealed class MovementPageLinksTests : IAsyncLifetime
{
    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewFactoryAsync(nameof(MovementPageLinksTests));

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task MovementDetails_ListsItsConference()
    {
        var (movementId, eventId) = await _app.WithDbAsync(async db =>
        {
            var e = await db.ConferenceEvents.AsNoTracking().FirstAsync(x => x.MovementId != null && x.Title.StartsWith("Hội nghị sơ kết"));
            return (e.MovementId!.Value, e.Id);
        });
        var client = await Http.SignedInAsync(_app, "thamdinh.snv");
        var html = await client.GetStringAsync($"/Movements/Details/{movementId}");
        Assert.Contains($"href=\"/Events/Details/{eventId}\"", html);
        Assert.Contains("Hội nghị sơ kết, tổng kết, đại hội", html);
    }
}
