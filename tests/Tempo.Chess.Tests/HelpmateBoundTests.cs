using Tempo.Chess.Solving;

namespace Tempo.Chess.Tests;

/// <summary>
/// The helpmate search's distance bounds may only cut where no mate exists: checked on every published solution of
/// the helpmate set (tests/data) and against brute force on positions of the CI set's search trees.
/// </summary>
public sealed class HelpmateBoundTests
{
    private static IEnumerable<(Stipulation Stipulation, string Fen, string Expected)> Helpmates(params string[] files)
    {
        foreach (var file in files)
        {
            foreach (var line in File.ReadLines(TestData.PathOf(file)))
            {
                if (line.StartsWith("# ", StringComparison.Ordinal) || string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }
                var fields = line.Split('\t');
                var stipulation = Stipulation.Parse(fields[0]);
                if (stipulation.Kind == StipulationKind.Help)
                {
                    yield return (stipulation, fields[1], fields[2]);
                }
            }
        }
    }

    [Fact]
    public void Bounds_OnEveryPublishedSolution_NeverCut()
    {
        int checkedNodes = 0, countedNodes = 0;
        foreach (var (stipulation, fen, expected) in Helpmates("stipulations.tsv"))
        {
            if (!expected.StartsWith("lines=", StringComparison.Ordinal))
            {
                continue;
            }
            foreach (var solution in expected[6..].Split(" | "))
            {
                var position = HelpmateSolver.WithSideToMove(Position.Parse(fen), stipulation.FirstToMove);
                var moves = solution.Split(' ');
                for (int i = 0; i < moves.Length; i++)
                {
                    int left = moves.Length - i;
                    if (left >= 3 && left <= 2 * HelpmateMoveCountBound.MaxMoves)
                    {
                        var (white, black) = MovesLeft(position, left);
                        Assert.True(HelpmateMoveCountBound.MatePossible(position, white, black), $"{fen} {solution}: move count cuts before {moves[i]}");
                        countedNodes++;
                    }
                    if (left == 2)
                    {
                        Assert.True(HelpmateLastMoveBound.MatePossible(position), $"{fen} {solution}: cut before {moves[i]}");
                        checkedNodes++;
                    }
                    if (left == 3)
                    {
                        var verdict = HelpmateLastMoveBound.AfterWhiteMove(position, position.ParseUci(moves[i]));
                        Assert.True(verdict != LastMoveVerdict.Impossible, $"{fen} {solution}: {moves[i]} cut before it is made");
                    }
                    position.MakeMove(position.ParseUci(moves[i]));
                }
                Assert.True(position.IsCheckmate(), solution);
            }
        }
        Assert.True(checkedNodes >= 200 && countedNodes >= 400, $"{checkedNodes} solution nodes at two half-moves left, {countedNodes} at three to six");
    }

    [Fact]
    public void LastMoveBound_OnSearchTreePositions_NeverCutsAMate()
    {
        // Black-to-move positions two and four half-moves into each CI helpmate (at most 60 each), against brute force.
        int mates = 0, cuts = 0, positions = 0;
        foreach (var start in BlackToMoveStarts())
        {
            int taken = 0;
            foreach (var position in Descendants(start, 2).Concat(Descendants(start, 4)).Take(60))
            {
                taken++;
                bool mate = MateInTwoHalfMoves(position);
                bool possible = HelpmateLastMoveBound.MatePossible(position);
                Assert.True(possible || !mate, $"{position.ToFen()}: a mate follows, yet the bound cuts");
                mates += mate ? 1 : 0;
                cuts += possible ? 0 : 1;
            }
            positions += taken;
        }
        Assert.True(mates >= 20 && cuts >= 100, $"{positions} positions, {mates} with a mate, {cuts} cut");
    }

    [Fact]
    public void LastMoveBound_DrawnBeforeWhitesMove_AnswersAsAfterIt()
    {
        // White-to-move positions one and three half-moves into each CI helpmate (at most 40 each): for every White
        // move, the verdict drawn without making it is the bound's answer in the position after it.
        int impossible = 0, possible = 0, unknown = 0;
        foreach (var start in BlackToMoveStarts())
        {
            var moves = new Move[Position.MaxMoves];
            foreach (var position in Descendants(start, 1).Concat(Descendants(start, 3)).Take(40))
            {
                int count = position.GenerateLegalMoves(moves);
                for (int i = 0; i < count; i++)
                {
                    var verdict = HelpmateLastMoveBound.AfterWhiteMove(position, moves[i]);
                    position.MakeMove(moves[i]);
                    bool after = HelpmateLastMoveBound.MatePossible(position);
                    position.UnmakeMove();
                    if (verdict == LastMoveVerdict.Unknown)
                    {
                        unknown++;
                        continue;
                    }
                    Assert.True(after == (verdict == LastMoveVerdict.Possible), $"{position.ToFen()} {moves[i].ToUci()}: {verdict} before the move, {after} after it");
                    impossible += after ? 0 : 1;
                    possible += after ? 1 : 0;
                }
            }
        }
        Assert.True(impossible >= 1000 && possible >= 100, $"{impossible} cut, {possible} not cut, {unknown} unknown");
    }

