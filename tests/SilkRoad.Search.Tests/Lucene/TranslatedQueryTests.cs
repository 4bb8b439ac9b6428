using SilkRoad.Search.Analysis;
using SilkRoad.Search.Lucene;
using SilkRoad.Search.Queries;

namespace SilkRoad.Search.Tests.Lucene;

/// <summary>Where the translations of a query are looked for: each in its own language's fields; into Chinese as
/// SmartCn's words, and a thesaurus label also as a run of characters, as a Chinese query is.</summary>
public sealed class TranslatedQueryTests
{
    private static readonly string ChineseCharacterTitles = IndexFields.Text(IndexFields.Title, IndexFields.ChineseCharacters);
    private static readonly string ChineseWordTitles = IndexFields.Text(IndexFields.Title, "zh");

    private static string Query(ExpansionOrigin origin)
    {
        var builder = new LuceneQueryBuilder(new RankingOptions(), new AnalyzerSet(new AnalysisOptions()));
        var node = new TranslatedNode(new TermNode(null, "bridge"),
            [new TranslationGroup([new QueryTranslation("zh", "桥梁", 0.6f, origin), new QueryTranslation("fr", "pont", 0.6f, origin)])]);
        return builder.Build(node).ToString();
    }

    [Fact]
    public void A_dictionary_translation_into_chinese_is_looked_for_as_words_only()
    {
        var query = Query(ExpansionOrigin.Dictionary);

        Assert.Contains(ChineseWordTitles + ":桥梁", query, StringComparison.Ordinal);
        Assert.DoesNotContain(ChineseCharacterTitles + ":\"桥 梁\"", query, StringComparison.Ordinal);
        Assert.Contains("title.fr:pont", query, StringComparison.Ordinal);
    }

    [Fact]
    public void A_thesaurus_label_in_chinese_is_looked_for_as_words_and_as_characters()
    {
        var query = Query(ExpansionOrigin.Concept);

        Assert.Contains(ChineseWordTitles + ":桥梁", query, StringComparison.Ordinal);
        Assert.Contains(ChineseCharacterTitles + ":\"桥 梁\"", query, StringComparison.Ordinal);
    }
}
