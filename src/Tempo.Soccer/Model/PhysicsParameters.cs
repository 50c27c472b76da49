namespace Tempo.Soccer.Model;

/// <summary>
/// The physical constants of a simulation. Every default is a typical value from published
/// measurements (sources beside each); a play file may override any of them.
/// </summary>
public sealed record PhysicsParameters
{
    /// <summary>
    /// Top running speed, m/s. Elite footballers peak at 8–9.5 m/s (30–34 km/h) in league
    /// tracking data (e.g. Bundesliga / Premier League published top speeds); 8.5 is a typical player.
    /// Measured (`tempo soccer calibrate`, Last Row's LIV 2-1 CHE tracks, 9.75 s): highest 9.7 m/s, 90th percentile of
    /// the 20 players' top speeds 7.9, median 5.2 (few sprint flat out in ten seconds).
    /// </summary>
    public double MaxSpeed { get; init; } = 8.5;

    /// <summary>
    /// Acceleration time constant τ in v(t) = vmax·(1 − e^(−t/τ)), seconds. The exponential sprint
    /// model is Furusawa, Hill and Parkinson (1927); fits to sprinters and footballers give τ ≈ 1 s.
    /// Measured (`tempo soccer calibrate`, LIV 2-1 CHE tracks): τ ≈ 1.5 s, the median over the 11 players who reached
    /// 5 m/s of the model sprint matched to each one's top speed and top acceleration (the runs seldom start from rest).
    /// </summary>
    public double Tau { get; init; } = 1.0;

    /// <summary>
    /// Reaction time before a player responds to the ball being played, seconds. 0.2–0.7 s;
    /// Spearman et al., "Physics-based modeling of pass probabilities in soccer" (MIT Sloan 2017) use 0.7 s.
    /// </summary>
    public double ReactionTime { get; init; } = 0.3;

    /// <summary>
    /// Deceleration of a ball rolling on grass, m/s². FIFA's turf ball-roll test (ball released
    /// from a 1 m, 45° ramp, ≈3.4 m/s) asks for 4–10 m of roll, i.e. 0.6–1.5 m/s² of constant deceleration.
    /// </summary>
    public double BallDeceleration { get; init; } = 0.8;

    /// <summary>Slowest ordinary pass, m/s (tracking data: passes travel 10–19 m/s, median ≈ 12).</summary>
    public double MinPassSpeed { get; init; } = 10.0;

    /// <summary>Fastest ordinary pass, m/s.</summary>
    public double MaxPassSpeed { get; init; } = 19.0;

    /// <summary>
    /// Speed a pass is weighted to arrive with at its target, m/s. With <see cref="BallDeceleration"/> a pass of the
    /// median length in tracking data (≈18 m) then leaves the foot at ≈12 m/s, the median pass speed; 10 m passes at
    /// 11.7, 40 m passes at 13.6 (within 10–19).
    /// Measured (`tempo soccer calibrate`, 820 passes of 5 m or more: Last Row's 2019 Liverpool passes and Metrica's
    /// sample game 1): median 14.8 m at 12.1 m/s average; with the deceleration above held, the travel times fit an
    /// arrival speed of 12.2 m/s (0.50 s rms).
    /// </summary>
    public double PassArrivalSpeed { get; init; } = 11.0;

    /// <summary>
    /// Shot speed, m/s (struck shots: 25–30 m/s, 90–110 km/h). Metrica's sample game 1: 23 shots at a median average
    /// speed of 20.6 m/s from the foot to where the event ends (saves and blocks included, so a lower bound).
    /// </summary>
    public double ShotSpeed { get; init; } = 27.0;

    /// <summary>Distance within which a player controls a loose ball, metres (about a stride: 1 m).</summary>
    public double ControlRadius { get; init; } = 1.0;

