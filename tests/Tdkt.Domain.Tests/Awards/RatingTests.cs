using Tdkt.Domain.Awards;

namespace Tdkt.Domain.Tests.Awards;

public sealed class RatingTests
{
    [Theory]
    [InlineData("HTXSNV", Rating.Excellent)]
    [InlineData(" httnv ", Rating.Good)]
    [InlineData("HTNV", Rating.Completed)]
    [InlineData("KHTNV", Rating.NotCompleted)]
    public void TryParseRating_OfficialCodes_Parse(string text, Rating expected)
    {
        Assert.True(Ratings.TryParseRating(text, out var rating));
        Assert.Equal(expected, rating);
        Assert.Equal(text.Trim().ToUpperInvariant(), rating.Code());
    }

    [Theory]
    [InlineData("XUATSAC")]
    [InlineData("HTXS")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParseRating_AnythingElse_IsRejected(string? text) =>
        Assert.False(Ratings.TryParseRating(text, out _));
}
