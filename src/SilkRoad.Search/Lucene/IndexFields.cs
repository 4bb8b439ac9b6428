using SilkRoad.Core.Languages;

namespace SilkRoad.Search.Lucene;

/// <summary>The fields of the Lucene index. Text is indexed per language (<c>title.zh</c>), so that each value is
/// analysed by the analyzer of its own language tag.</summary>
internal static class IndexFields
{
    /// <summary>The resource id as a term: what an update replaces by.</summary>
    public const string Id = "id";

    /// <summary>The resource id as a number: the tie-breaker of every sort, so that a cursor is stable.</summary>
    public const string IdOrder = "id_n";

    /// <summary>The resource document (JSON), stored for hits, snippets and "more like this".</summary>
    public const string Document = "doc";

    /// <summary>The source record ids (stored): a TREC run names documents by them.</summary>
    public const string SourceRecord = "src_id";

    public const string Title = "title";
    public const string Keyword = "keyword";
    public const string Abstract = "abstract";

    public const string Author = "author";
    public const string Subject = "subject";

    /// <summary>Publisher and affiliations: searched as plain text, weighted low.</summary>
    public const string Other = "other";

    public const string Doi = "doi";
    public const string Year = "year";
    public const string YearOrder = "year_n";
    public const string TitleOrder = "title_s";

    /// <summary>Title and keyword words, unstemmed: the dictionary of "did you mean".</summary>
    public const string Spelling = "spell";

    /// <summary>Whole author names and subjects, folded: the dictionary of autocomplete.</summary>
    public const string AuthorCompletion = "complete.author";
    public const string SubjectCompletion = "complete.subject";

    /// <summary>Chinese text a second time, as single characters: on the relevance collection characters found what
    /// segmentation missed (a word cut one way in the query and another in a title still shares its characters), and
    /// words ranked better where both match; searching both, the better of the two wins (docs/benchmarks.md).</summary>
    public const string ChineseCharacters = "zh_char";

    /// <summary>The languages text is indexed in: the six working languages, "und", and Chinese as characters.</summary>
    public static IReadOnlyList<string> TextLanguages { get; } =
        [.. Language.All.Select(l => l.Code), Language.UndeterminedCode, ChineseCharacters];

    public static IReadOnlyList<string> TextKinds { get; } = [Title, Keyword, Abstract];

    public static string Text(string kind, string language) => $"{kind}.{language}";

    /// <summary>The exact-value field a <c>field:value</c> query or a filter matches.</summary>
    public static string Exact(string facet) => $"x.{facet}";

    /// <summary>The doc-values field facets are counted on.</summary>
    public static string FacetValues(string facet) => $"fv.{facet}";

    /// <summary>The language whose analyzer indexes a value tagged <paramref name="code"/>.</summary>
    public static string TextLanguage(string code) =>
        Language.TryFind(code, out var language) ? language.Code : Language.UndeterminedCode;
}
