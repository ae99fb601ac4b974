using Tdkt.Domain.Common;

namespace Tdkt.Domain.Awards.Eligibility;

/// <summary>The facts of one evaluation, with the cross-cutting principles applied once: years before the end of
/// a discipline term do not count (P4), thematic and ad-hoc awards do not count (P3), used initiatives and
/// achievements do not count (P8). Rules read history only through these methods.</summary>
internal sealed class EligibilityContext
{
    public const string Law = "Luật TĐKT 2022";

    public EligibilityContext(AwardDefinition definition, int year, DateOnly decisionDate, SubjectFacts facts,
        JurisdictionSettings settings)
    {
        Definition = definition;
        Year = year;
        DecisionDate = decisionDate;
        Facts = facts;
        Settings = settings;
        FirstCountableYear = int.MinValue;
        foreach (var d in facts.Disciplines)
        {
            if (d.From > decisionDate)
            {
                continue;
            }

            // A year counts only if it starts after the term ended, so the year the term ends does not count.
            if (d.To.Year + 1 > FirstCountableYear)
            {
                FirstCountableYear = d.To.Year + 1;
                LastDiscipline = d;
            }

            if (d.To >= decisionDate)
            {
                ActiveDiscipline = d;
            }
        }
    }

    public AwardDefinition Definition { get; }
    public string AwardCode => Definition.Code;
    public LegalBasis Basis => Definition.Basis;
    public int Year { get; }
    public DateOnly DecisionDate { get; }
    public SubjectFacts Facts { get; }
    public JurisdictionSettings Settings { get; }

    /// <summary>First year whose achievements count (after every discipline term decided by the decision date).</summary>
    public int FirstCountableYear { get; }

    /// <summary>The discipline that sets <see cref="FirstCountableYear"/>, if any.</summary>
    public Discipline? LastDiscipline { get; }

    /// <summary>A discipline term still running on the decision date.</summary>
    public Discipline? ActiveDiscipline { get; }

    public bool IsCountable(int year) => year >= FirstCountableYear;

    /// <summary>Reference to the principles article of the implementing decree.</summary>
    public string PrinciplesReference => Basis switch
    {
        LegalBasis.Nd152_2025 => "Điều 4 Nghị định 152/2025/NĐ-CP",
        LegalBasis.Nd98_2023 => "Nguyên tắc khen thưởng, Nghị định 98/2023/NĐ-CP (điều khoản chưa đối chiếu)",
    };

    public Rating? RatingIn(int year)
    {
        if (!IsCountable(year))
        {
            return null;
        }

        foreach (var r in Facts.Ratings)
        {
            if (r.Year == year)
            {
                return r.Rating;
            }
        }

        return null;
    }

    public bool RatedAtLeast(int year, Rating minimum) => RatingIn(year) is { } r && r >= minimum;

    /// <summary>A countable merit (công trạng) award; thematic and ad-hoc ones never count (P3).</summary>
    public bool HasMeritAward(string code, int year)
    {
        if (!IsCountable(year))
        {
            return false;
        }

        foreach (var a in Facts.Awards)
        {
            if (a.Year == year && a.Kind == CommendationKind.Merit && a.AwardCode == code)
            {
                return true;
            }
        }

        return false;
    }

    public List<int> MeritAwardYears(string code)
    {
        var years = new List<int>();
        foreach (var a in Facts.Awards)
        {
            if (a.Kind == CommendationKind.Merit && a.AwardCode == code && a.Year <= Year && IsCountable(a.Year))
            {
                years.Add(a.Year);
            }
        }

        return years;
    }

    /// <summary>Runs for <paramref name="awardCode"/> start after the last time it was awarded
    /// (<see cref="JurisdictionSettings.RestartRunAfterAward"/>) and never before <see cref="FirstCountableYear"/>.</summary>
    public int RunFloor(string awardCode)
    {
        var floor = FirstCountableYear;
        if (!Settings.RestartRunAfterAward)
        {
            return floor;
        }

        foreach (var a in Facts.Awards)
        {
            if (a.AwardCode == awardCode && a.Kind == CommendationKind.Merit && a.Year <= Year && a.Year + 1 > floor)
            {
                floor = a.Year + 1;
            }
        }

        return floor;
    }

    /// <summary>Initiatives and scientific works recognised in [from, to], of at least that scope, not yet used.</summary>
    public int UnusedInitiatives(int from, int to, InitiativeScope minimumScope)
    {
        var count = 0;
        foreach (var i in Facts.Initiatives)
        {
            if (i.UsedFor is null && i.Year >= from && i.Year <= to && i.Scope >= minimumScope && IsCountable(i.Year))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Initiatives in the window that are excluded only because they were already used (for messages).</summary>
    public int UsedInitiatives(int from, int to, InitiativeScope minimumScope)
    {
        var count = 0;
        foreach (var i in Facts.Initiatives)
        {
            if (i.UsedFor is not null && i.Year >= from && i.Year <= to && i.Scope >= minimumScope)
            {
                count++;
            }
        }

        return count;
    }

    public bool HasUnusedAchievement(int year, AchievementKind kind)
    {
        if (!IsCountable(year))
        {
            return false;
        }

        foreach (var a in Facts.Achievements)
        {
            if (a.Year == year && a.Kind == kind && a.UsedFor is null)
            {
                return true;
            }
        }

        return false;
    }

    public MemberStats? MembersIn(int year)
    {
        foreach (var m in Facts.Members)
        {
            if (m.Year == year)
            {
                return m;
            }
        }

        return null;
    }

    public static string Years(int from, int to) => from == to
        ? from.ToString(ViFormat.Culture)
        : from.ToString(ViFormat.Culture) + "–" + to.ToString(ViFormat.Culture);
}
