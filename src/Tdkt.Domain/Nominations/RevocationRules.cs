using Tdkt.Domain.Common;

namespace Tdkt.Domain.Nominations;

/// <summary>One line of a decision's list as revocation sees it: its id, the name printed, and whether an earlier act
/// already revoked it.</summary>
public sealed record RevocableRecipient(int Id, string Name, bool RevokedBefore);

/// <summary>
/// Hủy bỏ, thu hồi khen thưởng (Law Art. 93): which recipients a revocation act may name. Pure; the Web layer supplies
/// the decision's list and the acts already issued.
/// </summary>
public static class RevocationRules
{
    public const int MaxGroundsLength = 1000;

    /// <summary>Checks the chosen recipients and the grounds; on success says whether the act leaves no recipient of the
    /// decision standing (the dossier then moves to "revoked").</summary>
    public static Result<bool> Check(IReadOnlyCollection<int> chosen, IReadOnlyCollection<RevocableRecipient> recipients, string decisionNumber,
        string? grounds)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        ArgumentNullException.ThrowIfNull(recipients);
        var ids = chosen.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new ValidationError("RecipientIds", "Hãy chọn ít nhất một người, tập thể, hộ gia đình bị hủy bỏ, thu hồi khen thưởng.");
        }

        if (ids.FirstOrDefault(x => recipients.All(y => y.Id != x)) is var unknown and not 0)
        {
            return new ValidationError("RecipientIds", $"Đối tượng {unknown} không có trong danh sách kèm theo quyết định {decisionNumber}.");
        }

        var again = recipients.Where(x => ids.Contains(x.Id) && x.RevokedBefore).Select(x => x.Name).ToList();
        if (again.Count > 0)
        {
            return new ConflictError("Khen thưởng đã bị hủy bỏ, thu hồi trước đó: " + string.Join(", ", again) + ".");
        }

        if (string.IsNullOrWhiteSpace(grounds))
        {
            return new ValidationError("Grounds", "Hãy ghi căn cứ, lý do hủy bỏ, thu hồi khen thưởng.");
        }

        if (grounds.Trim().Length > MaxGroundsLength)
        {
            return new ValidationError("Grounds", $"Căn cứ, lý do hủy bỏ tối đa {MaxGroundsLength} ký tự.");
        }

        return recipients.All(x => x.RevokedBefore || ids.Contains(x.Id));
    }
}
