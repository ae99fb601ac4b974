namespace Tdkt.Domain.Awards;

/// <summary>Who receives an award (đối tượng).</summary>
public enum SubjectKind
{
    /// <summary>Cá nhân.</summary>
    Individual,
    /// <summary>Tập thể (agency, unit, commune...).</summary>
    Collective,
    /// <summary>Hộ gia đình.</summary>
    Household,
    /// <summary>Thôn, tổ dân phố.</summary>
    Village,
}

public static class SubjectKindNames
{
    public static string Vietnamese(this SubjectKind kind) => kind switch
    {
        SubjectKind.Individual => "Cá nhân",
        SubjectKind.Collective => "Tập thể",
        SubjectKind.Household => "Hộ gia đình",
        SubjectKind.Village => "Thôn, tổ dân phố",
    };
}
