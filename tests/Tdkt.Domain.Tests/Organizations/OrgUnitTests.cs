using Tdkt.Domain.Common;
using Tdkt.Domain.Organizations;

namespace Tdkt.Domain.Tests.Organizations;

public sealed class OrgUnitTests
{
    private static int _nextId = 100;

    /// <summary>A placed unit as EF would give it after Add (ids come from HiLo).</summary>
    private static OrgUnit Placed(string code, OrgUnit? parent, DateOnly? from = null, DateOnly? to = null,
        OrgUnitKind kind = OrgUnitKind.ProvincialAgency)
    {
        var unit = OrgUnit.Create(code, "Đơn vị " + code, kind, parent, from ?? new DateOnly(2004, 1, 1), to).Value!;
        typeof(OrgUnit).GetProperty(nameof(OrgUnit.Id))!.SetValue(unit, Interlocked.Increment(ref _nextId));
        unit.PlaceInTree();
        return unit;
    }

    [Fact]
    public void Create_ValidInput_NormalizesCodeAndName()
    {
        var result = OrgUnit.Create("  lch-sxd ", "  Sở   Xây dựng ", OrgUnitKind.ProvincialAgency, null, new DateOnly(2004, 1, 1), null);

        Assert.True(result.IsSuccess);
        Assert.Equal("LCH-SXD", result.Value!.Code);
        Assert.Equal("Sở Xây dựng", result.Value.Name);
        Assert.False(result.Value.IsClosed);
    }

