using System.Globalization;
using Tdkt.Domain.Common;

namespace Tdkt.Domain.Conferences;

/// <summary>Who organises the congress/conference, as the delegate rules group them.</summary>
public enum CongressTier
{
    /// <summary>Cấp xã, phường, thị trấn, đặc khu.</summary>
    Commune,
    /// <summary>Doanh nghiệp thuộc tỉnh.</summary>
    Enterprise,
    /// <summary>Sở, ngành tỉnh and (before 01/07/2025) huyện, thành phố.</summary>
    Department,
    /// <summary>Cấp tỉnh.</summary>
    Province,
}

public enum DelegateMode
{
    /// <summary>Hội nghị (Đại hội) toàn thể: everyone attends.</summary>
    Plenary,
    /// <summary>Hội nghị (Đại hội) đại biểu: a chosen number attends.</summary>
    Representative,
}

/// <summary>
/// One line of a rule set. Applies when <see cref="MinStaff"/> ≤ staff &lt; <see cref="MaxStaffExclusive"/>
/// (open-ended when null). <see cref="Percent"/> of staff is taken (rounded up) and capped at <see cref="Cap"/>;
/// with no percent and a representative mode the organiser decides the number within the cap.
/// </summary>
public sealed record DelegateRule(CongressTier Tier, int MinStaff, int? MaxStaffExclusive, DelegateMode Mode,
    decimal? Percent, int? Cap, int? FixedCount, string Text);

public sealed record DelegateCount(int? Delegates, int? MaxDelegates, DelegateMode? Mode, bool NeedsDecision, string Rule);

/// <summary>
/// Delegate-count rules as data. The default is seed 004 (Kế hoạch tổ chức Đại hội Thi đua yêu nước các cấp, tỉnh
/// Lai Châu 2024, mục II.5). A staff count no line covers (exactly 300 at commune level: the text says "dưới 300" and
/// "trên 300") is reported as needing a decision, never guessed.
/// </summary>
public sealed class DelegateRuleSet(string name, IReadOnlyList<DelegateRule> rules)
{
    public string Name { get; } = name;
    public IReadOnlyList<DelegateRule> Rules { get; } = rules;

    public static DelegateRuleSet LaiChau2024 { get; } = new("Kế hoạch Đại hội Thi đua yêu nước tỉnh Lai Châu 2024 (mục II.5)",
    [
        new(CongressTier.Commune, 1, 300, DelegateMode.Plenary, null, null, null,
            "Cấp xã và doanh nghiệp: đơn vị dưới 300 người tổ chức Hội nghị toàn thể."),
        new(CongressTier.Commune, 301, null, DelegateMode.Representative, null, 200, null,
            "Cấp xã và doanh nghiệp: đơn vị trên 300 người tổ chức Hội nghị đại biểu, không quá 200 đại biểu; số lượng do đơn vị quyết định trên cơ sở đề xuất của Thường trực Hội đồng TĐKT cùng cấp."),
        new(CongressTier.Enterprise, 1, 300, DelegateMode.Plenary, null, null, null,
            "Cấp xã và doanh nghiệp: đơn vị dưới 300 người tổ chức Hội nghị toàn thể."),
        new(CongressTier.Enterprise, 301, null, DelegateMode.Representative, null, 200, null,
            "Cấp xã và doanh nghiệp: đơn vị trên 300 người tổ chức Hội nghị đại biểu, không quá 200 đại biểu; số lượng do đơn vị quyết định trên cơ sở đề xuất của Thường trực Hội đồng TĐKT cùng cấp."),
        new(CongressTier.Department, 1, 100, DelegateMode.Plenary, null, null, null,
            "Sở, ngành, huyện: đơn vị dưới 100 người tổ chức Đại hội (Hội nghị) toàn thể."),
        new(CongressTier.Department, 100, 300, DelegateMode.Representative, 70m, 200, null,
            "Sở, ngành, huyện: đơn vị từ 100 đến dưới 300 người chọn 70% tổng số nhưng không vượt quá 200 đại biểu."),
        new(CongressTier.Department, 300, null, DelegateMode.Representative, 70m, 300, null,
            "Sở, ngành, huyện: đơn vị từ 300 người trở lên chọn 70% tổng số nhưng không vượt quá 300 đại biểu."),
        new(CongressTier.Province, 0, null, DelegateMode.Representative, null, null, 450,
            "Cấp tỉnh: Đại hội thi đua yêu nước khoảng 450 đại biểu."),
    ]);

    public Result<DelegateCount> Compute(CongressTier tier, int staff)
    {
        if (staff < 0 || (staff == 0 && tier != CongressTier.Province))
        {
            return new ValidationError("staff", "Số cán bộ, công chức, viên chức, người lao động phải là số nguyên dương.");
        }

        var rule = Rules.FirstOrDefault(r => r.Tier == tier && staff >= r.MinStaff && (r.MaxStaffExclusive is null || staff < r.MaxStaffExclusive));
        if (rule is null)
        {
            var near = string.Join(" ", Rules.Where(r => r.Tier == tier).Select(r => r.Text).Distinct());
            return new DelegateCount(null, null, null, true,
                string.Create(CultureInfo.InvariantCulture, $"Văn bản không quy định trường hợp đơn vị có đúng {staff} người; cần cơ quan tổ chức quyết định. ({near})"));
        }

        int? delegates = rule switch
        {
            { FixedCount: { } n } => n,
            { Mode: DelegateMode.Plenary } => staff,
            { Percent: { } p } => Math.Min((int)Math.Ceiling(staff * p / 100m), rule.Cap ?? int.MaxValue),
            _ => null, // the organiser decides within the cap
        };
        var max = rule.Mode == DelegateMode.Plenary ? staff : rule.Cap;
        return new DelegateCount(delegates, max, rule.Mode, false, rule.Text);
    }

    public static bool TryParseTier(string? text, out CongressTier tier) =>
        Enum.TryParse(text, ignoreCase: true, out tier) && Enum.IsDefined(tier);
}
