using SilkRoad.Search.Concepts.Rdf;

namespace SilkRoad.Search.Tests.Concepts;

public sealed class TurtleReaderTests
{
    private static List<RdfTriple> Read(string turtle) => TurtleReader.Read(new StringReader(turtle), "test.ttl").ToList();

    [Fact]
    public void Prefixed_names_literals_with_languages_and_object_lists_become_triples()
    {
        var triples = Read("""
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix : <http://example.org/> .
            :c1 a skos:Concept ;
                skos:prefLabel "Solar cell"@en , "太阳能电池"@zh-Hans ;
                skos:broader :c2 .
            """);

        Assert.Equal(4, triples.Count);
        Assert.Equal(RdfTerm.Iri("http://www.w3.org/2004/02/skos/core#Concept"), triples[0].Value);
        Assert.Equal("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", triples[0].Predicate);
        Assert.Equal(RdfTerm.Literal("太阳能电池", "zh-hans"), triples[2].Value);
        Assert.Equal(RdfTerm.Iri("http://example.org/c2"), triples[3].Value);
        Assert.All(triples, t => Assert.Equal(RdfTerm.Iri("http://example.org/c1"), t.Subject));
    }

    [Fact]
    public void Long_strings_escapes_datatypes_numbers_and_booleans_are_read()
    {
        var triples = Read(""""
            PREFIX ex: <http://example.org/>
            ex:a ex:note """line one
            line "two" """@ar ;
                 ex:quote 'it\'s \u00e9t\u00E9' ;
                 ex:when "2019-12-19T08:59:30Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> ;
                 ex:count 42 ; ex:ratio -1.5 ; ex:big 1e3 ; ex:ok true .
            """");

        Assert.Equal("line one\nline \"two\" ", triples[0].Value.Value);
        Assert.Equal("ar", triples[0].Value.Language);
        Assert.Equal("it's été", triples[1].Value.Value);
        Assert.Equal("http://www.w3.org/2001/XMLSchema#dateTime", triples[2].Value.Datatype);
        Assert.Equal(["42", "-1.5", "1e3", "true"], triples.Skip(3).Select(t => t.Value.Value));
        Assert.EndsWith("#integer", triples[3].Value.Datatype);
        Assert.EndsWith("#boolean", triples[6].Value.Datatype);
    }

    [Fact]
    public void A_local_name_ends_before_the_statement_dot_and_may_hold_inner_dots()
    {
        var triples = Read("@prefix ex: <http://example.org/> .\nex:mt7.45 ex:p ex:b.\nex:c ex:p ex:d .");

        Assert.Equal("http://example.org/mt7.45", triples[0].Subject.Value);
        Assert.Equal("http://example.org/b", triples[0].Value.Value);
        Assert.Equal("http://example.org/d", triples[1].Value.Value);
    }

    [Fact]
    public void Blank_node_property_lists_and_collections_make_their_own_triples()
    {
        var triples = Read("""
            @prefix ex: <http://example.org/> .
            ex:a ex:label [ ex:form "x"@en ] ; ex:list ( ex:b ex:c ) .
            _:n1 ex:p ex:a .
            """);

        var label = triples.Single(t => t.Predicate == "http://example.org/label").Value;
        Assert.Equal(RdfTermKind.Blank, label.Kind);
        Assert.Contains(triples, t => t.Subject == label && t.Value == RdfTerm.Literal("x", "en"));
        Assert.Equal(4, triples.Count(t => t.Predicate.Contains("22-rdf-syntax-ns#", StringComparison.Ordinal)));
        Assert.Contains(triples, t => t.Subject == RdfTerm.Blank("nn1"));
    }

    [Fact]
    public void Relative_iris_resolve_against_the_base()
    {
        var triples = Read("@base <http://example.org/thesaurus/> .\n<c1> <http://example.org/p> <c2> .");

        Assert.Equal("http://example.org/thesaurus/c1", triples[0].Subject.Value);
        Assert.Equal("http://example.org/thesaurus/c2", triples[0].Value.Value);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_a_syntax_error_not_a_stack_overflow()
    {
        var turtle = "<http://a> <http://b> " + string.Concat(Enumerable.Repeat("[ <http://p> ", 100_000));

        Assert.Contains("nested deeper", Assert.Throws<RdfSyntaxException>(() => Read(turtle)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("@prefix ex: <http://example.org/> .\nex:a ex:p \"open", 2, "not closed")]
    [InlineData("@prefix ex: <http://example.org/> .\nex:a ex:p ex:b", 2, "ends where '.'")]
    [InlineData("ex:a ex:p ex:b .", 1, "prefix 'ex:' is not declared")]
    [InlineData("@prefix ex: <http://example.org/> .\n\nex:a ex:p \"x\"@ .", 3, "language tag is empty")]
    [InlineData("<http://a> <http://b> \"\\uD800\"@en .", 1, "surrogate")]
    [InlineData("@base <relative/> .", 1, "not an absolute IRI")]
    public void A_syntax_error_names_the_line_and_the_reason(string turtle, int line, string reason)
    {
        var error = Assert.Throws<RdfSyntaxException>(() => Read(turtle));

        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("test.ttl:", error.Message, StringComparison.Ordinal);
    }
}
