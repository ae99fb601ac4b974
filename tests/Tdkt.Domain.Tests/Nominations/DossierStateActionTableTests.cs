using Tdkt.Domain.Awards;
using Tdkt.Domain.Nominations;

namespace Tdkt.Domain.Tests.Nominations;

/// <summary>Every (state × action) of the dossier, reached and tried through the domain methods: each legal move lands
/// where <see cref="Dossier.Transitions"/> says, each other one is refused with the Vietnamese "Hồ sơ đang ở bước …"
/// message and leaves the dossier where it was.</summary>
public sealed class DossierStateActionTableTests
{
    private static readonly Actor A = new("u1", "Cán bộ", new DateTimeOffset(2023, 11, 20, 2, 0, 0, TimeSpan.Zero));
    private static readonly DateOnly Today = new(2023, 11, 20);

    public static TheoryData<DossierStatus, DossierAction> All()
    {
        var data = new TheoryData<DossierStatus, DossierAction>();
        foreach (var s in Enum.GetValues<DossierStatus>())
        {
            foreach (var a in Enum.GetValues<DossierAction>())
            {
                data.Add(s, a);
            }
        }

        return data;
    }

    private static Nominee Accepted()
    {
        var n = Nominee.Create(1, new NomineeData(SubjectKind.Individual, "Lò Văn Minh", "Nam", 1982, null, null, null, null, null, null, "GK",
            "Giúp hộ nghèo"), s => s).Value!;
        n.Appraise(true, null);
        n.RecordCouncil(6, 7, CouncilRule.None, CouncilSource.Minutes);
        return n;
    }

    private static Dossier Reach(DossierStatus status)
    {
        var d = Dossier.Create("Hồ sơ", 1, 2, CommendationKind.AdHoc, DecidingLevel.Grassroots, null, null, 2023, new DateOnly(2023, 11, 24), 20, A.At).Value!;
        var n = Accepted();
        void Do(Func<Tdkt.Domain.Common.Result<DossierTransition>> step) => Assert.True(step().IsSuccess);
        if (status == DossierStatus.Draft)
        {
            return d;
        }

        Do(() => d.Submit(new SubmissionCheck(1, [], []), Today, A));
        if (status == DossierStatus.Returned)
        {
            Do(() => d.Return("Thiếu", A));
        }

        if (status is DossierStatus.Submitted or DossierStatus.Returned)
        {
            return d;
        }

        Do(() => d.Receive(Today, A));
        if (status == DossierStatus.Received)
        {
            return d;
        }

        Do(() => d.StartAppraisal(A));
        if (status == DossierStatus.UnderAppraisal)
        {
            return d;
        }

        Do(() => d.CompleteAppraisal([n], A));
        switch (status)
        {
            case DossierStatus.CouncilRecorded:
                Do(() => d.RecordCouncil([n], A));
                break;
            case DossierStatus.Decided or DossierStatus.Revoked:
                Do(() => d.Issue(1, "1/QĐ-UBND", A));
                if (status == DossierStatus.Revoked)
                {
                    Do(() => d.Revoke("Gian dối", true, A));
                }

                break;
            case DossierStatus.NotAwarded:
                Do(() => d.NotAward("Không đạt", A));
                break;
            case DossierStatus.Escalated:
                Do(() => d.Escalate(1, 0, "UBND tỉnh", A));
                break;
        }

        Assert.Equal(status, d.Status);
        return d;
    }

    private static Tdkt.Domain.Common.Result<DossierTransition> Act(Dossier d, DossierAction action) => action switch
    {
        DossierAction.Submit => d.Submit(new SubmissionCheck(1, [], []), Today, A),
        DossierAction.Receive => d.Receive(Today, A),
        DossierAction.Return => d.Return("Thiếu", A),
        DossierAction.StartAppraisal => d.StartAppraisal(A),
        DossierAction.CompleteAppraisal => d.CompleteAppraisal([Accepted()], A),
        DossierAction.RecordCouncil => d.RecordCouncil([Accepted()], A),
        DossierAction.Issue => d.Issue(1, "2/QĐ-UBND", A),
        DossierAction.NotAward => d.NotAward("Không đạt", A),
        DossierAction.Revoke => d.Revoke("Gian dối", true, A),
        DossierAction.Escalate => d.Escalate(1, 0, "UBND tỉnh", A),
        DossierAction.ExtendDeadline => d.ExtendDeadline(new DateOnly(2023, 12, 5), "Lũ lụt", Today, A),
        DossierAction.AcceptLate => d.AcceptLate("Sáp nhập đơn vị", A),
        DossierAction.HigherProgress => d.RecordHigherOutcome(HigherOutcome.Progress, false, "Cấp trên tiếp nhận", A),
        DossierAction.HigherDecided => d.RecordHigherOutcome(HigherOutcome.Decided, false, "Cấp trên quyết định", A),
        DossierAction.HigherNotAwarded => d.RecordHigherOutcome(HigherOutcome.NotAwarded, false, "Cấp trên không khen", A),
        DossierAction.HigherRevoked => d.RecordHigherOutcome(HigherOutcome.Revoked, false, "Cấp trên hủy bỏ", A),
    };

    [Theory]
    [MemberData(nameof(All))]
    public void Action_FromEveryState_MovesPerTableOrIsRefused(DossierStatus from, DossierAction action)
    {
        var d = Reach(from);

        var r = Act(d, action);

        if (Dossier.Transitions.TryGetValue((from, action), out var to))
        {
            Assert.True(r.IsSuccess, r.Error?.Message);
            Assert.Equal((from, to, action), (r.Value!.From, r.Value.To, r.Value.Action));
            Assert.Equal(to, d.Status);
        }
        else if (action is DossierAction.HigherProgress or DossierAction.HigherDecided or DossierAction.HigherNotAwarded or DossierAction.HigherRevoked)
        {
            // The higher level's news is always recorded on the timeline; outside the table it does not move the dossier.
            Assert.Equal((from, from), (r.Value!.From, r.Value.To));
            Assert.Equal(from, d.Status);
        }
        else
        {
            var e = Assert.IsType<IllegalTransitionError>(r.Error);
            Assert.Equal($"Hồ sơ đang ở bước \"{from.Vietnamese()}\", không thể \"{action.Vietnamese()}\". Có thể người khác vừa xử lý hồ sơ này — hãy tải lại trang.",
                e.Message);
            Assert.Equal(from, d.Status);
        }
    }
}
