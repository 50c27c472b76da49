using Tempo.Chess.Popeye;
using Tempo.Chess.Solving;

namespace Tempo.Chess.Tests;

/// <summary>Popeye's input language (the orthodox subset) read into positions and twins, and refused in one line where Tempo cannot follow.</summary>
public sealed class PopeyeReaderTests
{
    private static PopeyeProblem One(string body) => Assert.Single(PopeyeReader.Read("beginproblem\n" + body + "\nendproblem\n", "t.inp"));

    private static string Placement(PopeyeTwin twin) => twin.Fen.Split(' ')[0];

    [Fact]
    public void Pieces_And_Forsyth_GiveTheSamePosition_WithPopeyesSForTheKnight()
    {
        var pieces = One("pieces white kg1 qd1 sb1 pa2b2 black ke8 ra8 sb8\nstipulation #2");
        var forsyth = One("forsyth rs2k3/8/8/8/8/8/PP6/1S1Q2K1\nstipulation #2");
        Assert.Equal("rn2k3/8/8/8/8/8/PP6/1N1Q2K1 w q - 0 1", pieces.Twins[0].Fen);
        Assert.Equal(pieces.Twins[0].Fen, forsyth.Twins[0].Fen);
    }

    [Fact]
    public void Abbreviations_AndCase_AreReadAsPopeyeReadsThem()
    {
        var problems = PopeyeReader.Read("BeGi\nAuth Someone Somewhere\nPiec Whit Ka1 Blac Kh8 Ph7\nStip H#1.5\nOpti Set Vari\nEndp\n", "t.inp");
        var problem = Assert.Single(problems);
        Assert.Equal(["Someone Somewhere"], problem.Authors);
        Assert.True(problem.SetPlay && problem.Variation);
        Assert.Equal(new Stipulation(StipulationKind.Help, 1, HalfMove: true), problem.Twins[0].Stipulation);
        Assert.Equal("7k/7p/8/8/8/8/8/K7 w - - 0 1", problem.Twins[0].Fen);
    }

    [Theory]
    [InlineData("b\npi white kc1 rh2 black ka1\nsti #2\nop Variations Try\nend\n")]
    [InlineData("BeginProblem\nPieces White Kc1 Rh2 Black Ka1\nStipulation #2\nOption Variations Try\nEndProblem\n")]
    [InlineData("beg\npie w kc1 rh2 b ka1\nstip #2\nopt var try\nendp\n")]
    public void Abbreviations_AsShortAsPopeyeTakesThem_AndItsFullSpellings(string text)
    {
        // Popeye takes any start of a keyword that names one keyword of the table it looks in: b, pi, op; Variations.
        var problem = Assert.Single(PopeyeReader.Read(text, "t.inp"));
        Assert.True(problem.Variation && problem.Tries);
        Assert.Equal("8/8/8/8/8/8/7R/k1K5 w - - 0 1", problem.Twins[0].Fen);
    }

    [Fact]
    public void Stipulation_SetsTheSideToMove_AndWhiteToPlayMakesAHalfMove()
    {
        // Where White already begins Popeye ignores the option ("WhiteToPlay not applicable").
        Assert.Equal("h#2.5", One("pieces white ka1 black kh8\nstipulation h#2.5\noption whitetoplay").Twins[0].Stipulation.ToString());
        Assert.Equal("b", One("pieces white ka1 black kh8\nstipulation h#2").Twins[0].Fen.Split(' ')[1]);
        Assert.Equal("w", One("pieces white ka1 black kh8\nstipulation s#2").Twins[0].Fen.Split(' ')[1]);
        var white = One("pieces white ka1 black kh8\nstipulation h#2\noption whitetoplay").Twins[0];
        Assert.Equal("h#1.5", white.Stipulation.ToString());
        Assert.Equal("w", white.Fen.Split(' ')[1]);
        Assert.False(white.WhiteToPlayIgnored);
    }

    [Fact]
    public void WhiteToPlay_WhereWhiteBegins_IsMarkedIgnored_AndATwinsNewHelpmateIsPrintedHalfAMoveShorter()
    {
        // Popeye 4.104 (tests/data/popeye/ignored.out): "b) h#1.5" for "twin stipulation h#2" under option whitetoplay.
        var twins = One("pieces white ka1 black kh8\nstipulation #2\noption whitetoplay\ntwin stipulation h#2\ntwin stipulation h#2.5").Twins;
        Assert.Equal([true, false, true], twins.Select(t => t.WhiteToPlayIgnored));
        Assert.Equal(["", "h#1.5", "h#2.5"], twins.Select(t => t.Change.TrimEnd()));
        Assert.Equal("h#1.5", twins[1].Stipulation.ToString());
    }

