using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;

namespace Tdkt.Domain.Conferences;

/// <summary>
/// One award proposed against an event's quota. Nomination dossiers (another module) will reference the event by
/// its id and report each proposed subject as one use: kind and the proposing unit.
/// </summary>
public sealed record QuotaUse(SubjectKind Kind, int? OrgUnitId);

/// <summary>Allotted, used and remaining for one subject kind (or one unit and kind).</summary>
public sealed record QuotaLine(SubjectKind Kind, int Allotted, int Used)
{
    public int Remaining => Math.Max(0, Allotted - Used);
    public bool Over => Used > Allotted;
}

/// <summary>
/// The award quota allotted to an event (seed 000: 10 tập thể, 10 cá nhân, 7 hộ gia đình) and optionally per unit
/// (phân bổ khen thưởng). Per-unit quotas may not add up to more than the event's total for any kind.
/// </summary>
public sealed record EventQuota(int Collectives, int Individuals, int Households, IReadOnlyList<UnitQuota> Units)
{
    public static readonly SubjectKind[] Kinds = [SubjectKind.Collective, SubjectKind.Individual, SubjectKind.Household];

    public int Total => Collectives + Individuals + Households;

    public int For(SubjectKind kind) => kind switch
    {
        SubjectKind.Collective => Collectives,
        SubjectKind.Individual => Individuals,
        SubjectKind.Household => Households,
        _ => 0,
    };

    public static int For(UnitQuota u, SubjectKind kind) => kind switch
    {
        SubjectKind.Collective => u.Collectives,
        SubjectKind.Individual => u.Individuals,
        SubjectKind.Household => u.Households,
        _ => 0,
    };

    /// <summary>The field of the total quota of one kind (QuotaCollectives, QuotaIndividuals, QuotaHouseholds).</summary>
    public static string FieldOf(SubjectKind kind) => kind switch
    {
        SubjectKind.Individual => "QuotaIndividuals",
        SubjectKind.Household => "QuotaHouseholds",
        _ => "QuotaCollectives",
    };

    /// <param name="of">Whose quota, for the message: "hội nghị", "phong trào".</param>
    public ValidationError? Validate(string of = "hội nghị")
    {
        if (Kinds.Where(k => For(k) < 0).Select(k => (SubjectKind?)k).FirstOrDefault() is { } negative)
        {
            return new ValidationError(FieldOf(negative), $"Chỉ tiêu {negative.Vietnamese().ToLower(ViFormat.Culture)} của {of} không được âm.");
        }

        if (Units.Any(u => u.Collectives < 0 || u.Individuals < 0 || u.Households < 0))
        {
            return new ValidationError("UnitQuotas", "Số lượng khen thưởng phân bổ cho đơn vị không được âm.");
        }

        if (Units.GroupBy(u => u.OrgUnitId).Any(g => g.Count() > 1))
        {
            return new ValidationError("UnitQuotas", "Mỗi đơn vị chỉ được phân bổ một dòng.");
        }

        foreach (var kind in Kinds)
        {
            var allotted = Units.Sum(u => For(u, kind));
            if (allotted > For(kind))
            {
                return new ValidationError("UnitQuotas",
                    $"Tổng phân bổ cho các đơn vị ({allotted} {kind.Vietnamese().ToLower(ViFormat.Culture)}) vượt chỉ tiêu của {of} ({For(kind)}).");
            }
        }

        return null;
    }

    /// <summary>Bookkeeping: allotted/used/remaining per kind for the whole event.</summary>
    public IReadOnlyList<QuotaLine> Ledger(IEnumerable<QuotaUse> uses)
    {
        var list = uses.ToList();
        return Kinds.Select(k => new QuotaLine(k, For(k), list.Count(u => u.Kind == k))).ToList();
    }

    /// <summary>Bookkeeping per allotted unit.</summary>
    public IReadOnlyList<(int OrgUnitId, IReadOnlyList<QuotaLine> Lines)> UnitLedger(IEnumerable<QuotaUse> uses)
    {
        var list = uses.ToList();
        return Units.Select(u => (u.OrgUnitId, (IReadOnlyList<QuotaLine>)Kinds
            .Select(k => new QuotaLine(k, For(u, k), list.Count(x => x.Kind == k && x.OrgUnitId == u.OrgUnitId))).ToList())).ToList();
    }

    /// <summary>May one more award of this kind from this unit be proposed? (the check a dossier will run).</summary>
    public Result CanUse(SubjectKind kind, int? orgUnitId, IEnumerable<QuotaUse> uses)
    {
        var list = uses.ToList();
        if (list.Count(u => u.Kind == kind) >= For(kind))
        {
            return new ConflictError($"Đã dùng hết chỉ tiêu {kind.Vietnamese().ToLower(ViFormat.Culture)} của hội nghị ({For(kind)}).");
        }

        if (orgUnitId is { } id && Units.FirstOrDefault(u => u.OrgUnitId == id) is { } unit
            && list.Count(u => u.Kind == kind && u.OrgUnitId == id) >= For(unit, kind))
        {
            return new ConflictError($"Đơn vị đã dùng hết chỉ tiêu {kind.Vietnamese().ToLower(ViFormat.Culture)} được phân bổ ({For(unit, kind)}).");
        }

        return Result.Success();
    }
}
