namespace Tdkt.Domain.Organizations;

/// <summary>Kinds of unit in the administrative tree (cơ cấu tổ chức). Stored as strings.</summary>
public enum OrgUnitKind
{
    /// <summary>Tỉnh, thành phố trực thuộc trung ương (and its UBND).</summary>
    Province,
    /// <summary>Sở, ban, ngành, đoàn thể cấp tỉnh.</summary>
    ProvincialAgency,
    /// <summary>Huyện, thị xã, thành phố thuộc tỉnh: historic since 01/07/2025.</summary>
    District,
    /// <summary>Phòng, ban chuyên môn of a district or commune (Phòng Nội vụ...).</summary>
    Department,
    /// <summary>Xã, phường, thị trấn, đặc khu.</summary>
    Commune,
    /// <summary>Đơn vị sự nghiệp công lập: trường, bệnh viện, trung tâm.</summary>
    PublicServiceUnit,
    /// <summary>Doanh nghiệp.</summary>
    Enterprise,
    /// <summary>Tổ chức chính trị - xã hội (MTTQ, hội, đoàn).</summary>
    SocioPoliticalOrganization,
}

public static class OrgUnitKindNames
{
    public static string Vietnamese(this OrgUnitKind kind) => kind switch
    {
        OrgUnitKind.Province => "Tỉnh, thành phố",
        OrgUnitKind.ProvincialAgency => "Sở, ban, ngành",
        OrgUnitKind.District => "Huyện, thành phố thuộc tỉnh (trước 01/07/2025)",
        OrgUnitKind.Department => "Phòng, ban chuyên môn",
        OrgUnitKind.Commune => "Xã, phường, thị trấn, đặc khu",
        OrgUnitKind.PublicServiceUnit => "Đơn vị sự nghiệp (trường, bệnh viện…)",
        OrgUnitKind.Enterprise => "Doanh nghiệp",
        OrgUnitKind.SocioPoliticalOrganization => "Tổ chức chính trị - xã hội",
    };

    /// <summary>Accepts the code ("Commune") or the Vietnamese words used in CSV files ("xã", "phường"...).</summary>
    public static bool TryParse(string? text, out OrgUnitKind kind)
    {
        var t = Common.VietnameseText.Fold(text);
        if (Enum.TryParse(text?.Trim(), ignoreCase: true, out kind) && Enum.IsDefined(kind))
        {
            return true;
        }

        OrgUnitKind? found = t switch
        {
            "tinh" or "thanh pho truc thuoc trung uong" or "tinh, thanh pho" => OrgUnitKind.Province,
            "so" or "ban" or "nganh" or "so, ban, nganh" or "doan the tinh" => OrgUnitKind.ProvincialAgency,
            "huyen" or "thi xa" or "thanh pho thuoc tinh" => OrgUnitKind.District,
            "phong" or "phong, ban" or "phong ban chuyen mon" => OrgUnitKind.Department,
            "xa" or "phuong" or "thi tran" or "dac khu" => OrgUnitKind.Commune,
            "don vi su nghiep" or "truong" or "benh vien" or "trung tam" => OrgUnitKind.PublicServiceUnit,
            "doanh nghiep" => OrgUnitKind.Enterprise,
            "to chuc chinh tri - xa hoi" or "doan the" or "hoi" => OrgUnitKind.SocioPoliticalOrganization,
            _ => null,
        };
        kind = found ?? default;
        return found is not null;
    }
}
