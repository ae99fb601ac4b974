using Tdkt.Domain.Common;
using Tdkt.Domain.Organizations;
using Tdkt.Domain.Planning;

namespace Tdkt.Domain.Tests.Planning;

public sealed class PlanningRulesTests
{
    private static readonly DateTimeOffset At = new(2023, 11, 1, 8, 0, 0, TimeSpan.Zero);

    private static PlanTask NewTask(string time = "Trước ngày 24/11/2023") =>
        PlanTask.Create(1, 1, "Gửi hồ sơ", 5, "Phường Tân Phong", [], null, time, 2023).Value!;

    [Fact]
    public void Task_TimeframeIsParsedInPlanYear_AndTextKept()
    {
        var t = NewTask("Tháng 5, 6, 7");
        Assert.Equal(TimeframeKind.Range, t.TimeframeKind);
        Assert.Equal(new DateOnly(2023, 5, 1), t.Start);
        Assert.Equal(new DateOnly(2023, 7, 31), t.End);
        Assert.Equal("Tháng 5, 6, 7", t.TimeframeText);
    }

    [Fact]
    public void Task_CorrectDates_KeepsTextAndMarksCorrected()
    {
        var t = NewTask("Dự kiến trong tháng 12");
        var r = t.CorrectDates(TimeframeKind.Deadline, null, new DateOnly(2023, 12, 15));
        Assert.True(r.IsSuccess);
        Assert.True(t.DatesCorrected);
        Assert.Equal(new DateOnly(2023, 12, 15), t.End);
        Assert.Equal("Dự kiến trong tháng 12", t.TimeframeText);
    }

    [Fact]
    public void Task_CorrectDates_EndBeforeStart_IsRefused()
    {
        var r = NewTask().CorrectDates(TimeframeKind.Range, new DateOnly(2023, 5, 1), new DateOnly(2023, 4, 1));
        Assert.IsType<ValidationError>(r.Error);
    }

    [Fact]
    public void Task_WithoutLeadUnitIdOrText_IsRefused()
    {
        var r = PlanTask.Create(1, 1, "Nội dung", null, " ", [], null, "Tháng 5", 2023);
        Assert.Equal("LeadUnitText", ((ValidationError)r.Error!).Field);
    }

    [Fact]
    public void Task_UnmatchedLeadText_IsKeptAndFlagged()
    {
        var t = PlanTask.Create(1, 1, "Nội dung", null, "Văn phòng HĐND - UBND thành phố", [], null, "Tháng 5", 2023).Value!;
        Assert.True(t.LeadUnitUnmatched);
        Assert.Equal("Văn phòng HĐND - UBND thành phố", t.LeadUnitText);
    }

    [Fact]
    public void Report_Done_SetsHundredPercentAndReturnsHistoryRow()
    {
        var t = NewTask();
        var r = t.Report(TaskProgressStatus.Done, 40, "Đã gửi hồ sơ", At, "u1", "Cán bộ");
        Assert.True(r.IsSuccess);
        Assert.Equal(100, t.Percent);
        Assert.Equal(TaskProgressStatus.Done, r.Value!.Status);
        Assert.Equal(100, r.Value.Percent);
    }

    [Theory]
    [InlineData(TaskProgressStatus.NotStarted, TaskProgressStatus.InProgress, 30, null, true)]
    [InlineData(TaskProgressStatus.InProgress, TaskProgressStatus.NotStarted, 0, null, false)]
    [InlineData(TaskProgressStatus.InProgress, TaskProgressStatus.Paused, 30, null, false)]
    [InlineData(TaskProgressStatus.InProgress, TaskProgressStatus.Paused, 30, "Chờ kinh phí", true)]
    [InlineData(TaskProgressStatus.Done, TaskProgressStatus.InProgress, 80, null, false)]
    [InlineData(TaskProgressStatus.Done, TaskProgressStatus.InProgress, 80, "Bổ sung hồ sơ", true)]
    [InlineData(TaskProgressStatus.InProgress, TaskProgressStatus.InProgress, 100, null, false)]
    [InlineData(TaskProgressStatus.InProgress, TaskProgressStatus.InProgress, 101, null, false)]
    [InlineData(TaskProgressStatus.NotStarted, TaskProgressStatus.NotStarted, 10, null, false)]
    public void Progress_Transitions(TaskProgressStatus from, TaskProgressStatus to, int percent, string? note, bool ok) =>
        Assert.Equal(ok, TaskProgress.Check(from, to, percent, note).IsSuccess);

