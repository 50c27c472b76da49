namespace Tempo.Soccer.Actions;

/// <summary>Wait until a condition holds (e.g. a teammate is past a line), or for some seconds.</summary>
public sealed record WaitAction(WaitCondition Condition) : PlayAction
{
    /// <inheritdoc/>
    public override string Describe() => $"wait for {Condition.Describe()}";
}
