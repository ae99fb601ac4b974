using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;

namespace Tdkt.Domain.Nominations;

/// <summary>Where a nomination dossier (hồ sơ đề nghị khen thưởng) stands. See docs/workflow/nomination-states.md.</summary>
public enum DossierStatus
{
    Draft,
    Submitted,
    Returned,
    Received,
    UnderAppraisal,
    Appraised,
    CouncilRecorded,
    Decided,
    NotAwarded,
    Revoked,

    /// <summary>Đã trình cấp trên: the passed nominees for forms above this body's authority went up (ADR-0013).</summary>
    Escalated,
}

/// <summary>What someone does to a dossier; each action is one row of <see cref="Dossier.Transitions"/>.</summary>
public enum DossierAction
{
    Submit,
    Receive,
    Return,
    StartAppraisal,
    CompleteAppraisal,
    RecordCouncil,
    Issue,
    NotAward,
    Revoke,

    /// <summary>Trình cấp trên (ADR-0013).</summary>
    Escalate,

    /// <summary>The higher level's news that does not end it (received, returned, appraised…), on the original's timeline.</summary>
    HigherProgress,

    /// <summary>The higher level issued its decision (or, for the central level, the province recorded it).</summary>
    HigherDecided,

    /// <summary>The higher level decided not to award.</summary>
    HigherNotAwarded,

    /// <summary>The higher level revoked its decision.</summary>
    HigherRevoked,

    /// <summary>Gia hạn nộp: the receiving body moves this dossier's deadline (reason kept); status unchanged.</summary>
    ExtendDeadline,

    /// <summary>Chấp nhận nộp muộn: the receiving body lets this dossier be submitted after its deadline (reason kept).</summary>
    AcceptLate,
}

/// <summary>
/// The dossier aggregate: proposing unit, receiving body, kind, deadline and its status. Every status change goes
/// through <see cref="Move"/> against the explicit transition table and yields a history row; the caller saves
/// both in one transaction with the row version (xmin) checked, so a transition happens exactly once.
/// </summary>
public sealed class Dossier
{
    public const int TitleMaxLength = 500;

    /// <summary>The whole transition table: (from, action) → to. Anything else is a <see cref="ConflictError"/>.</summary>
    public static readonly IReadOnlyDictionary<(DossierStatus From, DossierAction Action), DossierStatus> Transitions =
        new Dictionary<(DossierStatus, DossierAction), DossierStatus>
        {
            [(DossierStatus.Draft, DossierAction.Submit)] = DossierStatus.Submitted,
            [(DossierStatus.Returned, DossierAction.Submit)] = DossierStatus.Submitted,
            [(DossierStatus.Submitted, DossierAction.Receive)] = DossierStatus.Received,
            [(DossierStatus.Submitted, DossierAction.Return)] = DossierStatus.Returned,
            [(DossierStatus.Received, DossierAction.Return)] = DossierStatus.Returned,
            [(DossierStatus.Received, DossierAction.StartAppraisal)] = DossierStatus.UnderAppraisal,
            [(DossierStatus.UnderAppraisal, DossierAction.CompleteAppraisal)] = DossierStatus.Appraised,
            [(DossierStatus.Appraised, DossierAction.RecordCouncil)] = DossierStatus.CouncilRecorded,
            [(DossierStatus.Appraised, DossierAction.Issue)] = DossierStatus.Decided,
            [(DossierStatus.CouncilRecorded, DossierAction.Issue)] = DossierStatus.Decided,
            [(DossierStatus.Appraised, DossierAction.NotAward)] = DossierStatus.NotAwarded,
            [(DossierStatus.CouncilRecorded, DossierAction.NotAward)] = DossierStatus.NotAwarded,
            [(DossierStatus.Decided, DossierAction.Revoke)] = DossierStatus.Revoked,

            // Escalation (ADR-0013). A dossier with nominees of its own level issues its decision first, then escalates the
            // rest from Decided (status unchanged, the history row says where it went).
            [(DossierStatus.Appraised, DossierAction.Escalate)] = DossierStatus.Escalated,
            [(DossierStatus.CouncilRecorded, DossierAction.Escalate)] = DossierStatus.Escalated,
            [(DossierStatus.Decided, DossierAction.Escalate)] = DossierStatus.Decided,
            [(DossierStatus.Escalated, DossierAction.HigherProgress)] = DossierStatus.Escalated,
            [(DossierStatus.Escalated, DossierAction.HigherDecided)] = DossierStatus.Decided,
            [(DossierStatus.Escalated, DossierAction.HigherNotAwarded)] = DossierStatus.NotAwarded,
            [(DossierStatus.Decided, DossierAction.HigherRevoked)] = DossierStatus.Revoked,

            // Deadlines belong to the receiving body (Deadlines): status unchanged, the history row keeps the reason.
            [(DossierStatus.Draft, DossierAction.ExtendDeadline)] = DossierStatus.Draft,
            [(DossierStatus.Returned, DossierAction.ExtendDeadline)] = DossierStatus.Returned,
            [(DossierStatus.Draft, DossierAction.AcceptLate)] = DossierStatus.Draft,
            [(DossierStatus.Returned, DossierAction.AcceptLate)] = DossierStatus.Returned,
        };