    [Fact]
    public void Overdue_OnlyWhenDuePassedAndNotDone()
    {
        var due = new DateOnly(2023, 11, 24);
        Assert.False(TaskProgress.IsOverdue(due, TaskProgressStatus.InProgress, due));
        Assert.True(TaskProgress.IsOverdue(due, TaskProgressStatus.InProgress, due.AddDays(1)));
        Assert.True(TaskProgress.IsOverdue(due, TaskProgressStatus.Paused, due.AddDays(1)));
        Assert.False(TaskProgress.IsOverdue(due, TaskProgressStatus.Done, due.AddDays(1)));
        Assert.False(TaskProgress.IsOverdue(null, TaskProgressStatus.NotStarted, due));
    }

    [Fact]
    public void DueSoon_WithinSevenDaysInclusive()
    {
        var today = new DateOnly(2023, 11, 17);
        Assert.True(TaskProgress.IsDueSoon(new DateOnly(2023, 11, 24), TaskProgressStatus.NotStarted, today));
        Assert.True(TaskProgress.IsDueSoon(today, TaskProgressStatus.NotStarted, today));
        Assert.False(TaskProgress.IsDueSoon(new DateOnly(2023, 11, 25), TaskProgressStatus.NotStarted, today));
        Assert.False(TaskProgress.IsDueSoon(new DateOnly(2023, 11, 16), TaskProgressStatus.NotStarted, today));
        Assert.False(TaskProgress.IsDueSoon(new DateOnly(2023, 11, 20), TaskProgressStatus.Done, today));
    }

    [Fact]
    public void Registration_SubmitApproveAndReturnNeedReason()
    {
        var r = Registration.Create(7, 2023, "Hoàn thành 100 % chỉ tiêu", [new RegistrationEntry(RegistrationSubject.Collective, "Phường Tân Phong", "TT_LDXS")]).Value!;
        Assert.True(r.Submit(At, "u", "Cán bộ").IsSuccess);
        Assert.False(r.IsEditable);
        Assert.IsType<ValidationError>(r.Return(" ", At, "a", "Thẩm định").Error);
        var back = r.Return("Thiếu chỉ tiêu cá nhân", At, "a", "Thẩm định");
        Assert.Equal(RegistrationStatus.Returned, back.Value!.To);
        Assert.Equal("Thiếu chỉ tiêu cá nhân", r.ReturnReason);
        Assert.True(r.Submit(At, "u", "Cán bộ").IsSuccess);
        Assert.True(r.Approve(At, "a", "Thẩm định").IsSuccess);
        Assert.IsType<ConflictError>(r.Submit(At, "u", "Cán bộ").Error);
        Assert.IsType<ConflictError>(r.Edit("x", r.Entries).Error);
    }

    [Fact]
    public void Registration_ApproveDraft_IsConflict() =>
        Assert.IsType<ConflictError>(Registration.Create(7, 2023, null, [new RegistrationEntry(RegistrationSubject.Individual, "Nguyễn Văn A", "CSTDCS")]).Value!
            .Approve(At, "a", "x").Error);

    [Fact]
    public void RegistrationEntries_ParseLines()
    {
        var r = RegistrationNames.ParseEntries("Tập thể | Phường Tân Phong | tt_ldxs\nCá nhân | Nguyễn Văn A | CSTDCS");
        Assert.Equal(2, r.Value!.Count);
        Assert.Equal("TT_LDXS", r.Value[0].AwardCode);
        Assert.Equal(RegistrationSubject.Individual, r.Value[1].Subject);
        Assert.IsType<ValidationError>(RegistrationNames.ParseEntries("Phường Tân Phong | TT").Error);
    }

    [Fact]
    public void Submission_SubmitsOnce_AgainOnlyAfterReturn()
    {
        var fields = ReportRequest.ParseFields("Số hộ thoát nghèo | số\nMô hình | chữ").Value!;
        var s = ReportSubmission.Start(1, 2, 2024);
        Assert.True(s.Fill(fields, new Dictionary<string, string?> { ["f1"] = "1.250", ["f2"] = "Tổ tiết kiệm" }).IsSuccess);
        Assert.Equal("1250", s.Values["f1"]);
        Assert.True(s.Submit(At, "Cán bộ").IsSuccess);
        Assert.IsType<ConflictError>(s.Submit(At, "Cán bộ").Error);
        Assert.True(s.Return("Số liệu chưa khớp").IsSuccess);
        Assert.True(s.Submit(At, "Cán bộ").IsSuccess);
    }

    [Fact]
    public void Submission_NonNumberInNumberField_IsRefused()
    {
        var fields = ReportRequest.ParseFields("Số hộ | số").Value!;
        Assert.IsType<ValidationError>(ReportSubmission.Start(1, 2, 2024).Fill(fields, new Dictionary<string, string?> { ["f1"] = "nhiều" }).Error);
    }

