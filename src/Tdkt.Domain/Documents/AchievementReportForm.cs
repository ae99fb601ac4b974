using Tdkt.Domain.Awards;

namespace Tdkt.Domain.Documents;

/// <summary>What a báo cáo thành tích form is for.</summary>
public enum AchievementSubject
{
    Collective,
    Individual,
    Household,
}

/// <summary>
/// The form of báo cáo thành tích a nominee writes (Decree 152/2025 appendix, which follows Decree 98/2023's eleven
/// forms): chosen by the award and the kind of commendation and subject. The numbering is recorded in
/// docs/decisions/ADR-0031-feat-docs4-documents.md with its sources; where it is not verified against the published
/// appendix the form says so in <see cref="Note"/>. A household has no form of its own in the decree: it uses the
/// collective's outline with the household's facts (an ADR decision).
/// </summary>
public sealed record AchievementReportForm(string Number, string Purpose, AchievementSubject Subject, string? Note)
{
    /// <summary>The form for a nominee: Cờ thi đua của Chính phủ (01), Chiến sĩ thi đua toàn quốc (02), công trạng
    /// collective/individual (03/04), đột xuất (05), quá trình cống hiến (06), theo đợt, chuyên đề (07).</summary>
    public static AchievementReportForm For(string awardCode, SubjectKind kind, CommendationKind commendation)
    {
        var subject = kind switch
        {
            SubjectKind.Individual => AchievementSubject.Individual,
            SubjectKind.Household => AchievementSubject.Household,
            _ => AchievementSubject.Collective,
        };
        const string unverified = "Số hiệu mẫu theo thứ tự 11 mẫu của Phụ lục Nghị định 98/2023/NĐ-CP (Nghị định 152/2025/NĐ-CP kế thừa); chưa đối chiếu với bản công báo của Phụ lục Nghị định 152/2025/NĐ-CP.";
        var household = subject == AchievementSubject.Household ? " Hộ gia đình dùng đề cương của tập thể." : string.Empty;
        return (awardCode, commendation, subject) switch
        {
            (AwardCodes.CoCp, _, _) => new("01", "đề nghị tặng Cờ thi đua của Chính phủ", AchievementSubject.Collective, unverified),
            (AwardCodes.CstdTq, _, _) => new("02", "đề nghị tặng danh hiệu Chiến sĩ thi đua toàn quốc", AchievementSubject.Individual, unverified),
            (_, CommendationKind.AdHoc, _) => new("05", "đề nghị khen thưởng thành tích đột xuất", subject, unverified + household),
            (_, CommendationKind.Dedication, _) => new("06", "đề nghị khen thưởng quá trình cống hiến", AchievementSubject.Individual, unverified),
            (_, CommendationKind.Thematic, _) => new("07", "đề nghị khen thưởng theo đợt thi đua, chuyên đề", subject, unverified + household),
            (_, _, AchievementSubject.Individual) => new("04", "đề nghị khen thưởng thành tích thực hiện nhiệm vụ (công trạng) của cá nhân", subject, unverified),
            _ => new("03", "đề nghị khen thưởng thành tích thực hiện nhiệm vụ (công trạng) của tập thể", subject, unverified + household),
        };
    }
}
