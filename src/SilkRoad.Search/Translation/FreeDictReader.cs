using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using SilkRoad.Core.Languages;

namespace SilkRoad.Search.Translation;

/// <summary>
/// Reads a FreeDict dictionary in the dictd format its Debian packages install
/// (<c>/usr/share/dictd/freedict-eng-fra.index</c> and <c>.dict.dz</c>): the index gives each headword's offset and
/// length in base64 digits, the entry is the headword line (pronunciation, part of speech) and then one line per sense,
/// "1. réprimer, retenir". The language pair comes from the file name (ISO 639-3 codes).
/// </summary>
public static partial class FreeDictReader
{
    private const string Base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /// <summary>The pair a file name names (<c>freedict-eng-fra.index</c> → en, fr), if both are working languages.</summary>
    public static (string Source, string Target)? Pair(string path)
    {
        var parts = Path.GetFileName(path).Split('.')[0].Split('-');
        if (parts.Length < 2) return null;
        return Language.TryFind(parts[^2], out var source) && Language.TryFind(parts[^1], out var target) && source != target
            ? (source.Code, target.Code)
            : null;
    }

    public static BilingualLexicon Read(string indexPath)
    {
        var pair = Pair(indexPath) ?? throw new FormatException(
            $"{indexPath}: the file name does not name two working languages (freedict-eng-fra.index)");
        var text = ReadEntries(DataPath(indexPath));
        var builder = new BilingualLexicon.Builder(pair.Source, pair.Target);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(indexPath))
        {
            lineNumber++;
            var fields = line.Split('\t');
            if (fields.Length < 3 || fields[0].StartsWith("00database", StringComparison.Ordinal) || fields[0].StartsWith("00-database", StringComparison.Ordinal))
                continue;
            var offset = Decode(fields[1]);
            var length = Decode(fields[2]);
            if (offset < 0 || length < 0 || offset + length > text.Length)
                throw new FormatException($"{indexPath}:{lineNumber}: the entry of '{fields[0]}' lies outside the data file");
            var entry = Encoding.UTF8.GetString(text, (int)offset, (int)length);
            builder.Add(fields[0], Senses(entry));
        }
        return builder.Build();
    }

    /// <summary>The translations of one entry: each sense line cut at commas and semicolons, notes in brackets dropped.</summary>
    internal static IEnumerable<string> Senses(string entry)
    {
        var lines = entry.Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            var line = SenseNumber().Replace(lines[i], "");
            line = Notes().Replace(line, " ");
            // A part with a qualifier, "bridge (card game)", is a sense a query about bridges does not mean.
            foreach (var part in line.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                if (part.Length > 0 && part.IndexOfAny(['(', '[']) < 0 && !part.StartsWith("see ", StringComparison.OrdinalIgnoreCase)) yield return part;
        }
    }

    private static string DataPath(string indexPath)
    {
        var stem = indexPath.EndsWith(".index", StringComparison.Ordinal) ? indexPath[..^".index".Length] : indexPath;
        foreach (var candidate in new[] { stem + ".dict.dz", stem + ".dict" })
            if (File.Exists(candidate)) return candidate;
        throw new FileNotFoundException($"{indexPath}: no {Path.GetFileName(stem)}.dict.dz or .dict beside the index", stem + ".dict.dz");
    }

    // A .dict.dz is gzip with random-access chunks: read whole it is plain gzip (FreeDict files are a few MB).
    private static byte[] ReadEntries(string path)
    {
        using var file = File.OpenRead(path);
        using var output = new MemoryStream();
        if (path.EndsWith(".dz", StringComparison.Ordinal))
        {
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            gzip.CopyTo(output);
        }
        else
        {
            file.CopyTo(output);
        }
        return output.ToArray();
    }

    private static long Decode(string digits)
    {
        long value = 0;
        foreach (var c in digits)
        {
            var digit = Base64.IndexOf(c, StringComparison.Ordinal);
            if (digit < 0) return -1;
            value = value * 64 + digit;
        }
        return value;
    }

    [GeneratedRegex(@"^\s*\d+\.\s*")]
    private static partial Regex SenseNumber();

    // <n, masc>, /prɔ̃/
    [GeneratedRegex(@"<[^>]*>|/[^/]*/")]
    private static partial Regex Notes();
}
