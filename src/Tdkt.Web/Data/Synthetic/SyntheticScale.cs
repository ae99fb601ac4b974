namespace Tdkt.Web.Data.Synthetic;

/// <summary>Size of a synthetic data set (issue 17 item 1). <c>national</c> is the whole country: 34 provinces with their
/// real commune counts after 01/07/2025 (about 3,300), about 45,000 units, 2,000,000 people, about 20,000,000 award
/// records over 20 years and 500,000 dossiers in every state; <c>province</c> is one average province (1/34 of it);
/// <c>demo</c> is tiny (tests).</summary>
public sealed record SyntheticScale(
    string Name,
    IReadOnlyList<int> ProvinceIndexes,
    int AgenciesPerProvince,
    int UnitsPerAgency,
    int UnitsPerCommune,
    int People,
    int Dossiers,
    int? CommunesPerProvince = null)
{
    public const int FirstYear = 2006;
    public const int Years = 20;

    public static SyntheticScale National { get; } =
        new("national", Enumerable.Range(0, SyntheticNames.Provinces.Length).ToArray(), 20, 12, 10, 2_000_000, 500_000);

    /// <summary>Thái Nguyên (92 communes): close to the national average of 98.</summary>
    public static SyntheticScale Province { get; } = new("province", [13], 20, 12, 10, 60_000, 15_000);

    public static SyntheticScale Demo { get; } = new("demo", [0, 1], 2, 2, 3, 1_500, 300, CommunesPerProvince: 3);

    public static SyntheticScale? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "national" => National,
        "province" => Province,
        "demo" => Demo,
        _ => null,
    };

    public int CommunesOf(int provinceIndex) => CommunesPerProvince ?? SyntheticNames.Provinces[provinceIndex].Communes;
}
