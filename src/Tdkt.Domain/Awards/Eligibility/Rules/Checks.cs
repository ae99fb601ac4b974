using Tdkt.Domain.Common;

namespace Tdkt.Domain.Awards.Eligibility.Rules;

/// <summary>Criteria shared by several rules.</summary>
internal static class Checks
{
    public static Criterion Conduct(EligibilityContext c, string what, string reference) => c.Facts.ConductConfirmed
        ? new Criterion(CriterionCodes.Conduct, true, $"Đã được xác nhận: {what}.", reference)
        : new Criterion(CriterionCodes.Conduct, false, $"Chưa được xác nhận: {what}.", reference);

    public static Criterion RatingAtLeast(EligibilityContext c, Rating minimum, string reference)
    {
        var code = minimum == Rating.Excellent ? CriterionCodes.RatingExcellent : CriterionCodes.RatingAtLeastGood;
        var year = c.Year.ToString(ViFormat.Culture);
        var rating = c.RatingIn(c.Year);
        if (rating is not { } r)
        {
            var why = c.IsCountable(c.Year) ? "chưa có kết quả xếp loại" : "không được tính (trong thời hạn kỷ luật)";
            return new Criterion(code, false, $"Năm {year} {why}; cần {minimum.Code()} trở lên.", reference);
        }

        return r >= minimum
            ? new Criterion(code, true, $"Năm {year} xếp loại {r.Code()} ({r.Vietnamese().ToLowerInvariant()}).", reference)
            : new Criterion(code, false, $"Năm {year} xếp loại {r.Code()}; cần {minimum.Code()} trở lên.", reference);
    }

    /// <summary>The required summary of alternative routes: met when at least one route is met.</summary>
    public static Criterion AnyRoute(string code, IReadOnlyList<Criterion> routes, string reference)
    {
        var met = routes.Where(r => r.Met).Select(r => r.Message).ToList();
        return met.Count > 0
            ? new Criterion(code, true, string.Join(" ", met), reference)
            : new Criterion(code, false, "Chưa đạt điều kiện nào trong các trường hợp được xét.", reference);
    }

    public static Criterion Achievement(EligibilityContext c, string code, AchievementKind kind, string label,
        string reference)
    {
        var year = c.Year.ToString(ViFormat.Culture);
        if (c.HasUnusedAchievement(c.Year, kind))
        {
            return new Criterion(code, true, $"Có {label} năm {year}.", reference, Required: false);
        }

        var used = c.Facts.Achievements.Any(a => a.Year == c.Year && a.Kind == kind && a.UsedFor is not null);
        var message = used
            ? $"{Capitalize(label)} năm {year} đã được dùng để khen thưởng, không tính lại."
            : $"Không có {label} năm {year}.";
        return new Criterion(code, false, message, reference, Required: false);
    }

    public static Criterion LdttShare(EligibilityContext c, MemberStats? m, decimal minimumPercent, string reference)
    {
        var min = minimumPercent.ToString("0.##", ViFormat.Culture);
        if (m is null || m.Total <= 0)
        {
            return NoMemberData(c, CriterionCodes.MembersLdttShare, reference);
        }

        var met = m.Ldtt * 100m >= minimumPercent * m.Total;
        var share = (m.Ldtt * 100m / m.Total).ToString("0.##", ViFormat.Culture);
        return new Criterion(CriterionCodes.MembersLdttShare, met,
            $"{m.Ldtt}/{m.Total} thành viên đạt Lao động tiên tiến ({share}%); cần từ {min}% trở lên.", reference);
    }

    public static Criterion NoMemberData(EligibilityContext c, string code, string reference) =>
        new(code, false, $"Chưa có số liệu thành viên năm {c.Year.ToString(ViFormat.Culture)}.", reference);

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
