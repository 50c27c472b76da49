using Tempo.Chess.Solving;

namespace Tempo.Chess.Popeye;

/// <summary>The <c>stipulation</c> and <c>condition</c> words of Popeye's input: the orthodox ones read, the rest refused by name.</summary>
internal static class PopeyeStipulation
{
    /// <summary>Reads the word after <c>stipulation</c>: #N, h#N, h#N.5 or s#N.</summary>
    public static Stipulation Read(PopeyeTokens tokens)
    {
        var word = tokens.Next();
        if (word is null)
        {
            throw tokens.Error("stipulation: missing (expected #N, h#N, h#N.5 or s#N)");
        }
        bool parsed = Stipulation.TryParse(word, out var stipulation, out _);
        if (!parsed && PopeyeKeywords.Command(word) is not null)
        {
            // "stipulation" with nothing after it on its line: the next command was read in its place.
            throw tokens.Error($"stipulation: missing before {tokens.Raw} (expected #N, h#N, h#N.5 or s#N)");
        }
        if (!parsed)
        {
            throw tokens.Error($"stipulation {tokens.Raw} is not supported (Tempo solves #N, h#N, h#N.5 and s#N)");
        }
        return stipulation;
    }

    /// <summary>The error for <c>condition X</c>: fairy conditions are not read.</summary>
    public static PopeyeInputException RefuseCondition(PopeyeTokens tokens)
    {
        var word = tokens.Next();
        return tokens.Error(word is null || PopeyeKeywords.Command(word) is not null
            ? "condition: no condition named (and conditions are not supported: orthodox problems only)"
            : $"condition {tokens.Raw} is not supported (orthodox problems only)");
    }
}