    /// <summary>Default supplement period after a return, in working days, when the appraiser gives no date.</summary>
    public const int DefaultSupplementWorkingDays = 10;

    private Dossier()
    {
        Title = string.Empty;
    }

    public int Id { get; private set; }
    public string Title { get; private set; }
    public int ProposingUnitId { get; private set; }

    /// <summary>The appraising body's unit at the deciding level (e.g. UBND thành phố, whose Phòng Nội vụ appraises).</summary>
    public int ReceivingUnitId { get; private set; }

    public CommendationKind Kind { get; private set; }
    public DecidingLevel DecidingLevel { get; private set; }
    public int? MovementId { get; private set; }

    /// <summary>A conference (hội nghị sơ kết, tổng kết) of the conferences module; no foreign key on purpose.</summary>
    public int? ConferenceId { get; private set; }

    public int Year { get; private set; }

    /// <summary>"Trước ngày …": submitting is allowed on days strictly before this one.</summary>
    public DateOnly? SubmitBefore { get; private set; }

    public DossierStatus Status { get; private set; }

    /// <summary>1 for the first submission, +1 for each resubmission after a return.</summary>
    public int Round { get; private set; }

    public string? ReturnReason { get; private set; }

    /// <summary>Hạn bổ sung: set by the appraiser on a return; a returned dossier is judged against it, not against
    /// the original deadline.</summary>
    public DateOnly? SupplementBefore { get; private set; }

    /// <summary>The receiving body accepted this dossier late (until its next submission).</summary>
    public bool LateAccepted { get; private set; }

    /// <summary>The deadline that applies now: the supplement deadline while returned, else the original.</summary>
    public DateOnly? EffectiveDeadline => Status == DossierStatus.Returned && SupplementBefore is { } s ? s : SubmitBefore;
    public DateOnly? ReceivedOn { get; private set; }

    /// <summary>Working days the appraisal may take (from the catalogue, 20 by default).</summary>
    public int AppraisalWorkingDays { get; private set; }

