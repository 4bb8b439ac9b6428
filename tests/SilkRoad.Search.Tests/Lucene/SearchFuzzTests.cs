using System.Globalization;
using System.Text;
using SilkRoad.Core.ResourceTypes;

namespace SilkRoad.Search.Tests.Lucene;

/// <summary>Random requests on a real index in six languages: each gets an answer or an error, never an exception.</summary>
public sealed class SearchFuzzTests
{
    private static readonly string[] Pieces =
    [
        "solar", "wind", "énergie", "太阳能", "电池", "الطاقة", "энергия", "5G", "C++", "3:1", "x", "the", "de", "и", "في", "的",
        "AND", "OR", "NOT", "&&", "||", "!", "+", "-", "*", "hydro*", "so*", "1*", "é*", "太*", "?", "~2", "^3",
        "'", "(", ")", "()", ":", "..", "\"", "\"", "«", "»",
        "title:", "year:", "doi:", "author:", "type:", "language:", "country:", "subject:", "source:", "keyword:", "abstract:",
        "2015", "..2000", "٢٠٢٠", "patent", "zh", "CN", "China", "10.5555/solar.1", "\u3000", "\u200B", "𠀀", "\uD800", "\uDC00",
        ",", "—", "ﬁ", "Ǆ", "İ", "ß", "<script>", "&amp;",
    ];

    private static readonly string[] FilterValues = ["patent", "article", "zh", "en", "CN", "Egypt", "2020", "2016..2020", "..2018", "Solar energy", "test", "banana", "2020..2010", ""];

    [Fact]
    public async Task Two_thousand_random_requests_get_an_answer_or_an_error_never_an_exception()
    {
        var numbers = string.Join(' ', Enumerable.Range(10_000, 1_100).Select(i => i.ToString(CultureInfo.InvariantCulture)));
        using var index = await new TestIndex().AddAsync(
            new IndexedResourceBuilder(1).Titled("Solar cell efficiency in desert climates").In(2016).By("Ahmed Hassan", "EG")
                .WithDoi("10.5555/solar.1").WithAbstract("The solar ﬁeld in İstanbul 𠀀, wind & <b>sun</b>.").About("Solar energy"),
            new IndexedResourceBuilder(2).Titled("Wind and solar hybrid microgrids").In(2021).By("Olga Petrova", "RU")
                .WithAbstract("Энергия ветра и солнца", "ru").OfType(ResourceType.Patent),
            new IndexedResourceBuilder(3).Titled("太阳能电池的效率研究", "zh").In(2020).WithAbstract("太阳能电池的效率研究 𠀀𠀁 5G LiDAR", "zh"),
            new IndexedResourceBuilder(4).Titled("كفاءة الخلايا الشمسية", "ar").In(2018).WithAbstract("الطاقة الشمسية في المناخ", "ar"),
            new IndexedResourceBuilder(5).Titled("L'énergie solaire", "fr").In(2017).WithAbstract("L'énergie de la lumière", "fr"),
            new IndexedResourceBuilder(6).Titled("Energía solar", "es").WithAbstract("La energía del sol", "es"),
            new IndexedResourceBuilder(7).Titled("Untagged measurements", "und").WithAbstract(numbers, "und"));
        var random = new Random(20260501);
        var sorts = Enum.GetValues<SearchSort>();

        for (var i = 0; i < 2_000; i++)
        {
            var request = new SearchRequest
            {
                Query = RandomQuery(random),
                QueryLanguage = random.Next(4) == 0 ? Pieces[random.Next(Pieces.Length)] : null,
                Filters = RandomFilters(random),
                Facets = FacetNames.All,
                Sort = sorts[random.Next(sorts.Length)],
                PageSize = random.Next(1, 4),
                After = random.Next(10) == 0 ? RandomCursor(random) : null,
            };

            var results = await index.Index.SearchAsync(request, CancellationToken.None);
            if (results.NextCursor is { } cursor)
                await index.Index.SearchAsync(request with { After = cursor }, CancellationToken.None);
            await index.Index.SuggestAsync(request.Query, 5, CancellationToken.None);
        }
    }

    private static string RandomQuery(Random random)
    {
        var text = new StringBuilder();
        for (var i = random.Next(0, 12); i > 0; i--)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]);
            if (random.Next(3) > 0) text.Append(' ');
        }
        return text.ToString();
    }

    private static Dictionary<string, IReadOnlyList<string>> RandomFilters(Random random)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var facet in FacetNames.All.Where(_ => random.Next(6) == 0))
            filters[facet] = Enumerable.Range(0, random.Next(1, 3)).Select(_ => FilterValues[random.Next(FilterValues.Length)]).ToList();
        return filters;
    }

    // Cursors as an edited address may hold them: a sort number, then values of any kind, in any number.
    private static string RandomCursor(Random random)
    {
        var parts = new List<string> { random.Next(5).ToString(CultureInfo.InvariantCulture) };
        for (var i = random.Next(0, 4); i > 0; i--)
            parts.Add(random.Next(5) switch { 0 => "f1065353216", 1 => "l42", 2 => "sturbine", 3 => "n", _ => "" });
        var bytes = Encoding.UTF8.GetBytes(string.Join('\u001f', parts));
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
