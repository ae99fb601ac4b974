namespace Tdkt.Web.Data.Synthetic;

/// <summary>Vietnamese names for the synthetic data set: the 34 provinces after the 2025 merger with their commune counts
/// (Resolutions of the Standing Committee of the National Assembly, June 2025; about 3,321 in all), family names by
/// their frequency in the population (Nguyễn about 38 %, Trần 12 %, Lê 9.5 % …), and middle and given names by gender.
/// Every name is a pure function of an id and the fixed seed, so nothing is kept in memory.</summary>
public static class SyntheticNames
{
    public static readonly (string Name, bool City, int Communes)[] Provinces =
    [
        ("Hà Nội", true, 126), ("Huế", true, 40), ("Lai Châu", false, 38), ("Điện Biên", false, 45), ("Sơn La", false, 75),
        ("Lạng Sơn", false, 65), ("Quảng Ninh", false, 54), ("Thanh Hóa", false, 166), ("Nghệ An", false, 130),
        ("Hà Tĩnh", false, 69), ("Cao Bằng", false, 56), ("Tuyên Quang", false, 124), ("Lào Cai", false, 99),
        ("Thái Nguyên", false, 92), ("Phú Thọ", false, 148), ("Bắc Ninh", false, 99), ("Hưng Yên", false, 104),
        ("Hải Phòng", true, 114), ("Ninh Bình", false, 129), ("Quảng Trị", false, 78), ("Đà Nẵng", true, 94),
        ("Quảng Ngãi", false, 96), ("Gia Lai", false, 135), ("Khánh Hòa", false, 65), ("Lâm Đồng", false, 124),
        ("Đắk Lắk", false, 102), ("Hồ Chí Minh", true, 168), ("Đồng Nai", false, 95), ("Tây Ninh", false, 96),
        ("Cần Thơ", true, 103), ("Vĩnh Long", false, 124), ("Đồng Tháp", false, 102), ("Cà Mau", false, 64),
        ("An Giang", false, 102),
    ];

    /// <summary>Share per 10,000 people; the rest (about 4 %) spreads over <see cref="RareFamilies"/>.</summary>
    private static readonly (string Name, int Per10000)[] Families =
    [
        ("Nguyễn", 3840), ("Trần", 1210), ("Lê", 950), ("Phạm", 700), ("Hoàng", 350), ("Huỳnh", 160), ("Phan", 450),
        ("Vũ", 200), ("Võ", 190), ("Đặng", 210), ("Bùi", 200), ("Đỗ", 140), ("Hồ", 130), ("Ngô", 130), ("Dương", 100),
        ("Lý", 50), ("Đinh", 90), ("Trương", 80), ("Lâm", 50), ("Mai", 50), ("Đào", 50), ("Đoàn", 40), ("Cao", 30),
        ("Lương", 30), ("Hà", 40), ("Trịnh", 40), ("Tạ", 20),
    ];

    private static readonly string[] RareFamilies =
    [
        "Lò", "Giàng", "Vàng", "Tòng", "Hứa", "Chu", "Kiều", "Lưu", "Thái", "Quách", "Triệu", "Nông", "Lục", "Mạc", "Tô", "Văn",
        "Khổng", "Âu", "Thân", "Ninh", "Vi", "Sầm", "Cầm", "Hà", "Y", "Ksor", "Rơ Châm", "Thạch", "Danh", "Kim",
    ];

    private static readonly string[] MaleMiddle = ["Văn", "Văn", "Văn", "Đức", "Minh", "Hữu", "Quang", "Công", "Thành", "Xuân", "Ngọc", "Anh", "Tiến", "Mạnh"];
    private static readonly string[] FemaleMiddle = ["Thị", "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Hồng", "Kim", "Phương", "Minh", "Mỹ", "Bích", "Thúy"];

    private static readonly string[] MaleGiven =
    [
        "An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Huy", "Khánh", "Long", "Nam", "Phúc", "Quân", "Sơn", "Tâm", "Thắng",
        "Tuấn", "Trung", "Việt", "Vinh", "Hiếu", "Hoàng", "Kiên", "Lâm", "Lợi", "Minh", "Nghĩa", "Phong", "Quang", "Thành", "Toàn", "Tú",
    ];

    private static readonly string[] FemaleGiven =
    [
        "Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hiền", "Hoa", "Hương", "Huyền", "Lan", "Liên", "Linh", "Loan", "Mai", "My",
        "Nga", "Ngân", "Nhung", "Oanh", "Phương", "Quỳnh", "Thảo", "Thu", "Thủy", "Trang", "Tuyết", "Uyên", "Vân", "Xuân", "Yến", "Hằng",
    ];

