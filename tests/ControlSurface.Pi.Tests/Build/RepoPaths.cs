namespace ControlSurface.Pi.Tests.Build;

/// <summary>Paths in the repository checkout the tests run from.</summary>
public static class RepoPaths
{
    /// <summary>The folder holding ControlSurface.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The x64 build of the program (built with the solution; this test project references it for build order).</summary>
    public static string HostDll => Path.Combine(Root, "src", "ControlSurface.Host", "bin", "Release", "net10.0", "controlsurface.dll");

    /// <summary>A file under hardware/pi.</summary>
    public static string PiFile(string name) => Path.Combine(Root, "hardware", "pi", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ControlSurface.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"no ControlSurface.sln above {AppContext.BaseDirectory}");
    }
}
