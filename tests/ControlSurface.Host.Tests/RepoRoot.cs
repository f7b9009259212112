namespace ControlSurface.Host.Tests;

/// <summary>The repository checkout the tests run from (found by walking up to ControlSurface.sln).</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "ControlSurface.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ControlSurface.sln not found above " + AppContext.BaseDirectory);
    }
}
