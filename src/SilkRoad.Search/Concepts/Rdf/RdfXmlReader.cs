using System.Globalization;
using System.Xml;

namespace SilkRoad.Search.Concepts.Rdf;

/// <summary>
/// Reads RDF/XML (https://www.w3.org/TR/rdf-syntax-grammar/) as thesauri publish it: node elements (typed or
/// <c>rdf:Description</c>) with <c>rdf:about</c>, <c>rdf:ID</c> or <c>rdf:nodeID</c>, property elements holding text
/// (with <c>xml:lang</c> or <c>rdf:datatype</c>), <c>rdf:resource</c>, a nested node, or <c>rdf:parseType="Resource"</c>,
/// property attributes, and <c>xml:base</c>. Streams with an <see cref="XmlReader"/>; DTDs are refused.
/// </summary>
public sealed class RdfXmlReader
{
    private const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    private readonly XmlReader _xml;
    private readonly string _source;
    private readonly List<RdfTriple> _pending = [];
    private int _blankNodes;

    private RdfXmlReader(XmlReader xml, string source)
    {
        _xml = xml;
        _source = source;
    }

    public static IEnumerable<RdfTriple> Read(TextReader reader, string source)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true, IgnoreWhitespace = true, XmlResolver = null };
        using var xml = XmlReader.Create(reader, settings);
        var rdf = new RdfXmlReader(xml, source);
        foreach (var triple in rdf.Triples()) yield return triple;
    }

    private IEnumerable<RdfTriple> Triples()
    {
        if (!Advance()) yield break;
        if (!_xml.IsStartElement()) throw Error("no root element");
        var nodes = _xml.NamespaceURI == Rdf && _xml.LocalName == "RDF";
        var baseIri = _xml.GetAttribute("xml:base") ?? "";
        var language = _xml.XmlLang;
        if (!nodes)
        {
            // A document may be a single node element without rdf:RDF around it.
            NodeElement(baseIri, language);
            foreach (var triple in Drain()) yield return triple;
            yield break;
        }
        if (_xml.IsEmptyElement) yield break;
        Advance();
        while (_xml.NodeType != XmlNodeType.EndElement && !_xml.EOF)
        {
            if (_xml.NodeType == XmlNodeType.Element)
            {
                NodeElement(baseIri, language);
                foreach (var triple in Drain()) yield return triple;
            }
            else
            {
                Advance();
            }
        }
    }

    private List<RdfTriple> Drain()
    {
        var triples = _pending.ToList();
        _pending.Clear();
        return triples;
    }

    // On a node element's start tag; returns its subject and leaves the reader after its end tag.
    private RdfTerm NodeElement(string baseIri, string language)
    {
        if (_xml.Depth > TurtleReader.MaxNesting) throw Error($"elements nested deeper than {TurtleReader.MaxNesting}");
        baseIri = _xml.GetAttribute("xml:base") ?? baseIri;
        language = _xml.XmlLang;
        var subject = NodeSubject(baseIri);
        if (!(_xml.NamespaceURI == Rdf && _xml.LocalName == "Description"))
            _pending.Add(new RdfTriple(subject, Rdf + "type", RdfTerm.Iri(_xml.NamespaceURI + _xml.LocalName)));
        PropertyAttributes(subject, language);
        if (_xml.IsEmptyElement)
        {
            Advance();
            return subject;
        }
        Advance();
        while (_xml.NodeType != XmlNodeType.EndElement)
        {
            if (_xml.EOF) throw Error("the file ends inside an element");
            if (_xml.NodeType == XmlNodeType.Element) PropertyElement(subject, baseIri, language);
            else Advance();
        }
        Advance();
        return subject;
    }

    private RdfTerm NodeSubject(string baseIri)
    {
        if (_xml.GetAttribute("about", Rdf) is { } about) return RdfTerm.Iri(Resolve(baseIri, about));
        if (_xml.GetAttribute("ID", Rdf) is { } id) return RdfTerm.Iri(Resolve(baseIri, "#" + id));
        if (_xml.GetAttribute("nodeID", Rdf) is { } nodeId) return RdfTerm.Blank("n" + nodeId);
        return NewBlank();
    }

    private void PropertyAttributes(RdfTerm subject, string language)
    {
        if (!_xml.MoveToFirstAttribute()) return;
        do
        {
            if (_xml.NamespaceURI is Rdf or XmlNamespace or "http://www.w3.org/2000/xmlns/" || _xml.Prefix == "xmlns" || _xml.Name == "xmlns")
                continue;
            _pending.Add(new RdfTriple(subject, _xml.NamespaceURI + _xml.LocalName,
                RdfTerm.Literal(_xml.Value, language.Length == 0 ? null : language.ToLowerInvariant())));
        }
        while (_xml.MoveToNextAttribute());
        _xml.MoveToElement();
    }

    private void PropertyElement(RdfTerm subject, string baseIri, string language)
    {
        var predicate = _xml.NamespaceURI + _xml.LocalName;
        baseIri = _xml.GetAttribute("xml:base") ?? baseIri;
        var lang = _xml.XmlLang;
        if (_xml.GetAttribute("resource", Rdf) is { } resource)
        {
            _pending.Add(new RdfTriple(subject, predicate, RdfTerm.Iri(Resolve(baseIri, resource))));
            SkipElement();
            return;
        }
        if (_xml.GetAttribute("nodeID", Rdf) is { } nodeId)
        {
            _pending.Add(new RdfTriple(subject, predicate, RdfTerm.Blank("n" + nodeId)));
            SkipElement();
            return;
        }
        if (_xml.GetAttribute("parseType", Rdf) == "Resource")
        {
            var node = NewBlank();
            _pending.Add(new RdfTriple(subject, predicate, node));
            if (_xml.IsEmptyElement)
            {
                Advance();
                return;
            }
            Advance();
            while (_xml.NodeType != XmlNodeType.EndElement)
            {
                if (_xml.EOF) throw Error("the file ends inside an element");
                if (_xml.NodeType == XmlNodeType.Element) PropertyElement(node, baseIri, lang);
                else Advance();
            }
            Advance();
            return;
        }
        var datatype = _xml.GetAttribute("datatype", Rdf);
        if (_xml.IsEmptyElement)
        {
            _pending.Add(new RdfTriple(subject, predicate, RdfTerm.Literal("", Tag(lang), datatype)));
            Advance();
            return;
        }
        Advance();
        if (_xml.NodeType == XmlNodeType.Element)
        {
            var node = NodeElement(baseIri, lang);
            _pending.Add(new RdfTriple(subject, predicate, node));
            while (_xml.NodeType != XmlNodeType.EndElement && !_xml.EOF) Advance();
            Advance();
            return;
        }
        var text = "";
        while (_xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
        {
            text += _xml.Value;
            Advance();
        }
        if (_xml.NodeType != XmlNodeType.EndElement) throw Error($"mixed content in <{predicate}>");
        Advance();
        _pending.Add(new RdfTriple(subject, predicate, RdfTerm.Literal(text, datatype is null ? Tag(lang) : null, datatype)));
    }

    private static string? Tag(string language) => language.Length == 0 ? null : language.ToLowerInvariant();

    private void SkipElement()
    {
        if (_xml.IsEmptyElement)
        {
            Advance();
            return;
        }
        _xml.Skip();
    }

    private RdfTerm NewBlank() => RdfTerm.Blank("b" + (++_blankNodes).ToString(CultureInfo.InvariantCulture));

    private static string Resolve(string baseIri, string iri)
    {
        if (baseIri.Length == 0 || Uri.TryCreate(iri, UriKind.Absolute, out _)) return iri;
        return Uri.TryCreate(baseIri, UriKind.Absolute, out var absolute) && Uri.TryCreate(absolute, iri, out var resolved)
            ? resolved.ToString()
            : baseIri + iri;
    }

    private bool Advance()
    {
        try
        {
            return _xml.Read();
        }
        catch (XmlException e)
        {
            throw new RdfSyntaxException(_source, e.LineNumber, e.LinePosition, e.Message);
        }
    }

    private RdfSyntaxException Error(string reason)
    {
        var info = (IXmlLineInfo)_xml;
        return new RdfSyntaxException(_source, info.LineNumber, info.LinePosition, reason);
    }
}
