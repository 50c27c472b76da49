using System.Text;

namespace Tempo.Chess.Popeye;

/// <summary>
/// A move as Popeye writes it in English: long algebraic with the piece letter (S for the knight, none for a pawn),
/// <c>-</c> or <c>*</c> for a capture, <c>=Q</c> for a promotion, <c>ep.</c>, <c>0-0</c>, and <c> +</c> or <c> #</c> after it.
/// </summary>
internal static class PopeyeNotation
{
    /// <summary>The move <paramref name="move"/> of <paramref name="position"/> (which is not changed).</summary>
    public static string Of(Position position, Move move)
    {
        ArgumentNullException.ThrowIfNull(position);
        var text = new StringBuilder();
        if (move.IsCastling)
        {
            text.Append(move.To.File > move.From.File ? "0-0" : "0-0-0");
        }
        else
        {
            var piece = position.PieceAt(move.From) ?? throw new ArgumentException($"no piece on {move.From}", nameof(move));
            if (piece.Type != PieceType.Pawn)
            {
                text.Append(PopeyePieces.PopeyeLetter(piece.ToString()[0]));
            }
            bool capture = move.IsEnPassant || position.PieceAt(move.To) is not null;
            text.Append(move.From).Append(capture ? '*' : '-').Append(move.To);
            if (move.Promotion != PieceType.None)
            {
                text.Append('=').Append(PopeyePieces.PopeyeLetter(new Piece(Color.White, move.Promotion).ToString()[0]));
            }
            if (move.IsEnPassant)
            {
                text.Append(" ep.");
            }
        }
        var after = position.Clone();
        after.MakeMove(move);
        if (after.InCheck)
        {
            text.Append(after.HasLegalMove() ? " +" : " #");
        }
        return text.ToString();
    }

    /// <summary>The move number prefix of the half-move <paramref name="ply"/> counted from White's first move: <c>1.</c>, <c>1...</c>, <c>2.</c>.</summary>
    public static string Number(int ply) => ply % 2 == 0 ? $"{ply / 2 + 1}." : $"{ply / 2 + 1}...";
}
