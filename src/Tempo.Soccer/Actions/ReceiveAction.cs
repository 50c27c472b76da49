namespace Tempo.Soccer.Actions;

/// <summary>Wait for the ball and bring it under control (moving onto its path).</summary>
public sealed record ReceiveAction : PlayAction
{
    /// <inheritdoc/>
    public override string Describe() => "receive the ball";
}
