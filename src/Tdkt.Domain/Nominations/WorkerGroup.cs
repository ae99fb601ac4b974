using Tdkt.Domain.Common;

namespace Tdkt.Domain.Nominations;

/// <summary>
/// Nhóm đối tượng of an individual, typed once as a single choice and stored as the two flags the registry keeps
/// (<see cref="Nominee.IsLeader"/>, <see cref="Nominee.IsDirectWorker"/>): lãnh đạo, quản lý; công nhân, nông dân,
/// người lao động trực tiếp; khác (neither); blank = not stated (both null).
/// </summary>
public static class WorkerGroup
{
    public const string Leader = "Lãnh đạo, quản lý";
    public const string DirectWorker = "Công nhân, nông dân, người lao động trực tiếp";
    public const string Other = "Khác";

    /// <summary>The choices of the form and the import template, in order.</summary>
    public static readonly IReadOnlyList<string> Choices = [Leader, DirectWorker, Other];

    /// <summary>Accent- and case-insensitive; also accepts the URL/form values "leader", "worker", "other".
    /// False when the text is none of them; blank is "not stated" (true, both null).</summary>
    public static bool TryParse(string? text, out bool? isLeader, out bool? isDirectWorker)
    {
        isLeader = null;
        isDirectWorker = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var folded = VietnameseText.Fold(text);
        if (folded is "leader" || folded == VietnameseText.Fold(Leader) || folded is "lanh dao" or "quan ly")
        {
            (isLeader, isDirectWorker) = (true, false);
        }
        else if (folded is "worker" || folded == VietnameseText.Fold(DirectWorker) || folded is "nguoi lao dong truc tiep" or "cong nhan" or "nong dan")
        {
            (isLeader, isDirectWorker) = (false, true);
        }
        else if (folded is "other" || folded == VietnameseText.Fold(Other))
        {
            (isLeader, isDirectWorker) = (false, false);
        }
        else
        {
            return false;
        }

        return true;
    }

    /// <summary>The choice shown for the stored flags ("" when not stated).</summary>
    public static string Label(bool? isLeader, bool? isDirectWorker) => (isLeader, isDirectWorker) switch
    {
        (true, _) => Leader,
        (_, true) => DirectWorker,
        (false, false) => Other,
        _ => string.Empty,
    };
}
