using System.Globalization;
using Tdkt.Domain.Common;

namespace Tdkt.Domain.Nominations;

/// <summary>What is known of one person (a nominee, a registry record) for deciding whether two are the same: the name as
/// typed, the birth year, a citizen-id key and the home unit. <see cref="CitizenIdKey"/> is any stable key of the 12-digit
/// CCCD — the digits themselves or their blind index (HMAC), the same kind on both sides; null when not given.</summary>
public sealed record PersonFacts(string? Name, int? BirthYear, string? CitizenIdKey = null, int? UnitId = null);

/// <summary>Why two records are taken for one person, or that they are not.</summary>
public enum SamePersonBasis
{
    Different,

    /// <summary>Both carry a citizen id and it is the same.</summary>
    CitizenId,

    /// <summary>No citizen id on one side: same name (accents, case and spacing ignored), birth year and home unit.</summary>
    NameBirthYearUnit,

    /// <summary>No citizen id on one side and no unit to compare: same name and birth year.</summary>
    NameBirthYear,
}

/// <summary>
/// The "same person" rule used by the duplicate guard of a dossier, the duplicate warnings across dossiers and the
/// eligibility check reading the registry (issue 11). The citizen id decides when both sides have one — equal is the
/// same person whatever the spelling of the name, different is another person even with the same name and year. Without
/// it, the name folded (<see cref="VietnameseText.Fold"/>: no accents, lower case, single spaces) and the birth year must
/// be equal (both unknown counts as equal, as for a household), and the home units when both are known.
/// </summary>
public static class SamePerson
{
    /// <summary>The name as compared: "  NGUYỄN   văn An " and "nguyen van an" give the same key.</summary>
    public static string NameKey(string? name) => VietnameseText.Fold(name);

    /// <summary>The digits of a citizen id as typed ("0011 2345 6789" → "001123456789"); null when there are none.</summary>
    public static string? CitizenIdDigits(string? text)
    {
        var digits = new string((text ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 0 ? null : digits;
    }

    /// <summary>A key equal for two records exactly when <see cref="Match"/> says "same" on name and birth year alone —
    /// for hash lookups when neither side has a citizen id or unit.</summary>
    public static string Key(string? name, int? birthYear) =>
        NameKey(name) + "|" + birthYear?.ToString(CultureInfo.InvariantCulture);

    public static SamePersonBasis Match(PersonFacts a, PersonFacts b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (!string.IsNullOrWhiteSpace(a.CitizenIdKey) && !string.IsNullOrWhiteSpace(b.CitizenIdKey))
        {
            return string.Equals(a.CitizenIdKey.Trim(), b.CitizenIdKey.Trim(), StringComparison.Ordinal) ? SamePersonBasis.CitizenId : SamePersonBasis.Different;
        }

        var name = NameKey(a.Name);
        if (name.Length == 0 || name != NameKey(b.Name) || a.BirthYear != b.BirthYear)
        {
            return SamePersonBasis.Different;
        }

        if (a.UnitId is { } ua && b.UnitId is { } ub)
        {
            return ua == ub ? SamePersonBasis.NameBirthYearUnit : SamePersonBasis.Different;
        }

        return SamePersonBasis.NameBirthYear;
    }

    public static bool Is(PersonFacts a, PersonFacts b) => Match(a, b) != SamePersonBasis.Different;
}