    /// <summary>
    /// How far sideways a goalkeeper's hands reach a ball at full stretch of a dive, metres, from where he stood when the
    /// shot was struck. A 1.90 m keeper stretched out has his fingertips 0.72 of his stature beyond his centre of mass
    /// (overhead reach 1.27 of stature less the centre of mass at 0.55: Winter, Biomechanics and Motor Control of Human
    /// Movement, anthropometric table), 1.37 m; his centre of mass flies sideways at
    /// <see cref="GoalkeeperDiveSpeed"/> for the 0.43 s it takes to fall from 0.9 m (his crouched stance) to the grass,
    /// 1.68 m; plus the ball's radius: 3.2 m. A dive from the middle of the goal just about reaches a ball inside a post.
    /// Was 1.6 (half an arm span plus a dive, reached at once) until the dive was timed.
    /// </summary>
    public double GoalkeeperReach { get; init; } = 3.2;

    /// <summary>
    /// How far sideways a goalkeeper's hands reach without diving, metres, once his reaction time is up: half his shoulder
    /// width and an arm (0.129 + 0.440 of stature, Winter's anthropometric table: 1.08 m for a 1.90 m keeper) plus the
    /// ball's radius, 1.2.
    /// </summary>
    public double GoalkeeperStandReach { get; init; } = 1.2;

    /// <summary>
    /// A diving goalkeeper's sideways speed at take-off, m/s: the horizontal speed of his centre of mass from both legs'
    /// push-off, 2.7 + 1.2 = 3.9 m/s (ten elite keepers diving at balls shot from a ball cannon: Ibrahim, Kingma, de Boode,
    /// Faber and van Dieën, "Kinematic and kinetic analysis of the goalkeeper's diving save in football", Journal of
    /// Sports Sciences 37(3), 313–321, 2019).
    /// </summary>
    public double GoalkeeperDiveSpeed { get; init; } = 3.9;

    /// <summary>
    /// Seconds a goalkeeper's push-off takes to bring his dive to <see cref="GoalkeeperDiveSpeed"/>, evenly, from the end
    /// of his reaction time. Set so that the dive reaches full stretch (<see cref="GoalkeeperReach"/>) about 0.7 s after
    /// the keeper starts to move, the body-movement time to a corner in the penalty-kick literature (reaction 0.2–0.3 s,
    /// then about 0.7 s of movement; summarised in C. Hoeger, "Biomechanics of goalkeeping", University of Pennsylvania
    /// BIOL 438, 2011): 0.7 = (3.2 − 1.2) / 3.9 + push-off / 2 gives 0.37.
    /// </summary>
    public double GoalkeeperPushOff { get; init; } = 0.37;

    /// <summary>Distance from which a defender can attempt a tackle, metres (a lunging leg).</summary>
    public double TackleRange { get; init; } = 1.5;

    /// <summary>Fraction of top speed a player keeps while dribbling (dribbling costs 10–20 % of sprint speed).</summary>
    public double DribbleSpeedFactor { get; init; } = 0.85;

    /// <summary>Seconds a beaten defender needs to turn and recover before he can tackle again.</summary>
    public double BeatenRecovery { get; init; } = 2.5;

    /// <summary>Ball radius, metres (Law 2: circumference 68–70 cm).</summary>
    public double BallRadius { get; init; } = 0.11;

    /// <summary>Gravitational acceleration, m/s² (standard gravity, 9.80665; 9.81 at the latitudes football is played).</summary>
    public double Gravity { get; init; } = 9.81;

    /// <summary>Ball mass, kg (Law 2: 410–450 g at the start of the match; the middle).</summary>
    public double BallMass { get; init; } = 0.43;

    /// <summary>Air density, kg/m³ (International Standard Atmosphere at sea level, 15 °C).</summary>
    public double AirDensity { get; init; } = 1.225;

    /// <summary>
    /// Drag coefficient of a ball in flight; drag is quadratic, F = ½·ρ·Cd·A·v². Goff and Carré, "Trajectory analysis of
    /// a soccer ball" (Am. J. Phys. 77, 1020, 2009) fit Cd ≈ 0.25–0.3 to filmed kicks above the drag crisis (past about
    /// 12 m/s); Asai et al. (Sports Engineering 10, 2007) measure ≈ 0.2 there in a wind tunnel. 0.25.
    /// </summary>
    public double DragCoefficient { get; init; } = 0.25;

