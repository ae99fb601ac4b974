using Tdkt.Domain.Common;

namespace Tdkt.Domain.Conferences;

/// <summary>
/// A delegate-count rule set stored as data, owned by a province (the root unit of the admin who edits it).
/// The default of every province is seed 004's (<see cref="DelegateRuleSet.LaiChau2024"/>).
/// </summary>
public sealed class DelegateRuleSetRecord
{
    private DelegateRuleSetRecord()
    {
        Name = string.Empty;
    }

    public int Id { get; private set; }
    public int OrgUnitId { get; private set; }
    public string Name { get; private set; }
    public bool IsDefault { get; private set; }
    public List<DelegateRule> Rules { get; private set; } = [];
    public uint Version { get; private set; }

    public DelegateRuleSet ToRuleSet() => new(Name, Rules);

    public static Result<DelegateRuleSetRecord> Create(int orgUnitId, string? name, bool isDefault, IReadOnlyList<DelegateRule> rules)
    {
        var r = new DelegateRuleSetRecord { OrgUnitId = orgUnitId };
        var error = r.Apply(name, isDefault, rules);
        return error is null ? r : error;
    }

    public Result Edit(string? name, bool isDefault, IReadOnlyList<DelegateRule> rules)
    {
        var error = Apply(name, isDefault, rules);
        return error is null ? Result.Success() : error;
    }

    public void ClearDefault() => IsDefault = false;

    private ValidationError? Apply(string? name, bool isDefault, IReadOnlyList<DelegateRule> rules)
    {
        var n = VietnameseText.Normalize(name);
        if (n.Length == 0 || n.Length > 300)
        {
            return new ValidationError("Name", "Tên bộ quy tắc là bắt buộc (tối đa 300 ký tự).");
        }

        if (rules.Count == 0)
        {
            return new ValidationError("Rules", "Bộ quy tắc cần ít nhất một dòng.");
        }

        for (var i = 0; i < rules.Count; i++)
        {
            var r = rules[i];
            if (r.MinStaff < 0 || r.MaxStaffExclusive is { } max && max <= r.MinStaff)
            {
                return new ValidationError("Rules", $"Dòng {i + 1}: khoảng số người không hợp lệ (từ {r.MinStaff} đến dưới {r.MaxStaffExclusive}).");
            }

            if (r.Percent is < 0 or > 100 || r.Cap is < 1 || r.FixedCount is < 1)
            {
                return new ValidationError("Rules", $"Dòng {i + 1}: tỷ lệ phải từ 0 đến 100, mức tối đa và số cố định phải dương.");
            }

            if (string.IsNullOrWhiteSpace(r.Text))
            {
                return new ValidationError("Rules", $"Dòng {i + 1}: hãy ghi nội dung quy định (trích văn bản).");
            }

            var overlap = rules.Take(i).FirstOrDefault(o => o.Tier == r.Tier
                && r.MinStaff < (o.MaxStaffExclusive ?? int.MaxValue) && o.MinStaff < (r.MaxStaffExclusive ?? int.MaxValue));
            if (overlap is not null)
            {
                return new ValidationError("Rules", $"Dòng {i + 1}: khoảng số người trùng với một dòng khác cùng cấp.");
            }
        }

        Name = n;
        IsDefault = isDefault;
        Rules = [.. rules];
        return null;
    }
}
