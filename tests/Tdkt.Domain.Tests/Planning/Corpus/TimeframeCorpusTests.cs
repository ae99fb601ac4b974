using System.Globalization;
using Tdkt.Domain.Planning;
using Xunit.Abstractions;

namespace Tdkt.Domain.Tests.Planning.Corpus;

/// <summary>
/// Real phrasings (Corpus/timeframes.tsv, each with its source address) read by <see cref="TimeframeParser"/>.
/// A phrasing is right when kind, start, end and the extras written for it (offset, event, recurrence, part of
/// day, duration) all match. "Invented" counts dates given where the expected answer has none.
/// </summary>
public sealed class TimeframeCorpusTests(ITestOutputHelper output)
{
    private sealed record Item(string Source, int Year, string Phrase, string Kind, string Start, string End, IReadOnlyDictionary<string, string> Extra);

    private static List<Item> Load(string file = "timeframes.tsv") =>
        File.ReadAllLines(Path.Combine(CorpusSplit.Folder, file))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(c => new Item(c[0], int.Parse(c[1], CultureInfo.InvariantCulture), c[2], c[3], c[4], c[5],
                (c.Length > 6 ? c[6] : string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries)
                    .Select(kv => kv.Split('=', 2)).ToDictionary(kv => kv[0], kv => kv[1])))
            .ToList();

    private static (bool Right, bool Invented) Check(Item item)
    {
        var t = TimeframeParser.Parse(item.Phrase, item.Year);
        static string D(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
        var kind = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(t.Kind.ToString());
        var invented = item.Start.Length == 0 && item.End.Length == 0 && (t.Start is not null || t.End is not null)
            || item.Kind == "unknown" && t.Kind != TimeframeKind.Unknown;
        var right = kind == item.Kind && D(t.Start) == item.Start && D(t.End) == item.End;
        foreach (var (key, value) in item.Extra)
        {
            right &= key switch
            {
                "offset" => t.OffsetDays?.ToString(CultureInfo.InvariantCulture) == value,
                "rel" => t.RelativeTo == value,
                "rec" => t.Recurrence == value,
                "part" => t.PartOfDay == value,
                "days" => t.DurationDays?.ToString(CultureInfo.InvariantCulture) == value,
                "months" => t.DurationMonths?.ToString(CultureInfo.InvariantCulture) == value,
                _ => false,
            };
        }

        return (right, invented);
    }

    [Fact]
    public void Corpus_HasEnoughRealPhrasings()
    {
        var items = Load();
        output.WriteLine($"Timeframe corpus: {items.Count} phrasings from {items.Select(i => i.Source).Distinct().Count()} sources.");
        Assert.True(items.Count >= 300, $"only {items.Count} phrasings");
        Assert.All(items, i => Assert.StartsWith("http", i.Source, StringComparison.Ordinal));
    }

    [Fact]
    public void Development_ReadsNearlyAllPhrasingsAndInventsNothing()
    {
        var dev = Load().Where(i => !CorpusSplit.IsHeldOut(i.Source)).ToList();
        var results = dev.Select(i => (Item: i, Result: Check(i))).ToList();
        foreach (var (item, result) in results.Where(r => !r.Result.Right))
        {
            var t = TimeframeParser.Parse(item.Phrase, item.Year);
            output.WriteLine($"MISS \"{item.Phrase}\" ({item.Year}): got {t.Kind} {t.Start} {t.End} rec={t.Recurrence} off={t.OffsetDays} rel={t.RelativeTo} part={t.PartOfDay} days={t.DurationDays} months={t.DurationMonths}; expected {item.Kind} {item.Start} {item.End}");
        }

        var right = results.Count(r => r.Result.Right);
        var invented = results.Count(r => r.Result.Invented);
        output.WriteLine($"Timeframes, development: {right}/{dev.Count} right ({100.0 * right / dev.Count:0.0} %), {invented} invented.");
        Assert.True(right >= dev.Count * 0.95, $"{right}/{dev.Count}");
        Assert.Equal(0, invented);
    }

    [Fact]
    public void Blind_PhrasingsCollectedAfterTuning_ScoreIsPrinted()
    {
        var blind = Load("timeframes-blind.tsv");
        var results = blind.Select(Check).ToList();
        var right = results.Count(r => r.Right);
        var invented = results.Count(r => r.Invented);
        output.WriteLine($"Timeframes, blind (collected after tuning): {right}/{blind.Count} right ({100.0 * right / blind.Count:0.0} %), {invented} invented.");
        Assert.True(blind.Count >= 20, $"only {blind.Count} blind phrasings");
        Assert.True(right >= blind.Count / 2, $"{right}/{blind.Count}");
    }

    [Fact]
    public void HeldOut_ScoreIsPrintedAndNothingIsInvented()
    {
        var held = Load().Where(i => CorpusSplit.IsHeldOut(i.Source)).ToList();
        var results = held.Select(Check).ToList();
        var right = results.Count(r => r.Right);
        var invented = results.Count(r => r.Invented);
        output.WriteLine($"Timeframes, held-out: {right}/{held.Count} right ({100.0 * right / held.Count:0.0} %), {invented} invented.");
        Assert.True(right >= held.Count * 0.9, $"{right}/{held.Count}");
        Assert.Equal(0, invented);
    }
}
