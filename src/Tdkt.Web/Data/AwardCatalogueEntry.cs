using System.Globalization;
using Tdkt.Domain.Awards;

namespace Tdkt.Web.Data;

/// <summary>One award of the catalogue (danh mục danh hiệu, hình thức khen thưởng) under one legal basis, effective
/// from <see cref="ValidFrom"/> to <see cref="ValidTo"/> (inclusive). Seeded from <see cref="DefaultCatalogue"/>,
/// then edited by administrators; every edit is audited.</summary>
public sealed class AwardCatalogueEntry
{
    public const int NameMaxLength = 250;
    public const int TextMaxLength = 1000;

    public int Id { get; set; }
    public string Code { get; set; } = string.Empty;
    public LegalBasis Basis { get; set; }
    public string Name { get; set; } = string.Empty;
    public AwardCategory Category { get; set; }
    public AwardGroup Group { get; set; }

    /// <summary>Wire codes separated by commas, first one is the base kind: "individual,collective,household".</summary>
    public string SubjectKinds { get; set; } = string.Empty;

    public bool Annual { get; set; }
    public DecidingLevel DecidingLevel { get; set; }
    public string DecidedBy { get; set; } = string.Empty;
    public string ProposedBy { get; set; } = string.Empty;
    public string CriteriaReference { get; set; } = string.Empty;
    public bool BallotRequired { get; set; }

    /// <summary>Share of ALL council members, percent.</summary>
    public decimal BallotThresholdPercent { get; set; }

    /// <summary>One part per line: "CODE | Name" (suffix " | tùy trường hợp" when conditional).</summary>
    public string DossierParts { get; set; } = string.Empty;

    public int ProcessingWorkingDays { get; set; }
    public decimal? MoneyCoefficient { get; set; }
    public bool CollectiveDoubles { get; set; }
    public bool HouseholdOneAndHalf { get; set; }
    public string MoneyReference { get; set; } = string.Empty;
    public int Rank { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public uint Version { get; set; }

    public const string ConditionalMark = "tùy trường hợp";

    public IReadOnlyList<SubjectKind> Kinds() =>
    [
        .. SubjectKinds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => FactCodes.TryParse(c, out SubjectKind k) ? (SubjectKind?)k : null)
            .Where(k => k is not null).Select(k => k!.Value),
    ];

    public IReadOnlyList<DossierPart> Parts() =>
    [
        .. DossierParts.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .Select(p => new DossierPart(p[0], p.Length > 1 ? p[1] : p[0],
                p.Length > 2 && p[2].Equals(ConditionalMark, StringComparison.OrdinalIgnoreCase))),
    ];

    public static string FormatParts(IEnumerable<DossierPart> parts) =>
        string.Join("\n", parts.Select(p => $"{p.Code} | {p.Name}" + (p.Conditional ? " | " + ConditionalMark : string.Empty)));

    public static AwardCatalogueEntry From(AwardDefinition d) => new()
    {
        Code = d.Code,
        Basis = d.Basis,
        Name = d.Name,
        Category = d.Category,
        Group = d.Group,
        SubjectKinds = string.Join(",", d.SubjectKinds.Select(k => k.Code())),
        Annual = d.Annual,
        DecidingLevel = d.DecidingLevel,
        DecidedBy = d.DecidedBy,
        ProposedBy = d.ProposedBy,
        CriteriaReference = d.CriteriaReference,
        BallotRequired = d.Council.BallotRequired,
        BallotThresholdPercent = d.Council.ApprovalPercentOfAllMembers,
        DossierParts = FormatParts(d.Dossier),
        ProcessingWorkingDays = d.ProcessingWorkingDays,
        MoneyCoefficient = d.Money.Coefficient,
        CollectiveDoubles = d.Money.CollectiveDoubles,
        HouseholdOneAndHalf = d.Money.HouseholdOneAndHalf,
        MoneyReference = d.Money.Reference,
        Rank = d.Rank,
        ValidFrom = d.Basis == LegalBasis.Nd98_2023 ? LegalBases.FirstSupportedDate : LegalBases.Nd152EffectiveFrom,
        ValidTo = d.Basis == LegalBasis.Nd98_2023 ? LegalBases.Nd152EffectiveFrom.AddDays(-1) : null,
    };

    /// <summary>The default definition with this row's stored values applied (what the money and dossier use).</summary>
    public AwardDefinition ApplyTo(AwardDefinition d) => d with
    {
        Name = Name,
        SubjectKinds = Kinds() is { Count: > 0 } kinds ? kinds : d.SubjectKinds,
        Annual = Annual,
        DecidedBy = DecidedBy,
        ProposedBy = ProposedBy,
        Council = d.Council with { BallotRequired = BallotRequired, ApprovalPercentOfAllMembers = BallotThresholdPercent },
        Dossier = Parts(),
        ProcessingWorkingDays = ProcessingWorkingDays,
        Money = d.Money with
        {
            Coefficient = MoneyCoefficient,
            CollectiveDoubles = CollectiveDoubles,
            HouseholdOneAndHalf = HouseholdOneAndHalf,
            Reference = MoneyReference,
        },
    };

    public string SubjectKindsText() => string.Join(", ", Kinds().Select(k => k.Vietnamese()));

    public string CoefficientText() => MoneyCoefficient is { } k ? k.ToString("0.0##", CultureInfo.GetCultureInfo("vi-VN")) : "—";
}
