using System.Text;

namespace SilkRoad.Catalogue.Tests.Importers;

/// <summary>
/// Serves <c>head</c>, then fails every later read: a reader that yields a record before touching the tail proves it
/// streams instead of loading the whole input first.
/// </summary>
internal sealed class FailingTailStream(string head) : Stream
{
    private readonly byte[] bytes = Encoding.UTF8.GetBytes(head);
    private int position;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (position >= bytes.Length) throw new IOException("read past the head: the reader did not stream");
        var n = Math.Min(count, bytes.Length - position);
        Array.Copy(bytes, position, buffer, offset, n);
        position += n;
        return n;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
