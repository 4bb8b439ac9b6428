using SilkRoad.Search.Concepts;
using SilkRoad.Search.Concepts.Rdf;
using SilkRoad.Search.Tests.Lucene;
using SilkRoad.Search.Translation;

namespace SilkRoad.Search.Tests.Translation;

/// <summary>Cross-language search on a real index: a query in one language finds resources written in the others,
/// through thesaurus labels first and dictionaries second, and says which translations it used.</summary>
public sealed class CrossLanguageSearchTests : IClassFixture<CrossLanguageSearchTests.Corpus>
{
    private readonly TestIndex _index;

    public CrossLanguageSearchTests(Corpus corpus) => _index = corpus.Index;

    public sealed class Corpus : IAsyncLifetime, IDisposable
    {
        private const string Vocabulary = """
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix sr: <https://w3id.org/silkroad/engineering/> .
            sr:solar-cell a skos:Concept ;
                skos:prefLabel "solar cell"@en , "太阳能电池"@zh , "cellule solaire"@fr , "солнечный элемент"@ru , "célula solar"@es , "خلية شمسية"@ar ;
                skos:altLabel "photovoltaic cell"@en , "光伏电池"@zh .
            sr:heat-pump a skos:Concept ;
                skos:prefLabel "heat pump"@en , "热泵"@zh , "pompe à chaleur"@fr , "тепловой насос"@ru , "bomba de calor"@es , "مضخة حرارية"@ar .
            sr:seawater-desalination a skos:Concept ;
                skos:prefLabel "seawater desalination"@en , "海水淡化"@zh , "dessalement de l'eau de mer"@fr , "опреснение морской воды"@ru , "desalinización de agua de mar"@es , "تحلية مياه البحر"@ar .
            """;

        public TestIndex Index { get; } = new(crossLanguage: Sources());

        private static CrossLanguageSources Sources()
        {
            var builder = new SkosThesaurusBuilder();
            builder.Add(TurtleReader.Read(new StringReader(Vocabulary), "test.ttl"));
            var dictionary = new BilingualLexicon.Builder("en", "fr");
            dictionary.Add("bridge", ["pont"]);
            dictionary.Add("wind", ["vent"]);
            var chinese = new BilingualLexicon.Builder("zh", "en");
            chinese.Add("桥梁", ["bridge"]);
            return new CrossLanguageSources(builder.Build(), [dictionary.Build(), chinese.Build()]);
        }

        public async Task InitializeAsync() => await Index.AddAsync(
            new IndexedResourceBuilder(1).Titled("太阳能电池的效率研究", "zh"),
            new IndexedResourceBuilder(2).Titled("Rendement des cellules solaires en climat désertique", "fr")
                .WithAbstract("Sous la poussière, les cellules solaires perdent une part de leur rendement.", "fr"),
            new IndexedResourceBuilder(3).Titled("Эффективность солнечных элементов", "ru"),
            new IndexedResourceBuilder(4).Titled("Solar cell degradation in humid climates", "en"),
            new IndexedResourceBuilder(5).Titled("Inspection des ponts suspendus", "fr"),
            new IndexedResourceBuilder(6).Titled("Suspension bridge inspection with drones", "en"),
            new IndexedResourceBuilder(7).Titled("海水淡化厂的能耗", "zh"),
            new IndexedResourceBuilder(8).Titled("Cell towers for rural coverage", "en"),
            new IndexedResourceBuilder(9).Titled("Énergie du vent en mer", "fr"),
            new IndexedResourceBuilder(10).Titled("锂电池的充电效率", "zh"),
            new IndexedResourceBuilder(11).Titled("La cellule de prison", "fr"),
            new IndexedResourceBuilder(12).Titled("The heat of the pump bearings under load. Solar. Cell towers", "en"));

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => Index.Dispose();
    }

    [Fact]
    public async Task A_russian_query_finds_the_chinese_french_and_english_resources_through_the_concept()
    {
        var results = await _index.SearchAsync(new SearchRequest { Query = "солнечный элемент", QueryLanguage = "ru" });

        // And "…Solar. Cell towers": a phrase query does not see the full stop (the tagger does, see below).
        Assert.Equal([1, 2, 3, 4, 12], results.Hits.Select(h => h.Id).Order());
        var expansion = Assert.Single(results.Expansions);
        Assert.Equal("ru", expansion.SourceLanguage);
        Assert.Contains(expansion.Translations, t => t is { Language: "zh", Text: "太阳能电池", Origin: ExpansionOrigin.Concept, ConceptKey: "solar-cell" });
        Assert.DoesNotContain(expansion.Translations, t => t.Language == "ru");
    }

