namespace Tdkt.Testing;

public static class DemoTokens
{
    /// <summary>The API token of a demo user, from the data folder's demo-tokens.txt.</summary>
    public static string For(TdktFactory factory, string userName) =>
        File.ReadAllLines(Path.Combine(factory.DataFolder, "demo-tokens.txt"))
            .Select(l => l.Split(' ', 2))
            .Single(p => p[0] == userName)[1];
}
