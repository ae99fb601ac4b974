using Tdkt.Domain.Common;

namespace Tdkt.Domain.Awards.Money;

/// <summary>Mức lương cơ sở from <paramref name="From"/> (inclusive) until the next entry.</summary>
public sealed record BaseSalaryEntry(DateOnly From, decimal Amount, string Source, bool Unverified);

/// <summary>Effective-dated base salary (mức lương cơ sở). Award money uses the amount in force on the
/// decision date (ND 152 Art 49(1)).</summary>
public sealed class BaseSalaryTable
{
    /// <summary>domain.md §5.2 gives 2,340,000 (ND 73/2024, V) and 2,530,000 (ND 161/2026, PV). The two older
    /// entries come from the issue brief (not in domain.md) and only matter for decisions before 01/07/2024.</summary>
    public static readonly BaseSalaryTable Default = new(
    [
        new BaseSalaryEntry(new DateOnly(2019, 7, 1), 1_490_000m, "Nghị định 38/2019/NĐ-CP", true),
        new BaseSalaryEntry(new DateOnly(2023, 7, 1), 1_800_000m, "Nghị định 24/2023/NĐ-CP", true),
        new BaseSalaryEntry(new DateOnly(2024, 7, 1), 2_340_000m, "Nghị định 73/2024/NĐ-CP", false),
        new BaseSalaryEntry(new DateOnly(2026, 7, 1), 2_530_000m, "Nghị định 161/2026/NĐ-CP", true),
    ]);

    private readonly BaseSalaryEntry[] _entries;

    public BaseSalaryTable(IEnumerable<BaseSalaryEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _entries = [.. entries.OrderBy(e => e.From)];
        if (_entries.Length == 0)
        {
            throw new ArgumentException("The table needs at least one entry.", nameof(entries));
        }

        for (var i = 1; i < _entries.Length; i++)
        {
            if (_entries[i].From == _entries[i - 1].From)
            {
                throw new ArgumentException($"Two entries start on {_entries[i].From:O}.", nameof(entries));
            }
        }
    }

    public IReadOnlyList<BaseSalaryEntry> Entries => _entries;

    public Result<BaseSalaryEntry> On(DateOnly day)
    {
        for (var i = _entries.Length - 1; i >= 0; i--)
        {
            if (_entries[i].From <= day)
            {
                return _entries[i];
            }
        }

        return new ValidationError("decisionDate",
            $"Chưa có mức lương cơ sở áp dụng cho ngày {ViFormat.Date(day)}. Hãy kiểm tra ngày quyết định.");
    }
}
