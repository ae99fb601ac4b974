using System.Net;
using Microsoft.EntityFrameworkCore;
using Tdkt.Testing;
using Tdkt.Web.Data;

namespace Tdkt.Web.Tests;

/// <summary>Ids of demo rows, read from the test's own database.</summary>
public static class Lookups
{
    public static Task<string> UserIdAsync(TdktFactory app, string userName) =>
        app.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    public static Task<int> UnitIdAsync(TdktFactory app, string code) =>
        app.WithDbAsync(db => db.OrgUnits.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    public static Task<AppUser> UserAsync(TdktFactory app, string userName) =>
        app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName));

    public static void AssertRedirect(HttpResponseMessage response, string? toPath = null)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        if (toPath is not null)
        {
            Assert.Contains(toPath, response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }
}
