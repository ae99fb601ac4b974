using System.Text;
using Tdkt.Domain.Common;

namespace Tdkt.Domain.Emulation;

public enum ExemplaryKind
{
    /// <summary>Cá nhân điển hình tiên tiến.</summary>
    Individual,
    /// <summary>Tập thể điển hình tiên tiến.</summary>
    Collective,
    /// <summary>Hộ gia đình.</summary>
    Household,
    /// <summary>Mô hình hay, sáng kiến, cách làm hiệu quả.</summary>
    Model,
    /// <summary>Người tốt, việc tốt.</summary>
    GoodDeed,
}

public static class ExemplaryKindNames
{
    public static string Vietnamese(this ExemplaryKind k) => k switch
    {
        ExemplaryKind.Individual => "Cá nhân điển hình tiên tiến",
        ExemplaryKind.Collective => "Tập thể điển hình tiên tiến",
        ExemplaryKind.Household => "Hộ gia đình tiêu biểu",
        ExemplaryKind.Model => "Mô hình hay, sáng kiến",
        ExemplaryKind.GoodDeed => "Người tốt, việc tốt",
    };
}

/// <summary>What a person enters for an exemplary model (điển hình tiên tiến, mô hình hay, người tốt việc tốt).</summary>
public sealed record ExemplaryModelData(ExemplaryKind Kind, string? Name, string? Description, int Year, string? Movement,
    bool Honoured, string? HonouredAt, string? InternalNote, bool IsPublic);

/// <summary>
/// A registry entry: discovered in a movement, described, maybe honoured at an event, optionally published on
/// a public page (/dien-hinh/{slug}) that shows only name, unit, year and description.
/// </summary>
public sealed class ExemplaryModel
{
    public const int NameMax = 250;
    public const int DescriptionMax = 8000;
    public const int TextMax = 500;
    private readonly List<ExemplaryPhoto> _photos = [];

    private ExemplaryModel()
    {
        Name = string.Empty;
        Description = string.Empty;
        Slug = string.Empty;
    }

    public int Id { get; private set; }
    public ExemplaryKind Kind { get; private set; }
    public string Name { get; private set; }
    public string Description { get; private set; }
    public int OrgUnitId { get; private set; }
    public int Year { get; private set; }

    /// <summary>Phong trào thi đua, as text until movements are linked.</summary>
    public string? Movement { get; private set; }
    public bool Honoured { get; private set; }

    /// <summary>Được biểu dương tại (hội nghị, sự kiện), as text until conferences are linked.</summary>
    public string? HonouredAt { get; private set; }

    /// <summary>Ghi chú nội bộ (liên hệ, địa chỉ…): never on the public page.</summary>
    public string? InternalNote { get; private set; }
    public bool IsPublic { get; private set; }
    public string Slug { get; private set; }
    public IReadOnlyList<ExemplaryPhoto> Photos => _photos;
    public uint Version { get; private set; }

    public static Result<ExemplaryModel> Create(int orgUnitId, ExemplaryModelData data)
    {
        var m = new ExemplaryModel { OrgUnitId = orgUnitId };
        var r = m.Apply(data);
        if (r.IsFailure)
        {
            return r.Error!;
        }

        m.Slug = MakeSlug(m.Name, m.Year);
        return m;
    }

    public Result Edit(ExemplaryModelData data) => Apply(data);

    /// <summary>Another slug when the first one is taken ("ten-2023-2").</summary>
    public void UseSlugSuffix(int n) => Slug = $"{MakeSlug(Name, Year)}-{n}";

    public Result AddPhoto(int fileId, string? caption)
    {
        if (_photos.Count >= 20)
        {
            return new ValidationError("Photo", "Mỗi điển hình có tối đa 20 ảnh.");
        }

        var c = VietnameseText.Normalize(caption);
        if (c.Length > TextMax)
        {
            return new ValidationError("Caption", $"Chú thích ảnh tối đa {TextMax} ký tự.");
        }

        _photos.Add(new ExemplaryPhoto(fileId, c.Length == 0 ? null : c));
        return Result.Success();
    }

    private Result Apply(ExemplaryModelData d)
    {
        var name = VietnameseText.Normalize(d.Name);
        if (name.Length is 0 or > NameMax)
        {
            return new ValidationError("Name", $"Tên điển hình (cá nhân, tập thể, hộ, mô hình) là bắt buộc, tối đa {NameMax} ký tự.");
        }

        var desc = (d.Description ?? string.Empty).Trim().Normalize(NormalizationForm.FormC);
        if (desc.Length is 0 or > DescriptionMax)
        {
            return new ValidationError("Description", $"Mô tả thành tích, cách làm là bắt buộc, tối đa {DescriptionMax} ký tự.");
        }

        if (d.Year is < 1945 or > 2100)
        {
            return new ValidationError("Year", "Năm phải từ 1945 đến 2100, ví dụ 2023.");
        }

        var movement = VietnameseText.Normalize(d.Movement);
        var honouredAt = VietnameseText.Normalize(d.HonouredAt);
        if (movement.Length > TextMax)
        {
            return new ValidationError("Movement", $"Phong trào thi đua tối đa {TextMax} ký tự.");
        }

        if (honouredAt.Length > TextMax)
        {
            return new ValidationError("HonouredAt", $"Sự kiện biểu dương tối đa {TextMax} ký tự.");
        }

        if (d.Honoured && honouredAt.Length == 0)
        {
            return new ValidationError("HonouredAt", "Đã được biểu dương thì hãy ghi tại hội nghị, sự kiện nào.");
        }

        var note = (d.InternalNote ?? string.Empty).Trim();
        if (note.Length > 2000)
        {
            return new ValidationError("InternalNote", "Ghi chú nội bộ tối đa 2000 ký tự.");
        }

        Kind = d.Kind;
        Name = name;
        Description = desc;
        Year = d.Year;
        Movement = movement.Length == 0 ? null : movement;
        Honoured = d.Honoured;
        HonouredAt = d.Honoured ? honouredAt : null;
        InternalNote = note.Length == 0 ? null : note;
        IsPublic = d.IsPublic;
        return Result.Success();
    }

    /// <summary>"Mô hình Dân vận khéo" 2023 → "mo-hinh-dan-van-kheo-2023" (ASCII, lower case, hyphens).</summary>
    public static string MakeSlug(string name, int year)
    {
        var folded = VietnameseText.Fold(name);
        var sb = new StringBuilder();
        foreach (var ch in folded)
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                sb.Append(ch);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        var core = sb.ToString().Trim('-');
        if (core.Length > 80)
        {
            core = core[..80].TrimEnd('-');
        }

        return core.Length == 0 ? $"dien-hinh-{year}" : $"{core}-{year}";
    }
}

public sealed class ExemplaryPhoto
{
    private ExemplaryPhoto() { }

    internal ExemplaryPhoto(int fileId, string? caption)
    {
        FileId = fileId;
        Caption = caption;
    }

    public int Id { get; private set; }
    public int ModelId { get; private set; }
    public int FileId { get; private set; }
    public string? Caption { get; private set; }
}
