namespace Tdkt.Domain.Awards;

/// <summary>Annual quality rating (đánh giá, xếp loại chất lượng), reused by the TĐKT rules (domain.md §2.2).</summary>
/// <remarks>Members are ordered from worst to best so that comparisons read naturally.</remarks>
public enum Rating
{
    /// <summary>KHTNV: không hoàn thành nhiệm vụ.</summary>
    NotCompleted,
    /// <summary>HTNV: hoàn thành nhiệm vụ.</summary>
    Completed,
    /// <summary>HTTNV: hoàn thành tốt nhiệm vụ.</summary>
    Good,
    /// <summary>HTXSNV: hoàn thành xuất sắc nhiệm vụ.</summary>
    Excellent,
}

public static class Ratings
{
    /// <summary>Accepts exactly the four official codes (HTXSNV, HTTNV, HTNV, KHTNV), any case, trimmed.</summary>
    public static bool TryParseRating(string? text, out Rating rating)
    {
        switch ((text ?? string.Empty).Trim().ToUpperInvariant())
        {
            case "HTXSNV":
                rating = Rating.Excellent;
                return true;
            case "HTTNV":
                rating = Rating.Good;
                return true;
            case "HTNV":
                rating = Rating.Completed;
                return true;
            case "KHTNV":
                rating = Rating.NotCompleted;
                return true;
            default:
                rating = Rating.NotCompleted;
                return false;
        }
    }

    public static string Code(this Rating rating) => rating switch
    {
        Rating.Excellent => "HTXSNV",
        Rating.Good => "HTTNV",
        Rating.Completed => "HTNV",
        Rating.NotCompleted => "KHTNV",
    };

    public static string Vietnamese(this Rating rating) => rating switch
    {
        Rating.Excellent => "Hoàn thành xuất sắc nhiệm vụ",
        Rating.Good => "Hoàn thành tốt nhiệm vụ",
        Rating.Completed => "Hoàn thành nhiệm vụ",
        Rating.NotCompleted => "Không hoàn thành nhiệm vụ",
    };
}
