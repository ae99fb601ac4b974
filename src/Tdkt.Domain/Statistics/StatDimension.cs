namespace Tdkt.Domain.Statistics;

/// <summary>What a statistics table can be grouped by (nhóm theo).</summary>
public enum StatDimension
{
    /// <summary>Đơn vị: the direct sub-units of the chosen unit as of the chosen date (predecessors rolled into successors).</summary>
    Unit,
    /// <summary>Năm (of the decision date).</summary>
    Year,
    /// <summary>Danh hiệu, hình thức (award code).</summary>
    Form,
    /// <summary>Cấp khen thưởng: Trung ương, tỉnh, cơ sở (from the catalogue's deciding level).</summary>
    Level,
    /// <summary>Loại khen thưởng (công trạng, chuyên đề, đột xuất…).</summary>
    Kind,
    /// <summary>Đối tượng: cá nhân, tập thể, hộ gia đình.</summary>
    Subject,
    /// <summary>Phong trào thi đua or hội nghị the dossier answered.</summary>
    Movement,
    /// <summary>Cơ quan ban hành quyết định.</summary>
    Issuer,
}

public static class StatDimensions
{
    /// <summary>URL/API names, in the order shown in the form.</summary>
    public static readonly IReadOnlyList<(StatDimension Dimension, string Name)> All =
    [
        (StatDimension.Unit, "unit"), (StatDimension.Year, "year"), (StatDimension.Form, "form"), (StatDimension.Level, "level"),
        (StatDimension.Kind, "kind"), (StatDimension.Subject, "subject"), (StatDimension.Movement, "movement"), (StatDimension.Issuer, "issuer"),
    ];

    public static string Name(this StatDimension d) => All.First(x => x.Dimension == d).Name;

    public static string Vietnamese(this StatDimension d) => d switch
    {
        StatDimension.Unit => "Đơn vị",
        StatDimension.Year => "Năm",
        StatDimension.Form => "Danh hiệu, hình thức",
        StatDimension.Level => "Cấp khen thưởng",
        StatDimension.Kind => "Loại khen thưởng",
        StatDimension.Subject => "Đối tượng",
        StatDimension.Movement => "Phong trào, hội nghị",
        StatDimension.Issuer => "Cơ quan ban hành",
        _ => d.ToString(),
    };

    public static bool TryParse(string? text, out StatDimension dimension)
    {
        var t = (text ?? string.Empty).Trim();
        foreach (var (d, name) in All)
        {
            if (string.Equals(name, t, StringComparison.OrdinalIgnoreCase))
            {
                dimension = d;
                return true;
            }
        }

        dimension = default;
        return false;
    }
}
