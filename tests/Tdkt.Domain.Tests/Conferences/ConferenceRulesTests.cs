using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;
using Tdkt.Domain.Conferences;
using Tdkt.Domain.Planning;

namespace Tdkt.Domain.Tests.Conferences;

public sealed class ConferenceRulesTests
{
    private static EventData Data(string time = "Dự kiến trong tháng 12", int year = 2023, DateOnly? exact = null,
        IReadOnlyList<DelegateGroup>? groups = null, int? expected = 135, IReadOnlyList<UnitQuota>? units = null) =>
        new(EventKind.MidTermReview, "Hội nghị sơ kết", 1, 2, null, null, year, time, exact, "Trung tâm Hội nghị - Văn hóa thành phố Lai Châu",
            ["Báo cáo sơ kết", "Tham luận", "Khen thưởng"], groups ?? [], expected, 15_000_000m, "Kinh phí thi đua khen thưởng",
            "Quyết định số 178/QĐ-UBND ngày 15/3/2023", 10, 10, 7, units ?? [], new DateOnly(2023, 11, 24));

    [Fact]
    public void DocumentsDue_15DaysBeforeEvent()
    {
        Assert.Equal(TimeframeKind.Relative, CongressDocuments.Rule.Kind);
        Assert.Equal(-15, CongressDocuments.Rule.OffsetDays);
        Assert.Equal(new DateOnly(2025, 3, 31), CongressDocuments.DueDate(new DateOnly(2025, 4, 15)));
        Assert.Equal(new DateOnly(2025, 2, 14), CongressDocuments.DueDate(new DateOnly(2025, 3, 1)));
        Assert.Null(CongressDocuments.DueDate(null));
    }

