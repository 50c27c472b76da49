using CsCheck;

namespace Tempo.Chess.Tests.Hostile;

/// <summary>
/// Broken SAN and UCI moves against positions from the perft files: a legal move of that position or a
/// <see cref="MoveNotationException"/>, nothing else.
/// </summary>
public sealed class MoveNotationHostileTests
{
    private const string SanAlphabet = "KQRBNPabcdefgh12345678x+#=O0-!?:e.p ()";
    private const string UciAlphabet = "abcdefgh12345678qrbnQRBNxz0- ";

    private static readonly string[] Fens = HostileInput.SeedFens();

    /// <summary>(position index, which legal move is the seed text, mutation codes, use SAN).</summary>
    private static Gen<(int Fen, int Move, uint[] Ops, int Other)> Cases =>
        Gen.Select(Gen.Int[0, Fens.Length - 1], Gen.Int[0, 255], Gen.UInt.Array[0, 4], Gen.Int[0, 255]);

    [Fact]
    public void ParseSan_answers_every_mutated_san_with_a_legal_move_or_a_MoveNotationException()
    {
        HostileInput.AssertOnlyTypedErrors(Cases, c => Check(c, san: true), e => e is MoveNotationException);
    }

    [Fact]
    public void ParseUci_answers_every_mutated_uci_move_with_a_legal_move_or_a_MoveNotationException()
    {
        HostileInput.AssertOnlyTypedErrors(Cases, c => Check(c, san: false), e => e is MoveNotationException);
    }

    [Fact]
    public void Random_text_as_a_move_is_a_MoveNotationException_or_a_legal_move()
    {
        var start = Position.StartPosition();
        var gen = Gen.OneOf(Gen.String[Gen.Char[SanAlphabet], 0, 12], Gen.String[Gen.Char[UciAlphabet], 0, 8], Gen.String);
        HostileInput.AssertOnlyTypedErrors(gen, text =>
        {
            var position = start.Clone();
            AssertLegal(position, text.Length % 2 == 0 ? position.ParseSan(text) : position.ParseUci(text), text);
        }, e => e is MoveNotationException);
    }

    private static void Check((int Fen, int Move, uint[] Ops, int Other) c, bool san)
    {
        var position = Position.Parse(Fens[c.Fen]);
        var moves = new Move[Position.MaxMoves];
        var count = position.GenerateLegalMoves(moves);
        var seedText = count == 0 ? "e2e4" : Text(position, moves[c.Move % count], san);
        var otherText = count == 0 ? "Nf3" : Text(position, moves[c.Other % count], !san);
        var text = HostileInput.Mutate(seedText, otherText, c.Ops, san ? SanAlphabet : UciAlphabet);
        var move = san ? position.ParseSan(text) : position.ParseUci(text);
        AssertLegal(position, move, text);
        if (c.Ops.Length == 0)
        {
            // Unmutated: the round trip must give back exactly the move it came from.
            Assert.Equal(moves[c.Move % count], move);
        }
    }

    private static string Text(Position position, Move move, bool san) => san ? position.ToSan(move) : move.ToString();

    private static void AssertLegal(Position position, Move move, string text)
    {
        var moves = new Move[Position.MaxMoves];
        var count = position.GenerateLegalMoves(moves);
        if (!moves.AsSpan(0, count).Contains(move))
        {
            throw new InvalidOperationException($"'{text}' was read as {move}, which is not legal in {position.ToFen()}");
        }
        // Reading must not disturb the position.
        var fen = position.ToFen();
        position.MakeMove(move);
        position.UnmakeMove();
        Assert.Equal(fen, position.ToFen());
    }
}
