using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace SilkRoad.Catalogue.Importers.Bibtex;

/// <summary>
/// Cuts a BibTeX file into <c>@type{…}</c> blocks line by line, so that only one entry is ever held in memory. It
/// counts braces (and, in <c>@type(…)</c> blocks, quotes) to find where a block ends; it does not parse fields.
/// </summary>
internal static partial class BibtexEntryScanner
{
    // A block that has not closed after this much text is taken as broken: it guards memory against one stray brace.
    internal const int MaxEntryLength = 1_000_000;

    public static async IAsyncEnumerable<BibtexChunk> ScanAsync(
        TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var lineNumber = 0L;
        BlockState? block = null;
        var skipping = false;

        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            var position = 0;

            if (block is not null && EntryStart().IsMatch(line))
            {
                // An entry at the start of a line while another is still open: the open one lost a closing brace.
                if (!block.IsComment) yield return block.Fail("unbalanced braces: the entry is not closed before the next entry");
                block = null;
            }
            if (skipping)
            {
                if (!EntryStart().IsMatch(line)) continue;
                skipping = false;
            }

            while (position <= line.Length)
            {
                if (block is null)
                {
                    var start = FindEntry(line, position);
                    if (start is null) break;
                    block = new BlockState(start.Value.Type, lineNumber, start.Value.Opener);
                    block.Text.Append(line, start.Value.Index, start.Value.BodyIndex - start.Value.Index);
                    position = start.Value.BodyIndex;
                }

                var end = block.Consume(line, position);
                if (end < 0)
                {
                    block.Text.Append('\n');
                    break;
                }

                if (!block.IsComment) yield return new BibtexChunk(block.Type, block.StartLine, block.Text.ToString(), null);
                block = null;
                position = end;
            }

            if (block is not null && block.Text.Length > MaxEntryLength)
            {
                if (!block.IsComment) yield return block.Fail($"unbalanced braces: the entry is still open after {MaxEntryLength} characters");
                block = null;
                skipping = true;
            }
        }

        if (block is not null && !block.IsComment) yield return block.Fail("unbalanced braces: the entry is not closed at the end of the file");
    }

    // Outside entries BibTeX ignores all text; "name@example.org" in a comment is not an entry because no brace follows.
    private static (int Index, int BodyIndex, string Type, char Opener)? FindEntry(string line, int from)
    {
        while (from < line.Length)
        {
            var at = line.IndexOf('@', from);
            if (at < 0) return null;
            var match = EntryHead().Match(line, at);
            if (match.Success && match.Index == at)
            {
                var opener = line[match.Index + match.Length - 1];
                return (at, match.Index + match.Length, match.Groups["type"].Value, opener);
            }
            from = at + 1;
        }
        return null;
    }

    [GeneratedRegex(@"@\s*(?<type>[A-Za-z][A-Za-z0-9_\-]*)\s*[{(]", RegexOptions.CultureInvariant)]
    private static partial Regex EntryHead();

    [GeneratedRegex(@"^[ \t]*@[A-Za-z][A-Za-z0-9_\-]*[ \t]*[{(]", RegexOptions.CultureInvariant)]
    private static partial Regex EntryStart();

    private sealed class BlockState(string type, long startLine, char opener)
    {
        private int depth = opener == '{' ? 1 : 0;
        private bool inQuote;

        public string Type { get; } = type;
        public long StartLine { get; } = startLine;
        public StringBuilder Text { get; } = new();

        // "@comment{…}" is skipped like text outside entries, even when it is broken.
        public bool IsComment { get; } = type.Equals("comment", StringComparison.OrdinalIgnoreCase);

        public BibtexChunk Fail(string reason) => new(Type, StartLine, null, reason);

        /// <summary>Appends the line from <paramref name="from"/>; returns the index after the closing delimiter, or -1.</summary>
        public int Consume(string line, int from)
        {
            for (var i = from; i < line.Length; i++)
            {
                var c = line[i];
                switch (c)
                {
                    case '\\':
                        i++; // an escaped brace or quote does not count
                        break;
                    case '{':
                        depth++;
                        break;
                    case '}':
                        depth--;
                        if (opener == '{' && depth == 0) return Close(line, from, i);
                        break;
                    case '"' when depth == (opener == '{' ? 1 : 0):
                        inQuote = !inQuote;
                        break;
                    case ')' when opener == '(' && depth == 0 && !inQuote:
                        return Close(line, from, i);
                }
            }
            Text.Append(line, from, line.Length - from);
            return -1;
        }

        private int Close(string line, int from, int closer)
        {
            Text.Append(line, from, closer + 1 - from);
            return closer + 1;
        }
    }
}
