using SilkRoad.Catalogue.Resources;
using SilkRoad.Search.Analysis;
using SilkRoad.Search.Concepts;
using SilkRoad.Search.Concepts.Rdf;
using SilkRoad.Search.Translation;

namespace SilkRoad.Search.Tests.Translation;

public sealed class ConceptTaggerTests
{
    private const string Vocabulary = """
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        @prefix sr: <https://silkroad.example.org/concepts/> .
        sr:solar-energy a skos:Concept ; skos:prefLabel "solar energy"@en , "太阳能"@zh .
        sr:solar-energy-storage a skos:Concept ; skos:prefLabel "solar energy storage system"@en , "太阳能储能系统"@zh .
        sr:energy a skos:Concept ; skos:prefLabel "energy"@en .
        sr:storage a skos:Concept ; skos:prefLabel "storage"@en .
        """;

    private static readonly ConceptTagger Tagger = CreateTagger();

    private static ConceptTagger CreateTagger()
    {
        var builder = new SkosThesaurusBuilder();
        builder.Add(TurtleReader.Read(new StringReader(Vocabulary), "test.ttl"));
        return new ConceptTagger(new TranslationLookups(new CrossLanguageSources(builder.Build(), []), new AnalyzerSet(new AnalysisOptions())));
    }

    private static IReadOnlyCollection<string> Tag(string text, string language)
    {
        var document = new ResourceDocument { Titles = [new LocalizedText(language, text)] };
        return Tagger.Tag(document);
    }

    [Theory]
    [InlineData("Solar energy storage systems for islands", "solar-energy-storage")] // the longest label from a word wins
    [InlineData("Grid storage and solar energy", "solar-energy storage")] // a label that ends the text
    [InlineData("Costs of solar energy storage", "solar-energy storage")] // a longer label cut short by the text's end
    [InlineData("Energy", "energy")]
    [InlineData("solar", "")]
    [InlineData("", "")]
    [InlineData("太阳能储能系统的设计", "solar-energy-storage")]
    [InlineData("太阳能储能", "solar-energy")]
    public void A_text_names_the_longest_labels_it_holds_word_for_word(string text, string expected)
    {
        var language = text.Any(c => c >= '\u4e00') ? "zh" : "en";

        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal),
            Tag(text, language).Order(StringComparer.Ordinal));
    }
}
