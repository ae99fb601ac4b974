namespace Tdkt.Domain.Awards;

/// <summary>Stable award codes used by the API and stored in the database. Never rename one.</summary>
public static class AwardCodes
{
    /// <summary>Lao động tiên tiến.</summary>
    public const string Ldtt = "LDTT";
    /// <summary>Chiến sĩ tiên tiến (armed forces).</summary>
    public const string Cstt = "CSTT";
    /// <summary>Chiến sĩ thi đua cơ sở.</summary>
    public const string Cstdcs = "CSTDCS";
    /// <summary>Chiến sĩ thi đua cấp tỉnh (Bộ, ban, ngành, tỉnh).</summary>
    public const string CstdTinh = "CSTD_TINH";
    /// <summary>Chiến sĩ thi đua toàn quốc.</summary>
    public const string CstdTq = "CSTD_TQ";
    /// <summary>Tập thể lao động tiên tiến.</summary>
    public const string Ttldtt = "TTLDTT";
    /// <summary>Tập thể lao động xuất sắc.</summary>
    public const string Ttldxs = "TTLDXS";
    /// <summary>Cờ thi đua cấp tỉnh.</summary>
    public const string CoTinh = "CO_TINH";
    /// <summary>Cờ thi đua của Chính phủ.</summary>
    public const string CoCp = "CO_CP";
    /// <summary>Giấy khen.</summary>
    public const string Gk = "GK";
    /// <summary>Bằng khen của Chủ tịch UBND tỉnh.</summary>
    public const string BkTinh = "BK_TINH";
    /// <summary>Bằng khen của Thủ tướng Chính phủ.</summary>
    public const string BkTtg = "BK_TTG";
    /// <summary>Huân chương Lao động hạng Ba.</summary>
    public const string Hcld3 = "HCLD3";
    /// <summary>Gia đình văn hóa.</summary>
    public const string Gdvh = "GDVH";
    /// <summary>Thôn, tổ dân phố văn hóa.</summary>
    public const string ThonVh = "THON_VH";
    /// <summary>Xã, phường, đặc khu tiêu biểu.</summary>
    public const string XaTieuBieu = "XA_TIEU_BIEU";

    public static readonly IReadOnlyList<string> All =
    [
        Ldtt, Cstt, Cstdcs, CstdTinh, CstdTq, Ttldtt, Ttldxs, CoTinh, CoCp, Gk, BkTinh, BkTtg, Hcld3, Gdvh, ThonVh,
        XaTieuBieu,
    ];

    /// <summary>Exact, case-sensitive match after trimming; codes are upper case by contract.</summary>
    public static bool TryNormalize(string? code, out string normalized)
    {
        var c = (code ?? string.Empty).Trim().ToUpperInvariant();
        foreach (var known in All)
        {
            if (known == c)
            {
                normalized = known;
                return true;
            }
        }

        normalized = string.Empty;
        return false;
    }
}
