namespace Tempo.Async.Samples;

/// <summary>
/// SimPy's <c>yield env.all_of(jobs)</c> (or <c>a &amp; b</c>) is <c>await Task.WhenAll(…)</c> over the lines'
/// completions; the results come back in the order the jobs were given. See SimPy/all_of.py.
/// </summary>
public static class AllOfSample
{
    /// <summary>Runs the sample, writing what the SimPy original prints.</summary>
    public static void Run(TextWriter output)
    {
        using var sim = new Simulation();
        sim.Start("supervisor", async ct =>
        {
            var jobs = new[] { ("paint", 4), ("wire", 2), ("plumb", 3) }
                .Select(job => sim.Start(job.Item1, async c =>
                {
                    await sim.DelayAsync(SimTime.Seconds(job.Item2), c);
                    output.WriteLine($"{job.Item1} finished at {SimTime.Of(sim)}");
                    return job.Item1;
                }))
                .ToList();
            var results = await Task.WhenAll(jobs.Select(j => j.Completion));
            output.WriteLine($"all finished at {SimTime.Of(sim)} : {string.Join(", ", results)}");
        });
        sim.Run();
    }
}