    [Fact]
    public void Castling_IsAssumedFromHomeSquares_UnlessNoCastling_AndEnPassantComesFromItsOption()
    {
        var castle = One("pieces white ke1 ra1 rh1 black ke8 rh8 pd5\nstipulation #2\noption nocastling a1");
        Assert.Equal("K", castle.Twins[0].Fen.Split(' ')[2][..1]);
        Assert.Equal("Kk", castle.Twins[0].Fen.Split(' ')[2]);
        var passant = One("pieces white ke1 pe5 black ke8 pd5\nstipulation #2\noption enpassant d7 d6 d5");
        Assert.Equal("d6", passant.Twins[0].Fen.Split(' ')[3]);
    }

    [Fact]
    public void Twins_EachChangeAppliedToTheDiagram_OrToThePreviousTwinWhenContinued()
    {
        var problem = One("""
            pieces white kb1 qd1 black kh7 sa8
            stipulation #2
            twin move d1 d2
            twin exchange d1 a8
            twin remove a8 add black bc3 pe7
            twin rotate 90
            twin mirror a1<-->h1
            twin cont mirror a1<-->a8
            twin polish
            twin substitute s b
            twin stipulation h#2
            """);
        var twins = problem.Twins;
        Assert.Equal(["a", "b", "c", "d", "e", "f", "+g", "h", "i", "j"], twins.Select(t => t.Label));
        Assert.Equal("", twins[0].Change);
        Assert.Equal("wQd1-->d2  ", twins[1].Change);
        Assert.Equal("n7/7k/8/8/8/8/3Q4/1K6", Placement(twins[1]));
        Assert.Equal("wQd1<-->bSa8  ", twins[2].Change);
        Assert.Equal("Q7/7k/8/8/8/8/8/1K1n4", Placement(twins[2]));
        Assert.Equal("-bSa8  +bBc3  +bPe7  ", twins[3].Change);
        Assert.Equal("8/4p2k/8/8/8/2b5/8/1K1Q4", Placement(twins[3]));
        // A quarter turn to the left (anticlockwise): a8 -> a1, h7 -> b8, d1 -> h4.
        Assert.Equal("1k6/8/8/8/7Q/8/7K/n7", Placement(twins[4]));
        Assert.Equal("7n/k7/8/8/8/8/8/4Q1K1", Placement(twins[5]));
        // Continued: mirrored top to bottom after the left-right mirror of f).
        Assert.Equal("4Q1K1/8/8/8/8/8/k7/7n", Placement(twins[6]));
        Assert.Equal("PolishType  ", twins[7].Change);
        Assert.Equal("N7/7K/8/8/8/8/8/1k1q4", Placement(twins[7]));
        Assert.Equal("S ==> B  ", twins[8].Change);
        Assert.Equal("b7/7k/8/8/8/8/8/1K1Q4", Placement(twins[8]));
        Assert.Equal("h#2", twins[9].Stipulation.ToString());
        Assert.Equal("b", twins[9].Fen.Split(' ')[1]);
    }

    [Fact]
    public void ZeroPosition_IsNotSolved_ItsChangesMakeTwinA()
    {
        var problem = One("pieces white kb1 qd1 black kh8\nstipulation #2\nzeroposition move d1 d2\ntwin move d1 d3");
        Assert.Equal(["a", "b"], problem.Twins.Select(t => t.Label));
        Assert.Equal("7k/8/8/8/8/8/3Q4/1K6", Placement(problem.Twins[0]));
        Assert.Equal("7k/8/8/8/8/3Q4/8/1K6", Placement(problem.Twins[1]));
    }

    [Fact]
    public void NextProblem_SeparatesProblems()
    {
        var problems = PopeyeReader.Read("beginproblem\npieces white ka1 black kh8\nstipulation #2\nnextproblem\nremark second\npieces white ka2 black kh8\nstipulation h#2\nendproblem\n", "t.inp");
        Assert.Equal(2, problems.Count);
        Assert.Equal(["second"], problems[1].Remarks);
        Assert.Equal(4, problems[1].Line);
    }

    [Theory]
    [InlineData("option try", 1)]
    [InlineData("option defence 3", 3)]
    [InlineData("option try defence 2", 2)]
    public void OptionDefence_ListsTriesWithThatManyRefutations(string option, int defences)
    {
        var problem = PopeyeReader.Read($"beginproblem\npieces white ka1 black kh8\nstipulation #2\n{option}\nendproblem\n", "t.inp")[0];
        Assert.True(problem.Tries);
        Assert.Equal(defences, problem.Defences);
    }

