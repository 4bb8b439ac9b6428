namespace SilkRoad.Cli.Benchmarks;

/// <summary>
/// xoshiro256** (Blackman and Vigna, 2018), seeded through SplitMix64. Our own generator rather than
/// <see cref="Random"/>, whose sequence for a seed is not promised across .NET versions, so a corpus stays
/// byte-identical for its seed. Each record gets its own stream, so record N can be regenerated without the ones before.
/// </summary>
internal struct CorpusRandom
{
    private ulong _s0, _s1, _s2, _s3;

    private CorpusRandom(ulong seed)
    {
        _s0 = SplitMix(ref seed);
        _s1 = SplitMix(ref seed);
        _s2 = SplitMix(ref seed);
        _s3 = SplitMix(ref seed);
    }

    /// <summary>The stream for one purpose (<paramref name="stream"/>) of one record.</summary>
    public static CorpusRandom For(int seed, long record, int stream) => new(
        unchecked(((ulong)(uint)seed * 0x9E3779B97F4A7C15UL) ^ ((ulong)record * 0xBF58476D1CE4E5B9UL) ^ ((ulong)stream * 0x94D049BB133111EBUL)));

    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, <paramref name="count"/>), by multiply-shift (Lemire); the bias is below 2^-32.</summary>
    public int Next(int count) => (int)(((NextUInt64() >> 32) * (ulong)count) >> 32);

    public int Next(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

    public long NextLong(long count) => (long)((UInt128)NextUInt64() * (ulong)count >> 64);

    /// <summary>Favours the start of a list (P(index &lt; n/4) = 1/2), as word use favours common words.</summary>
    public int NextSkewed(int count)
    {
        var u = NextDouble();
        return (int)(u * u * count);
    }

    public bool Chance(double probability) => NextDouble() < probability;

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
