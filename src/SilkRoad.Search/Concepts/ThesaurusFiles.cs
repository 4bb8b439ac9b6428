using System.IO.Compression;
using SilkRoad.Search.Concepts.Rdf;

namespace SilkRoad.Search.Concepts;

/// <summary>Reads SKOS thesauri from Turtle (<c>.ttl</c>) or RDF/XML (<c>.rdf</c>, <c>.xml</c>, <c>.owl</c>) files,
/// gzipped or not, telling the syntax from the name or, with none known, from the first character ('&lt;' for XML).</summary>
public static class ThesaurusFiles
{
    public static IEnumerable<RdfTriple> Read(string path)
    {
        using var stream = File.OpenRead(path);
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        Stream input = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        using var reader = new StreamReader(input);
        foreach (var triple in Read(reader, name, Path.GetFileName(path))) yield return triple;
    }

    public static IEnumerable<RdfTriple> Read(TextReader reader, string name, string source)
    {
        var extension = Path.GetExtension(name).ToLowerInvariant();
        var isXml = extension is ".rdf" or ".xml" or ".owl" || (extension is not ".ttl" and not ".turtle" && reader.Peek() == '<');
        return isXml ? RdfXmlReader.Read(reader, source) : TurtleReader.Read(reader, source);
    }

    /// <summary>Builds one thesaurus from several files (a vocabulary may be split by domain).</summary>
    public static (Thesaurus Thesaurus, IReadOnlyList<string> Problems) Load(IEnumerable<Func<IEnumerable<RdfTriple>>> sources)
    {
        var builder = new SkosThesaurusBuilder();
        foreach (var source in sources) builder.Add(source());
        return (builder.Build(), builder.Problems);
    }
}