    /// <summary>Wording of the draft decision (trích yếu / điều 1), editable by the signer before issuing.</summary>
    public string? DecisionWording { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public uint Version { get; private set; }

    /// <summary>On a dossier made by escalation: the lower level's dossier it came from (hồ sơ gốc).</summary>
    public int? OriginDossierId { get; private set; }

    /// <summary>On an escalated original: the dossier addressed to the higher body in this system (hồ sơ trình cấp trên).</summary>
    public int? EscalatedDossierId { get; private set; }

    /// <summary>On an original escalated outside the system (central level): to whom, in Vietnamese.</summary>
    public string? EscalatedToExternal { get; private set; }

    /// <summary>The higher level's final outcome (decided or not awarded) has reached this dossier.</summary>
    public bool EscalationClosed { get; private set; }

    public bool IsEscalated => EscalatedDossierId is not null || EscalatedToExternal is not null;

    public bool IsEditableByUnit => Status is DossierStatus.Draft or DossierStatus.Returned;
    public bool IsFinal => Status is DossierStatus.Decided or DossierStatus.NotAwarded or DossierStatus.Revoked;

    public const int ExternalBodyMaxLength = 300;

    public static Result<Dossier> Create(string? title, int proposingUnitId, int receivingUnitId, CommendationKind kind,
        DecidingLevel level, int? movementId, int? conferenceId, int year, DateOnly? submitBefore, int appraisalWorkingDays,
        DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return new ValidationError("Title", "Hãy nhập tên hồ sơ, ví dụ \"Đề nghị khen thưởng sơ kết phong trào Vì người nghèo\".");
        }

        if (title.Trim().Length > TitleMaxLength)
        {
            return new ValidationError("Title", $"Tên hồ sơ dài tối đa {TitleMaxLength} ký tự.");
        }

        if (year is < 2000 or > 2200)
        {
            return new ValidationError("Year", "Năm khen thưởng không hợp lệ (ví dụ 2023).");
        }

        if (kind == CommendationKind.Thematic && movementId is null && conferenceId is null)
        {
            return new ValidationError("MovementId", "Khen thưởng theo đợt, chuyên đề cần gắn với một phong trào thi đua hoặc hội nghị.");
        }

        return new Dossier
        {
            Title = title.Trim(),
            ProposingUnitId = proposingUnitId,
            ReceivingUnitId = receivingUnitId,
            Kind = kind,
            DecidingLevel = level,
            MovementId = movementId,
            ConferenceId = conferenceId,
            Year = year,
            SubmitBefore = submitBefore,
            Status = DossierStatus.Draft,
            AppraisalWorkingDays = appraisalWorkingDays > 0 ? appraisalWorkingDays : 20,
            CreatedAt = now,
        };
    }

    public Result Rename(string? title, DateOnly? submitBefore)
    {
        if (!IsEditableByUnit)
        {
            return new ConflictError("Hồ sơ đã gửi, không sửa được. Hãy đợi cơ quan tiếp nhận trả lại nếu cần bổ sung.");
        }

        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > TitleMaxLength)
        {
            return new ValidationError("Title", $"Hãy nhập tên hồ sơ (tối đa {TitleMaxLength} ký tự).");
        }

