using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsCheck;

namespace Tempo.Chess.Tests.Hostile;

/// <summary>
/// Generators of hostile text (valid inputs mutated the way people break them: cut short, pasted with junk,
/// fields swapped, odd characters, huge numbers) and the check that a parser answers each one with a value or
/// its own typed error, within a time bound.
/// </summary>
internal static class HostileInput
{
    public const int Inputs = 100_000;

    private const string ChessAlphabet = "pnbrqkPNBRQK0123456789/ -wbKQkqabcdefghx+#=:;\"!?,.()[]O0\t\r\n";

    private static readonly string[] Interesting =
    [
        "", " ", "-", "0", "-1", "9", "99999999999999999999", "2147483648", "-2147483649", "1e9", "NaN", "\0", "\uFFFF",
        "\uD800", "\u00A0", "\u2003", "８", "K", "k", "/", "//////////", "8/8/8/8/8/8/8/8", "startpos", ";", "\"", "\"\"",
        "mateIn99999999999", "mateIn0", "#0", "#-3", "dm 0", "bm #99999999999", "e1g1", "O-O-O", "a7a8q", "e8=Q+",
    ];

    /// <summary>Mutations of the seeds, plus some wholly random strings (1 in 8).</summary>
    public static Gen<string> Mutations(IReadOnlyList<string> seeds, string? alphabet = null)
    {
        var letters = alphabet ?? ChessAlphabet;
        var mutated = Gen.Select(Gen.Int[0, seeds.Count - 1], Gen.Int[0, seeds.Count - 1], Gen.UInt.Array[1, 6],
            (a, b, ops) => Mutate(seeds[a], seeds[b], ops, letters));
        var random = Gen.OneOf(Gen.String[Gen.Char[letters], 0, 120], Gen.String);
        return Gen.Frequency((7, mutated), (1, random));
    }

    /// <summary>Applies each operation code to the text; every code is a valid operation, so shrinking stays in range.</summary>
    public static string Mutate(string text, string other, uint[] ops, string alphabet)
    {
        var s = new StringBuilder(text);
        foreach (var op in ops)
        {
            var kind = op % 12;
            var rest = op / 12;
            var pos = s.Length == 0 ? 0 : (int)(rest % (uint)(s.Length + 1));
            rest /= 97;
            var letter = alphabet[(int)(rest % (uint)alphabet.Length)];
            var span = 1 + (int)(rest % 7);
            switch (kind)
            {
                case 0 when s.Length > 0 && pos < s.Length:
                    s.Remove(pos, 1);
                    break;
                case 1:
                    s.Insert(pos, letter);
                    break;
                case 2 when pos < s.Length:
                    s[pos] = letter;
                    break;
                case 3 when pos < s.Length:
                    s.Remove(pos, Math.Min(span, s.Length - pos));
                    break;
                case 4 when pos < s.Length:
                    s.Insert(pos, s.ToString(pos, Math.Min(span, s.Length - pos)));
                    break;
                case 5:
                    s.Length = pos;
                    break;
                case 6:
                    s.Insert(pos, (char)(rest % 0x10000));
                    break;
                case 7:
                    SwapTokens(s, (int)rest);
                    break;
                case 8:
                    var cut = other.Length == 0 ? 0 : (int)(rest % (uint)other.Length);
                    s.Length = pos;
                    s.Append(other.AsSpan(cut));
                    break;
                case 9:
                    s.Insert(pos, Interesting[(int)(rest % (uint)Interesting.Length)]);
                    break;
                case 10:
                    ReplaceToken(s, (int)rest, Interesting[(int)(rest / 5 % (uint)Interesting.Length)]);
                    break;
                default:
                    s.Insert(pos, s.ToString());
                    if (s.Length > 4096)
                    {
                        s.Length = 4096;
                    }
                    break;
            }
        }
        return s.ToString();
    }

