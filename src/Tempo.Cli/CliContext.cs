namespace Tempo.Cli;

/// <summary>Where a command writes, and the single place that turns failures into exit codes.</summary>
public sealed class CliContext(TextWriter output, TextWriter error)
{
    public TextWriter Output { get; } = output;
    public TextWriter Error { get; } = error;

    /// <summary>Runs a command body; bad input becomes exit code 2 with one line on stderr, never a stack trace.</summary>
    public int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception e) when (InputErrors.IsBadInput(e))
        {
            Error.WriteLine($"tempo: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            Error.WriteLine("tempo: interrupted");
            return ExitCodes.Interrupted;
        }
        catch (Exception e)
        {
            Error.WriteLine($"tempo: internal error: {e.GetType().Name}: {e.Message}");
            return ExitCodes.InternalFailure;
        }
    }
}