    /// <summary>
    /// Coefficient of restitution of a ball bouncing on grass (vertical speed out over in). FIFA's Quality Concept for
    /// Football Turf asks that a ball dropped from 2 m rebound 0.6–1.0 m: e = √(0.8 / 2) ≈ 0.63 in the middle.
    /// </summary>
    public double BounceRestitution { get; init; } = 0.63;

    /// <summary>
    /// Fraction of its horizontal speed a bouncing ball keeps (friction with the grass). FIFA's Quality Concept for
    /// Football Turf, angle ball rebound: a ball at 50 km/h striking the turf at 15° keeps 45–70 % of its speed; 0.6.
    /// After its last bounce the ball rolls with <see cref="BallDeceleration"/>.
    /// </summary>
    public double BounceSpeedRetention { get; init; } = 0.6;

    /// <summary>
    /// Coefficient of restitution off a post or the crossbar. FIFA's Quality Programme for balls: dropped from 2 m on
    /// a steel plate a ball rebounds 1.35–1.55 m (e ≈ 0.82–0.88); 0.8 for a round aluminium frame.
    /// </summary>
    public double GoalFrameRestitution { get; init; } = 0.8;

    /// <summary>
    /// Highest ball a player plays with his foot (a volley), metres: hip height, 0.53 of stature (Winter, Biomechanics
    /// and Motor Control of Human Movement, anthropometric table) for a 1.83 m player is 0.97 m.
    /// </summary>
    public double FootReach { get; init; } = 1.0;

    /// <summary>
    /// Highest ball a player heads, metres: a 1.83 m player (the Premier League's average stature) jumping 0.45 m
    /// (footballers' counter-movement jumps are 0.40–0.56 m: Wisløff et al., Br. J. Sports Med. 38, 2004).
    /// A ball higher than this passes over him.
    /// </summary>
    public double HeadReach { get; init; } = 2.3;

    /// <summary>
    /// Highest ball a goalkeeper reaches with his hands, metres: a 1.90 m keeper's overhead reach (1.27 of stature,
    /// Winter's table, ≈ 2.4 m) plus a 0.45 m jump. His sideways reach (<see cref="GoalkeeperReach"/>) holds up to
    /// hip height and narrows above it, so a shot high in a corner is harder to keep out than a low one near him.
    /// </summary>
    public double GoalkeeperReachHeight { get; init; } = 2.9;

    /// <summary>
    /// Speed of a headed shot or pass off the head, m/s. An estimate, not a measurement: about half a struck shot
    /// (the head has no backswing); the ball's own speed into the header is not used.
    /// </summary>
    public double HeaderSpeed { get; init; } = 14.0;

    /// <summary>
    /// How near a ball must pass a player for him to take or block it before he has had his reaction time since it was
    /// kicked, metres: his body, not a reaching leg. Half a shoulder width (0.259 of stature, Winter's anthropometric
    /// table: 0.24 m for a 1.83 m player) plus the ball's radius, 0.35. The pass's intended receiver, who expects it, and
    /// anyone after his reaction time reach <see cref="ControlRadius"/>.
    /// </summary>
    public double BodyReach { get; init; } = 0.35;

    /// <summary>Fixed physics step inside the virtual clock, seconds.</summary>
    public double TimeStep { get; init; } = 0.02;

    /// <summary>Distance covered from rest after running for <paramref name="t"/> seconds at full effort.</summary>
    public double DistanceAfter(double t, double maxSpeed) => maxSpeed * (t - (Tau * (1 - Math.Exp(-t / Tau))));

    /// <summary>Seconds needed to cover <paramref name="distance"/> metres from rest (inverse of <see cref="DistanceAfter"/>, by Newton's method).</summary>
    public double TimeToCover(double distance, double maxSpeed)
    {
        if (distance <= 0)
        {
            return 0;
        }
        var t = (distance / maxSpeed) + Tau;
        for (var i = 0; i < 20; i++)
        {
            var f = DistanceAfter(t, maxSpeed) - distance;
            var df = maxSpeed * (1 - Math.Exp(-t / Tau));
            if (df < 1e-9)
            {
                break;
            }
            var next = t - (f / df);
            if (Math.Abs(next - t) < 1e-9)
            {
                t = next;
                break;
            }
            t = Math.Max(next, 1e-6);
        }
        return t;
    }
}
