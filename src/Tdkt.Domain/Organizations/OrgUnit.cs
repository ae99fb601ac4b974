using System.Text.RegularExpressions;
using Tdkt.Domain.Common;

namespace Tdkt.Domain.Organizations;

/// <summary>
/// A unit of the administrative tree (đơn vị). Units are never deleted: they close (ValidTo) and may
/// point to successors, so a decision of 2023 still names the unit as it was then.
/// </summary>
public sealed partial class OrgUnit
{
    public const int CodeMaxLength = 32;
    public const int NameMaxLength = 250;

    private OrgUnit()
    {
        Code = string.Empty;
        Name = string.Empty;
        Path = string.Empty;
    }

    public int Id { get; private set; }
    public string Code { get; private set; }
    public string Name { get; private set; }
    public OrgUnitKind Kind { get; private set; }
    public int? ParentId { get; private set; }
    public OrgUnit? Parent { get; private set; }

    /// <summary>Materialized path of ids from the root, e.g. "/1/5/23/" (see <see cref="OrgPath"/>).</summary>
    public string Path { get; private set; }

    /// <summary>First day the unit exists (inclusive).</summary>
    public DateOnly ValidFrom { get; private set; }

    /// <summary>Last day the unit exists (inclusive); null while it still exists.</summary>
    public DateOnly? ValidTo { get; private set; }

    /// <summary>Optimistic concurrency token (PostgreSQL xmin).</summary>
    public uint Version { get; private set; }

    public bool IsOpenOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);

    public bool IsClosed => ValidTo is not null;

    public static Result<OrgUnit> Create(string code, string name, OrgUnitKind kind, OrgUnit? parent,
        DateOnly validFrom, DateOnly? validTo)
    {
        var unit = new OrgUnit { Kind = kind };
        var error = unit.Apply(code, name, kind, validFrom, validTo)
            ?? CheckParent(parent, validFrom, validTo);
        if (error is not null)
        {
            return error;
        }

        unit.Parent = parent;
        unit.ParentId = parent?.Id;
        return unit;
    }

    /// <summary>Sets the path once the id is known (ids come from a HiLo sequence on Add).</summary>
    public void PlaceInTree()
    {
        if (Id <= 0)
        {
            throw new InvalidOperationException("The unit needs its id before its path.");
        }

        Path = Parent is null ? OrgPath.Root(Id) : OrgPath.Child(Parent.Path, Id);
    }

    public Result Edit(string code, string name, OrgUnitKind kind, DateOnly validFrom, DateOnly? validTo)
    {
        var error = Validate(code, name, validFrom, validTo) ?? CheckParent(Parent, validFrom, validTo);
        if (error is not null)
        {
            return error;
        }

        Apply(code, name, kind, validFrom, validTo);
        return Result.Success();
    }

    /// <summary>Moves this unit (and so its subtree) under <paramref name="newParent"/>.
    /// The caller rebases the descendants' paths from the returned old path.</summary>
    public Result<string> MoveUnder(OrgUnit newParent)
    {
        ArgumentNullException.ThrowIfNull(newParent);
        if (newParent.Id == Id || OrgPath.IsWithin(newParent.Path, Path))
        {
            return new ValidationError("ParentId",
                "Không thể chuyển đơn vị vào chính nó hoặc vào một đơn vị cấp dưới của nó. Hãy chọn đơn vị cha khác.");
        }

        if (newParent.Id == ParentId)
        {
            return new ValidationError("ParentId", "Đơn vị đã trực thuộc đơn vị cha này. Hãy chọn đơn vị cha khác.");
        }

        var error = CheckParent(newParent, ValidFrom, ValidTo);
        if (error is not null)
        {
            return error;
        }

        var oldPath = Path;
        Parent = newParent;
        ParentId = newParent.Id;
        Path = OrgPath.Child(newParent.Path, Id);
        return oldPath;
    }

    /// <summary>Closes the unit on <paramref name="lastDay"/> (giải thể, sáp nhập...).</summary>
    public Result Close(DateOnly lastDay, bool hasOpenChildren)
    {
        if (ValidTo is not null)
        {
            return new ConflictError($"Đơn vị đã ngừng hoạt động từ ngày {ViFormat.Date(ValidTo)}.");
        }

        if (lastDay < ValidFrom)
        {
            return new ValidationError("ValidTo",
                $"Ngày kết thúc phải từ ngày {ViFormat.Date(ValidFrom)} (ngày bắt đầu hiệu lực) trở đi.");
        }

        if (hasOpenChildren)
        {
            return new ValidationError("ValidTo",
                "Đơn vị còn đơn vị trực thuộc đang hoạt động. Hãy chuyển hoặc đóng các đơn vị trực thuộc trước.");
        }

        ValidTo = lastDay;
        return Result.Success();
    }

    public static ValidationError? Validate(string? code, string? name, DateOnly validFrom, DateOnly? validTo)
    {
        var c = (code ?? string.Empty).Trim();
        if (c.Length == 0)
        {
            return new ValidationError("Code", "Mã đơn vị là bắt buộc. Hãy nhập mã, ví dụ: LCH-SNV.");
        }

        if (c.Length > CodeMaxLength || !CodePattern().IsMatch(c))
        {
            return new ValidationError("Code",
                $"Mã đơn vị chỉ gồm chữ cái không dấu, chữ số, dấu gạch ngang (-), gạch dưới (_) hoặc dấu chấm, tối đa {CodeMaxLength} ký tự.");
        }

        var n = VietnameseText.Normalize(name);
        if (n.Length == 0)
        {
            return new ValidationError("Name", "Tên đơn vị là bắt buộc. Hãy nhập tên đầy đủ của đơn vị.");
        }

        if (n.Length > NameMaxLength)
        {
            return new ValidationError("Name", $"Tên đơn vị tối đa {NameMaxLength} ký tự. Hãy rút gọn tên.");
        }

        if (validTo is { } to && to < validFrom)
        {
            return new ValidationError("ValidTo",
                $"Ngày kết thúc ({ViFormat.Date(to)}) không được trước ngày bắt đầu ({ViFormat.Date(validFrom)}). Hãy sửa lại ngày kết thúc.");
        }

        return null;
    }

    private static ValidationError? CheckParent(OrgUnit? parent, DateOnly validFrom, DateOnly? validTo)
    {
        if (parent is null)
        {
            return null;
        }

        if (validFrom < parent.ValidFrom)
        {
            return new ValidationError("ValidFrom",
                $"Ngày bắt đầu không được trước ngày bắt đầu của đơn vị cha ({ViFormat.Date(parent.ValidFrom)}).");
        }

        if (parent.ValidTo is { } parentEnd && (validTo is null || validTo > parentEnd))
        {
            return new ValidationError("ParentId",
                $"Đơn vị cha \"{parent.Name}\" đã ngừng hoạt động từ ngày {ViFormat.Date(parentEnd)}; đơn vị trực thuộc phải kết thúc không muộn hơn ngày đó. Hãy chọn đơn vị cha khác.");
        }

        return null;
    }

    private ValidationError? Apply(string code, string name, OrgUnitKind kind, DateOnly validFrom, DateOnly? validTo)
    {
        var error = Validate(code, name, validFrom, validTo);
        if (error is not null)
        {
            return error;
        }

        Code = code.Trim().ToUpperInvariant();
        Name = VietnameseText.Normalize(name);
        Kind = kind;
        ValidFrom = validFrom;
        ValidTo = validTo;
        return null;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex CodePattern();
}
