namespace SilkRoad.Search.Concepts.Rdf;

/// <summary>One statement of an RDF graph.</summary>
public readonly record struct RdfTriple(RdfTerm Subject, string Predicate, RdfTerm Value);
