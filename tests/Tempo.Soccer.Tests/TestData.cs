namespace Tempo.Soccer.Tests;

internal static class TestData
{
    public static string Path(params string[] parts) => System.IO.Path.Combine([AppContext.BaseDirectory, "data", .. parts]);

    /// <summary>The repository's plays/ folder, copied beside the tests by the project file.</summary>
    public static string Play(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "plays", name);
}
