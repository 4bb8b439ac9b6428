using System.Text.Json;

namespace SilkRoad.Cli.Benchmarks;

/// <summary>
/// Makes the title and abstract of a generated work from a language's vocabulary, and writes the abstract as OpenAlex
/// does: an inverted index of tokens (words with their punctuation; whole clauses in Chinese, which has no spaces to
/// split on) in order of first appearance. Buffers are reused from work to work.
/// </summary>
internal sealed class CorpusText
{
    private const double TitleFunctionWordShare = 0.3;
    private const double AbstractFunctionWordShare = 0.35;
    private const double CommaShare = 0.06;

    private readonly ByteBuilder _title = new();
    private int[] _tokens = new int[512];
    private int[] _next = new int[512];
    private readonly int[] _first;
    private readonly int[] _last;
    private readonly int[] _stamp;
    private readonly List<int> _order = [];
    private readonly ByteBuilder _json = new();
    private int _tokenCount;
    private int _generation;

    // Chinese clauses: their bytes one after another; clause i runs from _clauseStarts[i] to _clauseStarts[i + 1].
    private byte[] _clauses = new byte[16 * 1024];
    private int[] _clauseStarts = new int[128];
    private int _clauseCount;

    public CorpusText(int maxTokenIds)
    {
        _first = new int[maxTokenIds];
        _last = new int[maxTokenIds];
        _stamp = new int[maxTokenIds];
    }

    public ReadOnlySpan<byte> Title => _title.Written;

    public void MakeTitle(CorpusLanguage language, ref CorpusRandom random)
    {
        _title.Clear();
        var words = language.WrittenWithoutSpaces ? random.Next(6, 12) : random.Next(6, 20);
        for (var k = 0; k < words; k++)
        {
            var word = PickWord(language, ref random, allowFunctionWord: k > 0 && k < words - 1, TitleFunctionWordShare, out _);
            if (k > 0 && !language.WrittenWithoutSpaces) _title.Append(" "u8);
            _title.Append(k == 0 ? language.CapitalisedWords[word] : language.Words[word]);
        }
    }

    /// <summary>Draws an abstract of 80 to 250 words and writes it as <c>"abstract_inverted_index": {...}</c>.</summary>
    public void WriteAbstract(Utf8JsonWriter json, JsonEncodedText propertyName, CorpusLanguage language, ref CorpusRandom random)
    {
        _tokenCount = 0;
        _clauseCount = 0;
        var words = random.Next(80, 250);
        if (language.WrittenWithoutSpaces) MakeClauses(language, ref random, words);
        else MakeSentences(language, ref random, words);

        _generation++;
        _order.Clear();
        for (var position = 0; position < _tokenCount; position++)
        {
            var token = _tokens[position];
            _next[position] = -1;
            if (_stamp[token] != _generation)
            {
                _stamp[token] = _generation;
                _first[token] = position;
                _order.Add(token);
            }
            else
            {
                _next[_last[token]] = position;
            }
            _last[token] = position;
        }

        // Written by hand and handed over as raw JSON: a few hundred writer calls per work were half the generator's time.
        _json.Clear();
        _json.Append("{"u8);
        foreach (var token in _order)
        {
            if (_json.Length > 1) _json.Append(","u8);
            if (language.WrittenWithoutSpaces)
            {
                _json.Append("\""u8);
                _json.Append(Clause(token));
                _json.Append("\":["u8);
            }
            else
            {
                _json.Append(language.IndexKeys[token]);
            }
            for (var position = _first[token]; position >= 0; position = _next[position])
            {
                if (position != _first[token]) _json.Append(","u8);
                _json.Append(position);
            }
            _json.Append("]"u8);
        }
        _json.Append("}"u8);
        json.WritePropertyName(propertyName);
        json.WriteRawValue(_json.Written, skipInputValidation: true);
    }

    private void MakeSentences(CorpusLanguage language, ref CorpusRandom random, int words)
    {
        var written = 0;
        while (written < words)
        {
            var length = random.Next(8, 22);
            if (words - written - length < 5) length = words - written; // no stub sentence at the end
            for (var k = 0; k < length; k++)
            {
                var word = PickWord(language, ref random, allowFunctionWord: k > 0 && k < length - 1, AbstractFunctionWordShare, out var isFunctionWord);
                var form = k == 0 ? CorpusLanguage.Capitalised
                    : k == length - 1 ? CorpusLanguage.SentenceEnd
                    : !isFunctionWord && random.Chance(CommaShare) ? CorpusLanguage.ClauseEnd
                    : CorpusLanguage.Plain;
                AddToken(language.TokenId(form, word));
            }
            written += length;
        }
    }

    // Clauses of three to eight words; two to four make a sentence, ended by "。", the others by "，".
    private void MakeClauses(CorpusLanguage language, ref CorpusRandom random, int words)
    {
        var written = 0;
        var clausesLeftInSentence = random.Next(2, 4);
        _clauseStarts[0] = 0;
        while (written < words)
        {
            var length = random.Next(3, 8);
            if (words - written - length < 3) length = words - written;
            var start = _clauseStarts[_clauseCount];
            var end = start;
            for (var k = 0; k < length; k++)
            {
                var word = PickWord(language, ref random, allowFunctionWord: k > 0 && k < length - 1, AbstractFunctionWordShare, out _);
                end = AppendClause(end, language.Words[word]);
            }
            written += length;
            var endsSentence = --clausesLeftInSentence == 0 || written >= words;
            end = AppendClause(end, endsSentence ? language.SentenceMark : language.ClauseMark);
            if (endsSentence) clausesLeftInSentence = random.Next(2, 4);
            AddToken(FindOrAddClause(start, end));
        }
    }

    private static int PickWord(CorpusLanguage language, ref CorpusRandom random, bool allowFunctionWord, double functionWordShare, out bool isFunctionWord)
    {
        isFunctionWord = allowFunctionWord && random.Chance(functionWordShare);
        return isFunctionWord
            ? random.Next(language.FunctionWordCount)
            : language.FunctionWordCount + random.NextSkewed(language.ContentWordCount);
    }

    // A clause written twice in one abstract is one key with two positions, as in a real index.
    private int FindOrAddClause(int start, int end)
    {
        var clause = _clauses.AsSpan(start, end - start);
        for (var i = 0; i < _clauseCount; i++)
        {
            if (Clause(i).SequenceEqual(clause)) return i;
        }
        if (_clauseCount + 2 > _clauseStarts.Length) Array.Resize(ref _clauseStarts, _clauseStarts.Length * 2);
        _clauseStarts[++_clauseCount] = end;
        return _clauseCount - 1;
    }

    private ReadOnlySpan<byte> Clause(int i) => _clauses.AsSpan(_clauseStarts[i], _clauseStarts[i + 1] - _clauseStarts[i]);

    private int AppendClause(int end, ReadOnlySpan<byte> bytes)
    {
        if (end + bytes.Length > _clauses.Length) Array.Resize(ref _clauses, Math.Max(_clauses.Length * 2, end + bytes.Length));
        bytes.CopyTo(_clauses.AsSpan(end));
        return end + bytes.Length;
    }

    private void AddToken(int token)
    {
        if (_tokenCount == _tokens.Length)
        {
            Array.Resize(ref _tokens, _tokens.Length * 2);
            Array.Resize(ref _next, _next.Length * 2);
        }
        _tokens[_tokenCount++] = token;
    }
}