    [Fact]
    public void Aggregate_SumsSubmittedOnly_AndFlagsLate()
    {
        var fields = ReportRequest.ParseFields("Số hộ | số\nKinh phí | số\nGhi chú | chữ").Value!;
        var a = ReportSubmission.Start(1, 10, 2024);
        a.Fill(fields, new Dictionary<string, string?> { ["f1"] = "12", ["f2"] = "1,5" });
        a.Submit(At, "A");
        var b = ReportSubmission.Start(1, 11, 2024);
        b.Fill(fields, new Dictionary<string, string?> { ["f1"] = "8", ["f2"] = "2" });
        b.Submit(At, "B");
        var draft = ReportSubmission.Start(1, 12, 2024);
        draft.Fill(fields, new Dictionary<string, string?> { ["f1"] = "100" });

        var agg = ReportSchedule.Aggregate(fields, [(10, "A"), (11, "B"), (12, "C"), (13, "D")], [a, b, draft],
            new DateOnly(2024, 11, 20), new DateOnly(2024, 11, 21));

        Assert.Equal(20m, agg.Sums["f1"]);
        Assert.Equal(3.5m, agg.Sums["f2"]);
        Assert.Equal(2, agg.SubmittedCount);
        Assert.Equal(2, agg.LateCount);
        Assert.True(agg.Rows.Single(r => r.UnitId == 12).Late);
        Assert.False(agg.Rows.Single(r => r.UnitId == 10).Late);
    }

    [Fact]
    public void RecurringRequest_DueEachYear()
    {
        var r = ReportRequest.Create(1, "Báo cáo", null, ReportRequest.ParseFields("Số | số").Value!, new DateOnly(2023, 11, 20), true, [2], null).Value!;
        Assert.Equal(new DateOnly(2025, 11, 20), r.DueFor(2025));
        Assert.Null(r.DueFor(2022));
        Assert.Equal([2023, 2024, 2025, 2026], r.Periods(new DateOnly(2026, 11, 21)));
    }

    [Fact]
    public void ResponseTracking_ChildrenOpenDuringPeriod_WithPlansInTheirSubtree()
    {
        var children = new[]
        {
            new ResponderCandidate(10, "UBND thành phố Lai Châu", OrgUnitKind.District, "/1/10/", new DateOnly(2013, 12, 27), new DateOnly(2025, 6, 30)),
            new ResponderCandidate(20, "UBND huyện Phong Thổ", OrgUnitKind.District, "/1/20/", new DateOnly(2004, 1, 1), new DateOnly(2025, 6, 30)),
            new ResponderCandidate(30, "Ngân hàng CSXH", OrgUnitKind.PublicServiceUnit, "/1/30/", new DateOnly(2004, 1, 1), null),
            new ResponderCandidate(40, "Sở cũ", OrgUnitKind.ProvincialAgency, "/1/40/", new DateOnly(2004, 1, 1), new DateOnly(2020, 12, 31)),
        };
        var rows = ResponseTracking.Compute(new DateOnly(2021, 1, 1), new DateOnly(2025, 12, 31), new DateOnly(2026, 11, 21), children,
            [new LinkedResponse(11, "/1/10/11/", "Kế hoạch của phòng", 5, null)]);
        Assert.Equal(2, rows.Count);
        Assert.True(rows.Single(r => r.UnitId == 10).Responded);
        Assert.False(rows.Single(r => r.UnitId == 20).Responded);
    }

    [Fact]
    public void Movement_PeriodFromYears_AndValidation()
    {
        Assert.Equal(new DateOnly(2021, 1, 1), LineList.PeriodBound("2021", false, "From", "Từ").Value);
        Assert.Equal(new DateOnly(2025, 12, 31), LineList.PeriodBound("2025", true, "To", "Đến").Value);
        var quotas = LineList.AwardQuotas("BK_TINH | 10 | Tập thể", "AwardQuotas").Value!;
        Assert.Equal(10, quotas[0].Quota);
        Assert.IsType<ValidationError>(LineList.AwardQuotas("BK_TINH | mười", "AwardQuotas").Error);
        var data = new MovementData("Phong trào", 1, MovementLevel.Province, MovementForm.Thematic, new DateOnly(2025, 1, 1), new DateOnly(2021, 1, 1),
            null, null, null, [], [], [], [], [], null);
        Assert.Equal("To", ((ValidationError)Movement.Create(data).Error!).Field);
        var ok = Movement.Create(data with { From = new DateOnly(2021, 1, 1), To = new DateOnly(2025, 12, 31) }).Value!;
        Assert.Equal("2021–2025", ok.PeriodText);
    }
}
