using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SilkRoad.Cli.Benchmarks;

/// <summary>
/// One language of the generated corpus: its share of works, its engineering vocabulary, people, institutions and
/// journals, encoded to UTF-8 and JSON once, so that writing a work only copies bytes.
/// </summary>
internal sealed class CorpusLanguage
{
    /// <summary>Abstract tokens come in four forms: as is, capitalised (sentence start), with a full stop, with a comma.</summary>
    public const int Plain = 0, Capitalised = 1, SentenceEnd = 2, ClauseEnd = 3;

    public CorpusLanguage(
        string code,
        double share,
        string words,
        string functionWords,
        CorpusNames names,
        CorpusInstitution[] institutions,
        CorpusSource[] sources,
        string clauseMark = ",",
        string sentenceMark = ".",
        bool writtenWithoutSpaces = false,
        CorpusNames? nativeNames = null,
        double nativeNameShare = 0)
    {
        Code = code;
        EncodedCode = JsonEncodedText.Encode(code);
        Share = share;
        WrittenWithoutSpaces = writtenWithoutSpaces;
        var function = Split(functionWords);
        var content = Split(words);
        FunctionWordCount = function.Length;
        ContentWordCount = content.Length;
        string[] all = [.. function, .. content];
        Words = [.. all.Select(Encoding.UTF8.GetBytes)];
        CapitalisedWords = [.. all.Select(w => Encoding.UTF8.GetBytes(Capitalise(w)))];
        ClauseMark = Encoding.UTF8.GetBytes(clauseMark);
        SentenceMark = Encoding.UTF8.GetBytes(sentenceMark);
        // Chinese clauses are joined from raw word bytes into index keys, so no word may need escaping in JSON.
        if (all.FirstOrDefault(w => Encode(w).ToString() != w) is { } escaped)
            throw new InvalidOperationException($"'{escaped}' would need escaping in JSON.");
        IndexKeys = new byte[all.Length * 4][];
        for (var i = 0; i < all.Length; i++)
        {
            IndexKeys[Plain * all.Length + i] = IndexKey(all[i]);
            IndexKeys[Capitalised * all.Length + i] = IndexKey(Capitalise(all[i]));
            IndexKeys[SentenceEnd * all.Length + i] = IndexKey(all[i] + sentenceMark);
            IndexKeys[ClauseEnd * all.Length + i] = IndexKey(all[i] + clauseMark);
        }
        Names = new EncodedNames(names);
        NativeNames = nativeNames is null ? null : new EncodedNames(nativeNames);
        NativeNameShare = nativeNameShare;
        Institutions = [.. institutions.Select(i => new EncodedInstitution(i))];
        Sources = [.. sources.Select(s => new EncodedSource(s))];
    }

    public string Code { get; }
    public JsonEncodedText EncodedCode { get; }
    public double Share { get; }

    /// <summary>Chinese: words run together, and an abstract's index tokens are whole clauses.</summary>
    public bool WrittenWithoutSpaces { get; }

    /// <summary>Function words first (indexes below <see cref="FunctionWordCount"/>), then content words.</summary>
    public byte[][] Words { get; }

    public byte[][] CapitalisedWords { get; }
    public int FunctionWordCount { get; }
    public int ContentWordCount { get; }
    public byte[] ClauseMark { get; }
    public byte[] SentenceMark { get; }

    /// <summary>
    /// The start of an abstract index entry, <c>"token":[</c>, for <c>IndexKeys[form * Words.Length + word]</c>.
    /// </summary>
    public byte[][] IndexKeys { get; }

    public EncodedNames Names { get; }
    public EncodedNames? NativeNames { get; }
    public double NativeNameShare { get; }
    public EncodedInstitution[] Institutions { get; }
    public EncodedSource[] Sources { get; }

    public int TokenId(int form, int word) => form * Words.Length + word;

    private static byte[] IndexKey(string token) => [(byte)'"', .. Encode(token).EncodedUtf8Bytes, .. "\":["u8];

    internal static JsonEncodedText Encode(string text) => JsonEncodedText.Encode(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

    // Stable across processes (string.GetHashCode is not), so generated ids are the same on every run.
    internal static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text)) hash = (hash ^ b) * 16777619u;
        return hash;
    }

    internal static byte[] Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static string[] Split(string words) =>
        words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Capitalise(string word) =>
        word.Length == 0 ? word : string.Concat(word[..1].ToUpper(CultureInfo.InvariantCulture), word[1..]);

    internal sealed class EncodedNames(CorpusNames names)
    {
        public byte[][] Given { get; } = [.. names.Given.Select(Encoding.UTF8.GetBytes)];
        public byte[][] Family { get; } = [.. names.Family.Select(Encoding.UTF8.GetBytes)];
        public int FeminineFrom { get; } = names.FeminineFrom;
        public byte[] FeminineSuffix { get; } = Encoding.UTF8.GetBytes(names.FeminineSuffix);
        public double SecondFamilyNameShare { get; } = names.SecondFamilyNameShare;
        public bool FamilyNameFirstWithoutSpace { get; } = names.FamilyNameFirstWithoutSpace;
    }

    internal sealed class EncodedInstitution
    {
        public EncodedInstitution(CorpusInstitution institution)
        {
            var id = $"https://openalex.org/I{4200000000u + StableHash(institution.Name) % 100000000u}";
            CountryCode = Encode(institution.CountryCode);
            Json = CorpusLanguage.Json(w =>
            {
                w.WriteStartObject();
                w.WriteString("id", id);
                w.WriteString("display_name", institution.Name);
                w.WriteString("ror", $"https://ror.org/0{StableHash(institution.Name + "ror"):x8}");
                w.WriteString("country_code", institution.CountryCode);
                w.WriteString("type", institution.Type);
                w.WriteStartArray("lineage");
                w.WriteStringValue(id);
                w.WriteEndArray();
                w.WriteEndObject();
            });
        }

        public JsonEncodedText CountryCode { get; }

        /// <summary>The whole institution object as the snapshot writes it inside an authorship.</summary>
        public byte[] Json { get; }
    }

    internal sealed class EncodedSource
    {
        public EncodedSource(CorpusSource source)
        {
            DoiPrefix = Encoding.UTF8.GetBytes($"https://doi.org/{source.DoiPrefix}/{source.DoiStem}.");
            Json = CorpusLanguage.Json(w =>
            {
                w.WriteStartObject();
                w.WriteString("id", $"https://openalex.org/S{4210000000u + StableHash(source.Name) % 100000000u}");
                w.WriteString("display_name", source.Name);
                w.WriteString("issn_l", source.Issn);
                w.WriteStartArray("issn");
                w.WriteStringValue(source.Issn);
                w.WriteEndArray();
                w.WriteBoolean("is_oa", false);
                w.WriteBoolean("is_in_doaj", false);
                w.WriteBoolean("is_core", true);
                w.WriteString("host_organization_name", source.Publisher);
                w.WriteString("type", "journal");
                w.WriteEndObject();
            });
        }

        /// <summary>"https://doi.org/10.1016/j.engstruct." — a DOI is this, the year, a dot and a number.</summary>
        public byte[] DoiPrefix { get; }

        /// <summary>The source object of a location.</summary>
        public byte[] Json { get; }
    }
}