        Title = title.Trim();
        SubmitBefore = submitBefore;
        return Result.Success();
    }

    /// <summary>Edits the header of a draft or returned dossier: title, kind, movement or conference. The deadline is not
    /// the clerk's to change (<see cref="Deadlines"/>); the caller passes the one that applies to the new target.</summary>
    public Result EditHeader(string? title, CommendationKind kind, int? movementId, int? conferenceId, DateOnly? submitBefore)
    {
        if (!IsEditableByUnit)
        {
            return new ConflictError("Hồ sơ đã gửi, không sửa được. Hãy đợi cơ quan tiếp nhận trả lại nếu cần bổ sung.");
        }

        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > TitleMaxLength)
        {
            return new ValidationError("Title", $"Hãy nhập tên hồ sơ (tối đa {TitleMaxLength} ký tự).");
        }

        if (kind == CommendationKind.Thematic && movementId is null && conferenceId is null)
        {
            return new ValidationError("MovementId", "Khen thưởng theo đợt, chuyên đề cần gắn với một phong trào thi đua hoặc hội nghị.");
        }

        Title = title.Trim();
        Kind = kind;
        MovementId = movementId;
        ConferenceId = conferenceId;
        SubmitBefore = submitBefore;
        return Result.Success();
    }

    /// <summary>Only a draft is deleted (a returned dossier has a history the body keeps).</summary>
    public Result CanDelete() => Status == DossierStatus.Draft
        ? Result.Success()
        : new ConflictError("Chỉ xóa được hồ sơ đang soạn, chưa gửi lần nào.");

    /// <summary>Bàn giao (ADR-0030): an open dossier of a closed unit is re-addressed to the successor as proposing
    /// unit and/or receiving body; status, history and deadlines stay.</summary>
    public Result HandOver(int closedUnitId, int successorId, int receivingBodyId)
    {
        if (IsFinal)
        {
            return new ConflictError("Hồ sơ đã kết thúc (đã có quyết định, không khen thưởng hoặc đã hủy): không bàn giao.");
        }

        if (ProposingUnitId != closedUnitId && ReceivingUnitId != closedUnitId)
        {
            return new ConflictError("Hồ sơ không thuộc đơn vị bàn giao.");
        }

        if (ProposingUnitId == closedUnitId)
        {
            ProposingUnitId = successorId;
        }

        ReceivingUnitId = receivingBodyId;
        return Result.Success();
    }

    public static bool CanMove(DossierStatus from, DossierAction action) => Transitions.ContainsKey((from, action));

    /// <summary>Submit (or resubmit): refused, with every reason listed, after the deadline, over quota or with parts missing.</summary>
    public Result<DossierTransition> Submit(SubmissionCheck check, DateOnly today, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(check);
        var problems = new List<string>();
        if (check.NomineeCount == 0)
        {
            problems.Add("hồ sơ chưa có người/tập thể nào được đề nghị");
        }

        if (!LateAccepted && EffectiveDeadline is { } limit && today >= limit)
        {
            problems.Add($"đã quá hạn nộp (trước ngày {ViFormat.Date(limit)})");
        }

        problems.AddRange(check.QuotaProblems);
        problems.AddRange(check.MissingParts);
        if (problems.Count > 0 && CanMove(Status, DossierAction.Submit))
        {
            return new ValidationError(string.Empty, "Chưa gửi được hồ sơ: " + string.Join("; ", problems) + ".");
        }

        var moved = Move(DossierAction.Submit, null, actor);
        if (moved.IsSuccess)
        {
            Round++;
            LateAccepted = false;
        }

        return moved;
    }

    /// <summary>Gia hạn nộp for this dossier by the receiving body: a date after today and a reason. While the dossier is
    /// returned the supplement deadline moves too.</summary>
    public Result<DossierTransition> ExtendDeadline(DateOnly? newDeadline, string? reason, DateOnly today, Actor actor)
    {
        if (!CanMove(Status, DossierAction.ExtendDeadline))
        {
            return new IllegalTransitionError(Status, DossierAction.ExtendDeadline);
        }

        var ok = Deadlines.CheckNew(newDeadline, reason, today, "Deadline", "hạn nộp mới");
        if (ok.IsFailure)
        {
            return ok.Error!;
        }

        var d = newDeadline!.Value;
        var old = EffectiveDeadline;
        SubmitBefore = Status == DossierStatus.Returned ? SubmitBefore : d;
        SupplementBefore = Status == DossierStatus.Returned ? d : SupplementBefore;
        var was = old is { } o ? $" (trước đây: trước ngày {ViFormat.Date(o)})" : string.Empty;
        return Move(DossierAction.ExtendDeadline, $"Gia hạn nộp đến trước ngày {ViFormat.Date(d)}{was}. Lý do: {reason!.Trim()}", actor);
    }

    /// <summary>Chấp nhận nộp muộn by the receiving body, with a reason: the next submission ignores the deadline.</summary>
    public Result<DossierTransition> AcceptLate(string? reason, Actor actor)
    {
        if (!CanMove(Status, DossierAction.AcceptLate))
        {
            return new IllegalTransitionError(Status, DossierAction.AcceptLate);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return new ValidationError("Reason", "Hãy ghi lý do chấp nhận nộp muộn (lưu trong quá trình xử lý hồ sơ và nhật ký).");
        }

        LateAccepted = true;
        return Move(DossierAction.AcceptLate, $"Chấp nhận nộp muộn. Lý do: {reason.Trim()}", actor);
    }

    public Result<DossierTransition> Receive(DateOnly today, Actor actor)
    {
        var moved = Move(DossierAction.Receive, null, actor);
        if (moved.IsSuccess)
        {
            ReceivedOn = today;
        }

        return moved;
    }

    public Result<DossierTransition> Return(string? reason, Actor actor) => Return(reason, null, null, actor);

    /// <summary>Trả lại để bổ sung with its own supplement deadline (hạn bổ sung), independent of the original deadline;
    /// <paramref name="supplementBefore"/> must be after <paramref name="today"/>.</summary>
    public Result<DossierTransition> Return(string? reason, DateOnly? supplementBefore, DateOnly? today, Actor actor)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return new ValidationError("Reason", "Hãy ghi lý do trả lại để đơn vị biết cần bổ sung gì.");
        }

        if (supplementBefore is { } s && today is { } t && s <= t)
        {
            return new ValidationError("SupplementBefore", $"Hạn bổ sung phải sau ngày hôm nay ({ViFormat.Date(t)}).");
        }

        var moved = Move(DossierAction.Return, reason.Trim(), actor);
        if (moved.IsSuccess && supplementBefore is not null)
        {
            SupplementBefore = supplementBefore; // shown as "Hạn bổ sung" on the dossier; the history row keeps the reason as given
        }

        return moved;
    }

    public Result<DossierTransition> StartAppraisal(Actor actor) => Move(DossierAction.StartAppraisal, null, actor);

    public Result<DossierTransition> CompleteAppraisal(IReadOnlyCollection<Nominee> nominees, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(nominees);
        if (nominees.Any(n => n.Verdict == NomineeVerdict.Pending) && CanMove(Status, DossierAction.CompleteAppraisal))
        {
            var pending = string.Join(", ", nominees.Where(n => n.Verdict == NomineeVerdict.Pending).Select(n => n.Name));
            return new ValidationError(string.Empty, $"Còn đối tượng chưa có kết quả thẩm định: {pending}.");
        }

        return Move(DossierAction.CompleteAppraisal, null, actor);
    }

    public Result<DossierTransition> RecordCouncil(IReadOnlyCollection<Nominee> nominees, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(nominees);
        var missing = nominees.Where(n => n.Verdict == NomineeVerdict.Accepted && n.Council is null).Select(n => n.Name).ToList();
        if (missing.Count > 0 && CanMove(Status, DossierAction.RecordCouncil))
        {
            return new ValidationError(string.Empty, $"Chưa nhập kết quả Hội đồng cho: {string.Join(", ", missing)}.");
        }

        return Move(DossierAction.RecordCouncil, null, actor);
    }

    /// <summary>Issue the decision; the caller has the number and the recipients (those accepted, and passed by the
    /// council where a ballot is needed).</summary>
    public Result<DossierTransition> Issue(int recipientCount, string number, Actor actor)
    {
        if (recipientCount == 0 && CanMove(Status, DossierAction.Issue))
        {
            return new ValidationError(string.Empty, "Không có đối tượng nào đủ điều kiện để ra quyết định khen thưởng; hãy chọn \"Không khen thưởng\".");
        }

        return Move(DossierAction.Issue, $"Quyết định số {number}", actor);
    }

    public Result<DossierTransition> NotAward(string? reason, Actor actor)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return new ValidationError("Reason", "Hãy ghi lý do không khen thưởng.");
        }

        return Move(DossierAction.NotAward, reason.Trim(), actor);
    }

    /// <summary>A revocation act (hủy bỏ, thu hồi — Law Art. 93) with its grounds: when it leaves no recipient of the
    /// decision standing the dossier moves to <see cref="DossierStatus.Revoked"/>; a partial one keeps the dossier
    /// decided and only adds the history row.</summary>
    public Result<DossierTransition> Revoke(string? grounds, bool revokesAll, Actor actor)
    {
        if (string.IsNullOrWhiteSpace(grounds))
        {
            return new ValidationError("Grounds", "Hãy ghi căn cứ, lý do hủy bỏ, thu hồi khen thưởng.");
        }

        if (revokesAll)
        {
            return Move(DossierAction.Revoke, grounds.Trim(), actor);
        }

        return Status == DossierStatus.Decided
            ? new DossierTransition(Id, Status, Status, DossierAction.Revoke, grounds.Trim(), actor)
            : new IllegalTransitionError(Status, DossierAction.Revoke);
    }

    /// <summary>
    /// Trình cấp trên (ADR-0013): <paramref name="higherCount"/> passed nominees are for forms above this body's authority;
    /// <paramref name="ownPending"/> passed nominees of its own level still wait for its decision (issue that first).
    /// Link the result with <see cref="LinkEscalation"/> or <see cref="LinkExternalEscalation"/> in the same transaction.
    /// </summary>
    public Result<DossierTransition> Escalate(int higherCount, int ownPending, string target, Actor actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        if (IsEscalated)
        {
            return new ConflictError("Hồ sơ đã được trình cấp trên. Có thể người khác vừa thực hiện — hãy tải lại trang.");
        }

        if (!CanMove(Status, DossierAction.Escalate))
        {
            return new IllegalTransitionError(Status, DossierAction.Escalate);
        }

        if (higherCount == 0)
        {
            return new ValidationError(string.Empty, "Không có đối tượng nào đã được thẩm định đạt (và Hội đồng thông qua) với hình thức thuộc thẩm quyền cấp trên để trình.");
        }

        if (ownPending > 0 && Status != DossierStatus.Decided)
        {
            return new ValidationError(string.Empty, $"Hồ sơ còn {ownPending} đối tượng thuộc thẩm quyền của cấp này: hãy ký ban hành quyết định cho các đối tượng đó trước, rồi trình cấp trên phần còn lại.");
        }

        return Move(DossierAction.Escalate, $"Trình cấp trên: {target} ({higherCount} đối tượng)", actor);
    }

    public void LinkEscalation(int higherDossierId) => EscalatedDossierId = higherDossierId;

    public void LinkExternalEscalation(string body) =>
        EscalatedToExternal = body.Length > ExternalBodyMaxLength ? body[..ExternalBodyMaxLength] : body;

    /// <summary>
    /// The dossier the higher body receives, proposed by the lower body that escalated <paramref name="origin"/>; the
    /// caller adds it (for its id) and then calls <see cref="SubmitEscalated"/> in the same transaction.
    /// </summary>
    public static Dossier CreateEscalated(Dossier origin, int lowerBodyId, int higherBodyId,
        string lowerBodyName, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(actor);
        var title = $"{lowerBodyName} trình: {origin.Title}";
        var d = new Dossier
        {
            Title = title.Length > TitleMaxLength ? title[..TitleMaxLength] : title,
            ProposingUnitId = lowerBodyId,
            ReceivingUnitId = higherBodyId,
            Kind = origin.Kind,
            DecidingLevel = DecidingLevel.Province,
            MovementId = origin.MovementId,
            ConferenceId = origin.ConferenceId,
            Year = origin.Year,
            Status = DossierStatus.Draft,
            AppraisalWorkingDays = origin.AppraisalWorkingDays,
            CreatedAt = actor.At,
            OriginDossierId = origin.Id,
        };
        return d;
    }

    /// <summary>Sent at once (round 1): the lower level's appraisal and council stand in for the submission checks.</summary>
    public Result<DossierTransition> SubmitEscalated(Actor actor)
    {
        if (OriginDossierId is null)
        {
            return new IllegalTransitionError(Status, DossierAction.Submit);
        }

        var moved = Move(DossierAction.Submit, "Hồ sơ trình cấp trên, gửi cùng lúc với việc trình", actor);
        if (moved.IsSuccess)
        {
            Round++;
        }

        return moved;
    }

    /// <summary>
    /// The higher level's news on this (original) dossier's timeline. A final outcome moves an Escalated dossier to
    /// Decided / NotAwarded, and a revocation of everything moves a dossier decided only by the higher level to Revoked;
    /// otherwise the row keeps the status (From = To), like a partial revocation.
    /// </summary>
    public DossierTransition RecordHigherOutcome(HigherOutcome outcome, bool hasOwnDecision, string text, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(text);
        var action = outcome switch
        {
            HigherOutcome.Decided => DossierAction.HigherDecided,
            HigherOutcome.NotAwarded => DossierAction.HigherNotAwarded,
            HigherOutcome.Revoked => DossierAction.HigherRevoked,
            HigherOutcome.Progress => DossierAction.HigherProgress,
        };
        var reason = text.Length > 2000 ? text[..2000] : text;
        if (outcome is HigherOutcome.Decided or HigherOutcome.NotAwarded)
        {
            EscalationClosed = true;
        }

        var moves = !(outcome == HigherOutcome.Revoked && hasOwnDecision);
        return moves && Move(action, reason, actor) is { IsSuccess: true } moved
            ? moved.Value!
            : new DossierTransition(Id, Status, Status, action, reason, actor);
    }

    public const int SubmissionNumberMaxLength = 60;
    public const int DecisionTextMaxLength = 4000;

    /// <summary>Số of the proposing unit's tờ trình ("05/TTr-UBND"), cited in the decision's "Xét đề nghị …".</summary>
    public string? SubmissionNumber { get; private set; }

    /// <summary>Date of the tờ trình (the day it was sent).</summary>
    public DateOnly? SubmissionDate { get; private set; }

    /// <summary>Trích yếu and Điều 1–3 as corrected by the signer on the decision preview; null = built from the data.</summary>
    public string? DecisionSummary { get; private set; }

    public string? DecisionArticle1 { get; private set; }
    public string? DecisionArticle2 { get; private set; }
    public string? DecisionArticle3 { get; private set; }

    /// <summary>Records the tờ trình's number and date; the date may not lie after <paramref name="today"/>.</summary>
    public Result RecordSubmissionLetter(string? number, DateOnly? date, DateOnly today)
    {
        if (IsFinal)
        {
            return new ConflictError("Hồ sơ đã có kết quả; không sửa được số, ngày tờ trình.");
        }

        var n = string.IsNullOrWhiteSpace(number) ? null : number.Trim();
        if (n is not null && (n.Length > SubmissionNumberMaxLength || !n.Contains('/', StringComparison.Ordinal)))
        {
            return new ValidationError("submissionNumber", "Số tờ trình phải có dạng “05/TTr-UBND” (số/ký hiệu), tối đa 60 ký tự.");
        }

        if (date is { } d && d > today)
        {
            return new ValidationError("submissionDate", $"Ngày tờ trình {Common.ViFormat.Date(d)} sau ngày hôm nay; hãy nhập ngày đã gửi tờ trình.");
        }

        if (n is not null && date is null)
        {
            return new ValidationError("submissionDate", "Hãy nhập ngày của tờ trình cùng với số tờ trình.");
        }

        SubmissionNumber = n;
        SubmissionDate = date;
        return Result.Success();
    }

    /// <summary>The signer's corrected trích yếu and Điều 1–3 before issuing; each must be a real text (not empty, not
    /// a placeholder such as “…” or “[nhập nội dung]”).</summary>
    public Result EditDecisionText(string? summary, string? article1, string? article2, string? article3)
    {
        if (Status is not (DossierStatus.Appraised or DossierStatus.CouncilRecorded))
        {
            return new ConflictError("Chỉ sửa được dự thảo quyết định trước khi ban hành.");
        }

        foreach (var (field, label, text) in new[] { ("summary", "Trích yếu", summary), ("article1", "Điều 1", article1), ("article2", "Điều 2", article2), ("article3", "Điều 3", article3) })
        {
            if (Documents.DocumentText.IsPlaceholder(text))
            {
                return new ValidationError(field, $"{label}: hãy viết nội dung đầy đủ (không để trống, không để “…” hoặc chữ mẫu).");
            }

            if (text!.Trim().Length > DecisionTextMaxLength)
            {
                return new ValidationError(field, $"{label}: tối đa {DecisionTextMaxLength} ký tự.");
            }
        }

        DecisionSummary = summary!.Trim();
        DecisionArticle1 = article1!.Trim();
        DecisionArticle2 = article2!.Trim();
        DecisionArticle3 = article3!.Trim();
        return Result.Success();
    }

    public Result EditDecisionWording(string? wording)
    {
        if (Status is not (DossierStatus.Appraised or DossierStatus.CouncilRecorded))
        {
            return new ConflictError("Chỉ sửa được dự thảo quyết định trước khi ban hành.");
        }

        DecisionWording = string.IsNullOrWhiteSpace(wording) ? null : wording.Trim();
        return Result.Success();
    }

    private Result<DossierTransition> Move(DossierAction action, string? reason, Actor actor)
    {
        if (!Transitions.TryGetValue((Status, action), out var to))
        {
            return new IllegalTransitionError(Status, action);
        }

        var change = new DossierTransition(Id, Status, to, action, reason, actor);
        Status = to;
        ReturnReason = to == DossierStatus.Returned ? reason : ReturnReason is not null && to == DossierStatus.Submitted ? null : ReturnReason;
        return change;
    }
}

