namespace Tempo.Async;

/// <summary>
/// Pending timed work, one first-in first-out bucket per distinct due time (a calendar queue): a heap orders the
/// distinct times only, so thousands of lines waking at the same instant cost one heap operation, and items due at
/// the same instant keep their scheduling order, which is what makes runs reproducible. An entry is 16 bytes with one
/// reference (the item, its version, whether it runs in its line's step): every timer costs one write barrier, not three.
/// </summary>
internal sealed class TimerQueue
{
    private readonly Dictionary<long, Bucket> _byTime = [];
    private readonly PriorityQueue<Bucket, long> _times = new();
    private readonly Stack<Bucket> _free = new();

    // Recently used buckets by a hash of their time: most additions hit one, sparing the dictionary lookup.
    private readonly Bucket?[] _recent = new Bucket?[64];
    private Bucket? _draining;

    /// <summary>Whether any live item is still scheduled.</summary>
    public bool HasPending => _byTime.Count > 0 || _draining is not null;

    /// <summary>Schedules <paramref name="item"/> (at <paramref name="version"/>) at <paramref name="time"/>, after everything already due then.</summary>
    /// <param name="time">When it is due, in ticks.</param>
    /// <param name="item">What fires.</param>
    /// <param name="version">The schedule's version, checked by <see cref="ITimedItem.IsLive"/> when it is due.</param>
    /// <param name="onLine">Whether it runs in the step of its <see cref="ITimedItem.Blame"/> line rather than the loop's own step.</param>
    public void Add(long time, ITimedItem item, int version, bool onLine)
    {
        var entry = new Entry(item, version, onLine);
        var slot = (int)((ulong)(time * -7046029254386353131L) >> 58);
        var bucket = _recent[slot];
        if (bucket is not null && bucket.Time == time && !bucket.Dead)
        {
            bucket.Add(entry);
            return;
        }
        if (!_byTime.TryGetValue(time, out bucket))
        {
            bucket = _free.Count > 0 ? _free.Pop() : new Bucket();
            bucket.Time = time;
            _byTime.Add(time, bucket);
            _times.Enqueue(bucket, time);
        }
        _recent[slot] = bucket;
        bucket.Add(entry);
    }

    /// <summary>Forgets one live item due at <paramref name="time"/> so that it no longer holds the clock back.</summary>
    public void Cancel(long time)
    {
        if (_byTime.TryGetValue(time, out var bucket) && --bucket.Live == 0)
        {
            _byTime.Remove(time);
            bucket.Dead = true;
        }
    }

    public bool TryPeekTime(out long time)
    {
        while (_times.TryPeek(out var bucket, out time))
        {
            if (!bucket.Dead)
            {
                return true;
            }
            _times.Dequeue();
            Recycle(bucket);
        }
        return false;
    }

    /// <summary>Takes the next item due at <paramref name="now"/>, in scheduling order.</summary>
    public bool TryTakeDue(long now, out WorkItem item)
    {
        var bucket = _draining;
        if (bucket is null)
        {
            if (!TryPeekTime(out var time) || time != now)
            {
                item = default;
                return false;
            }
            bucket = _times.Dequeue();
            _byTime.Remove(time);
            _draining = bucket;
        }
        var entry = bucket.Items[bucket.Head];
        var timed = entry.Item;
        var line = entry.OnLine ? (timed is DelaySource delay ? delay.Blame : timed.Blame) : null;
        item = new WorkItem(line, WorkKind.Timed, timed, null, entry.Version);
        if (++bucket.Head == bucket.Count)
        {
            _draining = null;
            Recycle(bucket);
        }
        return true;
    }

    private void Recycle(Bucket bucket)
    {
        bucket.Reset();
        _free.Push(bucket);
    }

    private sealed class Bucket
    {
        public Entry[] Items = new Entry[16];
        public int Head;
        public int Count;
        public int Live;
        public long Time;
        public bool Dead;

        public void Add(Entry entry)
        {
            if (Count == Items.Length)
            {
                Array.Resize(ref Items, Items.Length * 2);
            }
            Items[Count++] = entry;
            Live++;
        }

        public void Reset()
        {
            Array.Clear(Items, 0, Count);
            Head = 0;
            Count = 0;
            Live = 0;
            Dead = false;
            Time = long.MinValue;
        }
    }

    private readonly struct Entry(ITimedItem item, int version, bool onLine)
    {
        public readonly ITimedItem Item = item;
        public readonly int Version = version;
        public readonly bool OnLine = onLine;
    }
}
