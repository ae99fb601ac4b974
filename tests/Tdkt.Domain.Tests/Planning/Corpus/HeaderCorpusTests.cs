using System.Text.Json;
using System.Text.RegularExpressions;
using Tdkt.Domain.Common;
using Tdkt.Domain.Planning.Import;
using Xunit.Abstractions;

namespace Tdkt.Domain.Tests.Planning.Corpus;

/// <summary>
/// Headers of real public documents (Corpus/Headers/NNN.txt, with NNN.json giving the source address and what the
/// header says) read through <see cref="PlanDocumentParser"/> as the import preview does. Eight fields an item
/// (issuer, parent issuer, number, place, date, kind, title, legal bases); a field is right when it matches the
/// expected value (case, spacing and dash style aside), empty where the text says nothing. "Invented" counts
/// fields filled where the text has nothing.
/// </summary>
public sealed partial class HeaderCorpusTests(ITestOutputHelper output)
{
    private static readonly string[] Fields = ["issuer", "parentIssuer", "number", "place", "date", "kind", "title", "legalBases"];

    private sealed record Item(string File, string Source, string Text, Dictionary<string, string> Expected);

    private static List<Item> Load() =>
        Directory.GetFiles(Path.Combine(CorpusSplit.Folder, "Headers"), "*.json").Order(StringComparer.Ordinal).Select(json =>
        {
            var root = JsonDocument.Parse(File.ReadAllText(json)).RootElement;
            var expected = Fields.ToDictionary(f => f, f => f == "legalBases"
                ? string.Join(";", root.GetProperty(f).EnumerateArray().Select(e => Norm(e.GetString())).Order(StringComparer.Ordinal))
                : Norm(root.GetProperty(f).GetString()));
            return new Item(Path.GetFileName(json), root.GetProperty("source").GetString()!, File.ReadAllText(Path.ChangeExtension(json, ".txt")), expected);
        }).ToList();

    private static string Norm(string? s) =>
        Spaces().Replace(VietnameseText.Normalize(s).Replace('–', '-').ToUpperInvariant(), " ").Replace(" /", "/", StringComparison.Ordinal)
            .Replace("/ ", "/", StringComparison.Ordinal).Replace(" - ", "-", StringComparison.Ordinal).Trim(' ', '.', ',', ':', ';');

    private static Dictionary<string, string> Actual(string text)
    {
        var draft = PlanDocumentParser.Parse(text).Value!;
        var d = draft.IssueDate;
        var numbers = draft.LegalBases.SelectMany(b => PlanHeaderReader.InstrumentNumbers(b.Text))
            .Select(Norm).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return new Dictionary<string, string>
        {
            ["issuer"] = Norm(draft.IssuingBody),
            ["parentIssuer"] = Norm(draft.ParentIssuer),
            ["number"] = Norm(draft.DocumentNumber),
            ["place"] = Norm(draft.Place),
            ["date"] = d is null ? string.Empty : $"{d.Year}-{d.Month:00}-{d.Day:00}".Replace("-00", "-", StringComparison.Ordinal),
            ["kind"] = Norm(draft.DocumentKind),
            ["title"] = Norm(draft.Title),
            ["legalBases"] = string.Join(";", numbers),
        };
    }

    private (int Right, int Total, int Invented) Score(List<Item> items, bool showMisses)
    {
        int right = 0, total = 0, invented = 0;
        foreach (var item in items)
        {
            var actual = Actual(item.Text);
            foreach (var f in Fields)
            {
                total++;
                var ok = actual[f] == item.Expected[f];
                right += ok ? 1 : 0;
                invented += item.Expected[f].Length == 0 && actual[f].Length > 0 ? 1 : 0;
                if (!ok && showMisses)
                {
                    output.WriteLine($"MISS {item.File} {f}: got \"{actual[f]}\", expected \"{item.Expected[f]}\"");
                }
            }
        }

        return (right, total, invented);
    }

    [Fact]
    public void Corpus_EveryItemHasItsSourceAndParsesWithoutRejection()
    {
        var items = Load();
        output.WriteLine($"Header corpus: {items.Count} documents from {items.Select(i => new Uri(i.Source).Host).Distinct().Count()} sites.");
        Assert.True(items.Count >= 100, $"only {items.Count} documents");
        Assert.All(items, i =>
        {
            Assert.StartsWith("http", i.Source, StringComparison.Ordinal);
            Assert.True(PlanDocumentParser.Parse(i.Text).IsSuccess, i.File);
        });
    }

    [Fact]
    public void Development_FieldsRightAndNothingInvented()
    {
        var dev = Load().Where(i => !CorpusSplit.IsHeldOut(i.Source)).ToList();
        var (right, total, invented) = Score(dev, showMisses: true);
        output.WriteLine($"Headers, development ({dev.Count} documents): {right}/{total} fields right ({100.0 * right / total:0.0} %), {invented} invented.");
        Assert.True(right >= total * 0.85, $"{right}/{total}");
        // Was 2 while the 38 tuned documents were all there was. Set to the figure measured on 2026-12-02 after 64 unseen
        // documents were added (docs/benchmarks.md, "Reading real plans"): 5 invented fields in development, all from new
        // items (a session line, an authority line, an enacting "QUYẾT ĐỊNH" and a heading read as issuer or kind).
        // Lowered to 1 on 2026-12-02 after those four constructions were handled as general rules (PlanHeaderReader).
        Assert.True(invented <= 1, $"{invented} invented");
    }

    [Fact]
    public void HeldOut_ScoreIsPrinted()
    {
        var held = Load().Where(i => CorpusSplit.IsHeldOut(i.Source)).ToList();
        var (right, total, invented) = Score(held, showMisses: false);
        output.WriteLine($"Headers, held-out ({held.Count} documents): {right}/{total} fields right ({100.0 * right / total:0.0} %), {invented} invented.");
        Assert.True(right >= total * 0.75, $"{right}/{total}");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
