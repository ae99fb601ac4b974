namespace Tdkt.Domain.Awards;

/// <summary>Wire codes of the facts enums, as the API and CSV imports spell them (e.g. "khien_trach",
/// "discipline_review", "toan_quoc"). Each <c>Code</c> switch is the single source; parsing is its inverse,
/// case-insensitive and trimmed. Ratings use <see cref="Ratings.TryParseRating"/>.</summary>
public static class FactCodes
{
    public static string Code(this SubjectKind kind) => kind switch
    {
        SubjectKind.Individual => "individual",
        SubjectKind.Collective => "collective",
        SubjectKind.Household => "household",
        SubjectKind.Village => "village",
    };

    public static string Code(this CommendationKind kind) => kind switch
    {
        CommendationKind.Merit => "merit",
        CommendationKind.Thematic => "thematic",
        CommendationKind.AdHoc => "adhoc",
        CommendationKind.Dedication => "dedication",
        CommendationKind.Seniority => "seniority",
        CommendationKind.Foreign => "foreign",
    };

    public static string Code(this InitiativeScope scope) => scope switch
    {
        InitiativeScope.Grassroots => "co_so",
        InitiativeScope.Provincial => "tinh",
        InitiativeScope.National => "toan_quoc",
    };

    public static string Code(this InitiativeKind kind) => kind switch
    {
        InitiativeKind.Initiative => "initiative",
        InitiativeKind.ScientificWork => "scientific_work",
        InitiativeKind.CombatIngenuity => "combat_ingenuity",
    };

    public static string Code(this DisciplineLevel level) => level switch
    {
        DisciplineLevel.Reprimand => "khien_trach",
        DisciplineLevel.Warning => "canh_cao",
        DisciplineLevel.SalaryDemotion => "ha_bac_luong",
        DisciplineLevel.Demotion => "giang_chuc",
        DisciplineLevel.Dismissal => "cach_chuc",
        DisciplineLevel.ForcedResignation => "buoc_thoi_viec",
    };

    public static string Code(this HoldKind kind) => kind switch
    {
        HoldKind.DisciplineReview => "discipline_review",
        HoldKind.Investigation => "investigation",
        HoldKind.Inspection => "inspection",
        HoldKind.Complaint => "complaint",
    };

    public static string Code(this AchievementKind kind) => kind switch
    {
        AchievementKind.MovementOutstanding => "movement",
        AchievementKind.AdHoc => "adhoc",
        AchievementKind.SocioEconomicContribution => "contribution",
        AchievementKind.HouseholdContribution => "household_contribution",
    };

    public static bool TryParse(string? text, out SubjectKind value) => TryParse(text, Code, out value);

    /// <summary>Also accepts "ad-hoc" and "ad_hoc" for <see cref="CommendationKind.AdHoc"/>.</summary>
    public static bool TryParse(string? text, out CommendationKind value) =>
        TryParse(Hyphenless(text), Code, out value);

    /// <summary>Also accepts the spellings before issue 11 ("coso", "toanquoc", any case).</summary>
    public static bool TryParse(string? text, out InitiativeScope value) =>
        TryParse(text?.Trim().ToLowerInvariant() switch { "coso" => "co_so", "toanquoc" => "toan_quoc", var t => t }, Code, out value);

    public static bool TryParse(string? text, out InitiativeKind value) => TryParse(text, Code, out value);

    public static bool TryParse(string? text, out DisciplineLevel value) => TryParse(text, Code, out value);

    public static bool TryParse(string? text, out HoldKind value) => TryParse(text, Code, out value);

    public static bool TryParse(string? text, out AchievementKind value) => TryParse(Hyphenless(text), Code, out value);

    private static string? Hyphenless(string? text) =>
        text?.Trim().Equals("ad-hoc", StringComparison.OrdinalIgnoreCase) == true
        || text?.Trim().Equals("ad_hoc", StringComparison.OrdinalIgnoreCase) == true ? "adhoc" : text;

    private static bool TryParse<T>(string? text, Func<T, string> code, out T value) where T : struct, Enum
    {
        var t = (text ?? string.Empty).Trim();
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(code(candidate), t, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
