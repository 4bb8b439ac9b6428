using System.Text;
using SilkRoad.Search;

namespace SilkRoad.Cli.Benchmarks;

/// <summary>
/// Queries for the search benchmark, drawn from the generated corpus's own vocabulary so that they match what was
/// imported: the six languages in turn, one to three words (common words more often, as people type them), some as
/// phrases, some with a filter or a year range. The same seed gives the same queries.
/// </summary>
internal static class SearchQueryGenerator
{
    private static readonly string[] Types = ["journal-article", "conference-paper", "book-chapter", "dataset"];

    public static List<SearchRequest> Create(int count, int seed, IReadOnlyList<string> facets)
    {
        var queries = new List<SearchRequest>(count);
        var languages = CorpusWorkWriter.Languages.OrderBy(l => l.Code, StringComparer.Ordinal).ToArray();
        for (var i = 0; i < count; i++)
        {
            var random = CorpusRandom.For(seed, i, stream: 9);
            var language = languages[i % languages.Length];
            var words = Enumerable.Range(0, random.Next(1, 3)).Select(_ => Word(language, ref random)).ToList();
            var separator = language.WrittenWithoutSpaces ? "" : " ";
            var text = string.Join(separator, words);
            if (words.Count > 1 && random.Chance(0.15)) text = $"\"{text}\"";
            var filters = new Dictionary<string, IReadOnlyList<string>>();
            if (random.Chance(0.10)) filters[FacetNames.Type] = [Types[random.Next(Types.Length)]];
            if (random.Chance(0.10)) filters[FacetNames.Year] = [$"{random.Next(2000, 2015)}..{random.Next(2016, 2025)}"];
            queries.Add(new SearchRequest
            {
                Query = text,
                Filters = filters,
                Facets = facets,
                Highlight = true,
                QueryLanguage = language.Code,
            });
        }
        return queries;
    }

    private static string Word(CorpusLanguage language, ref CorpusRandom random) =>
        Encoding.UTF8.GetString(language.Words[language.FunctionWordCount + random.NextSkewed(language.ContentWordCount)]);
}
