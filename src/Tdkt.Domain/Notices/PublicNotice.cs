using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;
using Tdkt.Domain.Nominations;

namespace Tdkt.Domain.Notices;

/// <summary>
/// A public notice (thông báo công khai, lấy ý kiến): the list of accepted nominees of one appraising body, posted on
/// the public page from <see cref="StartDate"/> to the end of <see cref="EndDate"/> (both inclusive). Published once;
/// its entries are a snapshot of the public fields only (no citizen ID, no birth date beyond the year).
/// </summary>
public sealed class PublicNotice
{
    public const int TitleMaxLength = 300;

    private PublicNotice()
    {
        Title = string.Empty;
        PublishedByName = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>The appraising (receiving) body that publishes it; staff scope is a grant on exactly this unit.</summary>
    public int OrgUnitId { get; private set; }

    public string Title { get; private set; }
    public DateOnly StartDate { get; private set; }

    /// <summary>Last day of the posting (inclusive), in working days from <see cref="StartDate"/>.</summary>
    public DateOnly EndDate { get; private set; }

    public int WorkingDays { get; private set; }
    public DateTimeOffset PublishedAt { get; private set; }
    public string? PublishedByUserId { get; private set; }
    public string PublishedByName { get; private set; }

    public bool IsOpen(DateOnly today) => StartDate <= today && today <= EndDate;

    public bool HasEnded(DateOnly today) => today > EndDate;

    public static Result<PublicNotice> Publish(int bodyUnitId, string? title, DateOnly? start, DateOnly today,
        PublicNoticePolicy policy, WorkingCalendar calendar, int nomineeCount, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(actor);
        var t = VietnameseText.Normalize(title);
        if (t.Length == 0)
        {
            return new ValidationError("Title", "Hãy nhập tiêu đề thông báo, ví dụ \"Lấy ý kiến nhân dân đề nghị tặng Huân chương Lao động năm 2024\".");
        }

        if (t.Length > TitleMaxLength)
        {
            return new ValidationError("Title", $"Tiêu đề thông báo dài tối đa {TitleMaxLength} ký tự.");
        }

        if (start is not { } s)
        {
            return new ValidationError("StartDate", "Hãy nhập ngày bắt đầu công khai (dd/MM/yyyy).");
        }

        if (s < today)
        {
            return new ValidationError("StartDate", $"Ngày bắt đầu công khai không được trước hôm nay ({ViFormat.Date(today)}).");
        }

        if (s > today.AddDays(90))
        {
            return new ValidationError("StartDate", "Ngày bắt đầu công khai chỉ được trong vòng 90 ngày tới.");
        }

        if (nomineeCount == 0)
        {
            return new ValidationError("NomineeIds", "Hãy chọn ít nhất một đối tượng để công khai.");
        }

        return new PublicNotice
        {
            OrgUnitId = bodyUnitId,
            Title = t,
            StartDate = s,
            WorkingDays = policy.WorkingDays,
            EndDate = PublicNoticePolicy.EndOf(s, policy.WorkingDays, calendar),
            PublishedAt = actor.At,
            PublishedByUserId = actor.UserId,
            PublishedByName = actor.Name,
        };
    }
}

/// <summary>One nominee on a notice, as published: name, kind, birth year, unit, proposed form and achievement.</summary>
public sealed class PublicNoticeEntry
{
    private PublicNoticeEntry()
    {
        Name = string.Empty;
        UnitName = string.Empty;
        AwardName = string.Empty;
        Achievement = string.Empty;
    }

    public int Id { get; private set; }
    public int NoticeId { get; private set; }
    public int DossierId { get; private set; }

    /// <summary>Unique: a nominee is published at most once.</summary>
    public int NomineeId { get; private set; }

    public SubjectKind Kind { get; private set; }
    public string Name { get; private set; }

    /// <summary>Year only (never the full birth date).</summary>
    public int? BirthYear { get; private set; }

    public string UnitName { get; private set; }
    public string AwardName { get; private set; }
    public string Achievement { get; private set; }

    /// <summary>Copies only the public fields; the citizen ID and everything else personal stay behind.</summary>
    public static PublicNoticeEntry From(PublicNotice notice, Nominee nominee, string unitName, string awardName)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(nominee);
        return new PublicNoticeEntry
        {
            NoticeId = notice.Id,
            DossierId = nominee.DossierId,
            NomineeId = nominee.Id,
            Kind = nominee.Kind,
            Name = nominee.Name,
            BirthYear = nominee.Kind == SubjectKind.Individual ? nominee.BirthYear : null,
            UnitName = nominee.WorkUnit ?? unitName,
            AwardName = awardName,
            Achievement = nominee.Achievement,
        };
    }
}
