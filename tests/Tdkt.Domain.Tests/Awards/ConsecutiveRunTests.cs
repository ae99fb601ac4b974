using Tdkt.Domain.Awards.Eligibility;

namespace Tdkt.Domain.Tests.Awards;

public sealed class ConsecutiveRunTests
{
    [Theory]
    [InlineData(new[] { 2022, 2023, 2024 }, 2024, int.MinValue, 3)]
    [InlineData(new[] { 2021, 2022, 2024 }, 2024, int.MinValue, 1)]
    [InlineData(new[] { 2022, 2023, 2024 }, 2025, int.MinValue, 0)]
    [InlineData(new[] { 2022, 2023, 2024 }, 2024, 2023, 2)]
    [InlineData(new int[0], 2024, int.MinValue, 0)]
    public void EndingIn_CountsBackUntilAGap(int[] years, int end, int floor, int expected) =>
        Assert.Equal(expected, ConsecutiveRun.EndingIn(years, end, floor));

    [Theory]
    [InlineData(new[] { 2018, 2021, 2024 }, 2024, 3, 3, 2018)]
    [InlineData(new[] { 2017, 2021, 2024 }, 2024, 3, 2, 2021)]
    [InlineData(new[] { 2020, 2024 }, 2024, 3, 1, 2024)]
    [InlineData(new[] { 2021 }, 2024, 3, 0, 2024)]
    public void ChainEndingIn_AllowsGapsUpToCycle(int[] years, int end, int gap, int count, int first) =>
        Assert.Equal((count, first), ConsecutiveRun.ChainEndingIn(years, end, gap));
}
