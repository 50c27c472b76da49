namespace Tempo.Async.Samples;

/// <summary>
/// Python's <c>random</c> module as CPython 3.11 computes it, for the ported SimPy examples to draw the very numbers
/// their originals draw: MT19937 seeded from an integer by <c>init_by_array</c> (CPython's <c>random_seed</c>),
/// <c>random()</c> from two draws (53 bits), <c>randint</c>/<c>choice</c> by rejection sampling on
/// <c>getrandbits</c>, and <c>uniform</c>, <c>expovariate</c>, <c>normalvariate</c> by their Python formulas. Only
/// what the examples use; a model of your own should use <see cref="Simulation.Random"/>.
/// </summary>
public sealed class PythonRandom
{
    private const int N = 624;
    private const int M = 397;
    private static readonly double NormalMagic = 4 * Math.Exp(-0.5) / Math.Sqrt(2.0);

    private readonly uint[] _state = new uint[N];
    private int _index;

    /// <summary>Seeds as Python's <c>random.seed(seed)</c> does for an int.</summary>
    public PythonRandom(ulong seed)
    {
        var key = seed >> 32 == 0 ? new[] { (uint)seed } : [(uint)seed, (uint)(seed >> 32)];
        InitByArray(key);
    }

    /// <summary><c>random.random()</c>: a double in [0, 1) with 53 random bits.</summary>
    public double Random()
    {
        var a = NextUInt32() >> 5;
        var b = NextUInt32() >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /// <summary><c>random.randint(a, b)</c>: an integer in [a, b].</summary>
    public int RandInt(int a, int b) => a + Below(b - a + 1);

    /// <summary><c>random.choice(items)</c>.</summary>
    public T Choice<T>(IReadOnlyList<T> items) => items[Below(items.Count)];

    /// <summary><c>random.uniform(a, b)</c>.</summary>
    public double Uniform(double a, double b) => a + (b - a) * Random();

    /// <summary><c>random.expovariate(lambd)</c>.</summary>
    public double ExpoVariate(double lambd) => -Math.Log(1.0 - Random()) / lambd;

    /// <summary><c>random.normalvariate(mu, sigma)</c> (Kinderman and Monahan's method, as CPython).</summary>
    public double NormalVariate(double mu, double sigma)
    {
        double z;
        while (true)
        {
            var u1 = Random();
            var u2 = 1.0 - Random();
            z = NormalMagic * (u1 - 0.5) / u2;
            var zz = z * z / 4.0;
            if (zz <= -Math.Log(u2))
            {
                break;
            }
        }
        return mu + z * sigma;
    }

    /// <summary>Python's <c>_randbelow_with_getrandbits(n)</c> for 0 &lt; n &lt; 2^31.</summary>
    private int Below(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(n, 0);
        var k = 32 - int.LeadingZeroCount(n);
        var r = (int)(NextUInt32() >> (32 - k));
        while (r >= n)
        {
            r = (int)(NextUInt32() >> (32 - k));
        }
        return r;
    }

    private void InitGenRand(uint seed)
    {
        _state[0] = seed;
        for (var i = 1; i < N; i++)
        {
            _state[i] = 1812433253u * (_state[i - 1] ^ (_state[i - 1] >> 30)) + (uint)i;
        }
        _index = N;
    }

    private void InitByArray(uint[] key)
    {
        InitGenRand(19650218u);
        int i = 1, j = 0;
        for (var k = Math.Max(N, key.Length); k > 0; k--)
        {
            _state[i] = (_state[i] ^ ((_state[i - 1] ^ (_state[i - 1] >> 30)) * 1664525u)) + key[j] + (uint)j;
            i++;
            j++;
            if (i >= N)
            {
                _state[0] = _state[N - 1];
                i = 1;
            }
            if (j >= key.Length)
            {
                j = 0;
            }
        }
        for (var k = N - 1; k > 0; k--)
        {
            _state[i] = (_state[i] ^ ((_state[i - 1] ^ (_state[i - 1] >> 30)) * 1566083941u)) - (uint)i;
            i++;
            if (i >= N)
            {
                _state[0] = _state[N - 1];
                i = 1;
            }
        }
        _state[0] = 0x80000000u;
    }

    private uint NextUInt32()
    {
        if (_index >= N)
        {
            Twist();
        }
        var y = _state[_index++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680u;
        y ^= (y << 15) & 0xefc60000u;
        y ^= y >> 18;
        return y;
    }

    private void Twist()
    {
        for (var k = 0; k < N; k++)
        {
            var y = (_state[k] & 0x80000000u) | (_state[(k + 1) % N] & 0x7fffffffu);
            _state[k] = _state[(k + M) % N] ^ (y >> 1) ^ ((y & 1) != 0 ? 0x9908b0dfu : 0u);
        }
        _index = 0;
    }
}
