using System.Collections;

namespace Tempo.Soccer.Engine;

/// <summary>
/// The players of a <see cref="World"/> in play order. It is read many times per simulated step (physics, defenders
/// looking for their man), so <c>foreach</c> over it uses a struct enumerator instead of allocating one each time.
/// </summary>
internal sealed class PlayerList : IReadOnlyList<PlayerState>
{
    private readonly PlayerState[] players;

    internal PlayerList(PlayerState[] players) => this.players = players;

    public int Count => players.Length;

    public PlayerState this[int index] => players[index];

    public Enumerator GetEnumerator() => new(players);

    IEnumerator<PlayerState> IEnumerable<PlayerState>.GetEnumerator() => ((IEnumerable<PlayerState>)players).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => players.GetEnumerator();

    /// <summary>Allocation-free enumerator for <c>foreach</c>.</summary>
    public struct Enumerator
    {
        private readonly PlayerState[] players;
        private int index;

        internal Enumerator(PlayerState[] players)
        {
            this.players = players;
            index = -1;
        }

        public readonly PlayerState Current => players[index];

        public bool MoveNext() => ++index < players.Length;
    }
}
