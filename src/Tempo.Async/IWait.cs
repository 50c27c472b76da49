namespace Tempo.Async;

/// <summary>A runtime wait a line is suspended in; an interrupt ends it with an exception.</summary>
internal interface IWait
{
    /// <summary>Ends the wait with <paramref name="exception"/>; called in the owning line's step.</summary>
    void Abort(Exception exception);
}
