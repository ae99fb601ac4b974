namespace Tdkt.Testing;

public static class TestFolders
{
    /// <summary>A fresh temporary data folder an embedded cluster can live under: the cluster runs as the postgres
    /// user, which must reach its folder below this one.</summary>
    public static string ForEmbeddedCluster(string prefix)
    {
        var data = Directory.CreateTempSubdirectory(prefix).FullName;
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(data, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }

        return data;
    }
}
