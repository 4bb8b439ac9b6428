using SilkRoad.Core.Languages;
using SilkRoad.Search.Analysis;
using SilkRoad.Search.Concepts;
using SilkRoad.Search.Translation;

namespace SilkRoad.Search.Tests.Concepts;

/// <summary>The engineering vocabulary shipped with SilkRoad: its size and the rules that keep it usable for tagging
/// and translation (wrong or missing translations are bugs).</summary>
public sealed class DefaultVocabularyTests
{
    private static readonly Lazy<Thesaurus> Vocabulary = new(CrossLanguageSourcesLoader.DefaultVocabulary);

    [Fact]
    public void It_holds_at_least_a_thousand_concepts_each_named_in_all_six_languages()
    {
        Assert.True(Vocabulary.Value.Count >= 1000, $"{Vocabulary.Value.Count} concepts");
        foreach (var concept in Vocabulary.Value.Concepts)
            foreach (var language in Language.All)
                Assert.True(concept.PreferredLabel(language.Code) is { Length: > 0 }, $"{concept.Key} has no {language.Code} label");
    }

    [Fact]
    public void Every_concept_but_the_domains_has_one_broader_concept_and_the_hierarchy_has_no_cycle()
    {
        foreach (var concept in Vocabulary.Value.Concepts)
        {
            Assert.True(concept.Broader.Count <= 1, $"{concept.Key} has {concept.Broader.Count} broader concepts");
            var seen = new HashSet<string> { concept.Key };
            for (var current = concept; current.Broader.Count > 0;)
            {
                current = Vocabulary.Value.Find(current.Broader[0])!;
                Assert.True(seen.Add(current.Key), $"{concept.Key}: the hierarchy loops at {current.Key}");
            }
        }
        Assert.InRange(Vocabulary.Value.Concepts.Count(c => c.Broader.Count == 0), 10, 20);
    }

    [Fact]
    public void The_files_read_without_a_problem()
    {
        var (_, problems) = CrossLanguageSourcesLoader.Load(Path.Combine(Path.GetTempPath(), "silkroad-no-data-" + Guid.NewGuid().ToString("N")));

        Assert.Empty(problems);
    }

    [Fact]
    public void A_thesaurus_file_that_cannot_be_read_is_reported_and_left_out_while_the_rest_loads()
    {
        var data = Directory.CreateTempSubdirectory("silkroad-thesauri-").FullName;
        try
        {
            Directory.CreateDirectory(CrossLanguageSourcesLoader.ThesaurusFolder(data));
            File.WriteAllText(Path.Combine(CrossLanguageSourcesLoader.ThesaurusFolder(data), "broken.ttl"), "<http://a> <http://b> \"open");

            var (sources, problems) = CrossLanguageSourcesLoader.Load(data);

            Assert.Contains(problems, p => p.Contains("broken.ttl", StringComparison.Ordinal) && p.Contains("left out", StringComparison.Ordinal));
            Assert.Equal(Vocabulary.Value.Count, sources.Thesaurus.Count);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public void No_two_concepts_share_a_label_in_one_language()
    {
        var clashes = new List<string>();
        foreach (var language in Language.All)
        {
            var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var concept in Vocabulary.Value.Concepts)
                foreach (var label in concept.Labels.Where(l => l.Language == language.Code))
                    if (!owners.TryAdd(label.Text, concept.Key) && owners[label.Text] != concept.Key)
                        clashes.Add($"{language.Code} '{label.Text}': {owners[label.Text]} and {concept.Key}");
        }

        Assert.True(clashes.Count == 0, string.Join('\n', clashes));
    }

    /// <summary>Labels are compared as the analyzers make them: a label of stop words only could never match, and two
    /// that stem alike ("fonderie", "fondation") tag and translate as one. The stemmers' collisions are listed in
    /// docs/benchmarks.md; this keeps their number from growing.</summary>
    [Fact]
    public void Few_labels_of_two_concepts_are_alike_once_analysed()
    {
        var keys = new TermKeys(AnalyzerSet.Default);
        var clashes = new List<string>();
        foreach (var language in Language.All)
        {
            var owners = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var concept in Vocabulary.Value.Concepts)
            {
                foreach (var label in concept.Labels.Where(l => l.Language == language.Code))
                {
                    var key = keys.Key(language.Code, label.Text);
                    if (key.Length == 0) clashes.Add($"{concept.Key}: the {language.Code} label '{label.Text}' is only stop words");
                    else if (owners.TryGetValue(key, out var owner) && owner != concept.Key)
                        clashes.Add($"{language.Code} '{label.Text}': {owner} and {concept.Key}");
                    else owners[key] = concept.Key;
                }
            }
        }

        Assert.True(clashes.Count <= 12, string.Join('\n', clashes));
    }
}
