namespace SilkRoad.Search.Concepts.Rdf;

/// <summary>A node of an RDF graph: an IRI, a blank node or a literal (with its language tag or datatype).</summary>
public sealed record RdfTerm(RdfTermKind Kind, string Value, string? Language = null, string? Datatype = null)
{
    public static RdfTerm Iri(string value) => new(RdfTermKind.Iri, value);

    public static RdfTerm Blank(string label) => new(RdfTermKind.Blank, label);

    public static RdfTerm Literal(string value, string? language = null, string? datatype = null) =>
        new(RdfTermKind.Literal, value, language, datatype);

    public override string ToString() => Kind switch
    {
        RdfTermKind.Iri => $"<{Value}>",
        RdfTermKind.Blank => $"_:{Value}",
        _ => Language is null ? $"\"{Value}\"" : $"\"{Value}\"@{Language}",
    };
}

public enum RdfTermKind
{
    Iri,
    Blank,
    Literal,
}
