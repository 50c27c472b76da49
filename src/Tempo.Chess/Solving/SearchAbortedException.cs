namespace Tempo.Chess.Solving;

/// <summary>Unwinds a search that ran out of time or was cancelled; the caller keeps what was already proven.</summary>
internal sealed class SearchAbortedException : Exception
{
    public SearchAbortedException()
        : base("the mate search was stopped before it finished")
    {
    }
}
