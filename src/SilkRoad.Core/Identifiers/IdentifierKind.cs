namespace SilkRoad.Core.Identifiers;

/// <summary>Kinds of identifier. Stored by name; the ones marked as deduplicating merge resources that share them.</summary>
public enum IdentifierKind
{
    Doi,
    Isbn,
    Issn,
    PatentNumber,
    StandardNumber,
    ArxivId,
    OpenAlexId,
    Url,
}
