using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;
using Tdkt.Domain.Nominations;

namespace Tdkt.Domain.Tests.Nominations;

/// <summary>Issue 11: deadlines belong to whoever set them, quotas, closed units.</summary>
public sealed class WorkflowGuardTests
{
    private static readonly Actor Body = new("u2", "Chuyên viên thẩm định", new DateTimeOffset(2023, 11, 27, 2, 0, 0, TimeSpan.Zero));
    private static readonly SubmissionCheck Ok = new(1, [], []);

    private static Dossier New() => Dossier.Create("Đề nghị khen thưởng sơ kết", 1, 2, CommendationKind.Thematic,
        DecidingLevel.Grassroots, 7, null, 2023, new DateOnly(2023, 11, 24), 20, Body.At).Value!;

    [Fact]
    public void ForNewDossier_ClerkDeadlineDiffersFromConference_RefusedNamingHanNop()
    {
        var set = new DateOnly(2023, 11, 24);

        var r = Deadlines.ForNewDossier(new DateOnly(2026, 12, 31), set, "hội nghị");

        var e = Assert.IsType<ValidationError>(r.Error);
        Assert.Equal(Deadlines.Field, e.Field);
        Assert.StartsWith("Hạn nộp do hội nghị quy định (trước ngày 24/11/2023)", e.Message, StringComparison.Ordinal);
        Assert.Equal(set, Deadlines.ForNewDossier(null, set, "hội nghị").Value);
        Assert.Equal(set, Deadlines.ForNewDossier(set, set, "hội nghị").Value);
        Assert.Equal(new DateOnly(2026, 12, 31), Deadlines.ForNewDossier(new DateOnly(2026, 12, 31), null, "hội nghị").Value);
    }

    [Fact]
    public void ExtendDeadline_WithoutReasonOrNotAfterToday_RefusedAndUnchanged_ThenSubmits()
    {
        var d = New();
        var today = new DateOnly(2023, 11, 27);
        Assert.True(d.Submit(Ok, today, Body).IsFailure);

        Assert.Equal("Reason", Assert.IsType<ValidationError>(d.ExtendDeadline(new DateOnly(2023, 12, 5), " ", today, Body).Error).Field);
        Assert.Equal("Deadline", Assert.IsType<ValidationError>(d.ExtendDeadline(today, "Lũ lụt", today, Body).Error).Field);
        Assert.Equal(new DateOnly(2023, 11, 24), d.SubmitBefore);

        var row = d.ExtendDeadline(new DateOnly(2023, 12, 5), "Lũ lụt", today, Body).Value!;
        Assert.Equal((DossierAction.ExtendDeadline, DossierStatus.Draft, DossierStatus.Draft), (row.Action, row.From, row.To));
        Assert.Contains("Lũ lụt", row.Reason, StringComparison.Ordinal);
        Assert.True(d.Submit(Ok, today, Body).IsSuccess);
    }

    [Fact]
    public void AcceptLate_WithReason_LetsTheNextSubmissionPassTheDeadlineOnce()
    {
        var d = New();
        var today = new DateOnly(2023, 11, 27);
        Assert.IsType<ValidationError>(d.AcceptLate(null, Body).Error);

        Assert.True(d.AcceptLate("Đơn vị mới sáp nhập", Body).IsSuccess);

        Assert.True(d.Submit(Ok, today, Body).IsSuccess);
        Assert.False(d.LateAccepted);
    }

    [Fact]
    public void Return_SupplementDeadline_JudgesResubmissionNotTheOriginal()
    {
        var d = New();
        Assert.True(d.Submit(Ok, new DateOnly(2023, 11, 20), Body).IsSuccess);
        var today = new DateOnly(2023, 11, 22);
        Assert.Equal("SupplementBefore", Assert.IsType<ValidationError>(d.Return("Thiếu", today, today, Body).Error).Field);
        Assert.Equal(DossierStatus.Submitted, d.Status);

        Assert.True(d.Return("Thiếu xác nhận", new DateOnly(2023, 12, 8), today, Body).IsSuccess);

        Assert.Equal(new DateOnly(2023, 12, 8), d.EffectiveDeadline);
        Assert.True(d.Submit(Ok, new DateOnly(2023, 12, 4), Body).IsSuccess);
    }

    [Fact]
    public void TotalProblems_OverConferenceQuota_GivesTheCounts()
    {
        var problems = Quotas.TotalProblems([new QuotaLine(SubjectKind.Household, 7, 2, 6), new QuotaLine(SubjectKind.Individual, 10, 0, 1)], "hội nghị");

        Assert.Equal(["vượt chỉ tiêu hộ gia đình của hội nghị (chỉ tiêu 7, các hồ sơ đã gửi 2, hồ sơ này 6)"], problems);
        Assert.False(Quotas.Counts(DossierStatus.Returned));
        Assert.False(Quotas.Counts(DossierStatus.NotAwarded));
        Assert.True(Quotas.Counts(DossierStatus.Submitted));
    }

    [Fact]
    public void ClosedUnit_AfterItsLastDay_RefusedOnTheLastDayAllowed()
    {
        var last = new DateOnly(2025, 6, 30);

        Assert.Null(ClosedUnits.Refuse("Phường Tân Phong", last, last, "gửi hồ sơ"));
        var e = ClosedUnits.Refuse("Phường Tân Phong", last, new DateOnly(2026, 1, 5), "gửi hồ sơ");
        Assert.StartsWith("Phường Tân Phong đã ngừng hoạt động từ ngày 01/07/2025, không thể gửi hồ sơ", e!.Message, StringComparison.Ordinal);
        Assert.True(ClosedUnits.ByProposer(DossierAction.Submit));
        Assert.False(ClosedUnits.ByProposer(DossierAction.Issue));
        Assert.Null(ClosedUnits.ByProposer(DossierAction.HigherDecided));
    }
}
