using SilkRoad.Search.Concepts.Rdf;

namespace SilkRoad.Search.Tests.Concepts;

public sealed class RdfXmlReaderTests
{
    private const string Skos = "http://www.w3.org/2004/02/skos/core#";

    private static List<RdfTriple> Read(string xml) => RdfXmlReader.Read(new StringReader(xml), "test.rdf").ToList();

    [Fact]
    public void Typed_nodes_language_tagged_text_and_resource_links_become_triples()
    {
        var triples = Read("""
            <?xml version="1.0" encoding="utf-8"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:skos="http://www.w3.org/2004/02/skos/core#"
                     xml:base="http://example.org/">
              <skos:Concept rdf:about="c1">
                <skos:prefLabel xml:lang="en">Dam</skos:prefLabel>
                <skos:prefLabel xml:lang="ru">Плотина</skos:prefLabel>
                <skos:broader rdf:resource="http://example.org/c2"/>
              </skos:Concept>
              <rdf:Description rdf:about="http://example.org/c2">
                <rdf:type rdf:resource="http://www.w3.org/2004/02/skos/core#Concept"/>
                <skos:prefLabel xml:lang="fr">Ouvrage hydraulique</skos:prefLabel>
              </rdf:Description>
            </rdf:RDF>
            """);

        Assert.Contains(triples, t => t.Subject.Value == "http://example.org/c1" && t.Predicate.EndsWith("#type", StringComparison.Ordinal) && t.Value.Value == Skos + "Concept");
        Assert.Contains(triples, t => t.Predicate == Skos + "prefLabel" && t.Value == RdfTerm.Literal("Плотина", "ru"));
        Assert.Contains(triples, t => t.Predicate == Skos + "broader" && t.Value == RdfTerm.Iri("http://example.org/c2"));
        Assert.Contains(triples, t => t.Subject.Value == "http://example.org/c2" && t.Value == RdfTerm.Literal("Ouvrage hydraulique", "fr"));
    }

    [Fact]
    public void Nested_nodes_and_parse_type_resource_make_blank_or_named_objects()
    {
        var triples = Read("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
              <rdf:Description rdf:about="http://example.org/a">
                <ex:label rdf:parseType="Resource"><ex:form xml:lang="es">presa</ex:form></ex:label>
                <ex:child><rdf:Description rdf:about="http://example.org/b"><ex:name>b</ex:name></rdf:Description></ex:child>
              </rdf:Description>
            </rdf:RDF>
            """);

        var label = triples.Single(t => t.Predicate == "http://example.org/label").Value;
        Assert.Equal(RdfTermKind.Blank, label.Kind);
        Assert.Contains(triples, t => t.Subject == label && t.Value == RdfTerm.Literal("presa", "es"));
        Assert.Contains(triples, t => t.Predicate == "http://example.org/child" && t.Value == RdfTerm.Iri("http://example.org/b"));
        Assert.Contains(triples, t => t.Subject == RdfTerm.Iri("http://example.org/b") && t.Value.Value == "b");
    }

    [Fact]
    public void Malformed_xml_is_reported_with_its_line()
    {
        var error = Assert.Throws<RdfSyntaxException>(() => Read("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n<a>\n</rdf:RDF>"));

        Assert.Equal(3, error.Line);
    }
}