/// <summary>What the higher level did with an escalated dossier, as far as the original is concerned.</summary>
public enum HigherOutcome
{
    Progress,
    Decided,
    NotAwarded,
    Revoked,
}

/// <summary>Which level may decide which form, seen from the body that received a dossier (ADR-0013).</summary>
public static class Authority
{
    /// <summary>The province (root) decides up to the provincial forms; any other receiving body the grassroots forms.</summary>
    public static DecidingLevel Of(bool receivedByProvince) => receivedByProvince ? DecidingLevel.Province : DecidingLevel.Grassroots;

    /// <summary>The form's deciding level is above the body's authority (the enum runs from the highest level down).</summary>
    public static bool IsAbove(DecidingLevel form, DecidingLevel authority) => form < authority;

    /// <summary>Vietnamese label of the central level the province sends forms above its authority to.</summary>
    public static string CentralBody(DecidingLevel form) => form switch
    {
        DecidingLevel.StatePresident => "Chủ tịch nước (qua Bộ Nội vụ — Ban Thi đua - Khen thưởng Trung ương)",
        DecidingLevel.Government => "Chính phủ (qua Bộ Nội vụ — Ban Thi đua - Khen thưởng Trung ương)",
        DecidingLevel.PrimeMinister => "Thủ tướng Chính phủ (qua Bộ Nội vụ — Ban Thi đua - Khen thưởng Trung ương)",
        DecidingLevel.Province or DecidingLevel.Grassroots => "Ủy ban nhân dân tỉnh",
    };
}