    [Fact]
    public void MoveCountBound_TwoHalfMovesLeft_NeverCutsAMate()
    {
        // Black-to-move positions two and four half-moves into each CI helpmate (at most 60 each), against brute force.
        int mates = 0, cuts = 0, positions = 0;
        foreach (var start in BlackToMoveStarts())
        {
            foreach (var position in Descendants(start, 2).Concat(Descendants(start, 4)).Take(60))
            {
                positions++;
                bool mate = MateInTwoHalfMoves(position);
                bool possible = HelpmateMoveCountBound.MatePossible(position, 1, 1);
                Assert.True(possible || !mate, $"{position.ToFen()}: a mate follows, yet the move count cuts");
                mates += mate ? 1 : 0;
                cuts += possible ? 0 : 1;
            }
        }
        Assert.True(mates >= 20 && cuts >= 100, $"{positions} positions, {mates} with a mate, {cuts} cut");
    }

    [Fact]
    public void MoveCountBound_DrawnBeforeAMove_AnswersAsAfterIt_AndItsFirstStagesCutNoMate()
    {
        // Positions one to four half-moves into each CI helpmate (at most 30 each): for every move, the test drawn
        // without making it is MatePossible after it; the per-node first stages cut only where MatePossible does, and
        // never where brute force finds a mate.
        int impossible = 0, possible = 0, firstStageCuts = 0, secondStageCuts = 0;
        var moves = new Move[Position.MaxMoves];
        var covers = new ulong[HelpmateMoveCountBound.PenultimateCoverSlots];
        var splits = new ulong[HelpmateMoveCountBound.LastBlackSplitSlots];
        foreach (var start in BlackToMoveStarts())
        {
            foreach (var position in Descendants(start, 1).Concat(Descendants(start, 2)).Concat(Descendants(start, 3)).Take(30))
            {
                bool whiteToMove = position.SideToMove == Color.White;
                var penultimate = HelpmateMoveCountBound.ForPenultimateWhiteMove(position, covers);
                var lastBlack = HelpmateMoveCountBound.ForLastBlackMove(position, splits);
                int count = position.GenerateLegalMoves(moves);
                for (int i = 0; i < count; i++)
                {
                    var (white, black) = whiteToMove ? (1, 1) : (1, 0);
                    bool before = HelpmateMoveCountBound.AfterMove(position, moves[i], white, black);
                    bool firstStage = whiteToMove ? penultimate.MatePossibleAfter(moves[i]) : lastBlack.MatePossibleAfter(moves[i]);
                    // The second stage drawn from the node's covers answers as the whole count drawn for the move.
                    bool bySplit = !firstStage ? before
                        : whiteToMove ? penultimate.MatePossibleAfterBySplit(moves[i]) : lastBlack.MatePossibleAfterBySplit(moves[i]);
                    position.MakeMove(moves[i]);
                    bool after = HelpmateMoveCountBound.MatePossible(position, white, black);
                    bool mate = !(firstStage && bySplit) && HelpmateExists(position, whiteToMove ? 2 : 1);
                    position.UnmakeMove();
                    string where = $"{position.ToFen()} {moves[i].ToUci()}";
                    // A castling right standing before the move (gone after it): not drawn, "possible" (as documented).
                    Assert.True(before == after || (position.CastlingBits != 0 && before), $"{where}: {before} before the move, {after} after it");
                    Assert.True(firstStage || !after, $"{where}: the first stage cuts, MatePossible does not");
                    Assert.True(bySplit == before, $"{where}: {bySplit} by the node's covers, {before} counted for the move");
                    secondStageCuts += bySplit ? 0 : 1;
                    Assert.False(mate, $"{where}: a mate follows, yet a per-node stage cuts");
                    impossible += after ? 0 : 1;
                    possible += after ? 1 : 0;
                    firstStageCuts += firstStage ? 0 : 1;
                }
            }
        }
        Assert.True(
            impossible >= 1000 && possible >= 100 && firstStageCuts >= 1000 && secondStageCuts >= 100,
            $"{impossible} cut, {possible} not cut, {firstStageCuts} cut by a first stage, {secondStageCuts} cut after it by the node's covers");
    }

