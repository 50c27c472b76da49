using System.Diagnostics;
using System.Text;
using CsCheck;

namespace Tempo.Soccer.Tests.Hostile;

/// <summary>
/// Hand-written play files: every input gives a validated <see cref="Play"/> or a <see cref="PlayFileException"/>
/// naming the file — no other exception, no hang.
/// </summary>
public sealed class PlayFileHostileTests
{
    private const int Inputs = 100_000;

    private static readonly string[] Seeds =
    [
        File.ReadAllText(TestData.Play("book.yaml")),
        File.ReadAllText(TestData.Path("plays", "book.json")),
        File.ReadAllText(TestData.Path("plays", "unknown-recipient.yaml")),
        """
        name: small
        seed: 3
        horizon: 12
        restart: throw_in
        physics: {max_speed: 9, tau: 0.8}
        attack:
          ball: 2
          players:
            - number: 2
              role: defender
              at: [40, 10]
              actions:
                - pass: 10
                - run: [80, 10]
                  effort: 0.5
                - shoot: goal
            - number: 10
              role: midfielder
              at: [55, 25]
              actions:
                - receive
                - wait: {player: 2, past_x: 75}
                - wait: {player: 2, near: [80, 10], within: 3}
                - wait: {seconds: 1.5}
                - pass: [90, 30]
        defence:
          players:
            - {number: 1, role: goalkeeper, at: [102, 34]}
            - {number: 4, role: defender, at: [85, 30], behaviour: mark, mark: 10}
            - {number: 5, role: defender, at: [85, 40], behaviour: press}
        """,
    ];

    [Fact]
    public async Task Parse_answers_every_mutated_play_with_a_play_or_a_PlayFileException()
    {
        long count = 0, errors = 0;
        var gen = Gen.Frequency((15, PlayTextMutator.Mutations(Seeds)), (1, Gen.String));
        var run = Task.Run(() => gen.Sample(text =>
        {
            Interlocked.Increment(ref count);
            var watch = Stopwatch.StartNew();
            try
            {
                var play = PlayFile.Parse(text, "hand.yaml");
                // Whatever validates must have what the simulator relies on.
                Assert.NotEmpty(play.Players);
            }
            catch (PlayFileException e)
            {
                Interlocked.Increment(ref errors);
                if (!e.Message.StartsWith("hand.yaml", StringComparison.Ordinal))
                {
                    return false;
                }
            }
            return watch.Elapsed < TimeSpan.FromSeconds(5);
        }, iter: Inputs, print: Show));
        // A hang fails with a TimeoutException instead of blocking the run. Both bounds are hang guards, not speed
        // goals: on a fresh machine at load 50 the 100,000 inputs took over two minutes.
        await run.WaitAsync(TimeSpan.FromMinutes(10));
        Assert.True(count >= Inputs, $"only {count} inputs");
        Assert.InRange(errors, 1, count - 1);
    }

    [Fact]
    public void An_alias_bomb_is_refused_or_read_quickly()
    {
        // "Billion laughs": nine levels of ten aliases each would be 10^9 nodes if expanded.
        var text = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i <= 9; i++)
        {
            text.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        }
        text.Append("name: *a9\nattack: *a9\ndefence: *a9\n");
        var watch = Stopwatch.StartNew();
        var e = Assert.Throws<PlayFileException>(() => PlayFile.Parse(text.ToString(), "bomb.yaml"));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.StartsWith("bomb.yaml", e.Message, StringComparison.Ordinal);
    }

    // Far deeper nesting overflows YamlDotNet's recursive loader, which kills the process: that case is tested on
    // the real `tempo` in a child process (Tempo.Cli.Tests/Faults/PlayFileFaultTests) so it cannot take the test host down.
    [Theory]
    [InlineData(10)]
    [InlineData(200)]
    public void Nested_yaml_in_place_of_a_name_is_an_error(int depth)
    {
        var text = "name: " + new string('[', depth) + new string(']', depth);
        var e = Assert.Throws<PlayFileException>(() => PlayFile.Parse(text, "deep.yaml"));
        Assert.StartsWith("deep.yaml", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\0")]
    [InlineData("---\n...\n")]
    [InlineData("[1, 2]")]
    [InlineData("name: x\nname: y\n")]
    [InlineData("{\"name\": \"x\", \"attack\": ")]
    [InlineData("attack: {ball: 2, players: [{number: 2, role: defender, at: [1e400, 10]}]}\ndefence: {players: []}")]
    [InlineData("attack: {ball: 2, players: [{number: 2, role: defender, at: [.nan, 10]}]}\ndefence: {players: []}")]
    [InlineData("attack: {ball: 2, players: [{number: 99999999999, role: defender, at: [1, 10]}]}\ndefence: {players: []}")]
    [InlineData("horizon: 1e308\nattack: {ball: 2, players: [{number: 2, role: defender, at: [1, 10]}]}\ndefence: {players: []}")]
    [InlineData("horizon: .inf\nattack: {ball: 2, players: [{number: 2, role: defender, at: [1, 10]}]}\ndefence: {players: []}")]
    [InlineData("physics: {time_step: 0}\nattack: {ball: 2, players: [{number: 2, role: defender, at: [1, 10]}]}\ndefence: {players: []}")]
    [InlineData("physics: {time_step: 1e-300}\nattack: {ball: 2, players: [{number: 2, role: defender, at: [1, 10]}]}\ndefence: {players: []}")]
    [InlineData("physics: {max_speed: -8}\nattack: {ball: 2, players: [{number: 2, role: defender, at: [1, 10]}]}\ndefence: {players: []}")]
    [InlineData("attack: {ball: 2, players: [{number: 2, role: defender, at: [1, 10], actions: [{wait: {seconds: 1e308}}]}]}\ndefence: {players: []}")]
    [InlineData("attack: {ball: 2, players: [{number: 2, role: defender, at: [1, 10], actions: [{wait: {seconds: -1}}]}]}\ndefence: {players: []}")]
    [InlineData("a: &x [*x]\n")]
    public void Hostile_play_texts_are_refused_with_one_line_naming_the_file(string text)
    {
        var e = Assert.Throws<PlayFileException>(() => PlayFile.Parse(text, "bad.yaml"));
        Assert.StartsWith("bad.yaml", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    private static string Show(string s)
    {
        var text = new StringBuilder("\"");
        foreach (var c in s)
        {
            text.Append(c switch
            {
                '\n' => "\\n",
                < ' ' or > '~' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return text.Append('"').ToString();
    }
}