    [Theory]
    [InlineData("2025-03-31", null, "2025-03-31", DocumentsStatus.DueSoon)]
    [InlineData("2025-04-01", null, "2025-03-31", DocumentsStatus.Late)]
    [InlineData("2025-03-20", null, "2025-03-31", DocumentsStatus.NotDue)]
    [InlineData("2025-03-24", null, "2025-03-31", DocumentsStatus.DueSoon)]
    [InlineData("2025-04-10", "2025-03-31", "2025-03-31", DocumentsStatus.Sent)]
    [InlineData("2025-04-10", "2025-04-01", "2025-03-31", DocumentsStatus.SentLate)]
    public void DocumentsStatus_AroundTheDueDate(string today, string? sent, string due, DocumentsStatus expected)
    {
        var eventDate = DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture).AddDays(15);
        DateOnly? sentOn = sent is null ? null : DateOnly.Parse(sent, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, CongressDocuments.Status(eventDate, sentOn, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void DocumentsStatus_NoStandingAgency_NotApplicable()
    {
        var e = ConferenceEvent.Create(Data() with { StandingAgencyId = null }).Value!;
        Assert.Equal(DocumentsStatus.NotApplicable, e.DocumentsStatus(new DateOnly(2024, 1, 1)));
    }

    [Fact]
    public void Time_Seed000_EstimatedDecember()
    {
        var e = ConferenceEvent.Create(Data()).Value!;
        Assert.True(e.TimeEstimated);
        Assert.Equal(new DateOnly(2023, 12, 1), e.TimeStart);
        Assert.Equal(new DateOnly(2023, 12, 31), e.TimeEnd);
        Assert.Equal(new DateOnly(2023, 12, 31), e.EventDate);
        Assert.Equal("Dự kiến trong tháng 12", e.TimeText);
    }

    [Fact]
    public void Time_Seed002_April2024()
    {
        var e = ConferenceEvent.Create(Data("trong tháng 4/2024", 2024)).Value!;
        Assert.Equal(new DateOnly(2024, 4, 1), e.TimeStart);
        Assert.Equal(new DateOnly(2024, 4, 30), e.TimeEnd);
    }

    [Fact]
    public void Time_Seed004_DurationThenQuarter()
    {
        var e = ConferenceEvent.Create(Data("01 buổi, hoàn thành trong quý II năm 2025", 2025)).Value!;
        Assert.Equal("01 buổi", e.Duration);
        Assert.Equal(TimeframeKind.Range, e.TimeKind); // issue 16: the whole quarter is the window
        Assert.Equal(new DateOnly(2025, 6, 30), e.TimeEnd);
        Assert.Equal("01 buổi, hoàn thành trong quý II năm 2025", e.TimeText);
    }

    [Fact]
    public void Time_ExactDateWins()
    {
        var e = ConferenceEvent.Create(Data(exact: new DateOnly(2023, 12, 15))).Value!;
        Assert.Equal(new DateOnly(2023, 12, 15), e.EventDate);
    }

    [Fact]
    public void Time_NeitherTextNorDate_IsRefused()
    {
        var r = ConferenceEvent.Create(Data(" "));
        Assert.Equal("TimeText", Assert.IsType<ValidationError>(r.Error).Field);
    }

    [Fact]
    public void Composition_Seed000_SumsTo135()
    {
        var groups = DelegateComposition.ParseLines("""
            Đại biểu tỉnh | Lãnh đạo Sở Lao động - Thương binh và Xã hội, Ngân hàng Chính sách xã hội tỉnh | 4
            Đại biểu thành phố | Thường trực Thành ủy, HĐND, UBND, UBMTTQ; các cơ quan, đoàn thể | 30
            Đại biểu xã, phường | Lãnh đạo UBND, trưởng các đoàn thể, tổ trưởng tổ dân phố, trưởng bản, công chức LĐTBXH | 70
            Khen thưởng | 10 tập thể, 10 cá nhân, 7 hộ gia đình | 27
            Phóng viên | Trung tâm Văn hóa, Thể thao và Truyền thông thành phố | 4
            """).Value!;
        var c = new DelegateComposition(groups, 135);
        Assert.Equal(135, c.Sum);
        Assert.False(c.Mismatch);
        Assert.True(new DelegateComposition(groups[..4], 135).Mismatch);
        Assert.False(new DelegateComposition(groups[..4], null).Mismatch);
    }

    [Fact]
    public void Composition_BadLine_NamesTheLine()
    {
        var r = DelegateComposition.ParseLines("Đại biểu tỉnh | 4\nĐại biểu thành phố | ba mươi");
        Assert.Contains("Dòng 2", r.Error!.Message);
        Assert.Equal(string.Empty, DelegateComposition.ParseLines("Đại biểu tỉnh | 4").Value![0].Level);
    }

    [Fact]
    public void Quota_Bookkeeping_AllottedUsedRemaining()
    {
        var q = new EventQuota(10, 10, 7, [new UnitQuota(5, 0, 2, 1)]);
        QuotaUse[] uses = [new(SubjectKind.Individual, 5), new(SubjectKind.Individual, 6), new(SubjectKind.Household, 5), new(SubjectKind.Collective, 6)];
        var ledger = q.Ledger(uses);
        Assert.Equal(27, q.Total);
        Assert.Equal(new QuotaLine(SubjectKind.Collective, 10, 1), ledger[0]);
        Assert.Equal(8, ledger[1].Remaining);
        Assert.Equal(6, ledger[2].Remaining);
        var unit = Assert.Single(q.UnitLedger(uses));
        Assert.Equal(1, unit.Lines[1].Remaining);
        Assert.Equal(0, unit.Lines[2].Remaining);

        Assert.True(q.CanUse(SubjectKind.Individual, 5, uses).IsSuccess);
        Assert.IsType<ConflictError>(q.CanUse(SubjectKind.Household, 5, uses).Error);
        Assert.True(q.CanUse(SubjectKind.Household, 6, uses).IsSuccess);
        var full = Enumerable.Repeat(new QuotaUse(SubjectKind.Household, 9), 7).ToList();
        Assert.IsType<ConflictError>(q.CanUse(SubjectKind.Household, 6, full).Error);
        Assert.True(new QuotaLine(SubjectKind.Household, 7, 8).Over);
    }

    [Fact]
    public void Quota_UnitsMayNotExceedTheTotal()
    {
        var r = ConferenceEvent.Create(Data(units: [new UnitQuota(5, 0, 6, 4), new UnitQuota(6, 0, 5, 3)]));
        Assert.Equal("UnitQuotas", Assert.IsType<ValidationError>(r.Error).Field);
        Assert.Contains("vượt chỉ tiêu", r.Error!.Message);
        Assert.True(ConferenceEvent.Create(Data(units: [new UnitQuota(5, 0, 5, 4), new UnitQuota(6, 0, 5, 3)])).IsSuccess);
    }

    [Theory]
    [InlineData("2025-04-20", "2025-05-01", PilotStatus.Done)]
    [InlineData("2025-04-30", "2025-05-01", PilotStatus.Done)]
    [InlineData("2025-05-02", "2025-05-03", PilotStatus.DoneLate)]
    [InlineData(null, "2025-04-30", PilotStatus.Pending)]
    [InlineData(null, "2025-05-01", PilotStatus.Overdue)]
    public void Pilot_Status(string? held, string today, PilotStatus expected)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        Assert.Equal(expected, CongressPilot.Status(new DateOnly(2025, 4, 30), held is null ? null : DateOnly.Parse(held, inv), DateOnly.Parse(today, inv)));
    }

    [Fact]
    public void Delegates_RsvpAndCheckIn()
    {
        var d = EventDelegate.Create(1, "  Trần  Đình Tiến ", "Phó Chủ tịch UBND thành phố", "UBND thành phố Lai Châu", "Đại biểu thành phố").Value!;
        Assert.Equal("Trần Đình Tiến", d.FullName);
        d.RecordRsvp(Rsvp.Declined);
        d.CheckIn(DateTimeOffset.UnixEpoch);
        Assert.Equal(Rsvp.Accepted, d.Rsvp);
        Assert.NotNull(d.CheckedInAt);
        Assert.Contains("Dòng 2", EventDelegate.ParseLines(1, "A | B\n | x").Error!.Message);
    }

    [Fact]
    public void RuleSetRecord_DefaultIsSeed004_OverlapRefused()
    {
        var ok = DelegateRuleSetRecord.Create(1, DelegateRuleSet.LaiChau2024.Name, true, DelegateRuleSet.LaiChau2024.Rules);
        Assert.True(ok.IsSuccess);
        var set = ok.Value!.ToRuleSet();
        Assert.Equal(175, set.Compute(CongressTier.Department, 250).Value!.Delegates);
        Assert.True(set.Compute(CongressTier.Commune, 300).Value!.NeedsDecision);

        DelegateRule[] overlapping =
        [
            new(CongressTier.Commune, 1, 300, DelegateMode.Plenary, null, null, null, "a"),
            new(CongressTier.Commune, 299, null, DelegateMode.Representative, null, 200, null, "b"),
        ];
        Assert.Contains("trùng", DelegateRuleSetRecord.Create(1, "X", false, overlapping).Error!.Message);
    }
}
