using Tdkt.Domain.Common;
using Tdkt.Domain.Conferences;

namespace Tdkt.Domain.Tests.Conferences;

public sealed class DelegateRuleTextTests
{
    [Fact]
    public void FormatThenParse_DefaultSet_RoundTripsAndComputesTheSame()
    {
        var text = DelegateRuleText.Format(DelegateRuleSet.LaiChau2024.Rules);
        var parsed = DelegateRuleText.Parse(text);
        Assert.True(parsed.IsSuccess);
        Assert.Equal(DelegateRuleSet.LaiChau2024.Rules, parsed.Value);
        var again = new DelegateRuleSet("x", parsed.Value!).Compute(CongressTier.Department, 250).Value!;
        Assert.Equal(175, again.Delegates);
    }

    [Fact]
    public void Parse_EditedPercent_ChangesTheCount()
    {
        var rules = DelegateRuleText.Parse("department | 100 | 300 | representative | 60 | 200 | | Sở: 60%, tối đa 200.").Value!;
        Assert.Equal(150, new DelegateRuleSet("x", rules).Compute(CongressTier.Department, 250).Value!.Delegates);
    }

    [Theory]
    [InlineData("huyen | 1 | 100 | plenary | | | | x", "cấp")]
    [InlineData("department | 1 | 100 | all | | | | x", "chế độ")]
    [InlineData("department | một | 100 | plenary | | | | x", "từ")]
    [InlineData("department | 1 | 100 | plenary | bảy mươi | | | x", "tỷ lệ")]
    [InlineData("department | 1 | 100 | plenary", "8 cột")]
    public void Parse_BadLine_NamesLineAndColumn(string line, string column)
    {
        var r = DelegateRuleText.Parse("\n" + line);
        var e = Assert.IsType<ValidationError>(r.Error);
        Assert.Contains("Dòng 2", e.Message);
        Assert.Contains(column, e.Message);
    }
}
