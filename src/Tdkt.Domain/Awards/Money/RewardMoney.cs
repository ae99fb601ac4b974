using Tdkt.Domain.Common;

namespace Tdkt.Domain.Awards.Money;

/// <summary>Award money for one recipient. <c>Amount</c> = <c>Coefficient</c> (multipliers for collectives and
/// households included) × <c>BaseSalary</c> on the decision date, rounded up to the next 10,000 đ.</summary>
public sealed record RewardAmount(string AwardCode, SubjectKind SubjectKind, decimal Amount, decimal Coefficient,
    decimal BaseSalary, DateOnly DecisionDate, LegalBasis Basis, string LegalBasisText, string Reference);

/// <summary>A payment to consider in <see cref="RewardMoney.SelectPaid"/>: the award and its counting period
/// (e.g. "2024" for an annual title).</summary>
public sealed record RewardClaim(string AwardCode, string Period, RewardAmount Money);

public static class RewardMoney
{
    public const decimal RoundingStep = 10_000m;
    public const decimal CollectiveMultiplier = 2m;
    public const decimal HouseholdMultiplier = 1.5m;

    /// <summary>Rounds up to the next 10,000 đ ("làm tròn số lên hàng chục nghìn đồng", ND 152 Art 49(2)).</summary>
    public static decimal RoundUp(decimal amount) => decimal.Ceiling(amount / RoundingStep) * RoundingStep;

    public static Result<RewardAmount> Compute(string? awardCode, SubjectKind subjectKind, DateOnly decisionDate) =>
        Compute(awardCode, subjectKind, decisionDate, BaseSalaryTable.Default);

    public static Result<RewardAmount> Compute(string? awardCode, SubjectKind subjectKind, DateOnly decisionDate,
        BaseSalaryTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var basis = LegalBases.ForDecisionDate(decisionDate);
        if (basis.IsFailure)
        {
            return basis.Error!;
        }

        var found = DefaultCatalogue.For(awardCode, basis.Value);
        if (found.Value is not { } definition)
        {
            return found.Error!;
        }

        return Compute(definition, subjectKind, decisionDate, table);
    }

    /// <summary>Money for a stored (possibly edited) definition, e.g. the Web project's catalogue row applied to
    /// the default. The definition must be the one of the legal basis in force on <paramref name="decisionDate"/>.</summary>
    public static Result<RewardAmount> Compute(AwardDefinition definition, SubjectKind subjectKind, DateOnly decisionDate,
        BaseSalaryTable table)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(table);
        var basis = LegalBases.ForDecisionDate(decisionDate);
        if (basis.IsFailure)
        {
            return basis.Error!;
        }

        if (basis.Value != definition.Basis)
        {
            throw new ArgumentException($"Definition of {definition.Code} is for {definition.Basis}, decision date needs {basis.Value}.", nameof(definition));
        }

        if (!definition.Accepts(subjectKind))
        {
            return new ValidationError("subjectKind",
                $"\"{definition.Name}\" không xét tặng cho đối tượng {subjectKind.Vietnamese().ToLowerInvariant()}.");
        }

        var coefficient = EffectiveCoefficient(definition, subjectKind);
        if (coefficient is not { } k)
        {
            return new ValidationError("award",
                $"\"{definition.Name}\" chưa có hệ số tiền thưởng được xác minh; tiền thưởng (nếu có) do tỉnh quy định.");
        }

        var salary = table.On(decisionDate);
        if (salary.Value is not { } entry)
        {
            return salary.Error!;
        }

        return new RewardAmount(definition.Code, subjectKind, RoundUp(k * entry.Amount), k, entry.Amount, decisionDate,
            basis.Value, basis.Value.DisplayText(), definition.Money.Reference);
    }

    /// <summary>Coefficient for this subject: ×2 for collectives and ×1.5 for households where the decree says so.
    /// Awards only for collectives (TTLĐTT, Cờ...) already carry the collective coefficient.</summary>
    public static decimal? EffectiveCoefficient(AwardDefinition definition, SubjectKind subjectKind)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (definition.Money.Coefficient is not { } k)
        {
            return null;
        }

        var baseKind = definition.SubjectKinds[0];
        if (subjectKind == baseKind)
        {
            return k;
        }

        return subjectKind switch
        {
            SubjectKind.Collective when definition.Money.CollectiveDoubles => k * CollectiveMultiplier,
            SubjectKind.Household when definition.Money.HouseholdOneAndHalf => k * HouseholdMultiplier,
            SubjectKind.Individual or SubjectKind.Collective or SubjectKind.Household or SubjectKind.Village => k,
        };
    }

    /// <summary>What is paid when a recipient gets several awards at once (ND 152 Art 49(4)-(6)): of the emulation
    /// titles with the same counting period only the highest (largest amount, then highest rank) is paid; titles of
    /// other periods and every commendation form are paid. Order of the input is kept.</summary>
    public static IReadOnlyList<RewardClaim> SelectPaid(IReadOnlyList<RewardClaim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var best = new Dictionary<string, RewardClaim>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            if (!IsTitle(claim))
            {
                continue;
            }

            if (!best.TryGetValue(claim.Period, out var current) || Outranks(claim, current))
            {
                best[claim.Period] = claim;
            }
        }

        return [.. claims.Where(c => !IsTitle(c) || ReferenceEquals(best[c.Period], c))];
    }

    private static bool IsTitle(RewardClaim claim) =>
        DefaultCatalogue.Get(claim.Money.AwardCode, claim.Money.Basis).Category == AwardCategory.EmulationTitle;

    private static bool Outranks(RewardClaim a, RewardClaim b)
    {
        if (a.Money.Amount != b.Money.Amount)
        {
            return a.Money.Amount > b.Money.Amount;
        }

        return DefaultCatalogue.Get(a.Money.AwardCode, a.Money.Basis).Rank
            < DefaultCatalogue.Get(b.Money.AwardCode, b.Money.Basis).Rank;
    }
}
