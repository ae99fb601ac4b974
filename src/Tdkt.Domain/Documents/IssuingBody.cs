using System.Globalization;
using Tdkt.Domain.Common;
using Tdkt.Domain.Organizations;

namespace Tdkt.Domain.Documents;

/// <summary>What kind of body issues a document: decides the header, the signing capacities and the symbol.</summary>
public enum BodyKind
{
    /// <summary>Ủy ban nhân dân tỉnh (collective body, no directly governing body line in the header).</summary>
    ProvincialCommittee,
    /// <summary>Ủy ban nhân dân xã, phường, đặc khu or (before 01/07/2025) huyện, thành phố thuộc tỉnh: no parent line.</summary>
    LocalCommittee,
    /// <summary>Sở, ban, ngành: head regime (Giám đốc), header under "UBND TỈNH …".</summary>
    Agency,
    /// <summary>Trường học: head regime (Hiệu trưởng).</summary>
    School,
    /// <summary>Other public service unit (trung tâm, bệnh viện): head regime (Giám đốc).</summary>
    ServiceUnit,
    /// <summary>Doanh nghiệp: head regime (Giám đốc).</summary>
    Enterprise,
}

/// <summary>
/// The issuing body as Decree 30/2020/NĐ-CP Phụ lục I prints it: the directly governing body (only where one exists)
/// and the body's own name in capitals, the place name of the date line, the symbol of the number. Built from the
/// unit's name, its kind in the tree and its parent's name.
/// </summary>
public sealed record IssuingBody(string Name, BodyKind Kind, string? ParentName)
{
    /// <summary>The body from the tree; <paramref name="kind"/> null infers the kind from the name.</summary>
    public static IssuingBody Of(string name, OrgUnitKind? kind, string? parentName)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = VietnameseText.Fold(name);
        var isCommittee = IsCommitteeName(folded);
        var bodyKind = (kind, isCommittee) switch
        {
            (OrgUnitKind.Province, _) => BodyKind.ProvincialCommittee,
            (OrgUnitKind.District or OrgUnitKind.Commune, _) => BodyKind.LocalCommittee,
            (_, true) when folded.Contains("tinh ", StringComparison.Ordinal) && !HasLocalWord(folded) => BodyKind.ProvincialCommittee,
            (_, true) => BodyKind.LocalCommittee,
            (OrgUnitKind.ProvincialAgency, _) => BodyKind.Agency,
            (OrgUnitKind.Enterprise, _) => BodyKind.Enterprise,
            _ when folded.StartsWith("truong", StringComparison.Ordinal) => BodyKind.School,
            (OrgUnitKind.PublicServiceUnit, _) => BodyKind.ServiceUnit,
            _ when folded.StartsWith("so ", StringComparison.Ordinal) => BodyKind.Agency,
            _ when folded.StartsWith("cong ty", StringComparison.Ordinal) || folded.StartsWith("doanh nghiep", StringComparison.Ordinal) => BodyKind.Enterprise,
            _ => BodyKind.ServiceUnit,
        };
        return new IssuingBody(name.Trim(), bodyKind, string.IsNullOrWhiteSpace(parentName) ? null : parentName.Trim());
    }

    public bool IsCommittee => Kind is BodyKind.ProvincialCommittee or BodyKind.LocalCommittee;

    /// <summary>"Thành phố Lai Châu" of "UBND thành phố Lai Châu" (the unit the committee governs), else the name.</summary>
    public string UnitName => IsCommittee ? StripCommittee(Name) : Name;

    /// <summary>The parent line: none for a people's committee (no directly governing body in the header), else the
    /// parent in capitals ("UBND TỈNH LAI CHÂU").</summary>
    public string? ParentLine => IsCommittee || ParentName is null ? null : ParentName.ToUpper(ViFormat.Culture);

    /// <summary>The body's own name lines, bold: "ỦY BAN NHÂN DÂN" / "THÀNH PHỐ LAI CHÂU", or "SỞ NỘI VỤ" (the
    /// province already named by the parent line).</summary>
    public IReadOnlyList<string> NameLines => IsCommittee
        ? ["ỦY BAN NHÂN DÂN", UnitName.ToUpper(ViFormat.Culture)]
        : [WithoutParentPlace(Name).ToUpper(ViFormat.Culture)];

    /// <summary>The place of the date line: the administrative unit's own name ("Lai Châu", "Tân Phong"); a body
    /// that is not a committee takes its parent's place.</summary>
    public string Place
    {
        get
        {
            if (IsCommittee)
            {
                return PlaceOf(UnitName);
            }

            if (ParentName is not null)
            {
                // Under a committee: its unit's name; under a Sở (a school of the Sở): the Sở's own place.
                var parent = Of(ParentName, null, null);
                return parent.IsCommittee ? PlaceOf(StripCommittee(ParentName)) : parent.Place;
            }

            var at = VietnameseText.Fold(Name).LastIndexOf(" tinh ", StringComparison.Ordinal);
            return at > 0 ? Name[(at + 6)..].Trim() : Name;
        }
    }

    /// <summary>The collective's name for "TM. …": "ỦY BAN NHÂN DÂN".</summary>
    public string CollectiveLine => IsCommittee ? "ỦY BAN NHÂN DÂN" : WithoutParentPlace(Name).ToUpper(ViFormat.Culture);

    /// <summary>The symbol after the kind code: "UBND", "SNV" (Sở Nội vụ), the initials of a school or enterprise.</summary>
    public string Symbol => IsCommittee ? "UBND" : Initials(WithoutParentPlace(Name));

    /// <summary>"Chủ tịch Ủy ban nhân dân thành phố Lai Châu" / "Giám đốc Sở Nội vụ": who decides in person.</summary>
    public string HeadOf => Kind switch
    {
        BodyKind.ProvincialCommittee or BodyKind.LocalCommittee => "Chủ tịch Ủy ban nhân dân " + LowerFirst(UnitName),
        BodyKind.School => "Hiệu trưởng " + Name,
        _ => "Giám đốc " + Name,
    };

    /// <summary>The head's title in capitals for the authority line of a decision: "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ LAI CHÂU".</summary>
    public string HeadLine => HeadOf.ToUpper(ViFormat.Culture);

    /// <summary>"Ủy ban nhân dân thành phố Lai Châu" (full name, for running text).</summary>
    public string FullName => IsCommittee ? "Ủy ban nhân dân " + LowerFirst(UnitName) : Name;

    private static bool IsCommitteeName(string folded) =>
        folded.StartsWith("ubnd", StringComparison.Ordinal) || folded.StartsWith("uy ban nhan dan", StringComparison.Ordinal);

    private static bool HasLocalWord(string folded) =>
        folded.Contains(" xa ", StringComparison.Ordinal) || folded.Contains(" phuong ", StringComparison.Ordinal)
        || folded.Contains(" huyen ", StringComparison.Ordinal) || folded.Contains(" thi xa ", StringComparison.Ordinal);

    private static readonly string[] CommitteePrefixes = ["UBND ", "Ủy ban nhân dân ", "Uỷ ban nhân dân "];

    private static readonly string[] UnitWords = ["tỉnh", "thành phố", "huyện", "thị xã", "xã", "phường", "thị trấn", "đặc khu"];

    /// <summary>"UBND thành phố Lai Châu" → "Thành phố Lai Châu".</summary>
    private static string StripCommittee(string name)
    {
        var s = name.Trim();
        foreach (var p in CommitteePrefixes)
        {
            if (s.StartsWith(p, StringComparison.OrdinalIgnoreCase))
            {
                s = s[p.Length..].Trim();
                break;
            }
        }

        return s.Length == 0 ? name : char.ToUpper(s[0], ViFormat.Culture) + s[1..];
    }

    /// <summary>"Thành phố Lai Châu" → "Lai Châu"; "Phường Tân Phong" → "Tân Phong".</summary>
    private static string PlaceOf(string unitName)
    {
        foreach (var w in UnitWords.OrderByDescending(w => w.Length))
        {
            if (unitName.StartsWith(w + " ", StringComparison.OrdinalIgnoreCase))
            {
                return unitName[(w.Length + 1)..].Trim();
            }
        }

        return unitName;
    }

    /// <summary>"Sở Nội vụ tỉnh Lai Châu" under "UBND tỉnh Lai Châu" → "Sở Nội vụ".</summary>
    private string WithoutParentPlace(string name)
    {
        if (ParentName is null)
        {
            return name;
        }

        var place = StripCommittee(ParentName);
        var at = name.LastIndexOf(" " + place, StringComparison.OrdinalIgnoreCase);
        return at > 0 && at + place.Length + 1 == name.Length ? name[..at].Trim() : name;
    }

    private static string Initials(string name) =>
        string.Concat(name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpper(w[0], ViFormat.Culture)));

    private static string LowerFirst(string s) => s.Length == 0 ? s : char.ToLower(s[0], ViFormat.Culture) + s[1..];
}

/// <summary>"Số: 01/QĐ-UBND": numbers run from 01 per issuer and year, a leading zero below 10 (Decree 30 Phụ lục I).</summary>
public static class DocumentNumber
{
    /// <summary>"01/QĐ-UBND"; no number yet → "     /QĐ-UBND" (filled in by the clerk at registration).</summary>
    public static string Format(int? sequence, string kindCode, string symbol) =>
        (sequence is { } n ? n.ToString("00", CultureInfo.InvariantCulture) : "     ") + "/" + kindCode + "-" + symbol;

    /// <summary>"1/QĐ-UBND" → "01/QĐ-UBND"; anything else unchanged.</summary>
    public static string Normalize(string? number)
    {
        var s = (number ?? string.Empty).Trim();
        if (s.StartsWith("Số:", StringComparison.OrdinalIgnoreCase))
        {
            s = s[3..].Trim();
        }

        var slash = s.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && int.TryParse(s[..slash], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n.ToString("00", CultureInfo.InvariantCulture) + s[slash..]
            : s;
    }
}
