using System.IO.Compression;
using System.Security.Cryptography;

namespace SilkRoad.Catalogue.Importers;

/// <summary>
/// A file opened for import: decompressed when it is gzip (told by its magic bytes, not its name), with the first
/// bytes kept for format inference and a key that names this exact input for resuming.
/// </summary>
public sealed class ImportInput : IAsyncDisposable
{
    private const int HeadLength = 64 * 1024;

    private readonly FileStream _file;

    private ImportInput(FileStream file, Stream content, byte[] head, string key)
    {
        _file = file;
        Content = content;
        Head = head;
        Key = key;
    }

    /// <summary>The decompressed content, from the start.</summary>
    public Stream Content { get; }

    /// <summary>Up to the first 64 KiB of the decompressed content.</summary>
    public byte[] Head { get; }

    /// <summary>File name, length, modification time and a hash of the first 64 KiB: a changed or different file gets a different key.</summary>
    public string Key { get; }

    public string FileName => Path.GetFileName(_file.Name);

    /// <summary>How far through the file (compressed bytes) reading has come, 0 to 1.</summary>
    public double Fraction => _file.Length == 0 ? 1 : (double)_file.Position / _file.Length;

    public static async Task<ImportInput> OpenAsync(string path, CancellationToken cancellationToken)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        try
        {
            var magic = new byte[2];
            var isGzip = await file.ReadAsync(magic, cancellationToken) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
            file.Position = 0;
            var head = await ReadHeadAsync(isGzip ? new GZipStream(file, CompressionMode.Decompress, leaveOpen: true) : file, cancellationToken);
            file.Position = 0;
            // The modification time too: a file fixed in place past its first 64 KiB, same length, is another input.
            var modified = File.GetLastWriteTimeUtc(path).Ticks;
            var key = $"{Path.GetFileName(path)}|{file.Length}|{modified}|{Convert.ToHexString(SHA256.HashData(head), 0, 12)}";
            Stream content = isGzip ? new GZipStream(file, CompressionMode.Decompress) : file;
            return new ImportInput(file, new BufferedStream(content, 1 << 16), head, key);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    private static async Task<byte[]> ReadHeadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[HeadLength];
        var read = 0;
        try
        {
            int count;
            while (read < buffer.Length && (count = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0) read += count;
        }
        catch (InvalidDataException)
        {
            // A truncated or corrupt gzip member: what was read so far serves inference; the reader reports the rest.
        }
        if (stream is GZipStream gzip) await gzip.DisposeAsync();
        return buffer[..read];
    }

    public async ValueTask DisposeAsync()
    {
        await Content.DisposeAsync();
        await _file.DisposeAsync();
    }
}
