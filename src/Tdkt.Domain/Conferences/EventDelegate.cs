using Tdkt.Domain.Common;

namespace Tdkt.Domain.Conferences;

/// <summary>Trả lời giấy mời.</summary>
public enum Rsvp
{
    NoAnswer,
    Accepted,
    Declined,
}

/// <summary>A person invited to an event: name, position, unit, the composition group; RSVP and check-in.</summary>
public sealed class EventDelegate
{
    public const int NameMaxLength = 200;

    private EventDelegate()
    {
        FullName = string.Empty;
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public string FullName { get; private set; }
    public string? Position { get; private set; }
    public string? UnitName { get; private set; }

    /// <summary>The composition group ("Đại biểu tỉnh") the person is counted in.</summary>
    public string? Group { get; private set; }

    public Rsvp Rsvp { get; private set; }
    public DateTimeOffset? CheckedInAt { get; private set; }
    public uint Version { get; private set; }

    public static Result<EventDelegate> Create(int eventId, string? fullName, string? position, string? unitName, string? group)
    {
        var name = VietnameseText.Normalize(fullName);
        if (name.Length == 0)
        {
            return new ValidationError("FullName", "Họ và tên đại biểu là bắt buộc.");
        }

        if (name.Length > NameMaxLength)
        {
            return new ValidationError("FullName", $"Họ và tên tối đa {NameMaxLength} ký tự.");
        }

        return new EventDelegate
        {
            EventId = eventId,
            FullName = name,
            Position = Clean(position),
            UnitName = Clean(unitName),
            Group = Clean(group),
            Rsvp = Rsvp.NoAnswer,
        };
    }

    public void RecordRsvp(Rsvp answer) => Rsvp = answer;

    /// <summary>Checks the delegate in on the day; a delegate who declined may still come (the answer becomes Accepted).</summary>
    public void CheckIn(DateTimeOffset at)
    {
        CheckedInAt ??= at;
        Rsvp = Rsvp.Accepted;
    }

    public void UndoCheckIn() => CheckedInAt = null;

    private static string? Clean(string? s)
    {
        var t = VietnameseText.Normalize(s);
        return t.Length == 0 ? null : t[..Math.Min(t.Length, 300)];
    }

    /// <summary>Lines "Họ và tên | Chức vụ | Đơn vị | Thành phần" for adding many delegates at once.</summary>
    public static Result<List<EventDelegate>> ParseLines(int eventId, string? text)
    {
        var list = new List<EventDelegate>();
        var n = 0;
        foreach (var line in Planning.LineList.Lines(text))
        {
            n++;
            var p = line.Split('|', StringSplitOptions.TrimEntries);
            var created = Create(eventId, p[0], p.ElementAtOrDefault(1), p.ElementAtOrDefault(2), p.ElementAtOrDefault(3));
            if (created.IsFailure)
            {
                return new ValidationError("Lines", $"Dòng {n}: {created.Error!.Message}");
            }

            list.Add(created.Value!);
        }

        return list;
    }
}

public static class RsvpNames
{
    public static string Vietnamese(this Rsvp r) => r switch
    {
        Rsvp.NoAnswer => "Chưa trả lời",
        Rsvp.Accepted => "Nhận lời",
        Rsvp.Declined => "Từ chối",
    };
}