    [Fact]
    public void MoveCountBound_OneBlackMove_AnswersAsTheCount()
    {
        // The shortcut for one Black move left against the general count, on random boards: the king on every square,
        // Black's men, their reach and White's cover drawn at random with a fixed seed.
        var random = new Random(14);
        int mates = 0, none = 0;
        for (int trial = 0; trial < 200_000; trial++)
        {
            int king = random.Next(64);
            ulong blackMen = RandomBits(random, 3, dense: false) & ~(1UL << king);
            ulong reach = RandomBits(random, 1, dense: false);
            ulong cover = RandomBits(random, 1 + trial % 3, dense: true);
            var closing = new HelpmateMoveCountBound.Closing(king, blackMen, reach, reach, reach, 1);
            bool byCount = closing.CanMateByCount(cover);
            Assert.True(closing.CanMate(cover) == byCount, $"king {king}, men {blackMen:x}, reach {reach:x}, cover {cover:x}: count says {byCount}");
            mates += byCount ? 1 : 0;
            none += byCount ? 0 : 1;
        }
        Assert.True(mates >= 1000 && none >= 1000, $"{mates} possible, {none} impossible");
    }

    /// <summary>A random board: <paramref name="words"/> random words or-ed (<paramref name="dense"/>) or and-ed.</summary>
    private static ulong RandomBits(Random random, int words, bool dense)
    {
        ulong bits = dense ? 0 : ~0UL;
        for (int i = 0; i < words; i++)
        {
            ulong word = (ulong)random.NextInt64() | (ulong)random.Next(2) << 63;
            bits = dense ? bits | word : bits & word;
        }
        return bits;
    }

    /// <summary>White's and Black's moves in the last <paramref name="left"/> half-moves from <paramref name="position"/>.</summary>
    private static (int White, int Black) MovesLeft(Position position, int left)
    {
        int white = position.SideToMove == Color.White ? (left + 1) / 2 : left / 2;
        return (white, left - white);
    }

    /// <summary>Whether some line of exactly <paramref name="left"/> half-moves ends with Black checkmated (every move tried; the last, every check).</summary>
    private static bool HelpmateExists(Position position, int left)
    {
        var moves = new Move[Position.MaxMoves];
        int count = left == 1 ? position.GenerateLegalChecks(moves) : position.GenerateLegalMoves(moves);
        for (int i = 0; i < count; i++)
        {
            position.MakeMove(moves[i]);
            bool mate = left == 1
                ? position.SideToMove == Color.Black && position.IsCheckmate()
                : HelpmateExists(position, left - 1);
            position.UnmakeMove();
            if (mate)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Each CI helpmate's diagram with Black to move (those where White would stand in check left out).</summary>
    private static IEnumerable<Position> BlackToMoveStarts()
    {
        foreach (var (_, fen, _) in Helpmates("stipulations.tsv"))
        {
            Position start;
            try
            {
                start = HelpmateSolver.WithSideToMove(Position.Parse(fen), Color.Black);
            }
            catch (FenException)
            {
                continue;
            }
            yield return start;
        }
    }

    /// <summary>Positions <paramref name="halfMoves"/> half-moves after <paramref name="start"/>, following every fifth move.</summary>
    private static IEnumerable<Position> Descendants(Position start, int halfMoves)
    {
        if (halfMoves == 0)
        {
            yield return start.Clone();
            yield break;
        }
        var moves = new Move[Position.MaxMoves];
        int count = start.GenerateLegalMoves(moves);
        // Every fifth move keeps the walk small but spread over the tree.
        for (int i = 0; i < count; i += 5)
        {
            foreach (var after in Descendants(start.WithMove(moves[i]), halfMoves - 1))
            {
                yield return after;
            }
        }
    }

    private static bool MateInTwoHalfMoves(Position position)
    {
        var black = new Move[Position.MaxMoves];
        var white = new Move[Position.MaxMoves];
        int count = position.GenerateLegalMoves(black);
        for (int i = 0; i < count; i++)
        {
            position.MakeMove(black[i]);
            int replies = position.GenerateLegalMoves(white);
            for (int j = 0; j < replies; j++)
            {
                position.MakeMove(white[j]);
                bool mate = position.IsCheckmate();
                position.UnmakeMove();
                if (mate)
                {
                    position.UnmakeMove();
                    return true;
                }
            }
            position.UnmakeMove();
        }
        return false;
    }
}
