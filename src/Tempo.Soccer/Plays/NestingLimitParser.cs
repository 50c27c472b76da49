using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Tempo.Soccer.Plays;

/// <summary>
/// Hands YamlDotNet's loader the parser's events, refusing nesting deeper than any play needs before the loader, which
/// recurses once per level, overflows the stack (a 100,000-deep <c>[[[…]]]</c> killed the process).
/// </summary>
internal sealed class NestingLimitParser(IParser inner, string source) : IParser
{
    private const int MaxDepth = 64;
    private int _depth;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }
        if (inner.Current is MappingStart or SequenceStart && ++_depth > MaxDepth)
        {
            throw new PlayFileException(source, (int)inner.Current.Start.Line, "(document)", $"nested more than {MaxDepth} levels deep");
        }
        if (inner.Current is MappingEnd or SequenceEnd)
        {
            _depth--;
        }
        return true;
    }
}
