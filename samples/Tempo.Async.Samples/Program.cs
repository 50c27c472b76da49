using Tempo.Async.Samples;

// dotnet run --project samples/Tempo.Async.Samples [concept ...]: runs the named samples (all by default), each
// printing what its SimPy original in SimPy/ prints.
var chosen = args.Length == 0 ? Samples.All : Samples.All.Where(s => args.Contains(s.Concept)).ToList();
if (chosen.Count == 0)
{
    Console.Error.WriteLine($"tempo-samples: unknown concept '{string.Join(' ', args)}': choose from {string.Join(", ", Samples.All.Select(s => s.Concept))}");
    return 2;
}
foreach (var (concept, run) in chosen)
{
    Console.WriteLine($"== {concept} (SimPy/{concept}.py)");
    run(Console.Out);
}
return 0;
