using Tempo.Async.Samples;

namespace Tempo.Async.Samples.Tests;

/// <summary>
/// SimPy 3.0.11's documentation examples, ported: each prints byte for byte what the original prints under Debian's
/// python3-simpy3 (tests/data/simpy/examples/&lt;name&gt;.txt; tests/data/README.md says how it was produced).
/// </summary>
public sealed class SimPyExamplesTests
{
    public static TheoryData<string> Names => new(Samples.Examples.Select(s => s.Concept));

    [Theory]
    [MemberData(nameof(Names))]
    public void Example_PrintsByteForByteWhatSimPyPrints(string name)
    {
        var output = new StringWriter { NewLine = "\n" };

        Samples.Examples.Single(s => s.Concept == name).Run(output);

        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "simpy", "examples", name + ".txt"));
        Assert.Equal(expected, output.ToString());
    }

    [Fact]
    public void EveryExpectedOutput_HasAnExample()
    {
        var outputs = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "data", "simpy", "examples"), "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        Assert.Equal(outputs, Samples.Examples.Select(s => s.Concept).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void PythonRandom_DrawsWhatCPythonDraws_WithSeed42()
    {
        // /usr/bin/python3 -c "import random; random.seed(42); print(repr(random.random()), random.randint(50,99),
        //   random.randint(1,6), repr(random.uniform(1,3)), repr(random.expovariate(0.1)),
        //   repr(random.normalvariate(10,2)), random.choice(['a','b','c']))"
        var random = new PythonRandom(42);

        Assert.Equal(0.6394267984578837, random.Random());
        Assert.Equal(51, random.RandInt(50, 99));
        Assert.Equal(6, random.RandInt(1, 6));
        Assert.Equal(1.5500586367382385, random.Uniform(1, 3));
        Assert.Equal(2.5258618567011353, random.ExpoVariate(0.1));
        Assert.Equal(12.509571862114925, random.NormalVariate(10, 2));
        Assert.Equal("c", random.Choice(["a", "b", "c"]));
    }
}
