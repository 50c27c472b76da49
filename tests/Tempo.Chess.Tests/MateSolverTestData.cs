using System.Text.RegularExpressions;

namespace Tempo.Chess.Tests;

/// <summary>Test positions for the mate prover, read from tests/data.</summary>
internal static partial class MateSolverTestData
{
    public const string BookPuzzleFen = "r1q2rk1/p1pp1p1p/1pn2Bp1/5b2/8/1BQ5/PPP2PPP/R4RK1 w - - 0 1";

    /// <summary>dev.epd lines with a known mate in <paramref name="min"/>..<paramref name="max"/>: (FEN, N).</summary>
    public static TheoryData<string, int> DevMates(int min, int max) => Mates("mates-dev.epd", min, max);

    /// <summary>The matetrack #7 and #8 of mates-moremovers.epd that the prover settles within CI's time: (FEN, N).</summary>
    public static TheoryData<string, int> Moremovers() => Mates("mates-moremovers.epd", 1, 50);

    private static TheoryData<string, int> Mates(string file, int min, int max)
    {
        var data = new TheoryData<string, int>();
        foreach (var line in File.ReadLines(TestData.PathOf(file)))
        {
            var match = MateDistance().Match(line);
            int n = int.Parse(match.Groups[1].Value);
            if (n >= min && n <= max)
            {
                data.Add(string.Join(' ', line.Split(' ')[..4]), n);
            }
        }
        return data;
    }

    public static TheoryData<string, int> DevMateIn1To3() => DevMates(1, 3);

    public static TheoryData<string, int> DevMateIn4() => DevMates(4, 4);

    public static TheoryData<string, int> DevMateIn5() => DevMates(5, 5);

    [GeneratedRegex(@"bm #(-?\d+);")]
    private static partial Regex MateDistance();
}