    private static void SwapTokens(StringBuilder s, int which)
    {
        var tokens = s.ToString().Split(' ');
        if (tokens.Length < 2)
        {
            return;
        }
        var i = which % tokens.Length;
        var j = (which / 7 + 1 + i) % tokens.Length;
        (tokens[i], tokens[j]) = (tokens[j], tokens[i]);
        s.Clear().Append(string.Join(' ', tokens));
    }

    private static void ReplaceToken(StringBuilder s, int which, string replacement)
    {
        var tokens = s.ToString().Split(' ');
        tokens[which % tokens.Length] = replacement;
        s.Clear().Append(string.Join(' ', tokens));
    }

    /// <summary>
    /// Feeds at least <see cref="Inputs"/> generated inputs to <paramref name="parse"/>. Allowed: a return, or an exception
    /// that <paramref name="isTypedError"/> accepts. Anything else fails (CsCheck shrinks it to a small input); so does an
    /// input taking longer than <paramref name="perInput"/>, or the whole run taking longer than <paramref name="wholeRun"/>
    /// (ten minutes unless told: a hang, not a speed goal; a fresh machine loaded by other work took over two).
    /// </summary>
    public static long AssertOnlyTypedErrors<T>(Gen<T> inputs, Action<T> parse, Func<Exception, bool> isTypedError, TimeSpan? perInput = null, long iterations = Inputs, TimeSpan? wholeRun = null)
    {
        // A hang guard, not a speed goal: generous, because CI shares two cores with other builds and tests.
        var bound = perInput ?? TimeSpan.FromSeconds(5);
        var limit = wholeRun ?? TimeSpan.FromMinutes(10);
        long count = 0, typed = 0;
        var run = Task.Run(() => inputs.Sample(input =>
        {
            Interlocked.Increment(ref count);
            var watch = Stopwatch.StartNew();
            try
            {
                parse(input);
            }
            catch (Exception e) when (isTypedError(e))
            {
                Interlocked.Increment(ref typed);
            }
            // A slow input fails the property; the message comes from CsCheck with the shrunk input.
            return watch.Elapsed < bound;
        }, iter: iterations, print: Show));
        if (!run.Wait(limit))
        {
            Assert.Fail($"parser did not finish {iterations} inputs in {limit.TotalMinutes:0.#} minutes (a hang?) after {Interlocked.Read(ref count)} inputs");
        }
        run.GetAwaiter().GetResult();
        Assert.True(count >= iterations, $"only {count} inputs were tried");
        // Both outcomes must occur, or the generator is not exercising the parser.
        Assert.InRange(typed, 1, count - 1);
        return count;
    }

    public static string Show<T>(T input) => input switch
    {
        string s => Escape(s),
        string[] lines => string.Join(" | ", lines.Select(Escape)),
        _ => input?.ToString() ?? "null",
    };

    private static string Escape(string s)
    {
        var text = new StringBuilder("\"");
        foreach (var c in s)
        {
            text.Append(c is < ' ' or > '~' ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString());
        }
        return text.Append('"').ToString();
    }

    /// <summary>FENs from the perft and mate files in tests/data.</summary>
    public static string[] SeedFens()
    {
        var fens = new List<string>();
        foreach (var line in File.ReadLines(TestData.PathOf("perft.epd")).Concat(File.ReadLines(TestData.PathOf("perft-tricky.epd"))))
        {
            var fen = line.Split(';')[0].Trim();
            if (fen.Length > 0)
            {
                fens.Add(fen);
            }
        }
        return [.. fens];
    }

    /// <summary>EPD lines with operations (mates-dev.epd, book-puzzle.epd) and perft lines.</summary>
    public static string[] SeedEpdLines() =>
    [
        .. File.ReadLines(TestData.PathOf("mates-dev.epd")).Where(l => l.Trim().Length > 0),
        .. File.ReadLines(TestData.PathOf("book-puzzle.epd")).Where(l => l.Trim().Length > 0),
        .. File.ReadLines(TestData.PathOf("perft-tricky.epd")).Where(l => l.Trim().Length > 0),
    ];
}
