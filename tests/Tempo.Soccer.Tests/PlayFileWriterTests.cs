using Tempo.Soccer.Lines;

namespace Tempo.Soccer.Tests;

/// <summary>What the play-file writer writes, the reader reads back to the same play; the same play is always the same text.</summary>
public sealed class PlayFileWriterTests
{
    /// <summary>Every valid play file of tests/data, the repository's plays/ folder, and the built-in book.</summary>
    public static TheoryData<string> Plays() => new(PlayNames());

    private static List<string> PlayNames()
    {
        var data = new List<string> { "book" };
        var files = Directory.GetFiles(TestData.Path("plays")).Concat(Directory.GetFiles(TestData.Play("")));
        foreach (var file in files.Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            if (Valid(file))
            {
                data.Add(file);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Plays))]
    public void ReadWriteRead_GivesTheSamePlay_AndWritingIsDeterministic(string which)
    {
        var play = which == "book" ? BookPlay.Load() : PlayFile.Load(which);
        var text = PlayFileWriter.Write(play);
        var again = PlayFile.Parse(text, "written.yaml");
        Assert.True(PlayEquivalence.Same(play, again), $"{which} read back differs:\n{text}");
        Assert.Equal(text, PlayFileWriter.Write(again));
        Assert.Equal(text, PlayFileWriter.Write(play));
    }

    [Fact]
    public void Plays_IncludeEveryValidFile_AndTheOneThatKeepsEveryField()
    {
        var plays = PlayNames();
        Assert.Contains(plays, p => p.EndsWith("every-field.yaml", StringComparison.Ordinal));
        Assert.Contains(plays, p => p.EndsWith("book.json", StringComparison.Ordinal));
        Assert.DoesNotContain(plays, p => p.EndsWith("unknown-recipient.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryField_IsWritten_NotLeftToTheDefaults()
    {
        var play = PlayFile.Load(TestData.Path("plays", "every-field.yaml"));
        var again = PlayFile.Parse(PlayFileWriter.Write(play), "written.yaml");
        Assert.Equal(play.Physics, again.Physics);
        Assert.NotEqual(new PhysicsParameters(), again.Physics);
        Assert.Equal(Restart.ThrowIn, again.Restart);
        Assert.Equal("every field: 1e5", again.Name);
        Assert.Contains("colon: here.", again.Description, StringComparison.Ordinal);
        Assert.Equal(new PassAction(null, new Vec2(66.5, 8.25)), again.Find(new PlayerId(Side.Attack, 4))!.Actions[0]);
        Assert.Equal(new RunAction(new Vec2(80, 12), 0.7), again.Find(new PlayerId(Side.Attack, 4))!.Actions[1]);
        Assert.Equal(new ShootAction(Pitch.AttackedGoal), again.Find(new PlayerId(Side.Attack, 9))!.Actions[2]);
        Assert.Equal(3, again.Find(new PlayerId(Side.Attack, 8))!.MarkTarget);
        Assert.Equal(0.4, again.Find(new PlayerId(Side.Defence, 5))!.ReactionTime);
    }

    [Fact]
    public void Same_SeesAChangeInAnyPlayerOrAction()
    {
        var book = BookPlay.Load();
        Assert.True(PlayEquivalence.Same(book, book with { Source = "elsewhere" }));
        var players = book.Players.ToList();
        players[0] = players[0] with { Actions = [.. players[0].Actions.Take(4), new ShootAction(new Vec2(105, 36.5))] };
        Assert.False(PlayEquivalence.Same(book, book with { Players = players }));
        players = book.Players.ToList();
        players[^1] = players[^1] with { Duel = 0.51 };
        Assert.False(PlayEquivalence.Same(book, book with { Players = players }));
        Assert.False(PlayEquivalence.Same(book, book with { DefenceName = "Others" }));
        Assert.False(PlayEquivalence.Same(book, book with { Players = book.Players.Skip(1).ToList() }));
    }

    private static bool Valid(string file)
    {
        try
        {
            PlayFile.Load(file);
            return true;
        }
        catch (PlayFileException)
        {
            return false;
        }
    }
}