    [Fact]
    public async Task A_chinese_compound_is_cut_into_the_labels_it_holds()
    {
        var results = await _index.SearchAsync(new SearchRequest { Query = "海水淡化厂", QueryLanguage = "zh" });

        Assert.Contains(results.Expansions, e => e.Source == "海水淡化" && e.Translations.Any(t => t.Text == "seawater desalination"));
        Assert.Contains(7L, results.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task Without_a_concept_the_dictionary_translates_and_english_is_the_pivot_between_two_other_languages()
    {
        var english = await _index.SearchAsync(new SearchRequest { Query = "bridge inspection", QueryLanguage = "en" });
        var chinese = await _index.SearchAsync(new SearchRequest { Query = "桥梁", QueryLanguage = "zh" });

        Assert.Contains(5L, english.Hits.Select(h => h.Id));
        Assert.Contains(english.Expansions, e => e.Translations.Any(t => t is { Language: "fr", Text: "pont", Origin: ExpansionOrigin.Dictionary }));
        Assert.Contains(chinese.Expansions, e => e.Translations.Any(t => t is { Language: "fr", Text: "pont", Origin: ExpansionOrigin.Pivot }));
        Assert.Contains(5L, chinese.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task Translation_can_be_turned_off_limited_to_some_languages_or_have_one_translation_dropped()
    {
        var off = await _index.SearchAsync(new SearchRequest { Query = "солнечный элемент", CrossLanguage = false });
        var onlyFrench = await _index.SearchAsync(new SearchRequest { Query = "солнечный элемент", TranslationLanguages = ["fr"] });
        var dropped = await _index.SearchAsync(new SearchRequest { Query = "солнечный элемент", DroppedTranslations = ["zh:太阳能电池", "zh:光伏电池"] });

        Assert.Equal([3L], off.Hits.Select(h => h.Id));
        Assert.Empty(off.Expansions);
        Assert.Equal([2L, 3L], onlyFrench.Hits.Select(h => h.Id).Order());
        Assert.DoesNotContain(1L, dropped.Hits.Select(h => h.Id));
        Assert.Contains(2L, dropped.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task An_exclusion_is_not_translated_and_a_word_without_translation_stays_as_typed()
    {
        var results = await _index.SearchAsync(new SearchRequest { Query = "cell -wind", QueryLanguage = "en" });

        Assert.DoesNotContain(results.Expansions, e => e.Source == "wind");
        Assert.Contains(9L, (await _index.SearchAsync(new SearchRequest { Query = "wind", QueryLanguage = "en" })).Hits.Select(h => h.Id));
        Assert.Contains(8L, results.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task Latin_words_are_read_in_the_language_whose_dictionary_knows_them_whatever_the_hint()
    {
        // "pont" is a French headword (through the inverted English–French dictionary), not an English one.
        var results = await _index.SearchAsync(new SearchRequest { Query = "pont", QueryLanguage = "en" });

        var expansion = Assert.Single(results.Expansions);
        Assert.Equal("fr", expansion.SourceLanguage);
        Assert.Contains(6L, results.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task Resources_are_tagged_with_the_concepts_they_name_in_any_language_and_inflection()
    {
        var facets = await _index.SearchAsync(new SearchRequest { Facets = [FacetNames.Concept] });
        var filtered = await _index.SearchAsync(new SearchRequest
        {
            Filters = new Dictionary<string, IReadOnlyList<string>> { [FacetNames.Concept] = ["solar-cell"] },
        });

        var concepts = Assert.Single(facets.Facets).Values.ToDictionary(v => v.Value, v => v.Count);
        Assert.Equal(4, concepts["solar-cell"]); // not 12: "solar. Cell towers" spans two sentences
        Assert.Equal(1, concepts["seawater-desalination"]);
        Assert.Equal([1L, 2L, 3L, 4L], filtered.Hits.Select(h => h.Id).Order());
    }

    [Fact]
    public async Task A_resource_found_through_a_translation_shows_the_translation_marked()
    {
        var results = await _index.SearchAsync(new SearchRequest { Query = "солнечный элемент", QueryLanguage = "ru", PageSize = 10 });

        var french = results.Hits.Single(h => h.Id == 2);
        Assert.Contains("<mark>cellules</mark> <mark>solaires</mark>", french.Snippet!.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_required_word_stays_required_whole_when_translated()
    {
        var typed = await _index.SearchAsync(new SearchRequest { Query = "+太阳能电池 效率", QueryLanguage = "zh", CrossLanguage = false });
        var translated = await _index.SearchAsync(new SearchRequest { Query = "+太阳能电池 效率", QueryLanguage = "zh" });

        Assert.DoesNotContain(10L, typed.Hits.Select(h => h.Id));
        Assert.DoesNotContain(10L, translated.Hits.Select(h => h.Id));
        Assert.Contains(1L, translated.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task Dropping_every_translation_of_a_label_leaves_it_as_typed_not_translated_word_by_word()
    {
        var results = await _index.SearchAsync(new SearchRequest
        {
            Query = "solar cell",
            QueryLanguage = "en",
            TranslationLanguages = ["fr"],
            DroppedTranslations = ["fr:cellule solaire"],
        });

        Assert.Empty(results.Expansions);
        Assert.DoesNotContain(11L, results.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task Words_that_meet_only_across_left_out_words_or_a_sentence_end_name_no_concept()
    {
        var phrase = await _index.SearchAsync(new SearchRequest { Query = "\"heat of the pump\"", QueryLanguage = "en" });
        var facets = await _index.SearchAsync(new SearchRequest { Query = "bearings", Facets = [FacetNames.Concept] });

        Assert.Empty(phrase.Expansions);
        Assert.Empty(Assert.Single(facets.Facets).Values);
    }

    [Fact]
    public async Task A_long_query_translates_its_first_parts_only_and_a_repeated_part_once()
    {
        var query = string.Join(' ', Enumerable.Repeat("bridge wind", 40));

        var results = await _index.SearchAsync(new SearchRequest { Query = query, QueryLanguage = "en" });

        Assert.InRange(results.Expansions.Count, 1, SilkRoad.Search.Translation.QueryTranslator.MaxTranslatedParts);
        Assert.Equal(results.Expansions.Count, results.Expansions.Select(e => e.Source).Distinct().Count());
    }

    [Fact]
    public async Task A_quoted_phrase_is_translated_whole()
    {
        var results = await _index.SearchAsync(new SearchRequest { Query = "\"seawater desalination\"", QueryLanguage = "en" });

        Assert.Equal([7L], results.Hits.Select(h => h.Id));
        Assert.Equal("seawater desalination", Assert.Single(results.Expansions).Source);
    }
}
