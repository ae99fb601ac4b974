using Tdkt.Domain.Common;
using Tdkt.Domain.Emulation;

namespace Tdkt.Domain.Tests.Emulation;

public sealed class ScoringTests
{
    private static readonly DateTimeOffset At = new(2023, 11, 20, 8, 0, 0, TimeSpan.Zero);

    private static (ScoreSheet Sheet, ScoreCriterion Work, ScoreCriterion Reform, ScoreCriterion Bonus1, ScoreCriterion Bonus2, ScoreCriterion Penalty) Sheet(decimal? bonusCap = 5)
    {
        var s = ScoreSheet.Create(1, 2023, ScorePeriod.YearEnd, "Chấm điểm thi đua năm 2023", bonusCap).Value!;
        var work = s.AddCriterion(CriterionKind.Criterion, "I. Nhiệm vụ chính trị", "Hoàn thành chỉ tiêu kinh tế - xã hội", 60, evidenceRequired: true).Value!;
        var reform = s.AddCriterion(CriterionKind.Criterion, "II. Cải cách hành chính", "Chỉ số cải cách hành chính", 40, false).Value!;
        var b1 = s.AddCriterion(CriterionKind.Bonus, null, "Mô hình mới được nhân rộng", 4, false).Value!;
        var b2 = s.AddCriterion(CriterionKind.Bonus, null, "Được khen thưởng đột xuất", 3, false).Value!;
        var p = s.AddCriterion(CriterionKind.Penalty, null, "Nộp báo cáo chậm", 5, false).Value!;
        Assert.True(s.Open().IsSuccess);
        return (s, work, reform, b1, b2, p);
    }

    [Fact]
    public void Rank_TiesShareRankAndNextRankSkips()
    {
        var r = ScoreCalculator.Rank([(10, 90m), (11, 95m), (12, 90m), (13, 80m)]);

        Assert.Equal([11, 10, 12, 13], r.Select(x => x.OrgUnitId));
        Assert.Equal([1, 2, 2, 4], r.Select(x => x.Rank));
        Assert.Equal([false, true, true, false], r.Select(x => x.Tied));
    }

    [Fact]
    public void Rank_AllEqual_AllFirst()
    {
        var r = ScoreCalculator.Rank([(1, 50m), (2, 50m), (3, 50m)]);
        Assert.All(r, x => Assert.Equal(1, x.Rank));
    }

    [Fact]
    public void Total_PenaltySubtracted_BonusCappedPerItemAndOverall()
    {
        var (s, work, reform, b1, b2, p) = Sheet(bonusCap: 5);
        var points = new Dictionary<ScoreCriterion, decimal> { [work] = 55, [reform] = 38.5m, [b1] = 4, [b2] = 3, [p] = 2 };

        var t = ScoreCalculator.Total(s.Criteria, c => points.GetValueOrDefault(c), s.BonusCap);

        Assert.Equal(93.5m, t.Base);
        Assert.Equal(5m, t.Bonus); // 4 + 3 = 7, capped at 5 for the whole sheet
        Assert.Equal(2m, t.Penalty);
        Assert.Equal(96.5m, t.Total);
        Assert.Equal(105m, s.MaxTotal);
    }

    [Fact]
    public void Total_PointsAboveMaxAreCapped_AndTotalNeverBelowZero()
    {
        var (s, work, _, b1, _, p) = Sheet(bonusCap: null);
        var t = ScoreCalculator.Total(s.Criteria, c => c == work ? 70 : c == b1 ? 9 : c == p ? 99 : null, s.BonusCap);
        Assert.Equal(60m, t.Base);
        Assert.Equal(4m, t.Bonus);
        Assert.Equal(5m, t.Penalty);
        Assert.Equal(59m, t.Total);

        var low = ScoreCalculator.Total(s.Criteria, c => c == p ? 5 : 0, s.BonusCap);
        Assert.Equal(0m, low.Total);
    }

    [Fact]
    public void Record_AboveMax_IsRefusedNamingTheCriterion()
    {
        var (s, work, _, _, _, _) = Sheet();
        var card = UnitScoreCard.Create(s, 7);
        var r = card.Record(s, work, 61, "Báo cáo số 12");
        var e = Assert.IsType<ValidationError>(r.Error);
        Assert.Contains("Hoàn thành chỉ tiêu kinh tế - xã hội", e.Message);
        Assert.Contains("0 đến 60", e.Message);
    }

    [Fact]
    public void Submit_Twice_SecondIsRefused()
    {
        var (s, work, reform, _, _, _) = Sheet();
        var card = UnitScoreCard.Create(s, 7);
        card.Record(s, work, 50, "Báo cáo số 12/BC-UBND");
        card.Record(s, reform, 30, null);

        Assert.True(card.Submit(s, "Cán bộ", At).IsSuccess);
        var again = card.Submit(s, "Cán bộ", At.AddMinutes(1));

        Assert.IsType<ConflictError>(again.Error);
        Assert.Equal(At, card.SubmittedAt);
        Assert.IsType<ConflictError>(card.Record(s, work, 10, "x").Error);
    }

