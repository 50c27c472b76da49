using SharpFuzz;
using Tempo.Fuzz;

// Usage: Tempo.Fuzz TARGET            (under afl-fuzz: reads each input from AFL's shared memory loop)
//        Tempo.Fuzz TARGET --replay DIR (runs every file of DIR once, e.g. a seed corpus or AFL's crashes)
if (args.Length == 0 || !Targets.All.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine($"usage: Tempo.Fuzz {string.Join('|', Targets.All.Keys)} [--replay DIR]");
    return 2;
}
if (args.Length == 3 && args[1] == "--replay")
{
    var files = Directory.GetFiles(args[2]).Order(StringComparer.Ordinal).ToList();
    foreach (var file in files)
    {
        target(File.ReadAllBytes(file));
    }
    Console.WriteLine($"{args[0]}: {files.Count} inputs replayed without a crash");
    return 0;
}
Fuzzer.OutOfProcess.Run(stream =>
{
    using var memory = new MemoryStream();
    stream.CopyTo(memory);
    target(memory.ToArray());
});
return 0;
