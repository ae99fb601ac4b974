namespace Tdkt.Domain.Security;

/// <summary>Roles; each is granted on an org unit and covers its whole subtree.</summary>
public enum Role
{
    /// <summary>Cán bộ TĐKT của đơn vị: registrations, dossiers, reports.</summary>
    UnitClerk,
    /// <summary>Chuyên viên thẩm định (Sở/Phòng Nội vụ).</summary>
    Appraiser,
    /// <summary>Thành viên Hội đồng TĐKT.</summary>
    CouncilMember,
    /// <summary>Thư ký Hội đồng TĐKT.</summary>
    CouncilSecretary,
    /// <summary>Lãnh đạo ký quyết định.</summary>
    Signer,
    /// <summary>Quản trị hệ thống (đơn vị, người dùng, danh mục) within the subtree.</summary>
    Admin,
    /// <summary>Chỉ xem.</summary>
    Viewer,
}

public static class RoleNames
{
    public static string Vietnamese(this Role role) => role switch
    {
        Role.UnitClerk => "Cán bộ TĐKT đơn vị",
        Role.Appraiser => "Chuyên viên thẩm định",
        Role.CouncilMember => "Thành viên Hội đồng TĐKT",
        Role.CouncilSecretary => "Thư ký Hội đồng TĐKT",
        Role.Signer => "Lãnh đạo ký quyết định",
        Role.Admin => "Quản trị hệ thống",
        Role.Viewer => "Người xem",
    };
}
