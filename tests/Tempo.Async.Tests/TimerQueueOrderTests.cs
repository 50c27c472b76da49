using CsCheck;
using Tempo.Async;

namespace Tempo.Async.Tests;

/// <summary>
/// The timer queue pops live timers in exactly the order of a reference <see cref="PriorityQueue{TElement, TPriority}"/>
/// keyed by (time, scheduling sequence), driven the way the loop drives it: peek the next time, drain what is due,
/// schedule and cancel more from inside the drained steps.
/// </summary>
public sealed class TimerQueueOrderTests
{
    // Delays that tie often (small units, whole seconds) and ones that spread over many orders of magnitude of ticks.
    private static readonly long[] Delays = [1, 2, 3, 63, 64, 65, 4_096, TimeSpan.TicksPerMillisecond, TimeSpan.TicksPerSecond,
        2 * TimeSpan.TicksPerSecond, 10 * TimeSpan.TicksPerSecond, TimeSpan.TicksPerHour, 1L << 40, (1L << 52) + 7];

    [Fact]
    public void RandomSchedules_PopInTheReferenceOrder()
    {
        Gen.Int[0, int.MaxValue].Array[1, 300].Sample(tape => Replay(tape).SequenceEqual(Reference(tape)), iter: 2_000);
    }

    [Fact]
    public void ManyTimersAtOneInstant_KeepTheirSchedulingOrder()
    {
        var queue = new TimerQueue();
        var items = Enumerable.Range(0, 1_000).Select(i => new Timed(i)).ToArray();
        foreach (var item in items)
        {
            queue.Add(5, item, 0, onLine: false);
        }
        Assert.True(queue.TryPeekTime(out var time));
        Assert.Equal(5, time);
        var popped = new List<int>();
        while (queue.TryTakeDue(5, out var work))
        {
            popped.Add(((Timed)work.Callback).Id);
        }
        Assert.Equal(Enumerable.Range(0, 1_000), popped);
        Assert.False(queue.HasPending);
    }

    /// <summary>The ids of live timers in the order the queue gives them, and the times the clock stopped at.</summary>
    private static List<long> Replay(int[] tape)
    {
        var queue = new TimerQueue();
        var script = new Script(tape);
        var pending = new List<(Timed Item, long Time)>();
        var output = new List<long>();
        var now = 0L;
        foreach (var _ in script.Initial())
        {
            Schedule(queue, script, pending, now);
        }
        while (queue.TryPeekTime(out var next))
        {
            now = next;
            output.Add(-now);
            while (queue.TryTakeDue(now, out var work))
            {
                var item = (Timed)work.Callback;
                if (!item.Live)
                {
                    continue;
                }
                item.Live = false;
                pending.Remove((item, now));
                output.Add(item.Id);
                React(queue, script, pending, now);
            }
        }
        return output;
    }

    /// <summary>The same script on a bare priority queue ordered by (time, sequence), cancelled timers removed.</summary>
    private static List<long> Reference(int[] tape)
    {
        var queue = new PriorityQueue<Timed, (long Time, long Sequence)>();
        var script = new Script(tape);
        var pending = new List<(Timed Item, long Time)>();
        var output = new List<long>();
        var sequence = 0L;
        var now = -1L;
        void Add(Timed item, long time) => queue.Enqueue(item, (time, sequence++));
        foreach (var _ in script.Initial())
        {
            var (item, time) = script.NextTimer(0);
            pending.Add((item, time));
            Add(item, time);
        }
        while (queue.TryDequeue(out var item, out var key))
        {
            if (!item.Live)
            {
                continue;
            }
            if (key.Time != now)
            {
                now = key.Time;
                output.Add(-now);
            }
            item.Live = false;
            pending.Remove((item, now));
            output.Add(item.Id);
            foreach (var (newItem, time) in script.Reactions(pending, now))
            {
                pending.Add((newItem, time));
                Add(newItem, time);
            }
        }
        return output;
    }

    private static void React(TimerQueue queue, Script script, List<(Timed Item, long Time)> pending, long now)
    {
        foreach (var (item, time) in script.Reactions(pending, now, queue))
        {
            pending.Add((item, time));
            queue.Add(time, item, 0, onLine: false);
        }
    }

    private static void Schedule(TimerQueue queue, Script script, List<(Timed Item, long Time)> pending, long now)
    {
        var (item, time) = script.NextTimer(now);
        pending.Add((item, time));
        queue.Add(time, item, 0, onLine: false);
    }

    /// <summary>Reads the random tape the same way for the queue and the reference.</summary>
    private sealed class Script(int[] tape)
    {
        private int _position;
        private int _nextId;

        private int Next() => tape[_position++ % tape.Length];

        public IEnumerable<int> Initial() => Enumerable.Range(0, 1 + (Next() % 20));

        public (Timed Item, long Time) NextTimer(long now)
        {
            var choice = Next();
            var delay = choice % 4 == 0 ? 1 + (choice / 4 % 50) : Delays[choice / 4 % Delays.Length];
            return (new Timed(_nextId++), now + delay);
        }

        /// <summary>What a fired timer does: schedule 0-2 more (fewer once the tape is used up), maybe cancel one pending.</summary>
        public List<(Timed Item, long Time)> Reactions(List<(Timed Item, long Time)> pending, long now, TimerQueue? queue = null)
        {
            var added = new List<(Timed, long)>();
            var count = _position < tape.Length * 3 ? Next() % 3 : 0;
            for (var i = 0; i < count; i++)
            {
                added.Add(NextTimer(now));
            }
            if (pending.Count > 0 && Next() % 4 == 0)
            {
                var victim = pending[Next() % pending.Count];
                pending.Remove(victim);
                victim.Item.Live = false;
                queue?.Cancel(victim.Time);
            }
            return added;
        }
    }

    private sealed class Timed(int id) : ITimedItem
    {
        public int Id { get; } = id;

        public bool Live { get; set; } = true;

        public Line? Blame => null;

        public bool IsLive(int version) => Live;

        public void Fire(int version)
        {
        }
    }
}
