using System.Globalization;
using System.Runtime.CompilerServices;
using Tempo.Soccer.Model;

namespace Tempo.Soccer.Engine;

/// <summary>The referee: rulings on top of <see cref="Laws"/> (goal, out of play, offside, duels, saves, who controls a loose ball) and what they do to the play.</summary>
internal sealed partial class World
{
    /// <summary>A defender tries to win the ball from the holder; the duel is decided by the simulation's seeded random source.</summary>
    public bool TryTackle(PlayerState defender)
    {
        var holder = Holder;
        if (holder is null || holder.Id.Side == defender.Id.Side || Time < defender.BeatenUntil
            || defender.Position.DistanceTo(BallPosition) > Physics.TackleRange)
        {
            return false;
        }
        var a = holder.Duel * (1 - defender.Duel);
        var b = defender.Duel * (1 - holder.Duel);
        var holderWins = a + b <= 0 ? 0.5 : a / (a + b);
        var roll = Luck(defender).NextDouble();
        var data = !_recordDetail ? null : new Dictionary<string, string>
        {
            ["holder"] = holder.Id.ToString(),
            ["holderAt"] = holder.Position.ToString(),
            ["defender"] = defender.Id.ToString(),
            ["defenderAt"] = defender.Position.ToString(),
            ["holderWinProbability"] = holderWinsText(holderWins),
            ["roll"] = holderWinsText(roll),
        };
        if (roll < holderWins)
        {
            defender.BeatenUntil = Time + Physics.BeatenRecovery;
            Log(PlayEventType.Dribble, holder, $"{holder.Id} beats {defender.Id} in a duel", holder.Position, data, outcome: "Complete");
            return false;
        }
        Log(PlayEventType.Duel, defender, $"{defender.Id} tackles {holder.Id} and wins the ball", defender.Position, data, outcome: "Won");
        TakePossession(defender, "tackled");
        return true;

        static string holderWinsText(double p) => p.ToString("0.000", CultureInfo.InvariantCulture);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void JudgeLooseBall(Vec2 previous, double previousHeight)
    {
        if (Laws.GoalFrameStrike(previous, BallPosition, Physics.BallRadius, previousHeight, BallHeight) is { } hit)
        {
            StrikeGoalFrame(hit);
            return;
        }
        if (previous.X < Pitch.Length && BallPosition.X >= Pitch.Length)
        {
            NoteGoalLineHeight(previousHeight + ((BallHeight - previousHeight) * (Pitch.Length - previous.X) / (BallPosition.X - previous.X)));
        }
        if (Laws.GoalCrossing(previous, BallPosition, Physics.BallRadius, previousHeight, BallHeight) is { } crossing)
        {
            var scorer = LastTouch!;
            var own = scorer.Id.Side == Side.Defence;
            Log(PlayEventType.Goal, scorer, own ? $"own goal by {scorer.Id}" : $"GOAL: {scorer.Id} scores", crossing, !_recordDetail ? null : new Dictionary<string, string>
            {
                ["crossedAt"] = crossing.ToString(),
                ["lowerPostY"] = Pitch.LowerPostY.ToString("0.00", CultureInfo.InvariantCulture),
                ["upperPostY"] = Pitch.UpperPostY.ToString("0.00", CultureInfo.InvariantCulture),
                ["rule"] = "the whole ball crossed the goal line between the posts",
            }, outcome: "Goal");
            EndFlight(crossing, "Goal");
            SetBallActivity("in the net");
            Finish(true, own ? null : scorer.Id, "goal", own ? "own goal" : $"{scorer.Id} scored", Time);
            return;
        }
        if (Laws.IsOutOfPlay(BallPosition, Physics.BallRadius))
        {
            var last = LastTouch!;
            var restart = Laws.RestartAfterOut(BallPosition, last.Id.Side);
            Log(PlayEventType.Out, last, $"ball out of play off {last.Id}: {Laws.Describe(restart)}", BallPosition, !_recordDetail ? null : new Dictionary<string, string>
            {
                ["ball"] = BallPosition.ToString(),
                ["lastTouch"] = last.Id.ToString(),
                ["restart"] = Laws.Describe(restart),
            }, outcome: Laws.Describe(restart));
            EndFlight(BallPosition, ShotInFlight ? "Off Target" : "Out");
            SetBallActivity("out of play");
            Finish(false, null, "out", $"the ball went out of play ({Laws.Describe(restart)})", Time);
            return;
        }
        PlayerState? best = null;
        var bestDistance = double.MaxValue;
        foreach (var p in _players)
        {
            if ((p.Index == _kicker && Time - _kickTime < KickerIgnoreSeconds) || Time < p.BeatenUntil)
            {
                // A beaten player is off balance and behind the play: he cannot reach the ball either.
                continue;
            }
            if (BallHeight > ReachHeight(p))
            {
                // Over his head: he cannot play it.
                continue;
            }
            double reach;
            double d;
            if (FacesShot(p))
            {
                // His dive, from where he stood at the shot, after his reaction time (his body before it).
                reach = DiveReach(Time - _kickTime, p.ReactionTime, BallHeight, Physics);
                d = DiveOrigin(p).DistanceTo(BallPosition);
            }
            else
            {
                reach = Physics.ControlRadius;
                if (KickCount > 0 && p != IntendedRecipient && Time - _kickTime < p.ReactionTime)
                {
                    // A ball struck past him before he could react: only his body is in its way.
                    reach = Math.Min(reach, Physics.BodyReach);
                }
                d = p.Position.DistanceTo(BallPosition);
            }
            if (d <= reach && d < bestDistance && !_beatenKeepers.Contains(p.Index))
            {
                best = p;
                bestDistance = d;
            }
        }
        if (best is null)
        {
            if (BallVelocity.Length < 1e-9 && !_ballActivity.StartsWith("loose", StringComparison.Ordinal))
            {
                SetBallActivity("loose");
            }
            return;
        }
        if (FacesShot(best))
        {
            TrySave(best);
            return;
        }
        Control(best);
    }

    private void Control(PlayerState player)
    {
        var flying = _kickEvent >= 0 && _log[_kickEvent].Outcome is null;
        if (flying)
        {
            EndFlight(BallPosition);
        }
        if (player.Id.Side == Side.Attack)
        {
            if (_pendingOffside is { Offside: true } call && IntendedRecipient == player)
            {
                RuleFlight("Offside");
                Holder = player;
                Log(PlayEventType.Offside, player, $"{player.Id} is penalised for offside when he plays the ball", BallPosition, _recordDetail ? OffsideData(call, Restart.OpenPlay) : null, outcome: "Offside");
                SetBallActivity("offside");
                Finish(false, null, "offside", $"{player.Id} was offside when the ball was played ({call.Reason})", Time);
                return;
            }
            if (flying)
            {
                RuleFlight("Complete");
            }
            var height = BallHeight;
            TakeOutOfTheAir(player);
            Holder = player;
            LastTouch = player;
            BallVelocity = default;
            IntendedRecipient = null;
            ShotInFlight = false;
            Log(PlayEventType.BallReceipt, player, $"{player.Id} controls the ball{HowTaken(height)}", BallPosition,
                height >= GroundTouch && _recordDetail ? new Dictionary<string, string> { ["height"] = height.ToString("0.00", CultureInfo.InvariantCulture) } : null, outcome: "Complete");
            SetBallActivity($"with {player.Id}");
            return;
        }
        if (flying)
        {
            RuleFlight(ShotInFlight ? "Blocked" : "Intercepted");
        }
        Log(ShotInFlight ? PlayEventType.Block : PlayEventType.Interception, player, $"{player.Id} {(ShotInFlight ? "blocks the shot" : "intercepts")}", BallPosition, !_recordDetail ? null : new Dictionary<string, string>
        {
            ["interceptor"] = player.Position.ToString(),
            ["ball"] = BallPosition.ToString(),
            ["intendedFor"] = IntendedRecipient?.Id.ToString() ?? "(space)",
        }, outcome: "Won");
        TakePossession(player, ShotInFlight ? "blocked" : "intercepted");
    }

    private void TakePossession(PlayerState player, string how)
    {
        TakeOutOfTheAir(player);
        Holder = player;
        LastTouch = player;
        BallVelocity = default;
        ShotInFlight = false;
        Log(PlayEventType.Possession, player, $"possession changes: {player.Id} ({how})", BallPosition);
        SetBallActivity($"with {player.Id}");
        var who = _kickEvent >= 0 && _log[_kickEvent] is var k && how is "intercepted" or "blocked" or "saved" ? $" {k.Player}'s {(how == "intercepted" ? "pass" : "shot")}" : "";
        Finish(false, null, how, $"{player.Id} {how}{who} at {player.Position}", Time);
    }

    private OffsideCall JudgeOffside(PlayerState attacker, Restart restart)
    {
        var k = 0;
        foreach (var p in _players)
        {
            if (p.Id.Side == Side.Defence)
            {
                _defenderPositions[k++] = p.Position;
            }
        }
        return Laws.JudgeOffside(attacker.Position, BallPosition, _defenderPositions, _defenderNumbers, restart);
    }

    private static Dictionary<string, string> OffsideData(OffsideCall call, Restart restart) => new()
    {
        ["playerX"] = call.PlayerX.ToString("0.00", CultureInfo.InvariantCulture),
        ["ballX"] = call.BallX.ToString("0.00", CultureInfo.InvariantCulture),
        ["secondLastOpponentX"] = call.SecondLastOpponentX.ToString("0.00", CultureInfo.InvariantCulture),
        ["secondLastOpponent"] = $"opp#{call.SecondLastOpponentNumber}",
        ["halfwayX"] = Pitch.HalfwayX.ToString("0.00", CultureInfo.InvariantCulture),
        ["restart"] = Laws.Describe(restart),
        ["reason"] = call.Reason,
    };
}
