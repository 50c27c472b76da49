namespace Tempo.Web.Tests.Support;

/// <summary>Runs the `tempo` command in process, for comparing the API's answers with the CLI's.</summary>
public static class CliOutput
{
    public static (int Exit, string Out, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = Tempo.Cli.Program.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>The CLI's one-line refusal without its "tempo: " prefix.</summary>
    public static string Refusal(params string[] args)
    {
        var (exit, _, error) = Run(args);
        Assert.Equal(2, exit);
        var line = error.Trim();
        Assert.StartsWith("tempo: ", line);
        return line["tempo: ".Length..];
    }
}
