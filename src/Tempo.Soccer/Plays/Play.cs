using Tempo.Soccer.Model;

namespace Tempo.Soccer.Plays;

/// <summary>A scripted play: both teams' starting positions, who has the ball, each scripted player's actions, and a seed.</summary>
public sealed record Play
{
    /// <summary>The play's name, e.g. "book".</summary>
    public required string Name { get; init; }

    /// <summary>What happens in the play, in a sentence or two.</summary>
    public string Description { get; init; } = "";

    /// <summary>Where the play came from (a file path, or "built-in"); error messages name it.</summary>
    public string Source { get; init; } = "built-in";

    /// <summary>The seed a run uses unless told another.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Virtual seconds after which the play is over if nothing has decided it.</summary>
    public double Horizon { get; init; } = 20.0;

    /// <summary>Virtual seconds a player waits (for the ball, or for a teammate) before he gives up.</summary>
    public double Patience { get; init; } = 8.0;

    /// <summary>How the ball holder's first pass restarts play (offside does not apply from throw-ins, goal kicks, corners).</summary>
    public Restart Restart { get; init; } = Restart.OpenPlay;

    /// <summary>The physics the run uses.</summary>
    public PhysicsParameters Physics { get; init; } = new();

    /// <summary>The attacking team's name.</summary>
    public string AttackName { get; init; } = "Attack";

    /// <summary>The defending team's name.</summary>
    public string DefenceName { get; init; } = "Defence";

    /// <summary>The teams' shirt colours as the play file gives them (null: the defaults).</summary>
    public TeamColours Colours { get; init; } = new();

    /// <summary>Shirt number of the attacker who has the ball at the start.</summary>
    public required int BallHolder { get; init; }

    /// <summary>All 22 (or fewer) players, attack and defence.</summary>
    public required IReadOnlyList<PlayerSpec> Players { get; init; }

    /// <summary>What the play file says that is allowed but probably not meant (a shot wide of the posts, a receive no pass serves).</summary>
    public IReadOnlyList<PlayFileWarning> Warnings { get; init; } = [];

    /// <summary>The player with this id, or null.</summary>
    public PlayerSpec? Find(PlayerId id)
    {
        foreach (var p in Players)
        {
            if (p.Id == id)
            {
                return p;
            }
        }
        return null;
    }
}
