namespace Tempo.Soccer.Model;

/// <summary>A player: team and shirt number. Attackers print as "#10", defenders as "opp#5".</summary>
public readonly record struct PlayerId(Side Side, int Number)
{
    /// <summary>"#10" for an attacker, "opp#6" for a defender.</summary>
    public override string ToString() => Side == Side.Attack ? $"#{Number}" : $"opp#{Number}";
}
