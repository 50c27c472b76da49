using System.Text.Json;
using Tempo.Soccer;

namespace Tempo.Web.Soccer;

/// <summary>
/// A validated play as the tactic board draws it: <c>{"name","description","attack","defence","ballHolder","seed",
/// "players":[{"label","side","number","role","x","y","actions":["…"],"behaviour"}]}</c> (metres, y up).
/// </summary>
internal static class PlaySummaryJson
{
    public static string Write(Play play) => JsonSerializer.Serialize(new
    {
        name = play.Name,
        description = play.Description,
        attack = play.AttackName,
        defence = play.DefenceName,
        ballHolder = play.BallHolder,
        seed = play.Seed,
        players = play.Players.Select(p => new
        {
            label = p.Id.ToString(),
            side = p.Id.Side == Side.Attack ? "attack" : "defence",
            number = p.Id.Number,
            role = p.Role.ToString().ToLowerInvariant(),
            x = Math.Round(p.Start.X, 2),
            y = Math.Round(p.Start.Y, 2),
            colour = PitchSvg.ColourOf(play, p),
            actions = p.Actions.Select(a => a.Describe()).ToArray(),
            behaviour = p.Id.Side == Side.Defence ? p.Behaviour.ToString().ToLowerInvariant() : null,
        }),
    });
}