    [Theory]
    [InlineData("", "Tên", "Code")]
    [InlineData("MÃ-CÓ-DẤU", "Tên", "Code")]
    [InlineData("LCH-X", "   ", "Name")]
    public void Create_InvalidCodeOrName_ReturnsFieldError(string code, string name, string field)
    {
        var result = OrgUnit.Create(code, name, OrgUnitKind.Commune, null, new DateOnly(2025, 7, 1), null);

        var error = Assert.IsType<ValidationError>(result.Error);
        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void Create_ValidToBeforeValidFrom_ReturnsValidToError()
    {
        var result = OrgUnit.Create("LCH-X", "Xã X", OrgUnitKind.Commune, null, new DateOnly(2025, 7, 1), new DateOnly(2025, 6, 30));

        var error = Assert.IsType<ValidationError>(result.Error);
        Assert.Equal("ValidTo", error.Field);
        Assert.Contains("30/06/2025", error.Message);
    }

    [Fact]
    public void Create_StartsBeforeParent_ReturnsValidFromError()
    {
        var parent = Placed("P1", null, new DateOnly(2010, 1, 1));

        var result = OrgUnit.Create("C1", "Con", OrgUnitKind.Department, parent, new DateOnly(2009, 12, 31), null);

        Assert.Equal("ValidFrom", Assert.IsType<ValidationError>(result.Error).Field);
    }

    [Fact]
    public void Create_OpenChildUnderClosedParent_ReturnsParentError()
    {
        var parent = Placed("P2", null, to: new DateOnly(2025, 6, 30));

        var result = OrgUnit.Create("C2", "Con", OrgUnitKind.Department, parent, new DateOnly(2010, 1, 1), null);

        Assert.Equal("ParentId", Assert.IsType<ValidationError>(result.Error).Field);
    }

    [Fact]
    public void PlaceInTree_ChildOfPlacedParent_AppendsIdToParentPath()
    {
        var root = Placed("R3", null);
        var child = Placed("C3", root);

        Assert.Equal($"/{root.Id}/", root.Path);
        Assert.Equal($"/{root.Id}/{child.Id}/", child.Path);
    }

    [Fact]
    public void PlaceInTree_WithoutId_Throws()
    {
        var unit = OrgUnit.Create("R4", "Gốc", OrgUnitKind.Province, null, new DateOnly(2004, 1, 1), null).Value!;

        Assert.Throws<InvalidOperationException>(unit.PlaceInTree);
    }

    [Fact]
    public void Edit_ValidToBeforeValidFrom_LeavesUnitUnchanged()
    {
        var unit = Placed("E1", null);

        var result = unit.Edit("E1-NEW", "Tên mới", OrgUnitKind.Commune, new DateOnly(2020, 1, 1), new DateOnly(2019, 1, 1));

        Assert.Equal("ValidTo", Assert.IsType<ValidationError>(result.Error).Field);
        Assert.Equal("E1", unit.Code);
        Assert.Equal(new DateOnly(2004, 1, 1), unit.ValidFrom);
    }

    [Fact]
    public void Edit_ValidInput_AppliesChanges()
    {
        var unit = Placed("E2", null);

        var result = unit.Edit("e2-moi", "Tên  mới", OrgUnitKind.Enterprise, new DateOnly(2005, 1, 1), null);

        Assert.True(result.IsSuccess);
        Assert.Equal("E2-MOI", unit.Code);
        Assert.Equal("Tên mới", unit.Name);
        Assert.Equal(OrgUnitKind.Enterprise, unit.Kind);
    }

    [Fact]
    public void MoveUnder_OwnDescendant_ReturnsErrorAndKeepsPath()
    {
        var root = Placed("M1", null);
        var child = Placed("M1-C", root);
        var grandchild = Placed("M1-C-G", child);
        var path = child.Path;

        var result = child.MoveUnder(grandchild);

        Assert.Equal("ParentId", Assert.IsType<ValidationError>(result.Error).Field);
        Assert.Equal(path, child.Path);
        Assert.Equal(root.Id, child.ParentId);
    }

    [Fact]
    public void MoveUnder_Itself_ReturnsError()
    {
        var unit = Placed("M2", null);

        Assert.True(unit.MoveUnder(unit).IsFailure);
    }

    [Fact]
    public void MoveUnder_OtherBranch_ReturnsOldPathAndSetsNewPath()
    {
        var root = Placed("M3", null);
        var a = Placed("M3-A", root);
        var b = Placed("M3-B", root);
        var leaf = Placed("M3-A-L", a);
        var oldPath = leaf.Path;

        var result = leaf.MoveUnder(b);

        Assert.Equal(oldPath, result.Value);
        Assert.Equal($"{b.Path}{leaf.Id}/", leaf.Path);
        Assert.Equal(b.Id, leaf.ParentId);
    }

    [Fact]
    public void MoveUnder_CurrentParent_ReturnsError()
    {
        var root = Placed("M4", null);
        var child = Placed("M4-C", root);

        Assert.True(child.MoveUnder(root).IsFailure);
    }

    [Fact]
    public void Close_WithOpenChildren_IsRefused()
    {
        var unit = Placed("K1", null);

        var result = unit.Close(new DateOnly(2025, 6, 30), hasOpenChildren: true);

        Assert.IsType<ValidationError>(result.Error);
        Assert.Null(unit.ValidTo);
    }

    [Fact]
    public void Close_NoOpenChildren_SetsValidTo()
    {
        var unit = Placed("K2", null);

        var result = unit.Close(new DateOnly(2025, 6, 30), hasOpenChildren: false);

        Assert.True(result.IsSuccess);
        Assert.Equal(new DateOnly(2025, 6, 30), unit.ValidTo);
        Assert.False(unit.IsOpenOn(new DateOnly(2025, 7, 1)));
        Assert.True(unit.IsOpenOn(new DateOnly(2025, 6, 30)));
    }

    [Fact]
    public void Close_AlreadyClosed_ReturnsConflict()
    {
        var unit = Placed("K3", null, to: new DateOnly(2020, 1, 1));

        Assert.IsType<ConflictError>(unit.Close(new DateOnly(2025, 6, 30), false).Error);
    }

    [Fact]
    public void Close_BeforeValidFrom_ReturnsValidToError()
    {
        var unit = Placed("K4", null, from: new DateOnly(2020, 1, 1));

        Assert.Equal("ValidTo", Assert.IsType<ValidationError>(unit.Close(new DateOnly(2019, 12, 31), false).Error).Field);
    }

    [Theory]
    [InlineData("xã", OrgUnitKind.Commune)]
    [InlineData("Phường", OrgUnitKind.Commune)]
    [InlineData("sở", OrgUnitKind.ProvincialAgency)]
    [InlineData("Department", OrgUnitKind.Department)]
    public void KindTryParse_VietnameseOrCode_Parses(string text, OrgUnitKind expected)
    {
        Assert.True(OrgUnitKindNames.TryParse(text, out var kind));
        Assert.Equal(expected, kind);
    }

    [Fact]
    public void KindTryParse_Unknown_Fails()
    {
        Assert.False(OrgUnitKindNames.TryParse("ấp", out _));
    }

    [Fact]
    public void Vietnamese_EveryKind_HasName()
    {
        foreach (var kind in Enum.GetValues<OrgUnitKind>())
        {
            Assert.False(string.IsNullOrWhiteSpace(kind.Vietnamese()));
        }

        Assert.Equal("Sáp nhập vào", SuccessionKind.MergedInto.Vietnamese());
    }
}
