namespace Tempo.Cli;

public static class ExitCodes
{
    public const int Ok = 0;
    public const int InternalFailure = 1;
    public const int BadInput = 2;
    public const int Interrupted = 130;
}
