using Tdkt.Domain.Security;

namespace Tdkt.Domain.Tests.Security;

public sealed class OrgScopeTests
{
    private static readonly OrgScope ClerkAndCityAppraiser = new(
    [
        new ScopeGrant(Role.UnitClerk, 14, "/1/10/14/"),
        new ScopeGrant(Role.Appraiser, 10, "/1/10/"),
    ]);

    [Fact]
    public void None_IsEmpty_AndCoversNothing()
    {
        Assert.True(OrgScope.None.IsEmpty);
        Assert.False(OrgScope.None.Covers("/1/"));
        Assert.Empty(OrgScope.None.Roots());
    }

    [Fact]
    public void Covers_OwnSubtree_ButNotSiblingOrParent()
    {
        var clerk = new OrgScope([new ScopeGrant(Role.UnitClerk, 14, "/1/10/14/")]);
        Assert.True(clerk.Covers("/1/10/14/"));
        Assert.True(clerk.Covers("/1/10/14/99/"));
        Assert.False(clerk.Covers("/1/10/15/"));
        Assert.False(clerk.Covers("/1/10/"));
    }

    [Fact]
    public void Covers_IdPrefixOfAnotherId_IsNotConfused()
    {
        // "/1/1/" must not cover "/1/10/": the trailing slash keeps ids whole.
        var scope = new OrgScope([new ScopeGrant(Role.Admin, 1, "/1/1/")]);
        Assert.False(scope.Covers("/1/10/"));
    }

    [Fact]
    public void Covers_ByRole_OnlyThatRolesSubtrees()
    {
        Assert.True(ClerkAndCityAppraiser.Covers("/1/10/15/", Role.Appraiser));
        Assert.False(ClerkAndCityAppraiser.Covers("/1/10/15/", Role.UnitClerk));
        Assert.False(ClerkAndCityAppraiser.Covers("/1/10/14/", Role.Admin));
    }

    [Fact]
    public void Roots_DropNestedGrants()
    {
        Assert.Equal(["/1/10/"], ClerkAndCityAppraiser.Roots());
        Assert.Equal(["/1/10/14/"], ClerkAndCityAppraiser.Roots(Role.UnitClerk));
    }
}