    private static readonly string[] PlaceFirst =
    [
        "Tân", "Hòa", "An", "Phú", "Bình", "Long", "Thạnh", "Vĩnh", "Hưng", "Đông", "Tây", "Nam", "Bắc", "Trung", "Quang", "Minh",
        "Đức", "Thuận", "Phước", "Mỹ", "Thanh", "Kim", "Yên", "Hồng", "Xuân", "Cẩm", "Lạc", "Đại", "Quảng", "Thái",
    ];

    private static readonly string[] PlaceSecond =
    [
        "Phong", "Lợi", "Thịnh", "Hòa", "Bình", "An", "Sơn", "Hải", "Lộc", "Phú", "Thành", "Tiến", "Long", "Hưng", "Khánh", "Điền",
        "Mỹ", "Xuyên", "Giang", "Lâm", "Nghĩa", "Đông", "Tây", "Trung", "Thủy", "Hiệp", "Tân", "Quý", "Châu", "Đồng",
    ];

    public static readonly string[] Agencies =
    [
        "Sở Nội vụ", "Sở Tài chính", "Sở Xây dựng", "Sở Nông nghiệp và Môi trường", "Sở Giáo dục và Đào tạo", "Sở Y tế",
        "Sở Công Thương", "Sở Khoa học và Công nghệ", "Sở Văn hóa, Thể thao và Du lịch", "Sở Tư pháp", "Sở Dân tộc và Tôn giáo",
        "Thanh tra tỉnh", "Văn phòng UBND tỉnh", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Ủy ban MTTQ Việt Nam tỉnh",
        "Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh", "Hội Nông dân tỉnh", "Liên đoàn Lao động tỉnh",
    ];

    private static readonly string[] CommuneUnits =
    [
        "Trường Mầm non", "Trường Tiểu học", "Trường THCS", "Trạm Y tế", "Hội Nông dân xã", "Đoàn Thanh niên xã",
        "Hội Liên hiệp Phụ nữ xã", "Hội Cựu chiến binh xã", "Công an xã", "Ban Chỉ huy Quân sự xã", "Trường THPT", "Trung tâm Phục vụ hành chính công",
    ];

    private static readonly string[] AgencyUnits =
    [
        "Văn phòng", "Phòng Tổ chức cán bộ", "Phòng Kế hoạch - Tài chính", "Thanh tra", "Phòng Nghiệp vụ 1", "Phòng Nghiệp vụ 2",
        "Trung tâm Dịch vụ", "Trung tâm Thông tin", "Chi cục", "Ban Quản lý dự án", "Phòng Pháp chế", "Trung tâm Đào tạo",
    ];

    private static readonly string[] Positions = ["Chuyên viên", "Giáo viên", "Nhân viên", "Phó Trưởng phòng", "Trưởng phòng", "Bác sĩ", "Điều dưỡng", "Kế toán"];

    private static readonly string[] WeightedFamilies = BuildWeightedFamilies();

    public static string Place(ulong key) =>
        $"{PlaceFirst[(int)(Mix(key, 1) % (ulong)PlaceFirst.Length)]} {PlaceSecond[(int)(Mix(key, 2) % (ulong)PlaceSecond.Length)]}";

    public static string CommuneUnit(int index, string place) => $"{CommuneUnits[index % CommuneUnits.Length]} {place}" + (index >= CommuneUnits.Length ? $" số {index / CommuneUnits.Length + 1}" : string.Empty);

    public static string AgencyUnit(int index, string agency) => $"{AgencyUnits[index % AgencyUnits.Length]} - {agency}";

    public static bool IsFemale(ulong key) => Mix(key, 3) % 100 < 49;

    public static string Person(ulong key)
    {
        var female = IsFemale(key);
        var family = WeightedFamilies[(int)(Mix(key, 4) % (ulong)WeightedFamilies.Length)];
        var middle = female ? FemaleMiddle : MaleMiddle;
        var given = female ? FemaleGiven : MaleGiven;
        return $"{family} {middle[(int)(Mix(key, 5) % (ulong)middle.Length)]} {given[(int)(Mix(key, 6) % (ulong)given.Length)]}";
    }

    public static string Position(ulong key) => Positions[(int)(Mix(key, 7) % (ulong)Positions.Length)];

    /// <summary>SplitMix64 of the key and a salt: a fixed, well-spread function (the data set's fixed seed is part of every key).</summary>
    public static ulong Mix(ulong key, ulong salt)
    {
        var z = key * 0x9E3779B97F4A7C15UL + salt * 0xBF58476D1CE4E5B9UL + 0x2026_1202UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static string[] BuildWeightedFamilies()
    {
        var list = new List<string>(10_000);
        foreach (var (name, share) in Families)
        {
            list.AddRange(Enumerable.Repeat(name, share));
        }

        var i = 0;
        while (list.Count < 10_000)
        {
            list.Add(RareFamilies[i++ % RareFamilies.Length]);
        }

        return [.. list];
    }
}
