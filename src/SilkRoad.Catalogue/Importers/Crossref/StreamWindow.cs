namespace SilkRoad.Catalogue.Importers.Crossref;

/// <summary>
/// The unread part of a stream, refilled on demand: readers look at <see cref="Available"/>, consume what they
/// understood with <see cref="Advance"/>, and ask for more when a token or a line runs past the end. It grows only
/// as far as the largest single work or line, never to the size of the file.
/// </summary>
internal sealed class StreamWindow(Stream stream)
{
    private const int InitialSize = 64 * 1024;

    private byte[] _bytes = new byte[InitialSize];
    private int _start;
    private int _end;

    public bool EndOfStream { get; private set; }

    /// <summary>Bytes consumed since the start of the stream: the absolute offset of <see cref="Available"/>.</summary>
    public long Offset { get; private set; }

    public ReadOnlySpan<byte> Available => _bytes.AsSpan(_start, _end - _start);

    public ReadOnlyMemory<byte> AvailableMemory => _bytes.AsMemory(_start, _end - _start);

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _end - _start);
        _start += count;
        Offset += count;
    }

    /// <summary>Reads more of the stream after what is available; false once the stream is exhausted.</summary>
    public async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (EndOfStream) return false;
        if (_start > 0)
        {
            Buffer.BlockCopy(_bytes, _start, _bytes, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _bytes.Length) Array.Resize(ref _bytes, _bytes.Length * 2);
        var read = await stream.ReadAsync(_bytes.AsMemory(_end), cancellationToken);
        if (read == 0)
        {
            EndOfStream = true;
            return false;
        }
        _end += read;
        return true;
    }
}
