using System.Buffers;

namespace SilkRoad.Catalogue.Importers.OpenAlex;

/// <summary>
/// Splits a UTF-8 stream on '\n' into lines that stay bytes, in one pooled buffer that grows up to a limit: the JSON
/// parser reads them in place, so no line becomes a string that is then encoded back.
/// </summary>
internal sealed class Utf8LineReader : IDisposable
{
    private const int ReadSize = 256 * 1024;

    private readonly Stream _stream;
    private readonly int _maxLineBytes;
    private byte[] _buffer;
    private int _start;      // first byte of the current line
    private int _lineLength; // length of the current line, without its '\n'
    private int _next;       // where the next line starts
    private int _end;        // end of the bytes read so far
    private bool _endOfStream;
    private bool _started;

    public Utf8LineReader(Stream stream, int maxLineBytes)
    {
        _stream = stream;
        _maxLineBytes = maxLineBytes;
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Min(ReadSize * 2, maxLineBytes + 1));
    }

    /// <summary>1-based number of the current line.</summary>
    public long LineNumber { get; private set; }

    /// <summary>The current line had more than the limit: its bytes were dropped and <see cref="Line"/> is empty.</summary>
    public bool LineTooLong { get; private set; }

    /// <summary>The current line without its line break ('\n' or "\r\n").</summary>
    public ReadOnlySpan<byte> Line
    {
        get
        {
            var line = _buffer.AsSpan(_start, _lineLength);
            return line.EndsWith((byte)'\r') ? line[..^1] : line;
        }
    }

    /// <summary>Moves to the next line; false at the end of the stream. Completes synchronously while lines are buffered.</summary>
    public ValueTask<bool> ReadLineAsync(CancellationToken cancellationToken)
    {
        LineTooLong = false;
        return _started && TryTakeLine(scanFrom: _next) ? ValueTask.FromResult(true) : FillAndReadLineAsync(cancellationToken);
    }

    /// <summary>
    /// Makes <see cref="Line"/> run from the start of the current line to the end of the stream, for a JSON text that
    /// is spread over lines. False when that is longer than the limit.
    /// </summary>
    public async ValueTask<bool> ReadToEndAsync(CancellationToken cancellationToken)
    {
        while (!_endOfStream)
        {
            if (_end - _start >= _maxLineBytes) return false;
            await FillAsync(cancellationToken);
        }
        _lineLength = _end - _start;
        _next = _end;
        return _lineLength <= _maxLineBytes;
    }

    private async ValueTask<bool> FillAndReadLineAsync(CancellationToken cancellationToken)
    {
        if (!_started)
        {
            _started = true;
            while (_end < 3 && !_endOfStream) await FillAsync(cancellationToken); // enough to see a byte order mark
            if (_buffer.AsSpan(0, _end).StartsWith("\uFEFF"u8)) _next = 3;
        }
        _start = _next;
        _lineLength = 0;
        var scanFrom = _next;
        while (!TryTakeLine(scanFrom))
        {
            if (_endOfStream)
            {
                if (_next >= _end && !LineTooLong) return false;
                LineNumber++;
                _start = _next;
                _lineLength = LineTooLong ? 0 : _end - _next;
                _next = _end;
                return true;
            }
            if (_end - _next >= _maxLineBytes)
            {
                // Drop what we have of an overlong line and keep looking for its end, so memory stays bounded.
                LineTooLong = true;
                _start = _next = _end = 0;
            }
            var scanned = _end - _next; // holds no '\n'
            await FillAsync(cancellationToken);
            scanFrom = _next + scanned;
        }
        return true;
    }

    private bool TryTakeLine(int scanFrom)
    {
        var newline = _buffer.AsSpan(scanFrom, _end - scanFrom).IndexOf((byte)'\n');
        if (newline < 0) return false;
        LineNumber++;
        _start = LineTooLong ? 0 : _next;
        _lineLength = LineTooLong ? 0 : scanFrom + newline - _next;
        _next = scanFrom + newline + 1;
        return true;
    }

    // Reads once, after moving the unread bytes to the front (or into a larger buffer when they fill it).
    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        var keepFrom = Math.Min(_start, _next);
        if (keepFrom > 0 && _buffer.Length - _end < ReadSize)
        {
            Buffer.BlockCopy(_buffer, keepFrom, _buffer, 0, _end - keepFrom);
            _start -= keepFrom;
            _next -= keepFrom;
            _end -= keepFrom;
        }
        if (_buffer.Length - _end < ReadSize / 4 && _buffer.Length <= _maxLineBytes)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Min(_buffer.Length * 2, _maxLineBytes + ReadSize));
            Buffer.BlockCopy(_buffer, 0, larger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
        var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
        if (read == 0) _endOfStream = true;
        _end += read;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
