using System.Text;
using System.Text.Json;

namespace SilkRoad.Catalogue.Importers.OpenAlex;

/// <summary>
/// Rebuilds an abstract from OpenAlex's <c>abstract_inverted_index</c> (<c>{"word": [positions], ...}</c>): the words
/// are put in position order and joined with spaces. Positions may be sparse, a word may hold several, and two words
/// may claim one position (both are kept, in the order the index lists them). Its buffers are reused from work to
/// work, so a parser owns one and is not shared between threads.
/// </summary>
internal sealed class InvertedAbstract
{
    private byte[] _words = new byte[4096];   // the distinct words' UTF-8 bytes, one after another
    private int[] _wordStarts = new int[256]; // where each word starts in _words; word i ends at _wordStarts[i + 1]
    private int _wordCount;
    private long[] _slots = new long[512];    // (position << 32) | word: sorting orders by position, then word
    private int _slotCount;
    private int _maxPosition;
    private int _textLength;                  // bytes the text needs: every slot's word and a space
    private int[] _wordAt = new int[512];     // word at each position, when positions are dense enough to index
    private byte[] _text = new byte[8192];

    /// <summary>Reads the value after the property name the reader is on; null when it holds no words.</summary>
    public string? Read(ref Utf8JsonReader reader)
    {
        _wordCount = 0;
        _slotCount = 0;
        _maxPosition = 0;
        _textLength = 0;
        reader.Read();
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                ReadIndex(ref reader);
                break;
            case JsonTokenType.String:
                ReadEmbedded(reader.GetString());
                break;
            default:
                reader.Skip();
                return null;
        }
        return Build();
    }

    // Snapshots before September 2023 held the index as a JSON text in a string, in MAG's shape:
    // "{\"IndexLength\": 42, \"InvertedIndex\": {...}}". A broken one costs the abstract, not the work.
    private void ReadEmbedded(string? json)
    {
        if (string.IsNullOrEmpty(json)) return;
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
            if (reader.Read() && reader.TokenType == JsonTokenType.StartObject) ReadIndex(ref reader);
        }
        catch (JsonException)
        {
            _slotCount = 0;
        }
    }

    // The reader is on the object's start and is left on its end. A nested "InvertedIndex" object is MAG's wrapper.
    private void ReadIndex(ref Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var word = AddWord(ref reader);
            reader.Read();
            if (reader.TokenType == JsonTokenType.StartArray)
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var position) && position >= 0)
                        AddSlot(position, word);
                    else
                        reader.Skip();
                }
                continue;
            }
            var isWrapper = reader.TokenType == JsonTokenType.StartObject && Word(word).SequenceEqual("InvertedIndex"u8);
            _wordCount--; // not a word of the text ("IndexLength", the wrapper's name, or a value we cannot read)
            if (isWrapper) ReadIndex(ref reader);
            else reader.Skip();
        }
    }

    private int AddWord(ref Utf8JsonReader reader)
    {
        var start = _wordCount == 0 ? 0 : _wordStarts[_wordCount];
        var raw = reader.ValueSpan;
        EnsureCapacity(ref _words, start + raw.Length);
        var length = reader.ValueIsEscaped ? reader.CopyString(_words.AsSpan(start)) : Copy(raw, _words.AsSpan(start));
        if (_wordCount + 2 > _wordStarts.Length) Array.Resize(ref _wordStarts, _wordStarts.Length * 2);
        _wordStarts[_wordCount] = start;
        _wordStarts[_wordCount + 1] = start + length;
        return _wordCount++;
    }

    private static int Copy(ReadOnlySpan<byte> from, Span<byte> to)
    {
        from.CopyTo(to);
        return from.Length;
    }

    private ReadOnlySpan<byte> Word(int word) => _words.AsSpan(_wordStarts[word], _wordStarts[word + 1] - _wordStarts[word]);

    private void AddSlot(int position, int word)
    {
        if (_slotCount == _slots.Length) Array.Resize(ref _slots, _slots.Length * 2);
        _slots[_slotCount++] = ((long)position << 32) | (uint)word;
        _maxPosition = Math.Max(_maxPosition, position);
        _textLength += _wordStarts[word + 1] - _wordStarts[word] + 1;
    }

    private string? Build()
    {
        if (_slotCount == 0) return null;
        EnsureCapacity(ref _text, _textLength);
        var length = PlaceByPosition() ?? PlaceBySorting();
        // Words are whitespace-separated tokens, but some indexes hold tokens with line breaks or non-breaking spaces.
        return length == 0 ? null : TextCleaner.Collapse(Encoding.UTF8.GetString(_text, 0, length));
    }

    // Positions are nearly always 0..n-1: put each word at its position without sorting. Null when they are too
    // sparse for that, or two words claim one position.
    private int? PlaceByPosition()
    {
        if (_maxPosition >= 4 * _slotCount + 64) return null;
        if (_wordAt.Length <= _maxPosition) _wordAt = new int[Math.Max(_maxPosition + 1, _wordAt.Length * 2)];
        var wordAt = _wordAt.AsSpan(0, _maxPosition + 1);
        wordAt.Fill(-1);
        for (var i = 0; i < _slotCount; i++)
        {
            ref var at = ref wordAt[(int)(_slots[i] >> 32)];
            if (at >= 0) return null;
            at = (int)(uint)_slots[i];
        }
        var length = 0;
        foreach (var word in wordAt)
        {
            if (word >= 0) length = Append(Word(word), length);
        }
        return length;
    }

    private int PlaceBySorting()
    {
        Array.Sort(_slots, 0, _slotCount);
        var length = 0;
        for (var i = 0; i < _slotCount; i++) length = Append(Word((int)(uint)_slots[i]), length);
        return length;
    }

    private int Append(ReadOnlySpan<byte> word, int length)
    {
        if (word.IsEmpty) return length;
        if (length > 0) _text[length++] = (byte)' ';
        word.CopyTo(_text.AsSpan(length));
        return length + word.Length;
    }

    private static void EnsureCapacity(ref byte[] buffer, int needed)
    {
        if (needed > buffer.Length) Array.Resize(ref buffer, Math.Max(needed, buffer.Length * 2));
    }
}
