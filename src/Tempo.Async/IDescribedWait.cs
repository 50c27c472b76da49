namespace Tempo.Async;

/// <summary>A wait that can say what it waits for and who stands on the other side, for a deadlock report.</summary>
internal interface IDescribedWait : IWait
{
    /// <summary>What the line waits for, naming the lines that hold it or could end the wait where they are known.</summary>
    string Describe();
}
