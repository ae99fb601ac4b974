using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Testing;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Registry;

namespace Tdkt.Web.Tests.ScaleOut;

/// <summary>The registry-derived results cached per registry generation (ADR-0039) follow every registry write.</summary>
public sealed class HotPathTests : IAsyncLifetime
{
    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewFactoryAsync(nameof(HotPathTests));

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task RegistryWrite_MovesTheGeneration_AndTheCacheComputesAgain()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TdktDbContext>();
        var cache = scope.ServiceProvider.GetRequiredService<RegistryCache>();
        var before = await RegistryCache.GenerationAsync(db, CancellationToken.None);
        var first = await cache.GetOrAddAsync("test", before, () => Task.FromResult("computed at first"), _ => 1);
        var again = await cache.GetOrAddAsync("test", before, () => Task.FromResult("computed twice"), _ => 1);

        await db.Database.ExecuteSqlRawAsync("""UPDATE people SET "Position" = "Position" WHERE "Id" = (SELECT min("Id") FROM people)""");
        var after = await RegistryCache.GenerationAsync(db, CancellationToken.None);
        var next = await cache.GetOrAddAsync("test", after, () => Task.FromResult("computed after the write"), _ => 1);

        Assert.Equal("computed at first", first);
        Assert.Equal("computed at first", again);
        Assert.True(after > before);
        Assert.Equal("computed after the write", next);
    }
}
