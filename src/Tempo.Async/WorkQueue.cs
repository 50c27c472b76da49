namespace Tempo.Async;

/// <summary>A first-in first-out ring buffer of work items (Queue&lt;T&gt; without version checks).</summary>
internal sealed class WorkQueue
{
    private WorkItem[] _items = new WorkItem[64];
    private int _head;
    private int _count;

    public int Count => _count;

    public void Enqueue(in WorkItem item)
    {
        if (_count == _items.Length)
        {
            Grow();
        }
        var tail = _head + _count;
        if (tail >= _items.Length)
        {
            tail -= _items.Length;
        }
        _items[tail] = item;
        _count++;
    }

    public bool TryDequeue(out WorkItem item)
    {
        if (_count == 0)
        {
            item = default;
            return false;
        }
        item = _items[_head];
        _items[_head] = default;
        _head++;
        if (_head == _items.Length)
        {
            _head = 0;
        }
        _count--;
        return true;
    }

    private void Grow()
    {
        var bigger = new WorkItem[_items.Length * 2];
        for (var i = 0; i < _count; i++)
        {
            var index = _head + i;
            bigger[i] = _items[index >= _items.Length ? index - _items.Length : index];
        }
        _items = bigger;
        _head = 0;
    }
}
