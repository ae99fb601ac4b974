using Tdkt.Domain.Nominations;

namespace Tdkt.Domain.Tests.Nominations;

/// <summary>Issue 11: the "same person" rule of the duplicate guard, the duplicate warnings and the registry match.</summary>
public sealed class SamePersonTests
{
    [Theory]
    [InlineData("Nguyễn Văn An", "nguyen van an")]
    [InlineData("  NGUYỄN   Văn  An ", "Nguyễn Văn An")]
    [InlineData("Đặng Thị Hồng", "dang thi hong")]
    [InlineData("Nguye\u0302\u0303n Văn An", "Nguyễn Văn An")] // typed decomposed (NFD)
    public void Match_NameDiffersOnlyInAccentsCaseOrSpacing_SameByNameAndBirthYear(string typed, string stored)
    {
        Assert.Equal(SamePersonBasis.NameBirthYear, SamePerson.Match(new PersonFacts(typed, 1982), new PersonFacts(stored, 1982)));
        Assert.Equal(SamePerson.Key(typed, 1982), SamePerson.Key(stored, 1982));
    }

    [Fact]
    public void Match_SameCitizenId_SameWhateverTheName()
    {
        var a = new PersonFacts("Lò Văn Minh", 1982, "001082000123");
        var b = new PersonFacts("Lò Minh", 1983, "001082000123");

        Assert.Equal(SamePersonBasis.CitizenId, SamePerson.Match(a, b));
    }

    [Fact]
    public void Match_DifferentCitizenIds_DifferentEvenWithSameNameAndYear()
    {
        var a = new PersonFacts("Lò Văn Minh", 1982, "001082000123", 7);
        var b = new PersonFacts("Lò Văn Minh", 1982, "001082000999", 7);

        Assert.Equal(SamePersonBasis.Different, SamePerson.Match(a, b));
    }

    [Fact]
    public void Match_CitizenIdOnOneSideOnly_FallsBackToNameYearAndUnit()
    {
        var withId = new PersonFacts("Lò Văn Minh", 1982, "001082000123", 7);

        Assert.Equal(SamePersonBasis.NameBirthYearUnit, SamePerson.Match(withId, new PersonFacts("lo van minh", 1982, null, 7)));
        Assert.Equal(SamePersonBasis.Different, SamePerson.Match(withId, new PersonFacts("Lò Văn Minh", 1982, null, 8)));
        Assert.Equal(SamePersonBasis.NameBirthYear, SamePerson.Match(withId, new PersonFacts("Lò Văn Minh", 1982)));
    }

    [Fact]
    public void Match_NoCitizenIds_DifferentBirthYearOrName_Different()
    {
        Assert.False(SamePerson.Is(new PersonFacts("Tòng Thị Lan", 1990), new PersonFacts("Tòng Thị Lan", 1991)));
        Assert.False(SamePerson.Is(new PersonFacts("Tòng Thị Lan", 1990), new PersonFacts("Tòng Thị Lam", 1990)));
        Assert.False(SamePerson.Is(new PersonFacts("Tòng Thị Lan", 1990), new PersonFacts("Tòng Thị Lan", null)));
    }

    [Fact]
    public void Match_BothBirthYearsUnknown_SameByName_ButAnEmptyNameNeverMatches()
    {
        Assert.True(SamePerson.Is(new PersonFacts("Hộ ông Giàng A Páo", null), new PersonFacts("hộ ông giàng a páo", null)));
        Assert.False(SamePerson.Is(new PersonFacts("  ", null), new PersonFacts("", null)));
    }

    [Theory]
    [InlineData("0011 2345 6789", "001123456789")]
    [InlineData("001.123.456.789", "001123456789")]
    [InlineData("  ", null)]
    [InlineData(null, null)]
    public void CitizenIdDigits_SpacesAndDotsDropped(string? typed, string? digits) =>
        Assert.Equal(digits, SamePerson.CitizenIdDigits(typed));
}
