namespace Tempo.Async.Samples;

/// <summary>
/// SimPy's "Movie Renege" example (examples/movie_renege.py): moviegoers queue at one counter, a
/// <see cref="Resource"/>, and leave when their movie sells out: <c>yield my_turn | theater.sold_out[movie]</c> is
/// <c>await counter.RequestOrEventAsync(soldOut[movie], ct)</c>, null when the event came first.
/// </summary>
public static class MovieRenegeExample
{
    private const int Tickets = 50;
    private const double SimTimeMinutes = 120;

    /// <summary>Runs the example, writing what the SimPy original prints.</summary>
    public static void Run(TextWriter output)
    {
        output.WriteLine("Movie renege");
        var random = new PythonRandom(42);
        using var sim = new Simulation();
        var theater = new Theater(new Resource(sim, "counter", capacity: 1), ["Python Unchained", "Kill Process", "Pulp Implementation"]);
        foreach (var movie in theater.Movies)
        {
            theater.Available[movie] = Tickets;
            theater.SoldOut[movie] = sim.CreateEvent($"{movie} sold out");
            theater.Renegers[movie] = 0;
        }
        var moviegoers = 0;
        sim.Start("customer arrivals", async ct =>
        {
            while (true)
            {
                await sim.DelayAsync(Py.Time(random.ExpoVariate(1 / 0.5)), ct);
                var movie = random.Choice(theater.Movies);
                var tickets = random.RandInt(1, 6);
                if (theater.Available[movie] != 0)
                {
                    _ = sim.Start($"moviegoer {moviegoers++}", c => Moviegoer(sim, movie, tickets, theater, c));
                }
            }
        });
        sim.RunUntil(Py.Time(SimTimeMinutes));
        foreach (var movie in theater.Movies.Where(m => theater.SoldOut[m].IsSet))
        {
            output.WriteLine($"Movie \"{movie}\" sold out {Py.F(theater.WhenSoldOut[movie], 1)} minutes after ticket counter opening.");
            output.WriteLine($"  Number of people leaving queue when film sold out: {theater.Renegers[movie]}");
        }
    }

    private static async Task Moviegoer(Simulation sim, string movie, int tickets, Theater theater, CancellationToken ct)
    {
        using var myTurn = await theater.Counter.RequestOrEventAsync(theater.SoldOut[movie], ct);
        if (myTurn is null)
        {
            theater.Renegers[movie]++;
            return;
        }
        if (theater.Available[movie] < tickets)
        {
            // The moviegoer argues with the teller, then leaves.
            await sim.DelayAsync(Py.Time(0.5), ct);
            return;
        }
        theater.Available[movie] -= tickets;
        if (theater.Available[movie] < 2)
        {
            theater.SoldOut[movie].Set();
            theater.WhenSoldOut[movie] = Py.Now(sim);
            theater.Available[movie] = 0;
        }
        await sim.DelayAsync(Py.Time(1), ct);
    }

    private sealed record Theater(Resource Counter, string[] Movies)
    {
        public Dictionary<string, int> Available { get; } = [];

        public Dictionary<string, SimEvent> SoldOut { get; } = [];

        public Dictionary<string, double> WhenSoldOut { get; } = [];

        public Dictionary<string, int> Renegers { get; } = [];
    }
}