    [Fact]
    public void Submit_MissingScoreOrRequiredEvidence_IsRefused()
    {
        var (s, work, reform, _, _, _) = Sheet();
        var card = UnitScoreCard.Create(s, 7);
        card.Record(s, work, 50, null);
        var missing = card.Submit(s, "Cán bộ", At);
        Assert.Contains("Chỉ số cải cách hành chính", missing.Error!.Message);

        card.Record(s, reform, 30, null);
        var noEvidence = card.Submit(s, "Cán bộ", At);
        Assert.Contains("bắt buộc có minh chứng", noEvidence.Error!.Message);
        Assert.False(card.IsSubmitted);
    }

    [Fact]
    public void Adjust_RequiresReason_KeepsBeforeAndAfter()
    {
        var (s, work, reform, _, _, _) = Sheet();
        var card = UnitScoreCard.Create(s, 7);
        card.Record(s, work, 50, "Báo cáo");
        card.Record(s, reform, 30, null);
        card.Submit(s, "Cán bộ", At);

        var noReason = card.Adjust(s, work, 45, "   ", "u1", "Khối trưởng", At);
        Assert.Equal("Reason", Assert.IsType<ValidationError>(noReason.Error).Field);
        Assert.Empty(card.Adjustments);

        var ok = card.Adjust(s, work, 45, "Chỉ tiêu thu ngân sách chưa đạt", "u1", "Khối trưởng", At);
        Assert.True(ok.IsSuccess);
        var a = Assert.Single(card.Adjustments);
        Assert.Equal(50m, a.Before);
        Assert.Equal(45m, a.After);
        Assert.Equal(50m, card.EntryFor(work)!.SelfPoints);
        Assert.Equal(75m, card.Total(s).Total);

        var again = card.Adjust(s, work, 47, "Bổ sung minh chứng", "u1", "Khối trưởng", At);
        Assert.Equal(45m, again.Value!.Before);
        Assert.Equal(2, card.Adjustments.Count);
    }

    [Fact]
    public void Adjust_BeforeSubmit_IsRefused()
    {
        var (s, work, _, _, _, _) = Sheet();
        var card = UnitScoreCard.Create(s, 7);
        Assert.IsType<ConflictError>(card.Adjust(s, work, 10, "Lý do", "u", "n", At).Error);
    }

    [Fact]
    public void Finalise_RanksSubmittedCards_AndYearEndProposesLeaderForCo()
    {
        var (s, work, reform, _, _, p) = Sheet();
        UnitScoreCard Card(int unit, decimal w, decimal r, decimal pen)
        {
            var c = UnitScoreCard.Create(s, unit);
            c.Record(s, work, w, "Minh chứng");
            c.Record(s, reform, r, null);
            c.Record(s, p, pen, null);
            c.Submit(s, "x", At);
            return c;
        }

        var cards = new[] { Card(1, 55, 35, 0), Card(2, 58, 35, 3), Card(3, 50, 30, 0), UnitScoreCard.Create(s, 4) };
        var ranking = s.Finalise(cards, At).Value!;

        Assert.Equal(SheetStatus.Finalised, s.Status);
        Assert.Equal([(1, 90m, 1), (2, 90m, 1), (3, 80m, 3)], ranking.Select(x => (x.OrgUnitId, x.Score, x.Rank)));
        var proposals = ClusterAwardProposal.From(s, ranking, At);
        Assert.Equal([(1, "CO_TINH"), (2, "CO_TINH")], proposals.Select(x => (x.OrgUnitId, x.AwardCode)));
        Assert.IsType<ConflictError>(cards[0].Adjust(s, work, 1, "Sau khi chốt", "u", "n", At).Error);
        Assert.IsType<ConflictError>(s.Finalise(cards, At).Error);
    }

    [Fact]
    public void Proposals_YearEndRankTwoGetsBangKhen_MidYearNone()
    {
        var ranking = ScoreCalculator.Rank([(1, 95m), (2, 90m), (3, 90m), (4, 70m)]);
        Assert.Equal([(1, "CO_TINH"), (2, "BK_TINH"), (3, "BK_TINH")], ProposalRule.For(ScorePeriod.YearEnd, ranking).Select(p => (p.Unit.OrgUnitId, p.AwardCode)));
        Assert.Empty(ProposalRule.For(ScorePeriod.MidYear, ranking));
    }

    [Fact]
    public void Template_CannotChangeAfterOpening()
    {
        var (s, work, _, _, _, _) = Sheet();
        Assert.IsType<ConflictError>(s.AddCriterion(CriterionKind.Criterion, "III", "Mới", 10, false).Error);
        Assert.IsType<ConflictError>(s.RemoveCriterion(work.Id).Error);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1001)]
    public void AddCriterion_BadMax_NamesField(int max)
    {
        var s = ScoreSheet.Create(1, 2023, ScorePeriod.MidYear, "Sơ kết", null).Value!;
        Assert.Equal("MaxPoints", Assert.IsType<ValidationError>(s.AddCriterion(CriterionKind.Criterion, "I", "A", max, false).Error).Field);
    }

    [Fact]
    public void Open_WithoutCriteria_IsRefused()
    {
        var s = ScoreSheet.Create(1, 2023, ScorePeriod.MidYear, "Sơ kết", null).Value!;
        s.AddCriterion(CriterionKind.Bonus, null, "Thưởng", 5, false);
        Assert.IsType<ValidationError>(s.Open().Error);
    }
}
