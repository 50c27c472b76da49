namespace Tempo.Soccer.Lines;

/// <summary>A scripted player's line of control: an ordinary async method over his awaitable actions.</summary>
public delegate Task PlayScript(Player player, CancellationToken cancellationToken);
