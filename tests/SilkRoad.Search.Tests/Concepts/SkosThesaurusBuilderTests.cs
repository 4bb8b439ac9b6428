using SilkRoad.Search.Concepts;
using SilkRoad.Search.Concepts.Rdf;

namespace SilkRoad.Search.Tests.Concepts;

public sealed class SkosThesaurusBuilderTests
{
    private static (Thesaurus Thesaurus, IReadOnlyList<string> Problems) Build(string turtle)
    {
        var builder = new SkosThesaurusBuilder();
        builder.Add(TurtleReader.Read(new StringReader(turtle), "t.ttl"));
        return (builder.Build(), builder.Problems);
    }

    private const string Prefixes = """
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        @prefix skosxl: <http://www.w3.org/2008/05/skos-xl#> .
        @prefix : <http://vocabularies.example.org/thesaurus/> .

        """;

    [Fact]
    public void Labels_of_the_working_languages_are_kept_with_their_kind_and_others_are_ignored()
    {
        var (thesaurus, _) = Build(Prefixes + """
            :concept10117 a skos:Concept ;
                skos:prefLabel "Hydraulic equipment"@en , "Équipement hydraulique"@fr-FR , "Hydraulische Ausrüstung"@de ;
                skos:altLabel "Pipes"@en ;
                skos:hiddenLabel "hydrolic equipment"@en .
            """);

        var concept = Assert.Single(thesaurus.Concepts);
        Assert.Equal("concept10117", concept.Key);
        Assert.Equal("Équipement hydraulique", concept.PreferredLabel("fr"));
        Assert.Null(concept.PreferredLabel("de"));
        Assert.Equal(4, concept.Labels.Count);
        Assert.Contains(new ConceptLabel("en", "hydrolic equipment", ConceptLabelKind.Hidden), concept.Labels);
        Assert.Equal("Hydraulic equipment", concept.DisplayLabel("zh"));
    }

    [Fact]
    public void Broader_and_narrower_are_made_symmetric_and_missing_targets_are_reported()
    {
        var (thesaurus, problems) = Build(Prefixes + """
            :dam a skos:Concept ; skos:prefLabel "dam"@en ; skos:broader :hydraulic-structure ; skos:related :reservoir , :missing .
            :hydraulic-structure a skos:Concept ; skos:prefLabel "hydraulic structure"@en .
            :reservoir a skos:Concept ; skos:prefLabel "reservoir"@en ; skos:narrower :weir .
            :weir a skos:Concept ; skos:prefLabel "weir"@en .
            """);

        Assert.Equal(["dam"], thesaurus.Find("hydraulic-structure")!.Narrower);
        Assert.Equal(["dam"], thesaurus.Find("reservoir")!.Related);
        Assert.Equal(["reservoir"], thesaurus.Find("weir")!.Broader);
        Assert.Contains(problems, p => p.Contains("missing", StringComparison.Ordinal) && p.Contains("related", StringComparison.Ordinal));
    }

    [Fact]
    public void Skos_xl_labels_count_like_plain_ones_and_an_unlabelled_concept_is_left_out_with_a_reason()
    {
        var (thesaurus, problems) = Build(Prefixes + """
            :c1 a skos:Concept ; skosxl:prefLabel :l1 ; skosxl:altLabel [ skosxl:literalForm "барьер"@ru ] .
            :l1 skosxl:literalForm "barrage"@fr .
            :c2 a skos:Concept ; skos:prefLabel "Staudamm"@de .
            """);

        var concept = Assert.Single(thesaurus.Concepts);
        Assert.Equal("barrage", concept.PreferredLabel("fr"));
        Assert.Contains(new ConceptLabel("ru", "барьер", ConceptLabelKind.Alternative), concept.Labels);
        Assert.Contains(problems, p => p.Contains("c2", StringComparison.Ordinal) && p.Contains("no label", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_concepts_with_the_same_last_segment_get_keys_named_after_their_source_whatever_the_order()
    {
        var (thesaurus, _) = Build(Prefixes + """
            <http://a.example/x/dam> skos:prefLabel "dam"@en .
            <http://b.example/y/dam> skos:prefLabel "barrage"@fr .
            """);

        Assert.Equal(["a.example-dam", "b.example-dam"], thesaurus.Concepts.Select(c => c.Key).Order());
    }

    [Fact]
    public void The_unesco_thesaurus_reads_whole_when_the_shared_samples_are_present()
    {
        // An extra over real data: ../shared/data is beside the repository on the development machines only.
        var path = Path.Combine(RepositoryRoot(), "..", "shared", "data", "unesco-thesaurus", "unesco-thesaurus.ttl");
        if (!File.Exists(path)) return;

        var (thesaurus, _) = ThesaurusFiles.Load([() => ThesaurusFiles.Read(path)]);

        Assert.InRange(thesaurus.Count, 4400, 4600);
        var equipment = thesaurus.Find("concept10117")!;
        Assert.Equal("معدات هيدروليكية", equipment.PreferredLabel("ar"));
        Assert.Contains("concept4170", equipment.Narrower);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SilkRoad.slnx"))) directory = directory.Parent;
        return directory?.FullName ?? AppContext.BaseDirectory;
    }
}
