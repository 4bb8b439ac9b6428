using SilkRoad.Core.Identifiers;
using SilkRoad.Core.ResourceTypes;

namespace SilkRoad.Catalogue.Resources;

/// <summary>
/// One record as a source describes a resource: what every importer produces and what the store merges into a
/// resource. <see cref="Source"/> with <see cref="SourceRecordId"/> names it for provenance and re-imports.
/// </summary>
public sealed class ResourceRecord
{
    /// <summary>Where the record comes from: <c>openalex</c>, <c>crossref</c>, or a format and file name such as <c>bibtex:refs.bib</c>.</summary>
    public required string Source { get; init; }

    /// <summary>The record's id within its source: an OpenAlex W-id, a DOI, a BibTeX key, an OAI identifier.</summary>
    public required string SourceRecordId { get; init; }

    public ResourceType Type { get; set; } = ResourceType.Other;
    public List<LocalizedText> Titles { get; init; } = [];
    public List<LocalizedText> Abstracts { get; init; } = [];
    public List<LocalizedText> Keywords { get; init; } = [];
    public List<Contributor> Contributors { get; init; } = [];

    /// <summary>Publisher, journal, conference or issuing body.</summary>
    public string? Publisher { get; set; }

    public int? Year { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public List<Identifier> Identifiers { get; init; } = [];
    public List<string> Subjects { get; init; } = [];

    /// <summary>Countries the resource concerns or comes from, ISO 3166-1 alpha-2.</summary>
    public List<string> Countries { get; init; } = [];

    public string? Licence { get; set; }

    /// <summary>
    /// The source withdrew this record (OAI-PMH <c>status="deleted"</c>): only <see cref="Source"/> and
    /// <see cref="SourceRecordId"/> matter. Its resource loses this provenance, and becomes a tombstone if none is left.
    /// </summary>
    public bool Deleted { get; init; }

    /// <summary>The record-level language the source states, used for values that carry no tag of their own.</summary>
    public string? Language { get; set; }
}
