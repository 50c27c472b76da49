using Tempo.Soccer.Actions;
using Tempo.Soccer.Model;
using Tempo.Soccer.Output;
using Tempo.Soccer.Plays;

namespace Tempo.Soccer.Lines;

/// <summary>
/// The chapter's play, built in: the team sheet comes from plays/book.yaml (embedded), and the four
/// scripted players are ordinary async methods that do exactly what that file's actions say.
/// </summary>
public static class BookPlay
{
    private const string ResourceName = "Tempo.Soccer.book.yaml";

    /// <summary>The built-in play, read from the embedded copy of plays/book.yaml.</summary>
    public static Play Load()
    {
        using var stream = typeof(BookPlay).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return PlayFile.Parse(reader.ReadToEnd(), "book") with { Source = "built-in" };
    }

    /// <summary>The text of plays/book.yaml as built in.</summary>
    public static string Text()
    {
        using var stream = typeof(BookPlay).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The scripted players as C# methods, by shirt number.</summary>
    public static IReadOnlyDictionary<int, PlayScript> Scripts { get; } = new Dictionary<int, PlayScript>
    {
        [2] = Number2Async,
        [10] = Number10Async,
        [9] = Number9Async,
        [11] = Number11Async,
    };

    /// <summary>Runs the built-in play with its C# scripts.</summary>
    public static PlayResult Run(RunOptions? options = null) => PlaySimulator.Run(Load(), options, Scripts);

    /// <summary>#2, the right back: passes to #10, overlaps down the wing, arrives in the box, receives and shoots.</summary>
    public static async Task Number2Async(Player me, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(me);
        await me.PassAsync(10, cancellationToken);
        await me.RunToAsync(new Vec2(72, 8), cancellationToken: cancellationToken);
        await me.RunToAsync(new Vec2(91, 23), cancellationToken: cancellationToken);
        await me.ReceiveAsync(cancellationToken);
        await me.ShootAsync(new Vec2(105, 36.6), cancellationToken);
    }

    /// <summary>#10: receives, dribbles past opp#6, waits until #2 is past x = 85, passes to him, follows up.</summary>
    public static async Task Number10Async(Player me, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(me);
        await me.ReceiveAsync(cancellationToken);
        await me.DribbleAsync(new Vec2(72, 30), past: 6, cancellationToken);
        await me.WaitUntilAsync(new WaitCondition { Player = 2, PastX = 85 }, cancellationToken);
        await me.PassAsync(2, cancellationToken);
        await me.RunToAsync(new Vec2(90, 36), cancellationToken: cancellationToken);
    }

    /// <summary>#9 runs downfield and takes his marker with him.</summary>
    public static Task Number9Async(Player me, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(me);
        return me.RunToAsync(new Vec2(96, 41), cancellationToken: cancellationToken);
    }

    /// <summary>#11 runs downfield on the left.</summary>
    public static Task Number11Async(Player me, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(me);
        return me.RunToAsync(new Vec2(94, 50), cancellationToken: cancellationToken);
    }
}
