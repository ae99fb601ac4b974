using System.Net;
using Tdkt.Testing;

namespace Tdkt.Web.Tests.ScaleOut;

/// <summary>Faults the load test (bench/load) turned up, kept fixed.</summary>
public sealed class LoadFindingsTests : IAsyncLifetime
{
    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewFactoryAsync(nameof(LoadFindingsTests));

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task DueList_OfAUnitWithNobodyInTheRegistry_ShowsThePageInsteadOfAnError()
    {
        var clerk = await Http.SignedInAsync(_app, "canbo.doanket"); // phường Đoàn Kết: no people in the demo registry

        var response = await clerk.GetAsync("/Awards/Due");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<form", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
