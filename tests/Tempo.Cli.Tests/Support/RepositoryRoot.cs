namespace Tempo.Cli.Tests.Support;

/// <summary>Finds the checked-out repository (the folder holding Tempo.slnx) above the test binaries.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Tempo.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("Tempo.slnx not found above " + AppContext.BaseDirectory);
    }
}
