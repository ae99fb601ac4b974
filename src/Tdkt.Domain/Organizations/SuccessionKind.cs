namespace Tdkt.Domain.Organizations;

/// <summary>How a unit lives on after it closes (sáp nhập, chia tách, đổi tên).</summary>
public enum SuccessionKind
{
    /// <summary>The predecessor was merged into the successor (sáp nhập vào).</summary>
    MergedInto,
    /// <summary>The successor was split from the predecessor (chia tách từ).</summary>
    SplitFrom,
    /// <summary>The predecessor was renamed/reorganised as the successor (đổi tên thành).</summary>
    RenamedTo,
}

public static class SuccessionKindNames
{
    public static string Vietnamese(this SuccessionKind kind) => kind switch
    {
        SuccessionKind.MergedInto => "Sáp nhập vào",
        SuccessionKind.SplitFrom => "Chia tách thành",
        SuccessionKind.RenamedTo => "Đổi tên thành",
    };
}