/// <summary>Who acts and when (the history row keeps both).</summary>
public sealed record Actor(string? UserId, string Name, DateTimeOffset At);

/// <summary>What the submit check found; built by the caller from the registry, quotas and attachments.</summary>
public sealed record SubmissionCheck(int NomineeCount, IReadOnlyList<string> QuotaProblems, IReadOnlyList<string> MissingParts);

/// <summary>The action is not allowed from the dossier's current status (someone else already moved it, or a wrong step).</summary>
public sealed record IllegalTransitionError(DossierStatus From, DossierAction Action)
    : Error($"Hồ sơ đang ở bước \"{From.Vietnamese()}\", không thể \"{Action.Vietnamese()}\". Có thể người khác vừa xử lý hồ sơ này — hãy tải lại trang.");

/// <summary>History row of a dossier (timeline): who, when, from → to, why.</summary>
public sealed class DossierTransition
{
    private DossierTransition()
    {
        UserName = string.Empty;
    }

    public DossierTransition(int dossierId, DossierStatus from, DossierStatus to, DossierAction action, string? reason, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        DossierId = dossierId;
        From = from;
        To = to;
        Action = action;
        Reason = reason;
        At = actor.At;
        UserId = actor.UserId;
        UserName = actor.Name;
    }

    public long Id { get; private set; }
    public int DossierId { get; private set; }
    public DossierStatus From { get; private set; }
    public DossierStatus To { get; private set; }
    public DossierAction Action { get; private set; }
    public string? Reason { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string? UserId { get; private set; }
    public string UserName { get; private set; }
}

public static class DossierNames
{
    public static string Vietnamese(this DossierStatus s) => s switch
    {
        DossierStatus.Draft => "Đang soạn",
        DossierStatus.Submitted => "Đã gửi, chờ tiếp nhận",
        DossierStatus.Returned => "Bị trả lại để bổ sung",
        DossierStatus.Received => "Đã tiếp nhận",
        DossierStatus.UnderAppraisal => "Đang thẩm định",
        DossierStatus.Appraised => "Đã thẩm định",
        DossierStatus.CouncilRecorded => "Đã có kết quả Hội đồng",
        DossierStatus.Decided => "Đã ban hành quyết định",
        DossierStatus.NotAwarded => "Không khen thưởng",
        DossierStatus.Revoked => "Đã hủy bỏ quyết định",
        DossierStatus.Escalated => "Đã trình cấp trên",
    };

    public static string Vietnamese(this DossierAction a) => a switch
    {
        DossierAction.Submit => "Gửi hồ sơ",
        DossierAction.Receive => "Tiếp nhận",
        DossierAction.Return => "Trả lại",
        DossierAction.StartAppraisal => "Bắt đầu thẩm định",
        DossierAction.CompleteAppraisal => "Hoàn thành thẩm định",
        DossierAction.RecordCouncil => "Ghi kết quả Hội đồng",
        DossierAction.Issue => "Ban hành quyết định",
        DossierAction.NotAward => "Không khen thưởng",
        DossierAction.Revoke => "Hủy bỏ quyết định",
        DossierAction.Escalate => "Trình cấp trên",
        DossierAction.HigherProgress => "Cấp trên xử lý",
        DossierAction.HigherDecided => "Cấp trên quyết định khen thưởng",
        DossierAction.HigherNotAwarded => "Cấp trên không khen thưởng",
        DossierAction.HigherRevoked => "Cấp trên hủy bỏ quyết định",
        DossierAction.ExtendDeadline => "Gia hạn nộp",
        DossierAction.AcceptLate => "Chấp nhận nộp muộn",
    };
}
