using Tdkt.Domain.Conferences;

namespace Tdkt.Domain.Tests.Conferences;

public sealed class DelegateRulesTests
{
    private static DelegateCount Count(CongressTier tier, int staff) =>
        DelegateRuleSet.LaiChau2024.Compute(tier, staff).Value!;

    [Theory]
    [InlineData(CongressTier.Commune, 1)]
    [InlineData(CongressTier.Commune, 299)]
    [InlineData(CongressTier.Enterprise, 150)]
    [InlineData(CongressTier.Department, 99)]
    public void SmallUnit_IsPlenaryWithEveryone(CongressTier tier, int staff)
    {
        var c = Count(tier, staff);
        Assert.Equal(DelegateMode.Plenary, c.Mode);
        Assert.Equal(staff, c.Delegates);
        Assert.False(c.NeedsDecision);
    }

    [Theory]
    [InlineData(CongressTier.Commune)]
    [InlineData(CongressTier.Enterprise)]
    public void CommuneWithExactly300_NeedsDecision(CongressTier tier)
    {
        var c = Count(tier, 300);
        Assert.True(c.NeedsDecision);
        Assert.Null(c.Delegates);
        Assert.Null(c.Mode);
        Assert.Contains("đúng 300", c.Rule);
    }

    [Fact]
    public void CommuneWith301_IsRepresentative_OrganiserDecidesUpTo200()
    {
        var c = Count(CongressTier.Commune, 301);
        Assert.Equal(DelegateMode.Representative, c.Mode);
        Assert.Null(c.Delegates);
        Assert.Equal(200, c.MaxDelegates);
        Assert.False(c.NeedsDecision);
    }

    [Theory]
    [InlineData(100, 70, 200)]
    [InlineData(101, 71, 200)] // 70.7 rounds up: no fewer than 70 % attend
    [InlineData(250, 175, 200)]
    [InlineData(285, 200, 200)] // 199.5 → 200
    [InlineData(286, 200, 200)] // 200.2 → capped at 200
    [InlineData(299, 200, 200)]
    [InlineData(300, 210, 300)]
    [InlineData(428, 300, 300)] // 299.6 → 300
    [InlineData(1000, 300, 300)]
    public void Department_SeventyPercent_RoundedUpAndCapped(int staff, int delegates, int max)
    {
        var c = Count(CongressTier.Department, staff);
        Assert.Equal(DelegateMode.Representative, c.Mode);
        Assert.Equal(delegates, c.Delegates);
        Assert.Equal(max, c.MaxDelegates);
    }

    [Fact]
    public void Department_99To100_SwitchesFromPlenaryTo70Percent()
    {
        Assert.Equal(DelegateMode.Plenary, Count(CongressTier.Department, 99).Mode);
        Assert.Equal(DelegateMode.Representative, Count(CongressTier.Department, 100).Mode);
    }

    [Fact]
    public void Province_IsAbout450()
    {
        var c = Count(CongressTier.Province, 0);
        Assert.Equal(450, c.Delegates);
        Assert.Contains("450", c.Rule);
    }

    [Theory]
    [InlineData(CongressTier.Department, 0)]
    [InlineData(CongressTier.Commune, -5)]
    public void NonPositiveStaff_IsAValidationErrorNamingStaff(CongressTier tier, int staff)
    {
        var r = DelegateRuleSet.LaiChau2024.Compute(tier, staff);
        Assert.True(r.IsFailure);
        Assert.Equal("staff", Assert.IsType<Tdkt.Domain.Common.ValidationError>(r.Error).Field);
    }
}
