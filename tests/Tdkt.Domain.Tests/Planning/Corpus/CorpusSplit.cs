using System.Text;

namespace Tdkt.Domain.Tests.Planning.Corpus;

/// <summary>
/// The corpus of real public documents is split once, by its source address: an item is held out when the FNV-1a
/// hash of the address modulo 10 is below 3 (about 30 %). Tuning looks at development failures only; held-out
/// items are only ever counted (docs/benchmarks.md).
/// </summary>
internal static class CorpusSplit
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Planning", "Corpus");

    public static bool IsHeldOut(string source)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(source.Trim()))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return hash % 10 < 3;
    }
}
