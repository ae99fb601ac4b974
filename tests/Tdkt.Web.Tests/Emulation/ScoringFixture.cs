using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Emulation;
using Tdkt.Testing;

namespace Tdkt.Web.Tests.Emulation;

/// <summary>Arranges an open year-end 2023 score sheet on the ward cluster LCH-TP-CUM-PHUONG (leader 2023: Tân Phong).</summary>
public static class ScoringArrange
{
    public sealed record Sheet(int Id, int WorkId, int ReformId, int BonusId, int PenaltyId);

    public static Task<Sheet> OpenSheetAsync(TdktFactory app, ScorePeriod period = ScorePeriod.YearEnd) => app.WithDbAsync(async db =>
    {
        var cluster = await db.EmulationClusters.SingleAsync(c => c.Code == "LCH-TP-CUM-PHUONG");
        var s = ScoreSheet.Create(cluster.Id, 2023, period, "Chấm điểm thi đua năm 2023", 5).Value!;
        var work = s.AddCriterion(CriterionKind.Criterion, "I. Nhiệm vụ chính trị", "Hoàn thành chỉ tiêu kinh tế - xã hội", 60, true).Value!;
        var reform = s.AddCriterion(CriterionKind.Criterion, "II. Cải cách hành chính", "Chỉ số cải cách hành chính", 40, false).Value!;
        var bonus = s.AddCriterion(CriterionKind.Bonus, null, "Mô hình mới được nhân rộng", 5, false).Value!;
        var penalty = s.AddCriterion(CriterionKind.Penalty, null, "Nộp báo cáo chậm", 5, false).Value!;
        s.Open();
        db.ScoreSheets.Add(s);
        await db.SaveChangesAsync();
        return new Sheet(s.Id, work.Id, reform.Id, bonus.Id, penalty.Id);
    });

    public static Dictionary<string, string> Scores(Sheet s, decimal work, decimal reform, decimal bonus = 0, decimal penalty = 0) => new()
    {
        [$"Points_{s.WorkId}"] = work.ToString(System.Globalization.CultureInfo.GetCultureInfo("vi-VN")),
        [$"Evidence_{s.WorkId}"] = "Báo cáo số 215/BC-UBND ngày 15/11/2023",
        [$"Points_{s.ReformId}"] = reform.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"Evidence_{s.ReformId}"] = "",
        [$"Points_{s.BonusId}"] = bonus.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"Evidence_{s.BonusId}"] = "",
        [$"Points_{s.PenaltyId}"] = penalty.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"Evidence_{s.PenaltyId}"] = "",
    };

    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, Sheet s, int unitId, Dictionary<string, string> scores) =>
        await Http.PostFormAsync(client, $"/Scoring/Self/{s.Id}/{unitId}?handler=Submit", scores, $"/Scoring/Self/{s.Id}/{unitId}");
}
