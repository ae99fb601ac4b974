using Tdkt.Domain.Common;

namespace Tdkt.Domain.Nominations;

/// <summary>The trích yếu of a decision: never empty or a placeholder ("...", "xxx", "trích yếu", "nội dung").</summary>
public static class DecisionWording
{
    public const int MinLength = 15;

    private static readonly string[] Placeholders = ["trich yeu", "noi dung", "xxx", "abc", "test", "du thao", "chua co", "tbd"];

    public static Result Check(string? wording)
    {
        var text = wording?.Trim() ?? string.Empty;
        var letters = new string([.. text.Where(char.IsLetterOrDigit)]);
        var folded = VietnameseText.Fold(text);
        if (letters.Length == 0 || text.Length < MinLength || Placeholders.Any(p => folded == p || folded.Trim('.', '…', ' ', ':') == p))
        {
            return new ValidationError("Wording",
                $"Trích yếu quyết định chưa có nội dung (\"{text}\"): hãy ghi rõ khen thưởng ai, về thành tích gì (ít nhất {MinLength} ký tự).");
        }

        return Result.Success();
    }
}
