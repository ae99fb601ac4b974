using Tdkt.Domain.Common;

namespace Tdkt.Domain.Awards;

/// <summary>The set of texts a decision is taken under. Chosen by the decision date (domain.md §6, §8.1).</summary>
public enum LegalBasis
{
    /// <summary>Law 06/2022/QH15 + Decree 98/2023/NĐ-CP: decisions from 01/01/2024 to 30/06/2025.</summary>
    Nd98_2023,
    /// <summary>Law 06/2022/QH15 + Decree 152/2025/NĐ-CP (+ TT 15/2025/TT-BNV): decisions from 01/07/2025.</summary>
    Nd152_2025,
}

public static class LegalBases
{
    /// <summary>Law 06/2022/QH15 took effect on this day; earlier decisions follow the 2003 law (not supported).</summary>
    public static readonly DateOnly FirstSupportedDate = new(2024, 1, 1);

    /// <summary>Decree 152/2025/NĐ-CP took effect on this day (Art 59).</summary>
    public static readonly DateOnly Nd152EffectiveFrom = new(2025, 7, 1);

    public static readonly IReadOnlyList<LegalBasis> All = [LegalBasis.Nd98_2023, LegalBasis.Nd152_2025];

    public static Result<LegalBasis> ForDecisionDate(DateOnly decisionDate)
    {
        if (decisionDate < FirstSupportedDate)
        {
            return new ValidationError("decisionDate",
                $"Ngày quyết định {ViFormat.Date(decisionDate)} trước ngày {ViFormat.Date(FirstSupportedDate)} (ngày Luật Thi đua, khen thưởng 2022 có hiệu lực); hệ thống không hỗ trợ xét theo Luật 2003. Hãy nhập ngày quyết định từ {ViFormat.Date(FirstSupportedDate)} trở đi.");
        }

        return decisionDate < Nd152EffectiveFrom ? LegalBasis.Nd98_2023 : LegalBasis.Nd152_2025;
    }

    /// <summary>The API code, e.g. "ND152_2025".</summary>
    public static string Code(this LegalBasis basis) => basis switch
    {
        LegalBasis.Nd98_2023 => "ND98_2023",
        LegalBasis.Nd152_2025 => "ND152_2025",
    };

    public static string DisplayText(this LegalBasis basis) => basis switch
    {
        LegalBasis.Nd98_2023 => "Luật Thi đua, khen thưởng 2022; Nghị định 98/2023/NĐ-CP",
        LegalBasis.Nd152_2025 => "Luật Thi đua, khen thưởng 2022; Nghị định 152/2025/NĐ-CP",
    };

    /// <summary>Short name of the implementing decree, for references such as "Điều 50 Nghị định 152/2025/NĐ-CP".</summary>
    public static string Decree(this LegalBasis basis) => basis switch
    {
        LegalBasis.Nd98_2023 => "Nghị định 98/2023/NĐ-CP",
        LegalBasis.Nd152_2025 => "Nghị định 152/2025/NĐ-CP",
    };
}
