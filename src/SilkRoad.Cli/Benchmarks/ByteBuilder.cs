using System.Globalization;

namespace SilkRoad.Cli.Benchmarks;

/// <summary>A growable byte buffer for text assembled by hand: appends bytes and numbers, and is cleared, never shrunk.</summary>
internal sealed class ByteBuilder
{
    private byte[] _bytes = new byte[16 * 1024];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public void Append(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(_bytes.AsSpan(Length));
        Length += bytes.Length;
    }

    public void Append(int number)
    {
        Reserve(11);
        number.TryFormat(_bytes.AsSpan(Length), out var written, default, CultureInfo.InvariantCulture);
        Length += written;
    }

    private void Reserve(int count)
    {
        if (Length + count > _bytes.Length) Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + count));
    }
}
