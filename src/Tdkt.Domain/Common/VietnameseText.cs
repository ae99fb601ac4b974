using System.Globalization;
using System.Text;

namespace Tdkt.Domain.Common;

/// <summary>Text handling for Vietnamese input: one normal form, and accent folding for search.</summary>
public static class VietnameseText
{
    /// <summary>Trims, collapses inner white space and composes to NFC, so "Nguyễn" typed
    /// decomposed (NFD) equals "Nguyễn" typed composed.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var composed = text.Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(composed.Length);
        var space = false;
        foreach (var ch in composed.Trim())
        {
            if (char.IsWhiteSpace(ch))
            {
                space = true;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(ch);
        }

        return sb.ToString();
    }

    /// <summary>Lower case without diacritics; đ folds to d (which .NET's IgnoreNonSpace does not do).</summary>
    public static string Fold(string? text)
    {
        var decomposed = Normalize(text).Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(ch switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(ch),
            });
        }

        return sb.ToString();
    }
}