    [Theory]
    [InlineData("anfangproblem\nendeproblem\n", 1, "anfangproblem: only Popeye's English input is read (beginproblem, pieces white …)")]
    [InlineData("beginproblem\npieces white ka1 black kh8\nstipulation #2\n", 4, "the file ends before endproblem")]
    [InlineData("beginproblem\npieces white ka1 black kh8\nendproblem\n", 3, "no stipulation (e.g. stipulation h#2)")]
    [InlineData("beginproblem\npieces white ka1 black kh8\nstipulation h=2\nendproblem\n", 3, "stipulation h=2 is not supported (Tempo solves #N, h#N, h#N.5 and s#N)")]
    [InlineData("beginproblem\npieces white ka1 black kh8\ncondition Circe\nendproblem\n", 3, "condition Circe is not supported (orthodox problems only)")]
    [InlineData("beginproblem\npieces white ka1 nd4 black kh8\nstipulation #2\nendproblem\n", 2, "pieces: piece N is Popeye's nightrider, a fairy piece (the knight is S)")]
    [InlineData("beginproblem\npieces white royal ka1\nendproblem\n", 2, "pieces: piece attribute royal is not supported (orthodox problems only)")]
    [InlineData("beginproblem\npieces ka1 black kh8\nendproblem\n", 2, "pieces: give the colour (white or black) before ka1")]
    [InlineData("beginproblem\npieces white ka1 black kh8\nstipulation #2\noption defence 0\nendproblem\n", 4, "option defence: '0' is not a positive whole number")]
    [InlineData("beginproblem\npieces white ka1 black kh8\nstipulation #2\ntwin shift a1 h1\nendproblem\n", 4, "twin shift a1 h1: a piece would leave the board")]
    [InlineData("beginproblem\npieces white ka1 pb8 black kh8\nstipulation #2\nendproblem\n", 1, "the position: a pawn on b8 (rank 1 or 8); Popeye leaves it there unable to move, Tempo does not solve such positions")]
    [InlineData("beginproblem\npieces white kh2 bf3 ph7 black kf4 bf6\nstipulation h#2\ntwin rotate 90\nendproblem\n", 4, "twin b) rotate 90: a pawn on b8 (rank 1 or 8); Popeye leaves it there unable to move, Tempo does not solve such positions")]
    [InlineData("beginproblem\npieces white kh2 bf3 pa4 black kf4 bf6\nstipulation h#2\ntwin mirror a1<-->h8\nendproblem\n", 4, "twin b) mirror a1<-->h8: a pawn on e8 (rank 1 or 8); Popeye leaves it there unable to move, Tempo does not solve such positions")]
    [InlineData("beginproblem\npieces white ka1 black kh8\nstipulation #2\ntwin rotate 45\nendproblem\n", 4, "twin rotate: '45' is not 90, 180 or 270")]
    [InlineData("beginproblem\npieces white ki9 black ka1\nstipulation #2\nendproblem\n", 2, "pieces: 'ki9' is not a piece and its squares (e.g. ka1, pa2b2; squares a1 to h8)")]
    [InlineData("beginproblem\npieces white kc1 rh2 black ka1\nstipulation #2\ntwin add white qi9\nendproblem\n", 4, "twin add: 'qi9' is not a piece and its squares (e.g. ka1, pa2b2; squares a1 to h8)")]
    [InlineData("beginproblem\npieces white kc1 rh2 rc1 black ka1\nstipulation #2\nendproblem\n", 2, "pieces: c1 is given twice (white K and white R)")]
    [InlineData("beginproblem\npieces white kc1 black ka1\npieces black bc1\nstipulation #2\nendproblem\n", 3, "pieces: c1 is given twice (white K and black B)")]
    [InlineData("beginproblem\npieces white kc1 black ka1\nstipulation #2\ns try\nendproblem\n", 4, "'s' is not a Popeye command Tempo reads")]
    public void Refusals_NameTheLineAndTheReason(string text, int line, string reason)
    {
        var error = Assert.Throws<PopeyeInputException>(() => PopeyeReader.Read(text, "t.inp"));
        Assert.Equal(reason, error.Reason);
        Assert.Equal(line, error.Line);
        Assert.Equal($"t.inp:{line}: {reason}", error.Message);
    }
}
