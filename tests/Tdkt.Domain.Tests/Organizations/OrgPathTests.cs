using Tdkt.Domain.Organizations;

namespace Tdkt.Domain.Tests.Organizations;

public sealed class OrgPathTests
{
    [Fact]
    public void RootAndChild_BuildSlashDelimitedPath()
    {
        Assert.Equal("/1/", OrgPath.Root(1));
        Assert.Equal("/1/5/23/", OrgPath.Child(OrgPath.Child(OrgPath.Root(1), 5), 23));
    }

    [Theory]
    [InlineData("/1/5/23/", "/1/", true)]
    [InlineData("/1/5/", "/1/5/", true)]
    [InlineData("/1/50/", "/1/5/", false)]
    [InlineData("/2/5/", "/1/", false)]
    public void IsWithin_ComparesWholeSegments(string path, string ancestor, bool expected)
    {
        Assert.Equal(expected, OrgPath.IsWithin(path, ancestor));
    }

    [Fact]
    public void DepthAndIds_ReadThePath()
    {
        Assert.Equal(1, OrgPath.Depth("/1/"));
        Assert.Equal(3, OrgPath.Depth("/1/5/23/"));
        Assert.Equal([1, 5, 23], OrgPath.Ids("/1/5/23/"));
    }

    [Fact]
    public void Rebase_DescendantOfMovedSubtree_ReplacesPrefix()
    {
        Assert.Equal("/2/9/5/23/", OrgPath.Rebase("/1/5/23/", "/1/5/", "/2/9/5/"));
    }

    [Fact]
    public void Rebase_PathOutsideSubtree_Throws()
    {
        Assert.Throws<ArgumentException>(() => OrgPath.Rebase("/1/6/", "/1/5/", "/2/5/"));
    }
}
