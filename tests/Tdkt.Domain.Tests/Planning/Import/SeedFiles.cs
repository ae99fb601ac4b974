using Tdkt.Domain.Planning.Import;

namespace Tdkt.Domain.Tests.Planning.Import;

/// <summary>
/// The five published plans used as seeds. Read from TDKT_SEEDS, else from a "shared/seeds" folder found by
/// walking up from the test binaries (../shared beside the repository in CI), else from the copies bundled
/// with the tests (Planning/Import/Seeds), so the tests run without ../shared.
/// </summary>
internal static class SeedFiles
{
    public static string Read(string prefix) => File.ReadAllText(Find(prefix));

    public static string ReadBundled(string prefix) => File.ReadAllText(FindIn(BundledFolder, prefix)
        ?? throw new FileNotFoundException($"Bundled seed {prefix}_*.txt not found in {BundledFolder}."));

    public static PlanDraft Parse(string prefix)
    {
        var result = PlanDocumentParser.Parse(Read(prefix));
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value!;
    }

    private static string BundledFolder => Path.Combine(AppContext.BaseDirectory, "Planning", "Import", "Seeds");

    private static string Find(string prefix)
    {
        var fromEnv = Environment.GetEnvironmentVariable("TDKT_SEEDS");
        if (!string.IsNullOrWhiteSpace(fromEnv) && FindIn(fromEnv, prefix) is { } envFile)
        {
            return envFile;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (FindIn(Path.Combine(dir.FullName, "shared", "seeds"), prefix) is { } shared)
            {
                return shared;
            }
        }

        return FindIn(BundledFolder, prefix)
            ?? throw new FileNotFoundException($"Seed {prefix}_*.txt not found (TDKT_SEEDS, shared/seeds, bundled copies).");
    }

    private static string? FindIn(string folder, string prefix) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder, prefix + "_*.txt").OrderBy(f => f, StringComparer.Ordinal).FirstOrDefault() : null;
}
