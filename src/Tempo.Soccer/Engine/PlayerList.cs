using System.Collections;

namespace Tempo.Soccer.Engine;

/// <summary>
/// The players of a <see cref="World"/> in play order. It is read many times per simulated step (physics, defenders
/// looking for their man), so <c>foreach</c> over it uses a struct enumerator instead of allocating one each time.
/// </summary>
internal sealed class PlayerList : IReadOnlyList<PlayerState>
{
    private readonly PlayerState[] _players;

    internal PlayerList(PlayerState[] players) => _players = players;

    public int Count => _players.Length;

    public PlayerState this[int index] => _players[index];

    public Enumerator GetEnumerator() => new(_players);

    IEnumerator<PlayerState> IEnumerable<PlayerState>.GetEnumerator() => ((IEnumerable<PlayerState>)_players).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _players.GetEnumerator();

    /// <summary>Allocation-free enumerator for <c>foreach</c>.</summary>
    public struct Enumerator
    {
        private readonly PlayerState[] _players;
        private int _index;

        internal Enumerator(PlayerState[] players)
        {
            _players = players;
            _index = -1;
        }

        public readonly PlayerState Current => _players[_index];

        public bool MoveNext() => ++_index < _players.Length;
    }
}
