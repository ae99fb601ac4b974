using System.Diagnostics;
using System.Globalization;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Awards.Eligibility;

// 100,000 individuals with 10 years (2015–2024) of ratings, CSTĐCS titles, initiatives, the odd BK tỉnh,
// discipline and hold; CSTD_TINH and BK_TINH evaluated for 2024 on one thread. Deterministic (fixed seed).
const int Subjects = 100_000, FirstYear = 2015, LastYear = 2024;
var decided = new DateOnly(2025, 3, 15);
var settings = JurisdictionSettings.Default;

var sw = Stopwatch.StartNew();
var facts = Build(Subjects);
var buildMs = sw.Elapsed.TotalMilliseconds;

// Cold: the first full pass of a fresh process, JIT tiering included.
var (coldCstdMs, _) = Evaluate(AwardCodes.CstdTinh, Subjects);
var (coldBkMs, _) = Evaluate(AwardCodes.BkTinh, Subjects);

// Warm up: run a slice, give tiered compilation time to publish optimised code, run again. The timing then
// measures the rules in steady state (as in the long-running web process), not the JIT.
for (var round = 0; round < 2; round++)
{
    Evaluate(AwardCodes.CstdTinh, 20_000);
    Evaluate(AwardCodes.BkTinh, 20_000);
    Thread.Sleep(300);
}

var (cstdTinhMs, cstdTinhEligible) = Evaluate(AwardCodes.CstdTinh, Subjects);
var (bkTinhMs, bkTinhEligible) = Evaluate(AwardCodes.BkTinh, Subjects);

string F(double v) => v.ToString("N0", CultureInfo.InvariantCulture);
string F1(double v) => v.ToString("N2", CultureInfo.InvariantCulture);
Console.WriteLine($"Subjects: {F(Subjects)} × {LastYear - FirstYear + 1} years; facts built in {F(buildMs)} ms");
Console.WriteLine($"CSTD_TINH: {F(cstdTinhMs)} ms ({F1(cstdTinhMs * 1000 / Subjects)} µs/subject), eligible {F(cstdTinhEligible)}");
Console.WriteLine($"BK_TINH:   {F(bkTinhMs)} ms ({F1(bkTinhMs * 1000 / Subjects)} µs/subject), eligible {F(bkTinhEligible)}");
Console.WriteLine($"Total evaluation: {F(cstdTinhMs + bkTinhMs)} ms single-threaded, steady state (target < 2,000 ms)");
Console.WriteLine($"Cold first pass (fresh process, JIT tiering included): CSTD_TINH {F(coldCstdMs)} ms, BK_TINH {F(coldBkMs)} ms, total {F(coldCstdMs + coldBkMs)} ms");

(double Ms, int Eligible) Evaluate(string code, int count)
{
    var eligible = 0;
    var timer = Stopwatch.StartNew();
    for (var i = 0; i < count; i++)
    {
        var result = EligibilityEngine.Evaluate(code, LastYear, decided, facts[i], settings);
        if (result.Value is { Eligible: true })
        {
            eligible++;
        }
    }

    return (timer.Elapsed.TotalMilliseconds, eligible);
}

static SubjectFacts[] Build(int count)
{
    var random = new Random(20_251_121);
    var all = new SubjectFacts[count];
    for (var i = 0; i < count; i++)
    {
        var ratings = new List<YearRating>(LastYear - FirstYear + 1);
        var awards = new List<AwardRecord>();
        var initiatives = new List<Initiative>();
        var strong = random.NextDouble() < 0.3;
        for (var y = FirstYear; y <= LastYear; y++)
        {
            var roll = random.NextDouble();
            var rating = roll < (strong ? 0.5 : 0.1) ? Rating.Excellent
                : roll < 0.9 ? Rating.Good
                : roll < 0.98 ? Rating.Completed : Rating.NotCompleted;
            ratings.Add(new YearRating(y, rating));
            if (rating >= Rating.Good)
            {
                awards.Add(new AwardRecord(y, AwardCodes.Ldtt, new DateOnly(y + 1, 1, 15)));
            }

            if (random.NextDouble() < (strong ? 0.4 : 0.05))
            {
                var scope = random.NextDouble() < 0.2 ? InitiativeScope.Provincial : InitiativeScope.Grassroots;
                initiatives.Add(new Initiative(y, scope, random.NextDouble() < 0.3 ? "CSTDCS " + y.ToString(CultureInfo.InvariantCulture) : null));
            }

            if (rating == Rating.Excellent || (rating == Rating.Good && random.NextDouble() < 0.2))
            {
                awards.Add(new AwardRecord(y, AwardCodes.Cstdcs, new DateOnly(y + 1, 1, 20),
                    random.NextDouble() < 0.05 ? CommendationKind.Thematic : CommendationKind.Merit));
            }

            if (random.NextDouble() < 0.03)
            {
                awards.Add(new AwardRecord(y, AwardCodes.BkTinh, new DateOnly(y + 1, 2, 1)));
            }
        }

        var disciplines = random.NextDouble() < 0.02
            ? new[] { new Discipline(DisciplineLevel.Reprimand, new DateOnly(2021, 5, 1), new DateOnly(2022, 4, 30)) }
            : [];
        var holds = random.NextDouble() < 0.01 ? new[] { new Hold(HoldKind.Complaint, new DateOnly(2025, 1, 10)) } : [];
        all[i] = new SubjectFacts
        {
            Kind = SubjectKind.Individual,
            Ratings = ratings,
            Awards = awards,
            Initiatives = initiatives,
            Disciplines = disciplines,
            Holds = holds,
        };
    }

    return all;
}
