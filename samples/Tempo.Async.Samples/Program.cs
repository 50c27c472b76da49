using Tempo.Async.Samples;

// dotnet run --project samples/Tempo.Async.Samples [concept ...]: runs the named samples (all by default), each
// printing what its SimPy original (in SimPy/, or among SimPy's documentation examples) prints.
var everything = Samples.All.Concat(Samples.Examples).ToList();
var chosen = args.Length == 0 ? everything : everything.Where(s => args.Contains(s.Concept)).ToList();
if (chosen.Count == 0)
{
    Console.Error.WriteLine($"tempo-samples: unknown concept '{string.Join(' ', args)}': choose from {string.Join(", ", everything.Select(s => s.Concept))}");
    return 2;
}
foreach (var (concept, run) in chosen)
{
    var original = Samples.Examples.Any(e => e.Concept == concept) ? $"SimPy 3.0.11 documentation, examples/{concept}.py" : $"SimPy/{concept}.py";
    Console.WriteLine($"== {concept} ({original})");
    run(Console.Out);
}
return 0;
