using Npgsql;

namespace Tdkt.Testing;

/// <summary>
/// The migrated, demo-seeded template database (made once per process by starting the app on it)
/// and cheap clones of it: CREATE DATABASE … TEMPLATE tdkt_template.
/// </summary>
public static class TestDatabases
{
    public const string Template = "tdkt_template";
    public const string DemoPassword = "LaiChau@2025-demo";
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static bool _ready;
    private static bool _referenceReady;

    /// <summary>The migrated template with reference data and <see cref="ReferenceSeed"/> only (no demo data).</summary>
    public const string ReferenceTemplate = "tdkt_reference";
    private static int _counter;

    /// <summary>Data folder of the template run: holds demo-tokens.txt for the demo users.</summary>
    public static string TemplateDataFolder { get; } = Path.Combine(Path.GetTempPath(), $"tdkt-test-data-{Environment.ProcessId}");

    public static async Task<string> CreateAsync(string name)
    {
        await EnsureTemplateAsync();
        var db = $"t_{Sanitize(name)}_{Interlocked.Increment(ref _counter)}";
        await Gate.WaitAsync(); // CREATE DATABASE … TEMPLATE fails if two clone the template at once
        try
        {
            await PostgresCluster.Instance.ExecuteAsync($"CREATE DATABASE \"{db}\" TEMPLATE {Template}");
        }
        finally
        {
            Gate.Release();
        }

        return db;
    }

    /// <summary>A factory on a fresh clone; its data folder already holds the demo tokens file.</summary>
    public static async Task<TdktFactory> NewFactoryAsync(string name, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var db = await CreateAsync(name);
        var folder = Path.Combine(Path.GetTempPath(), $"tdkt-{db}-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(TemplateDataFolder, "demo-tokens.txt"), Path.Combine(folder, "demo-tokens.txt"), overwrite: true);
        CopyKeyEncryptionCertificate(folder);
        return new TdktFactory(db, folder, settings);
    }

    /// <summary>A factory on a fresh clone of the minimal reference seed (<see cref="ReferenceSeed"/>): no demo data,
    /// no tokens file; sign in with <see cref="DemoPassword"/>, build states with <see cref="Build"/>.</summary>
    public static async Task<TdktFactory> NewReferenceFactoryAsync(string name, IReadOnlyDictionary<string, string?>? settings = null)
    {
        await EnsureReferenceTemplateAsync();
        var db = $"r_{Sanitize(name)}_{Interlocked.Increment(ref _counter)}";
        await Gate.WaitAsync();
        try
        {
            await PostgresCluster.Instance.ExecuteAsync($"CREATE DATABASE \"{db}\" TEMPLATE {ReferenceTemplate}");
        }
        finally
        {
            Gate.Release();
        }

        var folder = Path.Combine(Path.GetTempPath(), $"tdkt-{db}-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        CopyKeyEncryptionCertificate(folder, ReferenceDataFolder);
        return new TdktFactory(db, folder, settings);
    }

    private static string ReferenceDataFolder { get; } = Path.Combine(Path.GetTempPath(), $"tdkt-test-reference-{Environment.ProcessId}");

    private static async Task EnsureReferenceTemplateAsync()
    {
        if (_referenceReady)
        {
            return;
        }

        await Gate.WaitAsync();
        try
        {
            if (_referenceReady)
            {
                return;
            }

            await PostgresCluster.Instance.ExecuteAsync($"CREATE DATABASE {ReferenceTemplate}");
            Directory.CreateDirectory(ReferenceDataFolder);
            using (var app = new TdktFactory(ReferenceTemplate, ReferenceDataFolder))
            {
                _ = app.Server; // migrates and loads the reference data (demo data off)
                await ReferenceSeed.SeedAsync(app.Services);
            }

            NpgsqlConnection.ClearAllPools();
            _referenceReady = true;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>The clone's key ring (in the database) was encrypted with the template's certificate: the clone's
    /// folder gets the same one, as a second app node would.</summary>
    public static void CopyKeyEncryptionCertificate(string folder) => CopyKeyEncryptionCertificate(folder, TemplateDataFolder);

    private static void CopyKeyEncryptionCertificate(string folder, string templateFolder)
    {
        var kek = Path.Combine(templateFolder, "dataprotection-kek.pfx");
        if (File.Exists(kek))
        {
            File.Copy(kek, Path.Combine(folder, "dataprotection-kek.pfx"), overwrite: true);
        }
    }

    private static async Task EnsureTemplateAsync()
    {
        if (_ready)
        {
            return;
        }

        await Gate.WaitAsync();
        try
        {
            if (_ready)
            {
                return;
            }

            await PostgresCluster.Instance.ExecuteAsync($"CREATE DATABASE {Template}");
            using (var app = new TdktFactory(Template, TemplateDataFolder, new Dictionary<string, string?> { ["Tdkt:DemoData"] = "true" }))
            {
                _ = app.Server; // starting the host migrates and seeds
            }

            NpgsqlConnection.ClearAllPools();
            _ready = true;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static string Sanitize(string s) =>
        new([.. s.ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c)).Take(30)]);
}
