namespace Tdkt.Domain.Planning.Import;

/// <summary>
/// What <see cref="PlanDocumentParser"/> could read from a published plan (Kế hoạch), to pre-fill a form that a
/// person reviews. Nothing here is trusted: every part may be null or empty, and <see cref="Warnings"/> says
/// (in Vietnamese) what could not be read.
/// </summary>
/// <remarks>
/// <para>Title: The subject line(s) after the "KẾ HOẠCH" heading, e.g. "Công tác Thi đua - Khen thưởng năm 2023".</para>
/// <para>DocumentNumber: The "Số:" line as written, e.g. "/KH-UBND" (the number is often still blank in drafts).</para>
/// <para>Year: The plan year: the date line's year, else the default year given to the parser.</para>
/// <para>IssuingBody: Guessed from the text ("Ủy ban nhân dân huyện Phong Thổ xây dựng Kế hoạch..."); null when not certain.</para>
/// <para>Preamble: Text between the title and the first section (legal bases and the introduction).</para>
/// </remarks>
public sealed record PlanDraft(
    string? Title,
    string? DocumentNumber,
    string? Place,
    PlanIssueDate? IssueDate,
    int? Year,
    string? IssuingBody,
    string Preamble,
    IReadOnlyList<LegalBasis> LegalBases,
    IReadOnlyList<DraftSection> Sections,
    IReadOnlyList<PlanTaskRow> Tasks,
    IReadOnlyList<DeadlineSentence> Deadlines,
    PlanParticipants? Participants,
    PlanBudget? Budget,
    PlanEvent? Event,
    PlanSigner? Signer,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The body above the issuer ("UBND TỈNH SƠN LA" above "SỞ GIÁO DỤC VÀ ĐÀO TẠO"), when the header names one.</summary>
    public string? ParentIssuer { get; init; }

    /// <summary>"KẾ HOẠCH", "QUYẾT ĐỊNH", "HƯỚNG DẪN"… as the header writes it.</summary>
    public string? DocumentKind { get; init; }

    /// <summary>Per field (title, number, place, date, year, issuer, parentIssuer, legalBases, sections, tasks, signer, recipients): 1 read where it belongs, 0.5–0.9 inferred, 0 absent.</summary>
    public IReadOnlyDictionary<string, double> Confidence { get; init; } = new Dictionary<string, double>();

    /// <summary>Words whose diacritics were put back from the dictionary (text without diacritics).</summary>
    public IReadOnlyList<string> RestoredWords { get; init; } = [];
}

/// <summary>"Phong Thổ, ngày tháng 3 năm 2023": parts left blank in the document are null.</summary>
public sealed record PlanIssueDate(int? Day, int? Month, int? Year, string Text)
{
    /// <summary>The full date when day, month and year are all filled in.</summary>
    public DateOnly? Date => Day is { } d && Month is { } m && Year is { } y && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
        ? new DateOnly(y, m, d)
        : null;
}

/// <summary>A document cited by the plan: "Quyết định số 666/QĐ-TTg ngày 02/6/2022".</summary>
public sealed record DocumentReference(string? Kind, string Number, DateOnly? Date);

/// <summary>One "Căn cứ / Thực hiện / Trên cơ sở" item of the preamble.</summary>
/// <remarks>
/// <para>Lead: "Căn cứ", "Thực hiện" or "Trên cơ sở" (the lead of the paragraph it came from).</para>
/// <para>Reference: The cited document when a number is given; null for "Căn cứ mục tiêu, nhiệm vụ...".</para>
/// </remarks>
public sealed record LegalBasis(string Lead, string Text, DocumentReference? Reference);

public enum DraftSectionKind
{
    /// <summary>Mục đích, yêu cầu.</summary>
    Purpose,
    /// <summary>Nội dung.</summary>
    Content,
    /// <summary>Giải pháp.</summary>
    Solutions,
    /// <summary>Tiến độ, thời gian.</summary>
    Schedule,
    /// <summary>Tổ chức thực hiện.</summary>
    Organisation,
    /// <summary>Kinh phí.</summary>
    Budget,
    /// <summary>Thành phần.</summary>
    Participants,
    Other,
}

/// <summary>A top-level section ("II. NỘI DUNG PHONG TRÀO THI ĐUA") with its body, one paragraph a line.</summary>
/// <remarks>
/// <para>Numeral: The roman numeral as written ("II").</para>
/// <para>Heading: The heading without numeral, marks or trailing colon.</para>
/// </remarks>
public sealed record DraftSection(string Numeral, string Heading, DraftSectionKind Kind, string Body);

/// <summary>One row of the task table (STT, Nội dung, Đơn vị chủ trì, Đơn vị phối hợp, Thời gian thực hiện).</summary>
/// <remarks>
/// <para>Number: The STT as written ("1").</para>
/// <para>Content: The content, one item a line.</para>
/// <para>ContentItems: The content split into its bullet items.</para>
/// <para>Group: The group heading row above it ("I. Công tác tuyên truyền"), when the table has such rows.</para>
/// </remarks>
public sealed record PlanTaskRow(
    string Number,
    string Content,
    IReadOnlyList<string> ContentItems,
    string? LeadUnit,
    IReadOnlyList<string> CoordinatingUnits,
    string TimeframeText,
    Timeframe Timeframe,
    string? Group);

/// <summary>A sentence of the body that sets a due date ("... trước ngày 24/11/2023").</summary>
/// <remarks>
/// <para>Phrase: The part of the sentence that gives the time ("trước ngày 24/11/2023").</para>
/// <para>Actor: Who must do it, when the sentence (or the heading above it) says so.</para>
/// <para>Recipient: To whom it goes ("về Sở Nội vụ", "báo cáo UBND tỉnh").</para>
/// <para>Section: The roman numeral of the section it was found in.</para>
/// </remarks>
public sealed record DeadlineSentence(string Sentence, string Phrase, Timeframe Timeframe, string? Actor, string? Recipient, string? Section);

/// <summary>The "Thành phần" part: expected total and the listed groups.</summary>
public sealed record PlanParticipants(int? ExpectedTotal, string? TotalText, IReadOnlyList<ParticipantGroup> Groups);

/// <summary>"Đại biểu tỉnh" with its bullet lines.</summary>
public sealed record ParticipantGroup(string Name, IReadOnlyList<string> Members);

/// <summary>The budget part. <see cref="AmountVnd"/> is null when the plan only names the source.</summary>
public sealed record PlanBudget(decimal? AmountVnd, string? AmountText, DocumentReference? Decision, string SourceText);

/// <summary>"Thời gian: Dự kiến trong tháng 12", "Địa điểm: ..." of a conference plan.</summary>
public sealed record PlanEvent(string? TimeText, Timeframe? Timeframe, string? Venue);

/// <summary>The signature block: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" and the name.</summary>
/// <remarks>
/// <para>Capacity: The capacity lines as written, top to bottom.</para>
/// <para>Position: The last capacity line ("PHÓ CHỦ TỊCH").</para>
/// </remarks>
public sealed record PlanSigner(IReadOnlyList<string> Capacity, string? Position, string? Name);
